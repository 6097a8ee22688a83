package dev.storybot.discord;

import dev.storybot.core.Answer;
import dev.storybot.core.Answerer;
import dev.storybot.core.ChatRequest;
import dev.storybot.core.Citation;
import dev.storybot.core.Language;
import dev.storybot.core.Mode;
import dev.storybot.core.Outcome;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/** A test {@link Answerer}: records every request and answers from per-question scripts, else with an echo. */
final class ScriptedAnswerer implements Answerer {

    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

    private final List<ChatRequest> received = new CopyOnWriteArrayList<>();
    private final Map<String, Function<ChatRequest, Answer>> scripts = new ConcurrentHashMap<>();
    private final Map<String, List<String>> partials = new ConcurrentHashMap<>();

    /** Answers {@code question} with {@code script}. */
    void on(String question, Function<ChatRequest, Answer> script) {
        scripts.put(question, script);
    }

    /** Streams {@code partialTexts} for {@code question} before returning {@code answer}. */
    void streaming(String question, List<String> partialTexts, Answer answer) {
        partials.put(question, partialTexts);
        scripts.put(question, request -> answer);
    }

    /** A grounded answer with one citation. */
    static Answer answered(String text) {
        return new Answer(
                text,
                List.of(new Citation(2, "the quoted sentence")),
                Outcome.ANSWERED,
                Mode.RETRIEVAL,
                null,
                null,
                Language.EN);
    }

    /** The requests received so far, oldest first. */
    List<ChatRequest> received() {
        return List.copyOf(received);
    }

    /** Waits (bounded) for a received request that matches. */
    ChatRequest awaitRequest(Predicate<ChatRequest> match, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (ChatRequest request : received) {
                if (match.test(request)) {
                    return request;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no matching request within " + timeout + "; received " + received);
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
    }

    @Override
    public Answer answer(ChatRequest request) {
        return answerStreaming(request, text -> {});
    }

    @Override
    public Answer answerStreaming(ChatRequest request, Consumer<String> partialText) {
        received.add(request);
        partials.getOrDefault(request.text(), List.of()).forEach(partialText);
        return scripts.getOrDefault(request.text(), r -> answered("You asked: " + r.text()))
                .apply(request);
    }
}
