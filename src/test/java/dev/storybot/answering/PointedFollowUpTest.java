package dev.storybot.answering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.core.Answer;
import dev.storybot.core.ChatRequest;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A computation that names only what the last answer was about ("how much bigger is Qwen", or "the first one" that
 * points at it) is computed on that answer's figures, and "the other one" then names the entity not yet asked about.
 */
class PointedFollowUpTest {

    private static final RetrievalAnswerer BOT = TestBots.retrieval();

    private static Answer ask(String conversation, String question) {
        return BOT.answer(new ChatRequest("test", conversation, "user", question));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "qwen downloads? | so how much bigger is Qwen | 39.1 million",
                "Qwen的下载量是多少？ | Qwen多多少？ | 3910万",
                "큐웬 다운로드 수는? | 큐웬이 얼마나 더 많아? | 3910만"
            })
    void should_compute_on_the_last_answer_when_naming_only_what_it_was_about(
            String first, String followUp, String gap) {
        String conversation = UUID.randomUUID().toString();
        ask(conversation, first);

        Answer answer = ask(conversation, followUp);

        assertThat(answer.answered()).as(answer.text()).isTrue();
        assertThat(answer.text()).contains(gap);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"whose model is the other one again", "나머지 모델은 누구 거야?"})
    void should_name_the_other_one_of_the_pair_after_the_first_was_meant(String question) {
        String conversation = UUID.randomUUID().toString();
        ask(conversation, "qwen downloads?");
        ask(conversation, "so how much bigger is the first one");

        Answer answer = ask(conversation, question);

        assertThat(answer.answered()).as(answer.text()).isTrue();
        // about Llama's maker, not the downloads again
        assertThat(answer.text()).containsAnyOf("Meta", "메타").doesNotContain("385.3");
    }
}
