package dev.storybot.state;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link SharedRateLimits} in the {@code rate_limit_windows} table: one row per key and fixed window (aligned to
 * multiples of the window length), raised by one atomic statement only while below the allowance, so replicas
 * together admit no more than it.
 */
public final class JdbcRateLimits implements SharedRateLimits {

    /** How often this process deletes finished windows. */
    static final Duration PURGE_INTERVAL = Duration.ofMinutes(10);
    /** Windows kept behind the current one before they are purged (one is enough; two spare clock skew). */
    static final int WINDOWS_KEPT = 2;

    private static final Logger LOG = LoggerFactory.getLogger(JdbcRateLimits.class);

    private static final String HIT = "INSERT INTO rate_limit_windows (limit_key, window_start, hits) VALUES (?, ?, 1) "
            + "ON CONFLICT (limit_key, window_start) DO UPDATE SET hits = rate_limit_windows.hits + 1 "
            + "WHERE rate_limit_windows.hits < ?";

    private final DataSource dataSource;
    private final PurgeSchedule purges = new PurgeSchedule(PURGE_INTERVAL);

    public JdbcRateLimits(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /** {@inheritDoc} When the database cannot be reached the attempt is allowed (and logged). */
    @Override
    public boolean tryAcquire(String key, int maxPerWindow, Duration window, long nowMillis) {
        long windowMillis = window.toMillis();
        long windowStart = Math.floorDiv(nowMillis, windowMillis) * windowMillis;
        purgeIfDue(nowMillis, windowStart - WINDOWS_KEPT * windowMillis);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement hit = connection.prepareStatement(HIT)) {
            hit.setString(1, key);
            hit.setLong(2, windowStart);
            hit.setInt(3, maxPerWindow);
            return hit.executeUpdate() == 1;
        } catch (SQLException e) {
            LOG.warn("Rate limit not counted for {}: {}", key, e.getMessage());
            return true;
        }
    }

    private void purgeIfDue(long nowMillis, long before) {
        if (!purges.due(nowMillis)) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement purge =
                        connection.prepareStatement("DELETE FROM rate_limit_windows WHERE window_start < ?")) {
            purge.setLong(1, before);
            purge.executeUpdate();
        } catch (SQLException e) {
            LOG.warn("Finished rate-limit windows not purged: {}", e.getMessage());
        }
    }
}
