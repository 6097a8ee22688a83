package dev.storybot.settings;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * Reads the configuration with one precedence: environment variables, then the {@code --config} properties file
 * (same keys), then the defaults. {@link #read()} gives all of it; the per-area methods let a command read only what
 * it uses, so that, say, a malformed Slack port does not stop {@code ask}.
 */
public final class SettingsReader {

    /** Highest TCP port number. */
    static final int MAX_PORT = 65_535;

    private static final String EXAMPLE_MODEL = "gemma2:9b";

    private final ValueParser values;

    private SettingsReader(Map<String, String> merged) {
        this.values = new ValueParser(merged);
    }

    /**
     * Merges the properties file (if not null) with the environment; the environment wins.
     *
     * @throws IllegalArgumentException with a one-line message when the file cannot be read
     */
    public static SettingsReader of(Path propertiesFile, Map<String, String> environment) {
        Map<String, String> merged = new HashMap<>();
        if (propertiesFile != null) {
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(propertiesFile, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException | IllegalArgumentException e) {
                throw new IllegalArgumentException("cannot read the configuration file " + propertiesFile + " ("
                        + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
            }
            properties
                    .stringPropertyNames()
                    .forEach(key -> merged.put(key, properties.getProperty(key).strip()));
        }
        merged.putAll(environment);
        return new SettingsReader(merged);
    }

    /** Reads {@code environment} alone (no properties file). */
    public static SettingsReader of(Map<String, String> environment) {
        return of(null, environment);
    }

    /**
     * Everything, parsed at once.
     *
     * @throws IllegalArgumentException with a one-line message naming the variable when a value is malformed
     */
    public Settings read() {
        return new Settings(knowledge(), data(), database(), rateLimit(), ops(), discord(), slack(), llm());
    }

    /** The knowledge directory, or the bundled knowledge. */
    public KnowledgeSettings knowledge() {
        return new KnowledgeSettings(Optional.ofNullable(values.text(Variable.STORYBOT_KNOWLEDGE_DIR))
                .map(Path::of));
    }

    /** The data directory. */
    public DataSettings data() {
        return new DataSettings(
                Optional.ofNullable(values.text(Variable.STORYBOT_DATA_DIR))
                        .map(Path::of)
                        .orElse(DataSettings.DEFAULT_DIRECTORY),
                Duration.ofDays(values.wholeNumber(
                        Variable.STORYBOT_RETENTION_DAYS,
                        DataSettings.DEFAULT_RETENTION_DAYS,
                        1,
                        DataSettings.MAX_RETENTION_DAYS)));
    }

    /**
     * The shared database; empty when {@link Variable#STORYBOT_DATABASE_URL} is unset or blank (state stays in the
     * process and its SQLite file).
     */
    public Optional<DatabaseSettings> database() {
        String url = values.text(Variable.STORYBOT_DATABASE_URL);
        if (url == null) {
            return Optional.empty();
        }
        if (!url.startsWith(DatabaseSettings.URL_PREFIX)) {
            throw new IllegalArgumentException(Variable.STORYBOT_DATABASE_URL + " must be a PostgreSQL JDBC URL"
                    + " starting with " + DatabaseSettings.URL_PREFIX + ", e.g. "
                    + DatabaseSettings.URL_PREFIX + "db:5432/storybot");
        }
        return Optional.of(new DatabaseSettings(
                url, values.text(Variable.STORYBOT_DATABASE_USER), values.text(Variable.STORYBOT_DATABASE_PASSWORD)));
    }

    /** The per-user rate limit. */
    public RateLimitSettings rateLimit() {
        return new RateLimitSettings(values.wholeNumber(
                Variable.STORYBOT_RATE_LIMIT_PER_MINUTE,
                RateLimitSettings.DEFAULT_QUESTIONS_PER_USER_PER_MINUTE,
                1,
                Integer.MAX_VALUE,
                "a positive whole number"));
    }

    /** The service settings of {@code serve}. */
    public OpsSettings ops() {
        return new OpsSettings(
                values.text(Variable.STORYBOT_HTTP_HOST, OpsSettings.DEFAULT_HTTP_HOST),
                values.port(Variable.STORYBOT_HTTP_PORT, OpsSettings.DEFAULT_HTTP_PORT),
                values.seconds(
                        Variable.STORYBOT_SHUTDOWN_TIMEOUT_SECONDS,
                        OpsSettings.DEFAULT_SHUTDOWN_TIMEOUT_SECONDS,
                        1,
                        OpsSettings.MAX_SHUTDOWN_TIMEOUT_SECONDS),
                values.wholeNumber(
                        Variable.STORYBOT_WORKER_THREADS,
                        OpsSettings.DEFAULT_WORKER_THREADS,
                        1,
                        OpsSettings.MAX_WORKER_THREADS),
                values.wholeNumber(
                        Variable.STORYBOT_WORKER_QUEUE,
                        OpsSettings.DEFAULT_WORKER_QUEUE,
                        1,
                        OpsSettings.MAX_WORKER_QUEUE));
    }

    /** Discord; empty when {@link Variable#DISCORD_TOKEN} is unset or blank (Discord is simply not enabled). */
    public Optional<DiscordSettings> discord() {
        String token = values.text(Variable.DISCORD_TOKEN);
        if (token == null) {
            return Optional.empty();
        }
        DiscordSettings.checkToken(token);
        String guildId = values.snowflake(Variable.DISCORD_GUILD_ID);
        URI apiUrl = values.url(Variable.STORYBOT_DISCORD_API_URL, DiscordSettings.DEFAULT_API_URL, "http", "https");
        if (!apiUrl.getPath().endsWith("/")) {
            apiUrl = URI.create(apiUrl + "/");
        }
        URI gatewayUrl =
                values.url(Variable.STORYBOT_DISCORD_GATEWAY_URL, DiscordSettings.DEFAULT_GATEWAY_URL, "ws", "wss");
        String applicationId = values.snowflake(Variable.DISCORD_APPLICATION_ID);
        if (applicationId == null) {
            applicationId = DiscordSettings.applicationIdFromToken(token).orElse(null);
        }
        return Optional.of(new DiscordSettings(token, guildId, apiUrl, gatewayUrl, applicationId, discordShards()));
    }

    /**
     * The shards this process runs: {@link Variable#DISCORD_SHARDS} out of {@link Variable#DISCORD_SHARDS_TOTAL};
     * every shard of Discord's recommended total when neither is set.
     */
    public DiscordShards discordShards() {
        String total = values.text(Variable.DISCORD_SHARDS_TOTAL);
        String ids = values.text(Variable.DISCORD_SHARDS);
        if (total == null) {
            if (ids != null) {
                throw new IllegalArgumentException(Variable.DISCORD_SHARDS + " needs " + Variable.DISCORD_SHARDS_TOTAL
                        + ", the same total on every replica (e.g. " + Variable.DISCORD_SHARDS_TOTAL + "=4 with "
                        + Variable.DISCORD_SHARDS + "=0-1 on one replica and 2-3 on the other), was '" + ids + "'");
            }
            return DiscordShards.ALL;
        }
        int shardsTotal = values.wholeNumber(
                Variable.DISCORD_SHARDS_TOTAL,
                0,
                1,
                DiscordShards.MAX_TOTAL,
                "a whole number of shards from 1 to " + DiscordShards.MAX_TOTAL);
        return new DiscordShards(shardsTotal, ids == null ? List.of() : DiscordShards.parseIds(ids, shardsTotal));
    }

    /**
     * The Discord application id for the invite URL: {@link Variable#DISCORD_APPLICATION_ID} if set (no token
     * needed), else decoded from {@link Variable#DISCORD_TOKEN}; empty when neither gives one.
     */
    public Optional<String> discordApplicationId() {
        String explicit = values.snowflake(Variable.DISCORD_APPLICATION_ID);
        return explicit != null ? Optional.of(explicit) : discord().flatMap(DiscordSettings::optionalApplicationId);
    }

    /**
     * Slack; empty when {@link Variable#SLACK_BOT_TOKEN} is unset or blank (Slack is off).
     *
     * @throws IllegalArgumentException with a one-line message saying what to fix, when the variables are
     *                                  inconsistent (e.g. a bot token without an app token or signing secret)
     */
    public Optional<SlackSettings> slack() {
        String botToken = values.text(Variable.SLACK_BOT_TOKEN);
        String clientId = values.text(Variable.SLACK_CLIENT_ID);
        if (clientId != null) {
            return Optional.of(oauthSlack(botToken, clientId));
        }
        if (botToken == null) {
            return Optional.empty();
        }
        String appToken = values.text(Variable.SLACK_APP_TOKEN);
        String signingSecret = values.text(Variable.SLACK_SIGNING_SECRET);
        if (appToken == null && signingSecret == null) {
            throw new IllegalArgumentException(Variable.SLACK_BOT_TOKEN + " is set but neither "
                    + Variable.SLACK_APP_TOKEN + " (Socket Mode) nor " + Variable.SLACK_SIGNING_SECRET
                    + " (HTTP mode) is; set one of them");
        }
        if (!botToken.startsWith("xoxb-")) {
            throw new IllegalArgumentException(Variable.SLACK_BOT_TOKEN + " must be a bot token starting with xoxb-"
                    + " (find it under OAuth & Permissions in the Slack app settings)");
        }
        if (appToken != null && !appToken.startsWith("xapp-")) {
            throw new IllegalArgumentException(Variable.SLACK_APP_TOKEN + " must be an app-level token starting with"
                    + " xapp- (create one with the connections:write scope under Basic Information)");
        }
        URI apiUrl =
                values.url(Variable.STORYBOT_SLACK_API_URL, URI.create(SlackSettings.DEFAULT_API_URL), "http", "https");
        return Optional.of(new SlackSettings(
                botToken,
                appToken,
                signingSecret,
                values.text(Variable.STORYBOT_SLACK_HOST, SlackSettings.DEFAULT_HTTP_HOST),
                values.port(Variable.STORYBOT_SLACK_PORT, SlackSettings.DEFAULT_HTTP_PORT),
                apiUrl.toString()));
    }

    /** Slack installed into workspaces through OAuth: HTTP mode, one token per workspace, kept in the database. */
    private SlackSettings oauthSlack(String botToken, String clientId) {
        if (botToken != null) {
            throw new IllegalArgumentException("Set either " + Variable.SLACK_BOT_TOKEN + " (one workspace) or "
                    + Variable.SLACK_CLIENT_ID + " (installs into many workspaces through OAuth), not both");
        }
        String clientSecret = values.text(Variable.SLACK_CLIENT_SECRET);
        String signingSecret = values.text(Variable.SLACK_SIGNING_SECRET);
        if (clientSecret == null || signingSecret == null) {
            throw new IllegalArgumentException(Variable.SLACK_CLIENT_ID + " is set, so " + Variable.SLACK_CLIENT_SECRET
                    + " and " + Variable.SLACK_SIGNING_SECRET + " must be too (Basic Information → App Credentials)");
        }
        if (values.text(Variable.SLACK_APP_TOKEN) != null) {
            throw new IllegalArgumentException(
                    "Installs through OAuth use HTTP mode; unset " + Variable.SLACK_APP_TOKEN);
        }
        if (values.text(Variable.STORYBOT_SLACK_PUBLIC_URL) == null) {
            throw new IllegalArgumentException(Variable.SLACK_CLIENT_ID + " is set, so "
                    + Variable.STORYBOT_SLACK_PUBLIC_URL + " must be too: the public https:// address of this"
                    + " bot's Slack port, where Slack sends the installing browser back");
        }
        URI publicUrl = values.url(Variable.STORYBOT_SLACK_PUBLIC_URL, null, "http", "https");
        URI apiUrl =
                values.url(Variable.STORYBOT_SLACK_API_URL, URI.create(SlackSettings.DEFAULT_API_URL), "http", "https");
        return new SlackSettings(
                null,
                null,
                signingSecret,
                values.text(Variable.STORYBOT_SLACK_HOST, SlackSettings.DEFAULT_HTTP_HOST),
                values.port(Variable.STORYBOT_SLACK_PORT, SlackSettings.DEFAULT_HTTP_PORT),
                apiUrl.toString(),
                new SlackSettings.OAuth(clientId, clientSecret, publicUrl.toString()));
    }

    /** The model endpoint; empty when {@link Variable#STORYBOT_LLM_BASE_URL} is unset or blank (retrieval only). */
    public Optional<LlmSettings> llm() {
        String baseUrl = values.text(Variable.STORYBOT_LLM_BASE_URL);
        if (baseUrl == null) {
            return Optional.empty();
        }
        String model = values.text(Variable.STORYBOT_LLM_MODEL);
        if (model == null) {
            throw new IllegalArgumentException(Variable.STORYBOT_LLM_MODEL + " must be set when "
                    + Variable.STORYBOT_LLM_BASE_URL + " is set, e.g. " + Variable.STORYBOT_LLM_MODEL + "="
                    + EXAMPLE_MODEL);
        }
        try {
            LlmSettings.validBaseUrl(baseUrl);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(Variable.STORYBOT_LLM_BASE_URL + ": " + e.getMessage(), e);
        }
        return Optional.of(new LlmSettings(
                baseUrl,
                model,
                values.text(Variable.STORYBOT_LLM_API_KEY),
                values.seconds(
                        Variable.STORYBOT_LLM_TIMEOUT_SECONDS,
                        LlmSettings.DEFAULT_TIMEOUT_SECONDS,
                        1,
                        LlmSettings.MAX_TIMEOUT_SECONDS),
                values.wholeNumber(
                        Variable.STORYBOT_LLM_CONTEXT_TOKENS,
                        LlmSettings.DEFAULT_CONTEXT_TOKENS,
                        LlmSettings.MIN_CONTEXT_TOKENS,
                        LlmSettings.MAX_CONTEXT_TOKENS)));
    }

    /** The bot's own log level name (e.g. {@code DEBUG}), if set. */
    public Optional<String> logLevel() {
        return Optional.ofNullable(values.text(Variable.STORYBOT_LOG_LEVEL));
    }

    /** True when {@code variable} has a non-blank value, without validating it. */
    public boolean isSet(Variable variable) {
        return values.isSet(Objects.requireNonNull(variable, "variable"));
    }

    /** The configured values of the {@link Variable#secret() secret} variables, for redacting output. */
    public List<String> secrets() {
        return Arrays.stream(Variable.values())
                .filter(Variable::secret)
                .map(values::text)
                .filter(Objects::nonNull)
                .toList();
    }
}
