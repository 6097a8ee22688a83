package dev.storybot.ops;

import dev.storybot.chat.ChatTexts;
import dev.storybot.core.Answer;
import dev.storybot.core.Answerer;
import dev.storybot.core.ChatRequest;
import dev.storybot.core.Language;
import dev.storybot.core.Mode;
import dev.storybot.core.Outcome;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Lets {@code serve} stop gracefully: counts the questions being answered, and once {@link #stopAccepting()} was called
 * answers new ones at once with {@link ChatTexts#RESTARTING} (so nobody is left without a reply) while
 * {@link #awaitIdle(Duration)} waits for the ones in flight.
 */
public final class DrainingAnswerer implements Answerer {

    private final Answerer delegate;
    private final Consumer<String> onTurnedAway;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Object idle = new Object();
    private volatile boolean stopping;

    /**
     * @param delegate     answers while the bot is running
     * @param onTurnedAway told the platform of every question answered with {@link ChatTexts#RESTARTING}
     */
    public DrainingAnswerer(Answerer delegate, Consumer<String> onTurnedAway) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.onTurnedAway = Objects.requireNonNull(onTurnedAway, "onTurnedAway");
    }

    @Override
    public Answer answer(ChatRequest request) {
        return answerStreaming(request, null);
    }

    @Override
    public Answer answerStreaming(ChatRequest request, Consumer<String> partialText) {
        inFlight.incrementAndGet();
        try {
            if (stopping) {
                onTurnedAway.accept(request.platform());
                return restarting();
            }
            return partialText == null ? delegate.answer(request) : delegate.answerStreaming(request, partialText);
        } finally {
            if (inFlight.decrementAndGet() == 0) {
                synchronized (idle) {
                    idle.notifyAll();
                }
            }
        }
    }

    /** From now on, new questions get {@link ChatTexts#RESTARTING} instead of an answer. */
    public void stopAccepting() {
        stopping = true;
    }

    /** True once {@link #stopAccepting()} was called. */
    public boolean isStopping() {
        return stopping;
    }

    /** How many questions are being answered right now. */
    public int inFlight() {
        return inFlight.get();
    }

    /**
     * Waits until no question is being answered, at most {@code timeout}.
     *
     * @return true when idle, false when the timeout passed first (or the thread was interrupted)
     */
    public boolean awaitIdle(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (idle) {
            while (inFlight.get() > 0) {
                long leftNanos = deadline - System.nanoTime();
                if (leftNanos <= 0) {
                    return false;
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(idle, leftNanos);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return true;
        }
    }

    private static Answer restarting() {
        // no citations and an outcome the adapters show as a plain notice, without vote buttons
        return new Answer(
                ChatTexts.RESTARTING, List.of(), Outcome.INVALID_INPUT, Mode.RETRIEVAL, null, null, Language.EN);
    }
}
