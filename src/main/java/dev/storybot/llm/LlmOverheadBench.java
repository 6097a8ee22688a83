package dev.storybot.llm;

import dev.storybot.answering.EvidenceSource;
import dev.storybot.core.Answer;
import dev.storybot.core.ChatRequest;
import dev.storybot.core.Mode;
import dev.storybot.settings.LlmSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Measures the bot's own time per LLM answer (retrieval, prompt, HTTP through langchain4j, grounding) against a
 * {@link LoopbackChatEndpoint}, so that the model's latency is zero; for {@code storybot bench}.
 */
public final class LlmOverheadBench {

    /** The model name sent to the loopback endpoint. */
    public static final String MODEL = "loopback";

    private static final Duration TIMEOUT = Duration.ofSeconds(LlmSettings.DEFAULT_TIMEOUT_SECONDS);

    /**
     * What one run measured; percentiles are over the answers that came back in LLM mode.
     *
     * @param answers    answers timed (warm-up excluded)
     * @param llmAnswers of which came back in LLM mode (the rest were refused or fell back)
     * @param p50        median time per LLM answer
     * @param p95        95th percentile
     * @param max        slowest
     */
    public record Result(int answers, int llmAnswers, Duration p50, Duration p95, Duration max) {

        /** One line for the bench report. */
        public String summary() {
            return String.format(
                    "llm path (loopback endpoint): %d answers, %d via LLM, p50 %.2f ms, p95 %.2f ms, max %.2f ms",
                    answers, llmAnswers, p50.toNanos() / 1e6, p95.toNanos() / 1e6, max.toNanos() / 1e6);
        }
    }

    private LlmOverheadBench() {}

    /**
     * Answers each question {@code warmUpRounds} times untimed, then {@code rounds} times timed.
     *
     * @param evidence  the real retrieval (the lead's {@code RetrievalAnswerer})
     * @param grounding the real grounding check
     * @param questions questions the story covers (others are refused without a model call and are not timed)
     */
    public static Result run(
            EvidenceSource evidence, GroundingCheck grounding, List<String> questions, int warmUpRounds, int rounds) {
        try (LoopbackChatEndpoint endpoint = LoopbackChatEndpoint.start();
                LlmAnswerer answerer = LlmAnswerer.create(
                        new LlmSettings(endpoint.baseUrl(), MODEL, null, TIMEOUT),
                        evidence,
                        grounding,
                        LlmMetrics.NOOP)) {
            for (int r = 0; r < warmUpRounds; r++) {
                for (String q : questions) {
                    answerer.answer(ChatRequest.of("bench", q));
                }
            }
            List<Long> llmNanos = new ArrayList<>();
            int answers = 0;
            for (int r = 0; r < rounds; r++) {
                for (String q : questions) {
                    long start = System.nanoTime();
                    Answer answer = answerer.answer(ChatRequest.of("bench", q));
                    long elapsed = System.nanoTime() - start;
                    answers++;
                    if (answer.mode() == Mode.LLM) {
                        llmNanos.add(elapsed);
                    }
                }
            }
            Collections.sort(llmNanos);
            return new Result(
                    answers,
                    llmNanos.size(),
                    percentile(llmNanos, 50),
                    percentile(llmNanos, 95),
                    percentile(llmNanos, 100));
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the loopback endpoint", e);
        }
    }

    private static Duration percentile(List<Long> sorted, int percent) {
        if (sorted.isEmpty()) {
            return Duration.ZERO;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return Duration.ofNanos(sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))));
    }
}
