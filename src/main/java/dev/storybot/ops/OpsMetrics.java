package dev.storybot.ops;

import dev.storybot.core.Answer;
import dev.storybot.core.Outcome;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The bot's Prometheus metrics: questions by platform, mode and outcome, refusals, answer latency, rate-limited and
 * turned-away requests, and the language model's latency, grounding rejections and fallbacks.
 */
public final class OpsMetrics {

    /** Questions answered, tagged platform, mode and outcome. */
    public static final String QUESTIONS = "storybot.questions";
    /** Questions the story does not cover, tagged platform. */
    public static final String REFUSALS = "storybot.refusals";
    /** Time to answer a question, tagged platform and mode. */
    public static final String ANSWER_LATENCY = "storybot.answer.latency";
    /** Questions refused by the per-user rate limit, tagged platform. */
    public static final String RATE_LIMITED = "storybot.rate.limited";
    /** Questions turned away without an answer from the story, tagged platform and reason. */
    public static final String TURNED_AWAY = "storybot.questions.turned.away";
    /** Time of one call to the language model. */
    public static final String LLM_LATENCY = "storybot.llm.latency";
    /** Model answers that passed the grounding check. */
    public static final String LLM_GROUNDED = "storybot.llm.grounded";
    /** Model answers that failed the grounding check and were replaced by the retrieval answer, tagged reason. */
    public static final String GROUNDING_REJECTIONS = "storybot.llm.grounding.rejections";
    /** Answers that fell back to retrieval because the model failed or was skipped, tagged cause. */
    public static final String FALLBACKS = "storybot.llm.fallbacks";
    /** 1 while a Discord shard of this process is connected, else 0, tagged shard. */
    public static final String DISCORD_SHARD_CONNECTED = "storybot.discord.shard.connected";
    /** Servers on a Discord shard of this process, tagged shard. */
    public static final String DISCORD_SHARD_GUILDS = "storybot.discord.shard.guilds";
    /** A Discord shard's last gateway heartbeat round trip (NaN before the first one), tagged shard. */
    public static final String DISCORD_SHARD_GATEWAY_PING = "storybot.discord.shard.gateway.ping";

    /** Shortest answer latency the histogram distinguishes. */
    private static final Duration MIN_EXPECTED_LATENCY = Duration.ofMillis(1);
    /** Converts the gateway ping from JDA's milliseconds to Prometheus' seconds. */
    private static final double MILLIS_PER_SECOND = 1_000.0;
    /** Longest answer latency the histogram distinguishes. */
    private static final Duration MAX_EXPECTED_LATENCY = Duration.ofSeconds(60);

    private final PrometheusMeterRegistry registry;

    private OpsMetrics(PrometheusMeterRegistry registry) {
        this.registry = registry;
    }

    /** A fresh registry with the bot's meters and the JVM's memory, thread, CPU and uptime meters. */
    public static OpsMetrics create() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        return new OpsMetrics(registry);
    }

    /** The underlying registry, for binding further meters. */
    public MeterRegistry registry() {
        return registry;
    }

    /** Records one answered question (any outcome) and how long it took. */
    public void question(String platform, Answer answer, Duration latency) {
        String mode = answer.mode().wireName();
        String outcome = answer.outcome().name().toLowerCase(Locale.ROOT);
        Counter.builder(QUESTIONS)
                .description("Questions answered, by platform, mode and outcome")
                .tags("platform", platform, "mode", mode, "outcome", outcome)
                .register(registry)
                .increment();
        if (answer.outcome() == Outcome.REFUSED) {
            Counter.builder(REFUSALS)
                    .description("Questions the story does not cover")
                    .tags("platform", platform)
                    .register(registry)
                    .increment();
        }
        latencyTimer(platform, mode).record(latency);
    }

    /** Records a question whose answering threw (the adapter shows a generic apology). */
    public void questionFailed(String platform, Duration latency) {
        Counter.builder(QUESTIONS)
                .description("Questions answered, by platform, mode and outcome")
                .tags("platform", platform, "mode", "none", "outcome", "error")
                .register(registry)
                .increment();
        latencyTimer(platform, "none").record(latency);
    }

    /** Records a question refused by the rate limit; {@code key} is the limiter's "platform:user" key. */
    public void rateLimited(String key) {
        int colon = key.indexOf(':');
        String platform = colon > 0 ? key.substring(0, colon) : "unknown";
        Counter.builder(RATE_LIMITED)
                .description("Questions refused by the per-user rate limit")
                .tags("platform", platform)
                .register(registry)
                .increment();
    }

    /** Records a question turned away, e.g. with reason "shutdown" while the bot is stopping. */
    public void turnedAway(String platform, String reason) {
        Counter.builder(TURNED_AWAY)
                .description("Questions turned away with a notice instead of an answer")
                .tags("platform", platform, "reason", reason)
                .register(registry)
                .increment();
    }

    /** Records how long one call to the language model took, whatever its result. */
    public void llmLatency(Duration latency) {
        Timer.builder(LLM_LATENCY)
                .description("Time of one call to the language model")
                .publishPercentileHistogram()
                .minimumExpectedValue(MIN_EXPECTED_LATENCY)
                .maximumExpectedValue(MAX_EXPECTED_LATENCY)
                .register(registry)
                .record(latency);
    }

    /** Records a model answer that passed the grounding check and was shown. */
    public void llmGrounded() {
        Counter.builder(LLM_GROUNDED)
                .description("Model answers that passed the grounding check")
                .register(registry)
                .increment();
    }

    /** Records a model answer rejected by the grounding check; {@code reason} is a short code. */
    public void groundingRejected(String reason) {
        Counter.builder(GROUNDING_REJECTIONS)
                .description("Model answers replaced because they failed grounding")
                .tags("reason", reason)
                .register(registry)
                .increment();
    }

    /** Records an answer that fell back to retrieval; {@code cause} is e.g. "timeout", "circuit_open". */
    public void fallback(String cause) {
        Counter.builder(FALLBACKS)
                .description("Answers that fell back from the model to retrieval")
                .tags("cause", cause)
                .register(registry)
                .increment();
    }

    /** Registers a gauge that reads {@code value} at every scrape. */
    public void gauge(String name, String description, Supplier<Number> value) {
        Gauge.builder(name, value).description(description).register(registry);
    }

    /**
     * Registers the gauges of one Discord shard, read from {@code shard} at every scrape: connected (1 or 0), servers
     * and the gateway ping in seconds.
     */
    public void discordShard(int shardId, Supplier<Health.Shard> shard) {
        String id = Integer.toString(shardId);
        Gauge.builder(DISCORD_SHARD_CONNECTED, () -> shard.get().connected() ? 1 : 0)
                .description("1 while this Discord shard is connected, else 0")
                .tags("shard", id)
                .register(registry);
        Gauge.builder(DISCORD_SHARD_GUILDS, () -> shard.get().guilds())
                .description("Servers on this Discord shard")
                .tags("shard", id)
                .register(registry);
        Gauge.builder(DISCORD_SHARD_GATEWAY_PING, () -> {
                    long millis = shard.get().gatewayPingMillis();
                    return millis < 0 ? Double.NaN : millis / MILLIS_PER_SECOND;
                })
                .description("Last gateway heartbeat round trip of this Discord shard")
                .baseUnit("seconds")
                .tags("shard", id)
                .register(registry);
    }

    /** The Prometheus text exposition of every meter. */
    public String scrape() {
        return registry.scrape();
    }

    private Timer latencyTimer(String platform, String mode) {
        return Timer.builder(ANSWER_LATENCY)
                .description("Time to answer a question")
                .tags("platform", platform, "mode", mode)
                .publishPercentileHistogram()
                .minimumExpectedValue(MIN_EXPECTED_LATENCY)
                .maximumExpectedValue(MAX_EXPECTED_LATENCY)
                .register(registry);
    }
}
