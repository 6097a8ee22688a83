package dev.storybot.state;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import javax.sql.DataSource;

/** {@link OAuthStates} in the {@code slack_oauth_states} table; expired rows are removed when new ones are issued. */
public final class JdbcOAuthStates implements OAuthStates {

    private static final String PURGE = "DELETE FROM slack_oauth_states WHERE expires_at <= ?";
    private static final String ISSUE = "INSERT INTO slack_oauth_states (state, expires_at) VALUES (?, ?)";
    private static final String LIVE = "SELECT 1 FROM slack_oauth_states WHERE state = ? AND expires_at > ?";
    private static final String CONSUME = "DELETE FROM slack_oauth_states WHERE state = ?";

    private final DataSource dataSource;
    private final Clock clock;

    public JdbcOAuthStates(DataSource dataSource, Clock clock) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** {@inheritDoc} @throws StateException when it cannot be stored */
    @Override
    public void issue(String state, Duration lifetime) {
        long now = clock.millis();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement purge = connection.prepareStatement(PURGE);
                PreparedStatement issue = connection.prepareStatement(ISSUE)) {
            purge.setLong(1, now);
            purge.executeUpdate();
            issue.setString(1, state);
            issue.setLong(2, now + lifetime.toMillis());
            issue.executeUpdate();
        } catch (SQLException e) {
            throw new StateException("Cannot store an OAuth state: " + e.getMessage(), e);
        }
    }

    /** {@inheritDoc} @throws StateException when it cannot be read */
    @Override
    public boolean isLive(String state) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement live = connection.prepareStatement(LIVE)) {
            live.setString(1, state);
            live.setLong(2, clock.millis());
            try (ResultSet rows = live.executeQuery()) {
                return rows.next();
            }
        } catch (SQLException e) {
            throw new StateException("Cannot read an OAuth state: " + e.getMessage(), e);
        }
    }

    /** {@inheritDoc} @throws StateException when it cannot be removed */
    @Override
    public void consume(String state) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement consume = connection.prepareStatement(CONSUME)) {
            consume.setString(1, state);
            consume.executeUpdate();
        } catch (SQLException e) {
            throw new StateException("Cannot remove an OAuth state: " + e.getMessage(), e);
        }
    }
}
