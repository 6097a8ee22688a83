package dev.storybot.answering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.core.Answer;
import dev.storybot.core.ChatRequest;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "What fraction of the two together is A's" is A's share of their sum, computed and shown with both figures. */
class PartOfSumTest {

    private final RetrievalAnswerer bot = TestBots.retrieval();

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "what fraction of the combined qwen+llama downloads is qwen's | 52.7% | 731.5",
                "Qwen的下载量占两者合计的百分之多少？ | 52.7% | 731.5",
                "큐웬과 라마 다운로드를 합친 것 중 큐웬 비율은 몇 %야? | 52.7% | 731.5",
                "what share of the combined downloads is llama's? | 47.3% | 731.5",
            })
    void should_compute_one_figure_as_a_share_of_both_together(String question, String share, String whole) {
        Answer answer = bot.answer(ChatRequest.of(UUID.randomUUID().toString(), question));

        assertThat(answer.answered()).isTrue();
        assertThat(answer.text()).contains(share, whole);
    }
}
