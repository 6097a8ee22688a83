package dev.storybot.ops;

import dev.storybot.core.Answer;
import dev.storybot.core.Answerer;
import dev.storybot.core.ChatRequest;
import dev.storybot.core.PrintableText;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wraps the bot's answerer so that every question is counted and timed in {@link OpsMetrics} and logged as exactly one
 * INFO line (platform, mode, outcome, latency); the user's text is logged only at DEBUG, with control characters
 * escaped. The adapters need no change: they call this like any other answerer.
 */
public final class InstrumentedAnswerer implements Answerer {

    /** Longest excerpt of a question written to the DEBUG log. */
    static final int MAX_LOGGED_QUESTION_CHARS = 500;

    private static final Logger LOG = LoggerFactory.getLogger(InstrumentedAnswerer.class);

    private final Answerer delegate;
    private final OpsMetrics metrics;

    public InstrumentedAnswerer(Answerer delegate, OpsMetrics metrics) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
    }

    @Override
    public Answer answer(ChatRequest request) {
        return answerStreaming(request, null);
    }

    @Override
    public Answer answerStreaming(ChatRequest request, Consumer<String> partialText) {
        LOG.debug("question on {} in {}: {}", request.platform(), request.conversationId(), loggable(request.text()));
        long start = System.nanoTime();
        Answer answer;
        try {
            answer = partialText == null ? delegate.answer(request) : delegate.answerStreaming(request, partialText);
        } catch (RuntimeException e) {
            Duration latency = Duration.ofNanos(System.nanoTime() - start);
            metrics.questionFailed(request.platform(), latency);
            LOG.info(
                    "question platform={} mode=none outcome=error latency_ms={}",
                    request.platform(),
                    latency.toMillis());
            throw e;
        }
        Duration latency = Duration.ofNanos(System.nanoTime() - start);
        metrics.question(request.platform(), answer, latency);
        LOG.info(
                "question platform={} mode={} outcome={} latency_ms={}{}",
                request.platform(),
                answer.mode().wireName(),
                answer.outcome().name().toLowerCase(Locale.ROOT),
                latency.toMillis(),
                answer.model() == null ? "" : " model=" + answer.model());
        return answer;
    }

    /** The question cut to a bounded length with line breaks and other control characters made visible. */
    static String loggable(String text) {
        String shown = PrintableText.escape(text, MAX_LOGGED_QUESTION_CHARS);
        return text.length() > MAX_LOGGED_QUESTION_CHARS ? shown + "(" + text.length() + " chars)" : shown;
    }
}
