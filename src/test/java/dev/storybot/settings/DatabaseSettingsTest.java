package dev.storybot.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code STORYBOT_DATABASE_*}: read into one record, validated, and the password kept out of output. */
class DatabaseSettingsTest {

    private static final String URL = "jdbc:postgresql://db:5432/storybot";

    @Test
    void should_keep_state_in_the_process_when_no_database_is_configured() {
        Settings settings = SettingsReader.of(Map.of()).read();

        assertThat(settings.database()).isEmpty();
    }

    @Test
    void should_read_the_url_user_and_password() {
        DatabaseSettings database = SettingsReader.of(Map.of(
                        "STORYBOT_DATABASE_URL", URL,
                        "STORYBOT_DATABASE_USER", "bot",
                        "STORYBOT_DATABASE_PASSWORD", "s3cret-pass"))
                .read()
                .database()
                .orElseThrow();

        assertThat(database).isEqualTo(new DatabaseSettings(URL, "bot", "s3cret-pass"));
    }

    @Test
    void should_reject_a_url_that_is_not_a_postgresql_jdbc_url_naming_the_variable() {
        SettingsReader reader = SettingsReader.of(Map.of("STORYBOT_DATABASE_URL", "postgres://db/storybot"));

        assertThatThrownBy(reader::read)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("STORYBOT_DATABASE_URL must be a PostgreSQL JDBC URL")
                .hasMessageContaining("jdbc:postgresql://");
    }

    @Test
    void should_never_print_the_password() {
        SettingsReader reader = SettingsReader.of(Map.of(
                "STORYBOT_DATABASE_URL",
                URL + "?sslmode=require&password=url-pass",
                "STORYBOT_DATABASE_PASSWORD",
                "s3cret-pass"));
        DatabaseSettings database = reader.database().orElseThrow();

        assertThat(reader.secrets()).contains("s3cret-pass");
        assertThat(Redactor.of(reader.secrets()).redact("login with s3cret-pass failed"))
                .isEqualTo("login with " + Redactor.MASK + " failed");
        assertThat(database.toString()).doesNotContain("s3cret-pass").doesNotContain("url-pass");
        assertThat(database.safeUrl()).isEqualTo(URL);
    }
}
