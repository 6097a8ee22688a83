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

    private static final String SAVE =
            "INSERT INTO slack_installations (enterprise_id, team_id, bot_token, bot_user_id, installed_at) "
                    + "VALUES (?, ?, ?, ?, ?) ON CONFLICT (enterprise_id, team_id) DO UPDATE SET "
                    + "bot_token = excluded.bot_token, bot_user_id = excluded.bot_user_id, "
                    + "installed_at = excluded.installed_at";
    private static final String FIND = "SELECT bot_token, bot_user_id, installed_at FROM slack_installations "
            + "WHERE enterprise_id = ? AND team_id = ?";

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
            save.setLong(5, installation.installedAt().toEpochMilli());
            save.executeUpdate();
        } catch (SQLException e) {
            throw new StateException(
                    "Cannot store the installation for team " + installation.teamId() + ": " + e.getMessage(), e);
        }
    }

    /** {@inheritDoc} @throws StateException when it cannot be read */
    @Override
    public Optional<Installation> find(String enterpriseId, String teamId) {
        String enterprise = enterpriseId == null ? "" : enterpriseId;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement find = connection.prepareStatement(FIND)) {
            find.setString(1, enterprise);
            find.setString(2, teamId);
            try (ResultSet rows = find.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Installation(
                        enterprise,
                        teamId,
                        rows.getString(1),
                        rows.getString(2),
                        Instant.ofEpochMilli(rows.getLong(3))));
            }
        } catch (SQLException e) {
            throw new StateException("Cannot read the installation for team " + teamId + ": " + e.getMessage(), e);
        }
    }
}
