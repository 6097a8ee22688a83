package dev.storybot.cli;

import dev.storybot.discord.DiscordConfig;
import dev.storybot.llm.LlmAnswerer;
import dev.storybot.ops.Health;
import dev.storybot.ops.MicrometerLlmMetrics;
import dev.storybot.ops.OpsMetrics;
import dev.storybot.ops.OpsSettings;
import dev.storybot.ops.StopSignals;
import dev.storybot.slack.SlackSettings;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * Runs the bot on every configured platform, with health and metrics over HTTP, until SIGTERM or Ctrl-C; then it
 * finishes the answers in flight and exits 0.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Connect to Discord and/or Slack (whatever is configured) and answer until stopped.",
                "Serves GET /healthz and GET /metrics on STORYBOT_HTTP_PORT (default 8080).",
                "On SIGTERM: stop taking questions, finish those in flight (STORYBOT_SHUTDOWN_TIMEOUT_SECONDS,"
                        + " default 10), disconnect, exit 0."})
public final class ServeCommand implements Callable<Integer> {

    /** Where feedback and other state is kept. */
    public static final String DATA_DIR_ENV = "STORYBOT_DATA_DIR";
    /** Questions per user per minute. */
    public static final String RATE_LIMIT_ENV = "STORYBOT_RATE_LIMIT_PER_MINUTE";
    static final String NOTHING_CONFIGURED = "nothing to serve: set DISCORD_TOKEN for Discord, and/or SLACK_BOT_TOKEN"
            + " with SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode) for Slack";

    @Mixin
    ConfigOption config;

    @Override
    public Integer call() {
        Map<String, String> settings = config.settings();
        OpsSettings.fromEnv(settings); // a malformed port or timeout is reported before anything starts
        if (DiscordConfig.fromEnv(settings).isEmpty() && SlackSettings.fromEnv(settings).isEmpty()) {
            System.err.println("storybot serve: " + NOTHING_CONFIGURED);
            return 1;
        }
        OpsMetrics metrics = OpsMetrics.create();
        Storybot bot = Storybot.create(settings, false, new MicrometerLlmMetrics(metrics));
        ServeRuntime runtime;
        try {
            runtime = ServeRuntime.start(settings, bot.answerer(), bot.knowledge().brief(), () -> llmHealth(bot),
                    metrics);
        } catch (ServeRuntime.StartException e) {
            System.err.println("storybot serve: " + e.getMessage());
            bot.llm().ifPresent(LlmAnswerer::close);
            return 1;
        }
        // from here on SIGTERM and Ctrl-C stop gracefully (before, they end start-up the JVM's usual way)
        CountDownLatch stopRequested = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        StopSignals.install(stopRequested::countDown, () -> awaitQuietly(stopped));
        awaitQuietly(stopRequested);
        runtime.stop();
        bot.llm().ifPresent(LlmAnswerer::close);
        stopped.countDown();
        return 0;
    }

    /** The model's state for health checks: its circuit when one is configured. */
    static Health.Llm llmHealth(Storybot bot) {
        return bot.llm().map(llm -> new Health.Llm(true, llm.circuitState().name())).orElse(Health.Llm.NONE);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
