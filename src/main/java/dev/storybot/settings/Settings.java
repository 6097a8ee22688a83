package dev.storybot.settings;

import java.util.Objects;
import java.util.Optional;

/**
 * The bot's whole configuration, read once by {@link SettingsReader}; each part goes to the code that needs it.
 *
 * @param knowledge which story to answer about
 * @param data      where state is kept
 * @param database  the database replicas share, when configured (else state stays in this process)
 * @param rateLimit how often one person may ask
 * @param ops       how {@code serve} runs as a service
 * @param discord   how to reach Discord, when configured
 * @param slack     how to reach Slack, when configured
 * @param llm       the model endpoint, when configured (else answers come from retrieval)
 */
public record Settings(
        KnowledgeSettings knowledge,
        DataSettings data,
        Optional<DatabaseSettings> database,
        RateLimitSettings rateLimit,
        OpsSettings ops,
        Optional<DiscordSettings> discord,
        Optional<SlackSettings> slack,
        Optional<LlmSettings> llm) {

    /** Told when no chat platform is configured: what to set for each. */
    public static final String NOTHING_TO_SERVE = "nothing to serve: set " + Variable.DISCORD_TOKEN + " for Discord,"
            + " and/or " + Variable.SLACK_BOT_TOKEN + " with " + Variable.SLACK_APP_TOKEN + " (Socket Mode) or "
            + Variable.SLACK_SIGNING_SECRET + " (HTTP mode) for Slack";

    public Settings {
        Objects.requireNonNull(knowledge, "knowledge");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(rateLimit, "rateLimit");
        Objects.requireNonNull(ops, "ops");
        Objects.requireNonNull(discord, "discord");
        Objects.requireNonNull(slack, "slack");
        Objects.requireNonNull(llm, "llm");
    }

    /** True when at least one chat platform is configured, i.e. {@code serve} has something to serve. */
    public boolean hasPlatform() {
        return discord.isPresent() || slack.isPresent();
    }
}
