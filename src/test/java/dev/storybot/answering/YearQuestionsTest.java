package dev.storybot.answering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.core.Answer;
import dev.storybot.core.ChatRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A question asking for a year is answered only by a fact giving one; a day and month alone are not a year. */
class YearQuestionsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "what year was the joongang article published | false",
                "JoongAng Ilbo的文章是哪一年发表的？ | false",
                "중앙일보 기사는 몇 년도에 나왔어? | false",
                "when did JoongAng Ilbo publish the article | true",
                "JoongAng Ilbo什么时候发表的文章？ | true",
            })
    void should_answer_a_year_question_only_with_a_year(String question, boolean answered) {
        Answer answer = TestBots.retrieval().answer(ChatRequest.of("test", question));

        assertThat(answer.answered()).as(answer.text()).isEqualTo(answered);
    }
}
