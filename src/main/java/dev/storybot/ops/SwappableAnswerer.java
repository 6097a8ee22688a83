package dev.storybot.ops;

import dev.storybot.core.Answer;
import dev.storybot.core.Answerer;
import dev.storybot.core.ChatRequest;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * An answerer whose delegate can be replaced at any moment: each question is answered entirely by the delegate that
 * was current when it arrived, so answers in flight finish on the old one while new questions get the new one.
 */
public final class SwappableAnswerer implements Answerer {

    private final AtomicReference<Answerer> current;

    public SwappableAnswerer(Answerer initial) {
        this.current = new AtomicReference<>(Objects.requireNonNull(initial, "initial"));
    }

    @Override
    public Answer answer(ChatRequest request) {
        return current.get().answer(request);
    }

    @Override
    public Answer answerStreaming(ChatRequest request, Consumer<String> partialText) {
        return current.get().answerStreaming(request, partialText);
    }

    /** Makes {@code next} answer the questions from now on and returns the one it replaces. */
    public Answerer swap(Answerer next) {
        return current.getAndSet(Objects.requireNonNull(next, "next"));
    }
}
