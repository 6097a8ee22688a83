package dev.storybot.answering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.core.Answer;
import dev.storybot.knowledge.KnowledgeLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An elliptical follow-up naming an ordinal ("and the third one?") asks the earlier question of that ordinal: the
 * earlier question's ordinals are dropped, and a fact naming the follow-up's comes first.
 */
class OrdinalFollowUpTest {

    private static RetrievalAnswerer bot;

    @BeforeAll
    static void build() {
        bot = RetrievalAnswerer.create(KnowledgeLoader.derive("article.txt", """
                        # Fever in the valley

                        [1] Health officials in the valley are tracking a rare fever that has now sickened three people.

                        [2] The first patient, a farmer, was admitted to hospital on March 4.

                        [3] His son, the second patient, was admitted on March 6.

                        [4] On March 9, a third patient was admitted in a town forty miles away.

                        [5] Officials said the risk to the public remains low, and a third of the wards are empty.
                        """), TestBots.embeddings());
    }

    @ParameterizedTest(name = "{0} >> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                // earlier question | follow-up | the earlier question as the follow-up borrows it
                "when were the 1st two patients admitted | and the third one? | when were the two patients admitted",
                "前两名患者中第一个是什么时候入院的？ | 那第三个呢？ | 前两名患者中是什么时候入院的？",
                "첫 번째 환자는 언제 입원했어? | 그럼 세 번째는? | 환자는 언제 입원했어?",
                // a follow-up naming no ordinal, or a period, keeps the earlier question's
                "when was the first patient admitted | and where? | when was the first patient admitted",
                "第一个患者是什么时候入院的？ | 在哪里呢？ | 第一个患者是什么时候入院的？",
                "첫 번째 환자는 언제 입원했어? | 그럼 어디서? | 첫 번째 환자는 언제 입원했어?",
                "what did First Solar report in the first quarter | and the second quarter? "
                        + "| what did First Solar report in the first quarter",
                // ... and a name, a rate or a first time are no ordinal to drop
                "how many litres per second does First Solar pump | and the third one? "
                        + "| how many litres per second does First Solar pump",
                "他第一次发病是什么时候？ | 那第二个呢？ | 他第一次发病是什么时候？",
                "열세 번째 환자는 언제 입원했어? | 그럼 두 번째는? | 열세 번째 환자는 언제 입원했어?",
            })
    void should_ask_the_earlier_question_of_the_ordinal_a_follow_up_names(
            String earlier, String followUp, String borrowed) {
        assertThat(FollowUps.withOrdinalOf(earlier, followUp)).isEqualTo(borrowed);
    }

    @ParameterizedTest(name = "{0} >> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "when was the first patient admitted? | and the third one? | March 9",
                "when was the first patient admitted?? | what about the 3rd | March 9",
                // (the second is also found by its own word)
                "when was the first patient admitted? | and the second? | March 6",
            })
    void should_answer_an_ordinal_follow_up_with_the_fact_naming_that_ordinal(
            String first, String second, String expected) {
        java.util.List<Answer> answers = TestBots.answers(bot, first, second);
        Answer opening = answers.get(0);
        Answer followUp = answers.get(1);

        assertThat(opening.answered()).as(opening.text()).isTrue();
        assertThat(opening.text()).contains("March 4");
        assertThat(followUp.citations()).isNotEmpty();
        assertThat(followUp.answered()).as(followUp.text()).isTrue();
        assertThat(followUp.text()).contains(expected);
    }
}
