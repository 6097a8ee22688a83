package dev.storybot.state;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link TrackedThreads} in the {@code tracked_threads} table, shared by every replica on the database. */
public final class JdbcTrackedThreads implements TrackedThreads {

    /** How often this process deletes threads idle past their time to live. */
    static final Duration PURGE_INTERVAL = Duration.ofHours(1);

    private static final Logger LOG = LoggerFactory.getLogger(JdbcTrackedThreads.class);

    private static final String TRACK = "INSERT INTO tracked_threads (thread_key, last_active_at) VALUES (?, ?) "
            + "ON CONFLICT (thread_key) DO UPDATE SET last_active_at = excluded.last_active_at";
    private static final String TOUCH =
            "UPDATE tracked_threads SET last_active_at = ? WHERE thread_key = ? AND last_active_at > ?";

    private final DataSource dataSource;
    private final Clock clock;
    private final Duration idleTtl;
    private final PurgeSchedule purges = new PurgeSchedule(PURGE_INTERVAL);

    /**
     * @param idleTtl how long a thread without activity stays tracked
     */
    public JdbcTrackedThreads(DataSource dataSource, Clock clock, Duration idleTtl) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.idleTtl = Objects.requireNonNull(idleTtl, "idleTtl");
    }

    @Override
    public void track(String threadKey) {
        long now = clock.millis();
        purgeIfDue(now);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement track = connection.prepareStatement(TRACK)) {
            track.setString(1, threadKey);
            track.setLong(2, now);
            track.executeUpdate();
        } catch (SQLException e) {
            LOG.warn("Thread {} not tracked for follow-ups: {}", threadKey, e.getMessage());
        }
    }

    /** {@inheritDoc} False when the database cannot be reached (logged): the follow-up then needs a mention. */
    @Override
    public boolean isTracked(String threadKey) {
        long now = clock.millis();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement touch = connection.prepareStatement(TOUCH)) {
            touch.setLong(1, now);
            touch.setString(2, threadKey);
            touch.setLong(3, now - idleTtl.toMillis());
            return touch.executeUpdate() == 1;
        } catch (SQLException e) {
            LOG.warn("Could not tell whether thread {} is tracked: {}", threadKey, e.getMessage());
            return false;
        }
    }

    private void purgeIfDue(long now) {
        if (!purges.due(now)) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement purge =
                        connection.prepareStatement("DELETE FROM tracked_threads WHERE last_active_at <= ?")) {
            purge.setLong(1, now - idleTtl.toMillis());
            purge.executeUpdate();
        } catch (SQLException e) {
            LOG.warn("Idle threads not purged: {}", e.getMessage());
        }
    }
}
