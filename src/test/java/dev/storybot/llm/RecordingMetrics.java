package dev.storybot.llm;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Remembers every metric event, for assertions. */
final class RecordingMetrics implements LlmMetrics {

    final List<String> events = new CopyOnWriteArrayList<>();
    final List<Duration> latencies = new CopyOnWriteArrayList<>();

    @Override
    public void grounded() {
        events.add("grounded");
    }

    @Override
    public void rejected(String reason) {
        events.add("rejected:" + reason);
    }

    @Override
    public void fallback(String cause) {
        events.add("fallback:" + cause);
    }

    @Override
    public void latency(Duration elapsed) {
        latencies.add(elapsed);
    }
}
