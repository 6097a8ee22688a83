package dev.storybot.slack;

import dev.storybot.core.Answer;
import dev.storybot.core.Answerer;
import dev.storybot.core.ChatRequest;
import dev.storybot.core.Citation;
import dev.storybot.core.Language;
import dev.storybot.core.Mode;
import dev.storybot.core.Outcome;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/** A test {@link Answerer} that records every request and answers as the current test scripts it. */
final class ScriptedAnswerer implements Answerer {

    /** Every request, in arrival order. */
    final BlockingQueue<ChatRequest> requests = new LinkedBlockingQueue<>();

    private volatile BiFunction<ChatRequest, Consumer<String>, Answer> script = ScriptedAnswerer::echo;

    /** Answers with {@code "Answer to: <question>"} and one citation of paragraph 2. */
    static Answer echo(ChatRequest request, Consumer<String> partialText) {
        return answered("Answer to: " + request.text());
    }

    /** A grounded answer citing paragraph 2. */
    static Answer answered(String text) {
        return new Answer(
                text,
                List.of(new Citation(2, "The vote was held on Sunday.")),
                Outcome.ANSWERED,
                Mode.RETRIEVAL,
                null,
                null,
                Language.EN);
    }

    /** Uses {@code newScript} for the following requests. */
    void script(BiFunction<ChatRequest, Consumer<String>, Answer> newScript) {
        this.script = newScript;
    }

    /** Back to {@link #echo}, forgetting recorded requests. */
    void reset() {
        script = ScriptedAnswerer::echo;
        requests.clear();
    }

    @Override
    public Answer answer(ChatRequest request) {
        return answerStreaming(request, text -> {});
    }

    @Override
    public Answer answerStreaming(ChatRequest request, Consumer<String> partialText) {
        requests.add(request);
        return script.apply(request, partialText);
    }
}
