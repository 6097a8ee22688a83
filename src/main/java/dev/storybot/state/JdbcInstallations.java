package dev.storybot.state;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/** {@link Installations} in the {@code slack_installations} table. */
public final class JdbcInstallations implements Installations {

    private static final String SAVE = "INSERT INTO slack_installations "
            + "(enterprise_id, team_id, bot_token, bot_user_id, bot_id, installed_at) VALUES (?, ?, ?, ?, ?, ?) "
            + "ON CONFLICT (enterprise_id, team_id) DO UPDATE SET bot_token = excluded.bot_token, "
            + "bot_user_id = excluded.bot_user_id, bot_id = excluded.bot_id, installed_at = excluded.installed_at";
    private static final String FIND = "SELECT bot_token, bot_user_id, bot_id, installed_at FROM slack_installations "
            + "WHERE enterprise_id = ? AND team_id = ?";
    private static final String DELETE = "DELETE FROM slack_installations WHERE enterprise_id = ? AND team_id = ?";
    private static final String COUNT = "SELECT COUNT(*) FROM slack_installations";

    private final DataSource dataSource;

    public JdbcInstallations(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /** {@inheritDoc} @throws StateException when it cannot be stored */
    @Override
    public void save(Installation installation) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement save = connection.prepareStatement(SAVE)) {
            save.setString(1, installation.enterpriseId());
            save.setString(2, installation.teamId());
            save.setString(3, installation.botToken());
            save.setString(4, installation.botUserId());
            save.setString(5, installation.botId());
            save.setLong(6, installation.installedAt().toEpochMilli());
            save.executeUpdate();
        } catch (SQLException e) {
            throw new StateException(
                    "Cannot store the installation for team " + installation.teamId() + ": " + e.getMessage(), e);
        }
    }

    /** {@inheritDoc} @throws StateException when it cannot be read */
    @Override
    public Optional<Installation> find(String enterpriseId, String teamId) {
        String enterprise = orEmpty(enterpriseId);
        String team = orEmpty(teamId);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement find = connection.prepareStatement(FIND)) {
            find.setString(1, enterprise);
            find.setString(2, team);
            try (ResultSet rows = find.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Installation(
                        enterprise,
                        team,
                        rows.getString(1),
                        rows.getString(2),
                        rows.getString(3),
                        Instant.ofEpochMilli(rows.getLong(4))));
            }
        } catch (SQLException e) {
            throw new StateException("Cannot read the installation for team " + team + ": " + e.getMessage(), e);
        }
    }

    /** {@inheritDoc} @throws StateException when it cannot be removed */
    @Override
    public boolean delete(String enterpriseId, String teamId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement(DELETE)) {
            delete.setString(1, orEmpty(enterpriseId));
            delete.setString(2, orEmpty(teamId));
            return delete.executeUpdate() > 0;
        } catch (SQLException e) {
            throw new StateException("Cannot remove the installation for team " + teamId + ": " + e.getMessage(), e);
        }
    }

    /** {@inheritDoc} @throws StateException when it cannot be read */
    @Override
    public int count() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement count = connection.prepareStatement(COUNT);
                ResultSet rows = count.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        } catch (SQLException e) {
            throw new StateException("Cannot count the Slack installations: " + e.getMessage(), e);
        }
    }

    private static String orEmpty(String id) {
        return id == null ? "" : id;
    }
}
