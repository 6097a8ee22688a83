package dev.storybot.state;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link EventClaims} in the {@code event_claims} table: the insert of a key's row succeeds for one caller only, in
 * any number of processes. A claim older than its time to live may be taken again; old rows are purged now and then.
 * Keys this process has seen are remembered in memory too, so local duplicates cost no round trip.
 */
public final class JdbcEventClaims implements EventClaims {

    /** How often this process deletes claims past their time to live. */
    static final Duration PURGE_INTERVAL = Duration.ofMinutes(10);
    /** Keys remembered in this process, a bound on its memory. */
    static final int MAX_LOCAL_KEYS = 10_000;

    private static final Logger LOG = LoggerFactory.getLogger(JdbcEventClaims.class);

    private static final String CLAIM = "INSERT INTO event_claims (claim_key, claimed_at) VALUES (?, ?) "
            + "ON CONFLICT (claim_key) DO UPDATE SET claimed_at = excluded.claimed_at "
            + "WHERE event_claims.claimed_at <= ?";

    private final DataSource dataSource;
    private final Clock clock;
    private final Duration ttl;
    private final PurgeSchedule purges = new PurgeSchedule(PURGE_INTERVAL);
    private final Cache<String, Boolean> seenHere;

    /**
     * @param ttl how long a claim holds: a delivery repeated later than that is taken as new
     */
    public JdbcEventClaims(DataSource dataSource, Clock clock, Duration ttl) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ttl = Objects.requireNonNull(ttl, "ttl");
        this.seenHere = Caffeine.newBuilder()
                .maximumSize(MAX_LOCAL_KEYS)
                .expireAfterWrite(ttl)
                .executor(Runnable::run)
                .build();
    }

    /**
     * {@inheritDoc}
     *
     * <p>When the database cannot be reached the claim is granted (and logged): answering a delivery twice is better
     * than answering it never.
     */
    @Override
    public boolean claim(String key) {
        if (seenHere.asMap().putIfAbsent(key, Boolean.TRUE) != null) {
            return false;
        }
        long now = clock.millis();
        purgeIfDue(now);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement claim = connection.prepareStatement(CLAIM)) {
            claim.setString(1, key);
            claim.setLong(2, now);
            claim.setLong(3, now - ttl.toMillis());
            return claim.executeUpdate() == 1;
        } catch (SQLException e) {
            LOG.warn("Delivery {} taken without a shared claim: {}", key, e.getMessage());
            return true;
        }
    }

    private void purgeIfDue(long now) {
        if (!purges.due(now)) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement purge =
                        connection.prepareStatement("DELETE FROM event_claims WHERE claimed_at <= ?")) {
            purge.setLong(1, now - ttl.toMillis());
            purge.executeUpdate();
        } catch (SQLException e) {
            LOG.warn("Old delivery claims not purged: {}", e.getMessage());
        }
    }
}
