package dev.storybot.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.core.Answer;
import dev.storybot.core.ChatRequest;
import dev.storybot.core.Mode;
import dev.storybot.settings.LlmSettings;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LlmOverheadBenchTest {

    @Test
    @DisplayName("the loopback endpoint echoes the first fact, grounded, as JSON and as a stream")
    void should_echo_first_fact() throws Exception {
        try (LoopbackChatEndpoint endpoint = LoopbackChatEndpoint.start();
                LlmAnswerer answerer = LlmAnswerer.create(
                        new LlmSettings(endpoint.baseUrl(), "loopback", null, Duration.ofSeconds(10)),
                        new TestStory.Source(),
                        GroundingCheck.forArticle(TestStory.article()),
                        LlmMetrics.NOOP)) {
            List<String> partials = new CopyOnWriteArrayList<>();

            Answer answer = answerer.answer(ChatRequest.of("test", TestStory.CURSOR_QUESTION));
            Answer streamed =
                    answerer.answerStreaming(ChatRequest.of("test", TestStory.CURSOR_QUESTION), partials::add);

            assertThat(answer.mode()).isEqualTo(Mode.LLM);
            assertThat(answer.text()).isEqualTo(TestStory.CURSOR_DEEPSEEK.answer() + " [1]");
            assertThat(streamed).isEqualTo(answer);
            // the one sentence completes with the last chunk, so the whole checked answer is the one partial shown
            assertThat(partials).isNotEmpty().last().isEqualTo(answer.text());
            assertThat(endpoint.requests()).isEqualTo(2);
        }
    }

    @Test
    @DisplayName("the bench times LLM answers only and reports percentiles")
    void should_measure_overhead_per_llm_answer() {
        LlmOverheadBench.Result result = LlmOverheadBench.run(
                new TestStory.Source(),
                GroundingCheck.forArticle(TestStory.article()),
                List.of(TestStory.DOWNLOADS_QUESTION, TestStory.CURSOR_QUESTION, TestStory.UNCOVERED_QUESTION),
                10,
                30);

        System.out.println(result.summary());
        assertThat(result.answers()).isEqualTo(90);
        assertThat(result.llmAnswers()).isEqualTo(60);
        assertThat(result.p50()).isPositive().isLessThanOrEqualTo(result.p95());
        assertThat(result.p95()).isLessThanOrEqualTo(result.max());
        // generous bound: catches waiting on a timeout or a retry, not machine noise
        assertThat(result.p50()).isLessThan(Duration.ofMillis(250));
    }
}
