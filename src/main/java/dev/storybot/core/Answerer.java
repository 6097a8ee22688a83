package dev.storybot.core;

import java.util.function.Consumer;

/** Answers questions about the story; the one entry point that every chat adapter calls. */
public interface Answerer {

    /** Answers one question; never throws for bad input, which gets an {@link Outcome#INVALID_INPUT} answer. */
    Answer answer(ChatRequest request);

    /**
     * Answers one question, reporting the text generated so far while it is being produced.
     *
     * <p>{@code partialText} receives the whole text so far (not a delta) and may never be called, e.g. in
     * retrieval mode. The returned answer is final and replaces any partial text that was shown.
     */
    default Answer answerStreaming(ChatRequest request, Consumer<String> partialText) {
        return answer(request);
    }
}
