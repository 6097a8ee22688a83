package dev.storybot.cli;

import dev.storybot.core.BotServices;
import dev.storybot.core.RateLimiter;
import dev.storybot.discord.DiscordBot;
import dev.storybot.discord.DiscordConfig;
import dev.storybot.discord.DiscordStart;
import dev.storybot.feedback.FeedbackStore;
import dev.storybot.feedback.SqliteFeedbackStore;
import dev.storybot.slack.SlackBot;
import dev.storybot.slack.SlackSettings;
import dev.storybot.slack.SlackStartException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Runs the bot on every configured platform until the process is stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Connect to Discord and/or Slack (whatever is configured) and answer until stopped.")
public final class ServeCommand implements Callable<Integer> {

    /** Where feedback and other state is kept. */
    public static final String DATA_DIR_ENV = "STORYBOT_DATA_DIR";
    /** Questions per user per minute. */
    public static final String RATE_LIMIT_ENV = "STORYBOT_RATE_LIMIT_PER_MINUTE";
    static final String NOTHING_CONFIGURED = "nothing to serve: set DISCORD_TOKEN for Discord, and/or SLACK_BOT_TOKEN"
            + " with SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode) for Slack";

    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    @Mixin
    ConfigOption config;

    @Override
    public Integer call() {
        Map<String, String> settings = config.settings();
        Optional<DiscordConfig> discord = DiscordConfig.fromEnv(settings);
        Optional<SlackSettings> slack = SlackSettings.fromEnv(settings);
        if (discord.isEmpty() && slack.isEmpty()) {
            System.err.println("storybot serve: " + NOTHING_CONFIGURED);
            return 1;
        }
        int perMinute = positiveInt(settings, RATE_LIMIT_ENV, RateLimiter.DEFAULT_QUESTIONS_PER_MINUTE);
        Storybot bot = Storybot.create(settings, false);
        FeedbackStore feedback = SqliteFeedbackStore.open(dataDir(settings));
        BotServices services = new BotServices(bot.answerer(), bot.knowledge().brief(), feedback,
                RateLimiter.perMinute(perMinute));

        List<RunningPlatform> platforms = new ArrayList<>();
        Optional<String> failure = start(discord, slack, services, platforms);
        if (failure.isPresent()) {
            System.err.println("storybot serve: " + failure.get());
            platforms.forEach(RunningPlatform::close);
            feedback.close();
            return 1;
        }
        LOG.info("serving on {}", platforms.stream().map(RunningPlatform::name).toList());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("stopping");
            platforms.forEach(RunningPlatform::close);
            feedback.close();
            stopped.countDown();
        }, "storybot-shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private static Optional<String> start(Optional<DiscordConfig> discord, Optional<SlackSettings> slack,
                                          BotServices services, List<RunningPlatform> platforms) {
        if (discord.isPresent()) {
            DiscordStart started = DiscordBot.start(discord.get(), services);
            if (started instanceof DiscordStart.Failed failed) {
                return Optional.of(failed.message());
            }
            DiscordBot bot = ((DiscordStart.Started) started).bot();
            platforms.add(new RunningPlatform("discord", bot::isConnected, bot));
        }
        if (slack.isPresent()) {
            try {
                SlackBot bot = SlackBot.start(slack.get(), services);
                String name = bot.transport() == SlackSettings.Transport.SOCKET_MODE ? "slack-socket-mode" : "slack-http";
                platforms.add(new RunningPlatform(name, bot::isConnected, bot));
            } catch (SlackStartException e) {
                return Optional.of(e.getMessage());
            }
        }
        return Optional.empty();
    }

    static Path dataDir(Map<String, String> settings) {
        String dir = settings.get(DATA_DIR_ENV);
        return Path.of(dir == null || dir.isBlank() ? "data" : dir);
    }

    static int positiveInt(Map<String, String> settings, String key, int fallback) {
        String value = settings.get(key);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed > 0) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(key + " must be a positive whole number, was '" + value + "'");
    }
}
