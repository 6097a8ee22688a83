package dev.storybot.cli;

import dev.storybot.core.Answer;
import dev.storybot.core.Answerer;
import dev.storybot.core.ChatRequest;
import dev.storybot.core.Citation;
import dev.storybot.core.Language;
import dev.storybot.core.Mode;
import dev.storybot.core.Outcome;
import dev.storybot.core.Paragraph;
import dev.storybot.core.StoryBrief;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/** Small helpers shared by the serve tests: a scripted answerer, HTTP calls and bounded waiting. */
final class ServeTestSupport {

    static final Duration WAIT = Duration.ofSeconds(15);
    static final StoryBrief STORY = new StoryBrief(
            "A test story",
            "a test source",
            "https://example.org/story",
            "Something happened on Sunday.",
            List.of(new Paragraph(1, "Something happened."), new Paragraph(2, "The vote was held on Sunday.")),
            List.of("When was the vote?"));

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(WAIT).build();
    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

    private ServeTestSupport() {}

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

    /**
     * Answers "Answer to: QUESTION"; a question starting with "slow" waits until {@link #release()} and reports that it
     * started on {@link #started}.
     */
    static final class GatedAnswerer implements Answerer {

        final BlockingQueue<ChatRequest> started = new LinkedBlockingQueue<>();
        private final CountDownLatch gate = new CountDownLatch(1);

        void release() {
            gate.countDown();
        }

        @Override
        public Answer answer(ChatRequest request) {
            return answerStreaming(request, text -> {});
        }

        @Override
        public Answer answerStreaming(ChatRequest request, Consumer<String> partialText) {
            started.add(request);
            if (request.text().startsWith("slow")) {
                try {
                    gate.await(WAIT.toMillis(), TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return answered("Answer to: " + request.text());
        }
    }

    static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .timeout(WAIT)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Waits until {@code condition} holds, failing with {@code description} after {@code timeout}. */
    static void eventually(String description, BooleanSupplier condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + timeout + ": " + description);
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
    }
}
