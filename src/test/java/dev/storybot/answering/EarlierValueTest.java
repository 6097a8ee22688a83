package dev.storybot.answering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.core.Answer;
import dev.storybot.core.ChatRequest;
import dev.storybot.knowledge.KnowledgeLoader;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a figure was before it changed is answered only by a fact giving both ends of the change: "dropped to 15%"
 * says nothing of where it dropped from.
 */
class EarlierValueTest {

    private static RetrievalAnswerer derived;
    private static RetrievalAnswerer bundled;

    @BeforeAll
    static void build() {
        bundled = TestBots.retrieval();
        derived = RetrievalAnswerer.create(KnowledgeLoader.derive("article.txt", """
                        # Orbix loses ground to Quillon

                        [1] The share of new apps built on Orbix dropped sharply to 15%.

                        [2] The average Quillon subscription rose to $12, up from $9 a year ago.
                        """), TestBots.embeddings());
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                // first question | follow-up | answered | paragraph (the bundled story's Meta share "dropped to 15%")
                "what share of new models are based on meta | what was it before it dropped | false | 0",
                "基于Meta的模型占比是多少？ | 之前是多少？ | false | 0",
                "메타 기반 모델 비중은 얼마야? | 이전에는 얼마였어? | false | 0",
                "how much is a quillon subscription | what was it before | true | 2",
                "how much is a quillon subscription | 之前是多少？ | true | 2",
                "how much is a quillon subscription | 이전에는 얼마였어? | true | 2",
            })
    void should_give_a_figure_before_its_change_only_from_a_fact_giving_both_ends(
            String first, String followUp, boolean answered, int paragraph) {
        RetrievalAnswerer bot = answered ? derived : bundled;
        String conversation = UUID.randomUUID().toString();
        bot.answer(new ChatRequest("test", conversation, "user", first));

        Answer answer = bot.answer(new ChatRequest("test", conversation, "user", followUp));

        assertThat(answer.answered()).as(answer.text()).isEqualTo(answered);
        if (answered) {
            assertThat(answer.citations()).extracting(c -> c.paragraph()).containsExactly(paragraph);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // question | asks what a figure was before it changed
                "was it always that many? | true",
                "一直都是这么多吗？ | true",
                "원래도 그렇게 많았어? | true",
                "was it a big deal? | false",
                "一共有多少？ | false",
                "그렇게 많았어? | false",
            })
    void should_read_whether_it_was_always_so_as_asking_the_earlier_figure(String question, boolean asks) {
        assertThat(QuestionCues.asksEarlierValue(question)).isEqualTo(asks);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "The utility cut the number from an original estimate of 660,000. | true",
                "Quillon will hire 300 engineers, down from an earlier plan of 450. | true",
                "The firm gave an original estimate of 660,000. | false",
            })
    void should_read_a_change_from_an_earlier_estimate_as_giving_both_ends(String fact, boolean both) {
        assertThat(QuestionCues.givesBothEnds(fact)).isEqualTo(both);
    }
}
