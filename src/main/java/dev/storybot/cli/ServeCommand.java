package dev.storybot.cli;

import dev.storybot.core.Answerer;
import dev.storybot.llm.LlmAnswerer;
import dev.storybot.ops.Health;
import dev.storybot.ops.KnowledgeReloader;
import dev.storybot.ops.MicrometerLlmMetrics;
import dev.storybot.ops.OpsMetrics;
import dev.storybot.ops.StopSignals;
import dev.storybot.ops.SwappableAnswerer;
import dev.storybot.settings.Settings;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
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
            "Reloads STORYBOT_KNOWLEDGE_DIR's files within seconds of an edit; an invalid edit keeps the last good"
                    + " knowledge and shows in /healthz.",
            "On Discord it runs the shards DISCORD_SHARDS (default all) of DISCORD_SHARDS_TOTAL (default: as Discord"
                    + " recommends); the replica running shard 0 registers the slash commands.",
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
        MicrometerLlmMetrics llmMetrics = new MicrometerLlmMetrics(metrics);
        Storybot bot = Storybot.create(settings.knowledge(), settings.llm(), llmMetrics, state.conversation());
        AtomicReference<Storybot> current = new AtomicReference<>(bot);
        SwappableAnswerer answerer = new SwappableAnswerer(bot.answerer());
        KnowledgeReloader reloader = new KnowledgeReloader(
                settings.knowledge().directory(),
                bot.knowledge(),
                knowledge -> {
                    Storybot next = Storybot.create(knowledge, settings.llm(), llmMetrics, state.conversation());
                    current.set(next);
                    return next.answerer();
                },
                answerer,
                ServeCommand::closeRetired,
                retireDelay(settings),
                Clock.systemUTC());
        ServeRuntime runtime;
        try {
            runtime = ServeRuntime.start(
                    settings,
                    answerer,
                    reloader::brief,
                    () -> llmHealth(current.get()),
                    reloader::status,
                    metrics,
                    state);
        } catch (ServeRuntime.StartException e) {
            System.err.println("storybot serve: " + e.getMessage());
            bot.llm().ifPresent(LlmAnswerer::close);
            reloader.close();
            return 1;
        }
        reloader.start();
        // from here on SIGTERM and Ctrl-C stop gracefully (before, they end start-up the JVM's usual way)
        CountDownLatch stopRequested = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        StopSignals.install(stopRequested::countDown, () -> awaitQuietly(stopped));
        awaitQuietly(stopRequested);
        reloader.close(); // no swap while the answers in flight finish
        runtime.stop();
        current.get().llm().ifPresent(LlmAnswerer::close);
        stopped.countDown();
        return 0;
    }

    /**
     * How long answers may still run on an answerer replaced by a knowledge reload before its model client is closed:
     * a model's answer may stream for twice its timeout.
     */
    static Duration retireDelay(Settings settings) {
        return settings.llm().map(llm -> llm.timeout().multipliedBy(2)).orElse(Duration.ZERO);
    }

    private static void closeRetired(Answerer retired) {
        if (retired instanceof LlmAnswerer llm) {
            llm.close();
        }
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
