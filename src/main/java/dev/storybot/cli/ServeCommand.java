package dev.storybot.cli;

import dev.storybot.llm.LlmAnswerer;
import dev.storybot.ops.Health;
import dev.storybot.ops.MicrometerLlmMetrics;
import dev.storybot.ops.OpsMetrics;
import dev.storybot.ops.StopSignals;
import dev.storybot.settings.Settings;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * Runs the bot on every configured platform, with health and metrics over HTTP, until SIGTERM or Ctrl-C; then it
 * finishes the answers in flight and exits 0.
 */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Connect to Discord and/or Slack (whatever is configured) and answer until stopped.",
            "Serves GET /healthz and GET /metrics on STORYBOT_HTTP_PORT (default 8080).",
            "On SIGTERM: stop taking questions, finish those in flight (STORYBOT_SHUTDOWN_TIMEOUT_SECONDS,"
                    + " default 10), disconnect, exit 0."
        })
public final class ServeCommand implements Callable<Integer> {

    @Mixin
    ConfigOption config;

    @Override
    public Integer call() {
        Settings settings = config.reader().read(); // a malformed setting is reported before anything starts
        if (!settings.hasPlatform()) {
            System.err.println("storybot serve: " + Settings.NOTHING_TO_SERVE);
            return 1;
        }
        ServeState state;
        try {
            state = ServeRuntime.openState(settings); // the shared database, migrated, before anything answers
        } catch (ServeRuntime.StartException e) {
            System.err.println("storybot serve: " + e.getMessage());
            return 1;
        }
        OpsMetrics metrics = OpsMetrics.create();
        Storybot bot = Storybot.create(
                settings.knowledge(), settings.llm(), new MicrometerLlmMetrics(metrics), state.conversation());
        ServeRuntime runtime;
        try {
            runtime = ServeRuntime.start(
                    settings, bot.answerer(), bot.knowledge().brief(), () -> llmHealth(bot), metrics, state);
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
        return bot.llm()
                .map(llm -> new Health.Llm(true, llm.circuitState().name()))
                .orElse(Health.Llm.NONE);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
