package dev.storybot.cli;

import dev.storybot.chat.BotServices;
import dev.storybot.core.Answerer;
import dev.storybot.core.StoryBrief;
import dev.storybot.discord.DiscordBot;
import dev.storybot.discord.DiscordStart;
import dev.storybot.discord.ShardStatus;
import dev.storybot.feedback.FeedbackStoreException;
import dev.storybot.ops.DrainingAnswerer;
import dev.storybot.ops.Health;
import dev.storybot.ops.InstrumentedAnswerer;
import dev.storybot.ops.OpsHttpServer;
import dev.storybot.ops.OpsMetrics;
import dev.storybot.settings.OpsSettings;
import dev.storybot.settings.Settings;
import dev.storybot.settings.SlackSettings;
import dev.storybot.slack.SlackBot;
import dev.storybot.slack.SlackStartException;
import dev.storybot.state.StateException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What {@code serve} runs: every configured platform, the health and metrics endpoint, and the answerer wrapped for
 * metrics, one log line per question and a graceful stop. Start it with {@link #start}, stop it with {@link #stop()}.
 */
public final class ServeRuntime implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ServeRuntime.class);

    private final OpsSettings ops;
    private final DrainingAnswerer gate;
    private final ServeState state;
    private final Supplier<Health.Llm> llm;
    private final Supplier<Health.Knowledge> knowledge;
    private final List<RunningPlatform> platforms = new CopyOnWriteArrayList<>();
    private volatile DiscordBot discord;
    private final AtomicBoolean stopped = new AtomicBoolean();
    private volatile Health.Phase phase = Health.Phase.STARTING;
    private OpsHttpServer http;

    /** Thrown when a platform or the endpoint cannot start; the message is one line for the user. */
    public static final class StartException extends Exception {

        StartException(String message) {
            super(message);
        }
    }

    private ServeRuntime(
            OpsSettings ops,
            DrainingAnswerer gate,
            ServeState state,
            Supplier<Health.Llm> llm,
            Supplier<Health.Knowledge> knowledge) {
        this.ops = ops;
        this.gate = gate;
        this.state = state;
        this.llm = llm;
        this.knowledge = knowledge;
    }

    /**
     * Starts the health and metrics endpoint, then every configured platform, answering with {@code answerer}.
     *
     * @param settings the configuration
     * @param answerer answers questions (retrieval, or a model on top of it)
     * @param story    the story brief for {@code /story}, {@code /sources} and help texts
     * @param llm      the language model's current state, for {@code /healthz}
     * @param metrics  where questions, rate limits and turned-away questions are counted
     * @throws StartException when nothing is configured, a platform rejects its credentials or a port is taken;
     *                        nothing is left running
     */
    public static ServeRuntime start(
            Settings settings, Answerer answerer, StoryBrief story, Supplier<Health.Llm> llm, OpsMetrics metrics)
            throws StartException {
        return start(settings, answerer, () -> story, llm, () -> null, metrics);
    }

    /**
     * As {@link #start(Settings, Answerer, StoryBrief, Supplier, OpsMetrics)}, for knowledge that may be reloaded while
     * running: the story brief is read when shown, and {@code /healthz} reports the knowledge's version and last error.
     *
     * @param story     the story brief as it is now
     * @param knowledge the knowledge's version and last reload error as they are now, for {@code /healthz}
     */
    public static ServeRuntime start(
            Settings settings,
            Answerer answerer,
            Supplier<StoryBrief> story,
            Supplier<Health.Llm> llm,
            Supplier<Health.Knowledge> knowledge,
            OpsMetrics metrics)
            throws StartException {
        if (!settings.hasPlatform()) {
            throw new StartException(Settings.NOTHING_TO_SERVE);
        }
        return start(settings, answerer, story, llm, knowledge, metrics, openState(settings));
    }

    /**
     * The configured state (the shared database, or memory and the SQLite file), opened and migrated.
     *
     * @throws StartException when the database or the file cannot be used
     */
    static ServeState openState(Settings settings) throws StartException {
        try {
            return ServeState.open(settings);
        } catch (StateException | FeedbackStoreException e) {
            throw new StartException(e.getMessage());
        }
    }

    /** As the start method below, for a story that does not change while running. */
    static ServeRuntime start(
            Settings settings,
            Answerer answerer,
            StoryBrief story,
            Supplier<Health.Llm> llm,
            OpsMetrics metrics,
            ServeState state)
            throws StartException {
        return start(settings, answerer, () -> story, llm, () -> null, metrics, state);
    }

    /**
     * As {@link #start(Settings, Answerer, Supplier, Supplier, Supplier, OpsMetrics)}, keeping state in {@code
     * state} (which the runtime closes when it stops, or when it fails to start).
     */
    static ServeRuntime start(
            Settings settings,
            Answerer answerer,
            Supplier<StoryBrief> story,
            Supplier<Health.Llm> llm,
            Supplier<Health.Knowledge> knowledge,
            OpsMetrics metrics,
            ServeState state)
            throws StartException {
        Objects.requireNonNull(answerer, "answerer");
        OpsSettings ops = settings.ops();
        if (!settings.hasPlatform()) {
            state.close();
            throw new StartException(Settings.NOTHING_TO_SERVE);
        }
        int perMinute = settings.rateLimit().questionsPerUserPerMinute();
        DrainingAnswerer gate = new DrainingAnswerer(
                new InstrumentedAnswerer(answerer, metrics), platform -> metrics.turnedAway(platform, "shutdown"));
        ServeRuntime runtime = new ServeRuntime(ops, gate, state, llm, knowledge);
        metrics.gauge("storybot.questions.in.flight", "Questions being answered right now", gate::inFlight);
        try {
            runtime.http = OpsHttpServer.start(ops.httpHost(), ops.httpPort(), runtime::health, metrics);
            BotServices services = new BotServices(
                    gate, story, state.feedback(), state.rateLimiter(perMinute, metrics::rateLimited), state.shared());
            runtime.startPlatforms(settings, services, metrics);
        } catch (StartException | RuntimeException e) {
            runtime.closeEverything();
            throw e;
        }
        runtime.phase = Health.Phase.RUNNING;
        LOG.info(
                "serving on {}; {} questions at once per platform, {} waiting",
                runtime.platformNames(),
                ops.workerThreads(),
                ops.workerQueue());
        return runtime;
    }

    /** The health and metrics port (useful when configured as 0). */
    public int httpPort() {
        return http.port();
    }

    /** The platforms that are running, in start order. */
    public List<RunningPlatform> platforms() {
        return List.copyOf(platforms);
    }

    /** Checks every platform now. */
    public Health health() {
        Map<String, BooleanSupplier> checks = new LinkedHashMap<>();
        platforms.forEach(platform -> checks.put(platform.name(), platform.connected()));
        return Health.check(phase, checks, this::discordShards, llm, knowledge);
    }

    /** The Discord shards this process runs, by id; none without Discord. */
    private List<Health.Shard> discordShards() {
        DiscordBot bot = discord;
        return bot == null
                ? List.of()
                : bot.shardStatuses().stream().map(ServeRuntime::toHealth).toList();
    }

    private static Health.Shard toHealth(ShardStatus shard) {
        return new Health.Shard(shard.id(), shard.total(), shard.status(), shard.guilds(), shard.gatewayPingMillis());
    }

    /**
     * Stops gracefully: new questions get "The bot is restarting…", answers in flight may finish (bounded by
     * {@link OpsSettings#shutdownTimeout()}), then the platforms, the endpoint and the stores are closed. Idempotent.
     */
    public void stop() {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        phase = Health.Phase.STOPPING;
        gate.stopAccepting();
        int inFlight = gate.inFlight();
        LOG.info(
                "stopping: finishing {} answer(s) in flight (up to {} s)",
                inFlight,
                ops.shutdownTimeout().toSeconds());
        if (!gate.awaitIdle(ops.shutdownTimeout())) {
            LOG.warn(
                    "{} answer(s) still running after {} s; closing the connections anyway",
                    gate.inFlight(),
                    ops.shutdownTimeout().toSeconds());
        }
        closeEverything();
        LOG.info("stopped");
    }

    @Override
    public void close() {
        stop();
    }

    private void startPlatforms(Settings settings, BotServices services, OpsMetrics metrics) throws StartException {
        if (settings.discord().isPresent()) {
            DiscordStart started =
                    DiscordBot.start(settings.discord().get(), services, ops.workerThreads(), ops.workerQueue());
            if (started instanceof DiscordStart.Failed failed) {
                throw new StartException(failed.message());
            }
            DiscordBot bot = ((DiscordStart.Started) started).bot();
            platforms.add(new RunningPlatform("discord", bot::isConnected, bot));
            discord = bot;
            for (int shardId : bot.shardIds()) {
                metrics.discordShard(shardId, () -> toHealth(bot.shardStatus(shardId)));
            }
        }
        if (settings.slack().isPresent()) {
            try {
                SlackBot bot = SlackBot.start(
                        settings.slack().get(),
                        services,
                        Optional.of(state.slackInstalls()),
                        ops.workerThreads(),
                        ops.workerQueue());
                String name =
                        bot.transport() == SlackSettings.Transport.SOCKET_MODE ? "slack-socket-mode" : "slack-http";
                platforms.add(new RunningPlatform(name, bot::isConnected, bot));
            } catch (SlackStartException e) {
                throw new StartException(e.getMessage());
            }
        }
    }

    private List<String> platformNames() {
        return platforms.stream().map(RunningPlatform::name).toList();
    }

    private void closeEverything() {
        platforms.forEach(RunningPlatform::close);
        if (http != null) {
            http.close();
        }
        state.close();
    }
}
