package dev.storybot.ops;

import dev.storybot.llm.LlmMetrics;
import java.time.Duration;
import java.util.Objects;

/** The LLM path's counters and latency, recorded in {@link OpsMetrics} (and so exposed on {@code /metrics}). */
public final class MicrometerLlmMetrics implements LlmMetrics {

    private final OpsMetrics metrics;

    public MicrometerLlmMetrics(OpsMetrics metrics) {
        this.metrics = Objects.requireNonNull(metrics, "metrics");
    }

    @Override
    public void grounded() {
        metrics.llmGrounded();
    }

    @Override
    public void rejected(String reason) {
        metrics.groundingRejected(reason);
    }

    @Override
    public void fallback(String cause) {
        metrics.fallback(cause);
    }

    @Override
    public void latency(Duration elapsed) {
        metrics.llmLatency(elapsed);
    }
}
