package dev.storybot.settings;

/**
 * Every configuration variable the bot reads, declared once: its name (the constant's name, used both as the
 * environment variable and as the key in a {@code --config} properties file), its default as the README shows it, and
 * what it means. The README's configuration table is checked against this list.
 */
public enum Variable {

    /** Knowledge directory. */
    STORYBOT_KNOWLEDGE_DIR(
            "the bundled `knowledge/`",
            "a directory with `article.txt` and `facts.json` to use instead; `serve` reloads it within seconds of an"
                    + " edit"),
    /** Log level; read from the environment only, because logging starts before the command line is parsed. */
    STORYBOT_LOG_LEVEL(
            "`INFO`", "log level of the bot's own loggers (user text is logged only at `DEBUG`); environment only"),
    /** Data directory. */
    STORYBOT_DATA_DIR("`./" + DataSettings.DEFAULT_DIRECTORY + "`", "where `feedback.db` (the 👍/👎 votes) is kept"),
    /** How long stored questions and votes are kept. */
    STORYBOT_RETENTION_DAYS(
            "`" + DataSettings.DEFAULT_RETENTION_DAYS + "`",
            "days stored questions, answers and votes are kept before they are deleted (1–"
                    + DataSettings.MAX_RETENTION_DAYS + ")"),
    /** Shared database for several replicas. */
    STORYBOT_DATABASE_URL(
            "unset (state in memory and `feedback.db`)",
            "JDBC URL of a PostgreSQL database that replicas share, e.g. `jdbc:postgresql://db:5432/storybot`;"
                    + " see [Running more than one replica](#running-more-than-one-replica)"),
    /** Database user. */
    STORYBOT_DATABASE_USER("unset", "user for `STORYBOT_DATABASE_URL`"),
    /** Database password. */
    STORYBOT_DATABASE_PASSWORD("unset", "password for `STORYBOT_DATABASE_URL`; never printed", true),
    /** Rate limit. */
    STORYBOT_RATE_LIMIT_PER_MINUTE(
            "`" + RateLimitSettings.DEFAULT_QUESTIONS_PER_USER_PER_MINUTE + "`",
            "questions one user may ask per minute on Discord or Slack"),

    /** Discord bot token. */
    DISCORD_TOKEN(
            "unset (Discord off)",
            "bot token; a missing or rejected token gives one error line and a non-zero exit",
            true),
    /** Discord guild for instant command registration. */
    DISCORD_GUILD_ID("unset (global commands)", "server id to register the slash commands in, instantly"),
    /** Discord application id for the invite URL. */
    DISCORD_APPLICATION_ID("decoded from the token", "application id for `storybot discord-invite`"),
    /** Discord REST endpoint. */
    STORYBOT_DISCORD_API_URL("`" + DiscordSettings.DEFAULT_API_URL + "`", "Discord REST endpoint override"),
    /** Discord gateway endpoint. */
    STORYBOT_DISCORD_GATEWAY_URL("`" + DiscordSettings.DEFAULT_GATEWAY_URL + "`", "Discord gateway endpoint override"),
    /** Total number of gateway shards, the same on every replica. */
    DISCORD_SHARDS_TOTAL(
            "Discord's recommendation",
            "total gateway shards, the same on every replica (1–" + DiscordShards.MAX_TOTAL + "; Discord allows at"
                    + " most " + DiscordShards.MAX_GUILDS_PER_SHARD + " servers per shard); see"
                    + " [Discord shards](#discord-shards)"),
    /** The shard ids this process runs. */
    DISCORD_SHARDS(
            "all",
            "shard ids this replica runs, e.g. `0-3`, `0,2` or `0-1,4` (each below `DISCORD_SHARDS_TOTAL`, which it"
                    + " needs); only the replica with shard 0 registers the global slash commands"),

    /** Slack bot token. */
    SLACK_BOT_TOKEN("unset (Slack off)", "Slack bot token, `xoxb-…`", true),
    /** Slack app-level token. */
    SLACK_APP_TOKEN("unset", "Slack app-level token, `xapp-…`; set = Socket Mode", true),
    /** Slack signing secret. */
    SLACK_SIGNING_SECRET("unset", "Slack signing secret; set (without an app token) = HTTP mode", true),
    /** Slack app's client id, for installs into many workspaces. */
    SLACK_CLIENT_ID(
            "unset (one workspace)",
            "Slack app client id; with `SLACK_CLIENT_SECRET` and `STORYBOT_SLACK_PUBLIC_URL` the bot installs into"
                    + " any workspace through OAuth (HTTP mode, instead of `SLACK_BOT_TOKEN`); see"
                    + " [Many Slack workspaces](#many-slack-workspaces)"),
    /** Slack app's client secret. */
    SLACK_CLIENT_SECRET("unset", "Slack app client secret (OAuth installs)", true),
    /** Public base address of the Slack HTTP endpoint. */
    STORYBOT_SLACK_PUBLIC_URL(
            "unset",
            "the public `https://` address Slack and browsers reach the Slack HTTP port at; the OAuth redirect URL is"
                    + " this plus `" + SlackSettings.OAUTH_REDIRECT_PATH + "`"),
    /** Slack HTTP mode port. */
    STORYBOT_SLACK_PORT("`" + SlackSettings.DEFAULT_HTTP_PORT + "`", "Slack HTTP mode port (`0` picks a free port)"),
    /** Slack HTTP mode bind address. */
    STORYBOT_SLACK_HOST("`" + SlackSettings.DEFAULT_HTTP_HOST + "`", "Slack HTTP mode bind address"),
    /** Slack Web API base. */
    STORYBOT_SLACK_API_URL(
            "`" + SlackSettings.DEFAULT_API_URL + "`",
            "Slack Web API base (for tests or proxies);"
                    + " when set, also the only origin that response URLs may use"),

    /** Model endpoint. */
    STORYBOT_LLM_BASE_URL(
            "unset (retrieval mode)",
            "base URL of a chat-completions API (the common `/v1` kind), without `/chat/completions`; set = a model phrases the answers"),
    /** Model name. */
    STORYBOT_LLM_MODEL("none", "model name the server expects; required when the base URL is set"),
    /** Model API key. */
    STORYBOT_LLM_API_KEY("unset", "bearer token; local model servers need none; never logged", true),
    /** Per-answer model timeout. */
    STORYBOT_LLM_TIMEOUT_SECONDS(
            "`" + LlmSettings.DEFAULT_TIMEOUT_SECONDS + "`",
            "per-answer timeout (1–" + LlmSettings.MAX_TIMEOUT_SECONDS + "); a stream may take twice this in total,"
                    + " with no gap between tokens longer than it"),
    /** Article tokens the model may read. */
    STORYBOT_LLM_CONTEXT_TOKENS(
            "`" + LlmSettings.DEFAULT_CONTEXT_TOKENS + "`",
            "estimated tokens of the article the prompt carries (" + LlmSettings.MIN_CONTEXT_TOKENS + "–"
                    + LlmSettings.MAX_CONTEXT_TOKENS + "); a longer article is cut to its headline, lead and the"
                    + " paragraphs that best match the question"),

    /** Health and metrics port. */
    STORYBOT_HTTP_PORT(
            "`" + OpsSettings.DEFAULT_HTTP_PORT + "`", "port of `/healthz` and `/metrics` (`0` picks a free port)"),
    /** Health and metrics bind address. */
    STORYBOT_HTTP_HOST(
            "`" + OpsSettings.DEFAULT_HTTP_HOST + "`",
            "interface `/healthz` and `/metrics` listen on;"
                    + " set `0.0.0.0` when probes or scrapers come from another host"),
    /** Seconds a stop waits for answers in flight. */
    STORYBOT_SHUTDOWN_TIMEOUT_SECONDS(
            "`" + OpsSettings.DEFAULT_SHUTDOWN_TIMEOUT_SECONDS + "`", "how long a stop waits for answers in flight"),
    /** Questions answered at once per platform. */
    STORYBOT_WORKER_THREADS(
            "`" + OpsSettings.DEFAULT_WORKER_THREADS + "`",
            "questions answered at once, per platform (mostly waiting on the model)"),
    /** Questions waiting per platform. */
    STORYBOT_WORKER_QUEUE(
            "`" + OpsSettings.DEFAULT_WORKER_QUEUE + "`",
            "questions waiting per platform; beyond that askers get \"busy, try again in a minute\"");

    private final String defaultText;
    private final String description;
    private final boolean secret;

    Variable(String defaultText, String description) {
        this(defaultText, description, false);
    }

    Variable(String defaultText, String description, boolean secret) {
        this.defaultText = defaultText;
        this.description = description;
        this.secret = secret;
    }

    /** The default as the README's configuration table shows it (Markdown). */
    public String defaultText() {
        return defaultText;
    }

    /** One line saying what the variable means, as the README's configuration table shows it (Markdown). */
    public String description() {
        return description;
    }

    /** True for credentials: they belong in the environment and never appear in output or logs. */
    public boolean secret() {
        return secret;
    }
}
