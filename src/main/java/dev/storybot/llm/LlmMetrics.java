package dev.storybot.llm;

import java.time.Duration;

/** Counters for the LLM path, bound to a metrics registry by the composition root. */
public interface LlmMetrics {

    /** Does nothing; the default when no registry is configured. */
    LlmMetrics NOOP = new LlmMetrics() {};

    /** A model answer passed the grounding check and was shown. */
    default void grounded() {}

    /**
     * A model answer failed the grounding check and was replaced by the retrieval answer.
     *
     * @param reason a short, low-cardinality code such as {@code unsupported_number}
     */
    default void rejected(String reason) {}

    /**
     * The model could not be used and the retrieval answer was shown with a note.
     *
     * @param cause a short, low-cardinality code such as {@code timeout} or {@code circuit_open}
     */
    default void fallback(String cause) {}

    /** How long one call to the model took, whatever its result. */
    default void latency(Duration elapsed) {}
}
