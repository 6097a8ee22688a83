package dev.storybot.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The one reader and its parser: precedence, defaults, and errors that name the variable and the bad value. */
class SettingsReaderTest {

    /** Enough to switch on every optional area, so that each one's defaults can be read. */
    private static final Map<String, String> EVERY_AREA = Map.of(
            Variable.DISCORD_TOKEN.name(), "discord-token",
            Variable.SLACK_BOT_TOKEN.name(), "xoxb-1",
            Variable.SLACK_SIGNING_SECRET.name(), "signing-secret",
            Variable.STORYBOT_LLM_BASE_URL.name(), "http://localhost:11434/v1",
            Variable.STORYBOT_LLM_MODEL.name(), "m");

    @TempDir
    Path dir;

    static Stream<Arguments> defaults() {
        return Stream.of(
                Arguments.of(
                        Variable.STORYBOT_KNOWLEDGE_DIR,
                        (Function<Settings, Object>) s -> s.knowledge(),
                        KnowledgeSettings.BUNDLED),
                Arguments.of(
                        Variable.STORYBOT_DATA_DIR,
                        (Function<Settings, Object>) s -> s.data().directory(),
                        Path.of("data")),
                Arguments.of(
                        Variable.STORYBOT_RETENTION_DAYS,
                        (Function<Settings, Object>) s -> s.data().retention(),
                        java.time.Duration.ofDays(90)),
                Arguments.of(
                        Variable.STORYBOT_RATE_LIMIT_PER_MINUTE,
                        (Function<Settings, Object>) s -> s.rateLimit().questionsPerUserPerMinute(),
                        10),
                Arguments.of(
                        Variable.STORYBOT_HTTP_HOST,
                        (Function<Settings, Object>) s -> s.ops().httpHost(),
                        "127.0.0.1"),
                Arguments.of(
                        Variable.STORYBOT_HTTP_PORT,
                        (Function<Settings, Object>) s -> s.ops().httpPort(),
                        8080),
                Arguments.of(
                        Variable.STORYBOT_SHUTDOWN_TIMEOUT_SECONDS,
                        (Function<Settings, Object>) s -> s.ops().shutdownTimeout(),
                        Duration.ofSeconds(10)),
                Arguments.of(
                        Variable.STORYBOT_WORKER_THREADS,
                        (Function<Settings, Object>) s -> s.ops().workerThreads(),
                        32),
                Arguments.of(
                        Variable.STORYBOT_WORKER_QUEUE,
                        (Function<Settings, Object>) s -> s.ops().workerQueue(),
                        1_000),
                Arguments.of(
                        Variable.DISCORD_GUILD_ID,
                        (Function<Settings, Object>)
                                s -> s.discord().orElseThrow().optionalGuildId(),
                        Optional.empty()),
                Arguments.of(
                        Variable.STORYBOT_DISCORD_API_URL,
                        (Function<Settings, Object>)
                                s -> s.discord().orElseThrow().apiUrl(),
                        URI.create("https://discord.com/api/v10/")),
                Arguments.of(
                        Variable.STORYBOT_DISCORD_GATEWAY_URL,
                        (Function<Settings, Object>)
                                s -> s.discord().orElseThrow().gatewayUrl(),
                        URI.create("wss://gateway.discord.gg/")),
                Arguments.of(
                        Variable.STORYBOT_SLACK_PORT,
                        (Function<Settings, Object>)
                                s -> s.slack().orElseThrow().httpPort(),
                        3000),
                Arguments.of(
                        Variable.STORYBOT_SLACK_HOST,
                        (Function<Settings, Object>)
                                s -> s.slack().orElseThrow().httpHost(),
                        "0.0.0.0"),
                Arguments.of(
                        Variable.STORYBOT_SLACK_API_URL,
                        (Function<Settings, Object>)
                                s -> s.slack().orElseThrow().apiUrl(),
                        "https://slack.com/api/"),
                Arguments.of(
                        Variable.STORYBOT_LLM_API_KEY,
                        (Function<Settings, Object>) s -> s.llm().orElseThrow().hasApiKey(),
                        false),
                Arguments.of(
                        Variable.STORYBOT_LLM_TIMEOUT_SECONDS,
                        (Function<Settings, Object>) s -> s.llm().orElseThrow().timeout(),
                        Duration.ofSeconds(20)));
    }

    @ParameterizedTest(name = "{0} defaults to {2}")
    @MethodSource("defaults")
    void should_use_the_default_when_a_variable_is_unset_or_blank(
            Variable variable, Function<Settings, Object> read, Object expected) {
        assertThat(read.apply(SettingsReader.of(EVERY_AREA).read())).isEqualTo(expected);
        assertThat(read.apply(
                        SettingsReader.of(with(EVERY_AREA, variable, "  ")).read()))
                .isEqualTo(expected);
    }

    @Test
    void should_leave_the_optional_platforms_and_the_model_off_when_nothing_is_set() {
        Settings settings = SettingsReader.of(Map.of()).read();

        assertThat(settings.discord()).isEmpty();
        assertThat(settings.slack()).isEmpty();
        assertThat(settings.llm()).isEmpty();
        assertThat(settings.hasPlatform()).isFalse();
    }

    static Stream<Arguments> badValues() {
        return Stream.of(
                Arguments.of(
                        Variable.STORYBOT_HTTP_PORT,
                        "eighty",
                        "STORYBOT_HTTP_PORT must be a port number from 0 to 65535, was 'eighty'"),
                Arguments.of(
                        Variable.STORYBOT_HTTP_PORT,
                        "65536",
                        "STORYBOT_HTTP_PORT must be a port number from 0 to 65535, was '65536'"),
                Arguments.of(
                        Variable.STORYBOT_SLACK_PORT,
                        "-1",
                        "STORYBOT_SLACK_PORT must be a port number from 0 to 65535, was '-1'"),
                Arguments.of(
                        Variable.STORYBOT_SHUTDOWN_TIMEOUT_SECONDS,
                        "0",
                        "STORYBOT_SHUTDOWN_TIMEOUT_SECONDS must be a whole number of seconds from 1 to 300, was '0'"),
                Arguments.of(
                        Variable.STORYBOT_LLM_TIMEOUT_SECONDS,
                        "2.5",
                        "STORYBOT_LLM_TIMEOUT_SECONDS must be a whole number of seconds from 1 to 600, was '2.5'"),
                Arguments.of(
                        Variable.STORYBOT_WORKER_THREADS,
                        "1001",
                        "STORYBOT_WORKER_THREADS must be a whole number from 1 to 1000, was '1001'"),
                Arguments.of(
                        Variable.STORYBOT_WORKER_QUEUE,
                        "many",
                        "STORYBOT_WORKER_QUEUE must be a whole number from 1 to 100000, was 'many'"),
                Arguments.of(
                        Variable.STORYBOT_RETENTION_DAYS,
                        "forever",
                        "STORYBOT_RETENTION_DAYS must be a whole number from 1 to 3650, was 'forever'"),
                Arguments.of(
                        Variable.STORYBOT_RATE_LIMIT_PER_MINUTE,
                        "0",
                        "STORYBOT_RATE_LIMIT_PER_MINUTE must be a positive whole number, was '0'"),
                Arguments.of(
                        Variable.DISCORD_GUILD_ID,
                        "newsroom",
                        "DISCORD_GUILD_ID must be a numeric Discord id (right-click > Copy ID), was 'newsroom'"),
                Arguments.of(
                        Variable.DISCORD_APPLICATION_ID,
                        "123456789012345678901",
                        "DISCORD_APPLICATION_ID must be a numeric Discord id (right-click > Copy ID),"
                                + " was '123456789012345678901'"),
                Arguments.of(
                        Variable.STORYBOT_DISCORD_API_URL,
                        "discord.com/api",
                        "STORYBOT_DISCORD_API_URL must be an absolute http or https URL, was 'discord.com/api'"),
                Arguments.of(
                        Variable.STORYBOT_DISCORD_GATEWAY_URL,
                        "https://gateway.discord.gg",
                        "STORYBOT_DISCORD_GATEWAY_URL must be an absolute ws or wss URL,"
                                + " was 'https://gateway.discord.gg'"),
                Arguments.of(
                        Variable.STORYBOT_SLACK_API_URL,
                        "slack.com/api",
                        "STORYBOT_SLACK_API_URL must be an absolute http or https URL, was 'slack.com/api'"));
    }

    @ParameterizedTest(name = "{0}={1} is rejected")
    @MethodSource("badValues")
    void should_name_the_variable_and_the_bad_value(Variable variable, String value, String message) {
        SettingsReader reader = SettingsReader.of(with(EVERY_AREA, variable, " " + value + " "));

        assertThatThrownBy(reader::read)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    static Stream<Arguments> precedence() {
        // variable, in the file, in the environment, expected value
        return Stream.of(
                Arguments.of("9090", null, 9090),
                Arguments.of("9090", "7070", 7070),
                Arguments.of(null, "7070", 7070),
                Arguments.of(null, null, OpsSettings.DEFAULT_HTTP_PORT));
    }

    @ParameterizedTest(name = "file {0}, environment {1}: port {2}")
    @MethodSource("precedence")
    void should_prefer_the_environment_then_the_file_then_the_default(String inFile, String inEnvironment, int expected)
            throws IOException {
        Path file = dir.resolve("storybot.properties");
        Files.writeString(
                file,
                inFile == null ? "" : Variable.STORYBOT_HTTP_PORT + " = " + inFile + "\n",
                StandardCharsets.UTF_8);
        Map<String, String> environment =
                inEnvironment == null ? Map.of() : Map.of(Variable.STORYBOT_HTTP_PORT.name(), inEnvironment);

        assertThat(SettingsReader.of(file, environment).ops().httpPort()).isEqualTo(expected);
    }

    @Test
    void should_name_the_file_when_it_cannot_be_read() {
        Path missing = dir.resolve("missing.properties");

        assertThatThrownBy(() -> SettingsReader.of(missing, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("cannot read the configuration file " + missing + " (");
    }

    @Test
    void should_read_only_the_area_asked_for() {
        SettingsReader reader = SettingsReader.of(Map.of(
                Variable.STORYBOT_SLACK_PORT.name(),
                "eighty",
                Variable.SLACK_BOT_TOKEN.name(),
                "xoxb-1",
                Variable.SLACK_APP_TOKEN.name(),
                "xapp-1"));

        assertThat(reader.llm()).isEmpty();
        assertThat(reader.knowledge()).isEqualTo(KnowledgeSettings.BUNDLED);
        assertThatThrownBy(reader::slack).hasMessageContaining("STORYBOT_SLACK_PORT");
    }

    @Test
    void should_list_the_configured_secrets_for_redaction() {
        SettingsReader reader = SettingsReader.of(Map.of(
                Variable.SLACK_BOT_TOKEN.name(),
                " xoxb-secret ",
                Variable.STORYBOT_LLM_API_KEY.name(),
                "sk-secret",
                Variable.STORYBOT_LLM_MODEL.name(),
                "not-secret"));

        assertThat(reader.secrets()).containsExactlyInAnyOrder("xoxb-secret", "sk-secret");
    }

    private static Map<String, String> with(Map<String, String> base, Variable variable, String value) {
        Map<String, String> values = new HashMap<>(base);
        values.put(variable.name(), value);
        return values;
    }
}
