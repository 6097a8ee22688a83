package dev.storybot.llm;

import java.time.Duration;
import java.util.function.Consumer;

/** Sends a prompt to a chat model; the seam between the answering logic and the HTTP client. */
public interface ChatGenerator {

    /**
     * Generates the whole answer in one response. Never throws: failures come back as a failed {@link Generation}.
     *
     * @param timeout how long to wait before giving up with {@link Generation.Failure#TIMEOUT}
     */
    Generation generate(LlmPrompt prompt, Duration timeout);

    /**
     * Streams the answer, reporting the whole text so far to {@code partialText} as tokens arrive. Never throws.
     *
     * @param stallTimeout longest wait for the first or the next token before giving up with
     *                     {@link Generation.Failure#STALLED}
     * @param totalTimeout longest wait for the whole answer before giving up with {@link Generation.Failure#TIMEOUT}
     */
    Generation stream(LlmPrompt prompt, Duration stallTimeout, Duration totalTimeout, Consumer<String> partialText);

    /** The model name sent with each request. */
    String modelName();
}
