package dev.storybot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.ops.ConfigCheck;
import dev.storybot.settings.SettingsReader;
import dev.storybot.state.Database;
import dev.storybot.testing.TestPostgres;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code storybot check}'s database line, against a real PostgreSQL. */
class CheckDatabaseTest {

    @Test
    void should_skip_the_database_when_none_is_configured() {
        ConfigCheck.Row row = CheckCommand.database(SettingsReader.of(Map.of()));

        assertThat(row.status()).isEqualTo(ConfigCheck.Status.SKIPPED);
    }

    @Test
    void should_fail_while_migrations_are_pending_and_pass_once_they_are_applied() {
        String url = TestPostgres.newDatabase();
        SettingsReader settings =
                SettingsReader.of(Map.of("STORYBOT_DATABASE_URL", url, "STORYBOT_DATABASE_USER", TestPostgres.USER));

        ConfigCheck.Row before = CheckCommand.database(settings);
        try (Database migrated = Database.open(url, TestPostgres.USER, null)) {
            assertThat(migrated.vendor()).isNotNull();
        }
        ConfigCheck.Row after = CheckCommand.database(settings);

        assertThat(before.status()).isEqualTo(ConfigCheck.Status.FAILED);
        assertThat(before.detail()).contains("3 migration(s) not applied", "storybot serve applies them");
        assertThat(after.status()).isEqualTo(ConfigCheck.Status.OK);
        assertThat(after.detail()).contains("schema version 3", "migrations applied");
    }

    @Test
    void should_fail_in_one_line_without_the_password_when_the_database_is_unreachable() {
        SettingsReader settings = SettingsReader.of(Map.of(
                "STORYBOT_DATABASE_URL", "jdbc:postgresql://127.0.0.1:1/storybot?connectTimeout=2",
                "STORYBOT_DATABASE_USER", "bot",
                "STORYBOT_DATABASE_PASSWORD", "s3cret-pass"));

        List<ConfigCheck.Row> rows = ConfigCheck.run(settings, List.of(CheckCommand.database(settings)));

        ConfigCheck.Row row = rows.get(0);
        assertThat(row.what()).isEqualTo("database");
        assertThat(row.status()).isEqualTo(ConfigCheck.Status.FAILED);
        assertThat(row.detail())
                .startsWith("Cannot connect to the database at jdbc:postgresql://127.0.0.1:1/storybot")
                .doesNotContain("s3cret-pass")
                .doesNotContain("\n");
        assertThat(ConfigCheck.table(rows)).doesNotContain("s3cret-pass");
    }
}
