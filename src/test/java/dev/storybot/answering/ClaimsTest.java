package dev.storybot.answering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.core.Answer;
import dev.storybot.core.ChatRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "Did X say ...?" as a table: answered when a fact of X's states the claim, refused when none does. */
class ClaimsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "did jensen huang say the us has better chips? | false",
                "did jensen huang say china would win the ai race? | true",
                "so did huang say china is only nanoseconds behind? | true",
                // Chinese and Korean claims are left to the evidence gate (see claims.txt)
                "黄仁勋说过中国会赢吗？ | true",
                "젠슨 황이 중국이 이긴다고 말했어? | true",
                // a question about what someone said is no claim to check
                "what else did bloomberg say chinese ai is doing | true",
            })
    void should_answer_a_claim_only_when_a_fact_states_it(String question, boolean answered) {
        Answer answer = TestBots.retrieval().answer(ChatRequest.of("test", question));

        assertThat(answer.answered()).as(answer.text()).isEqualTo(answered);
    }
}
