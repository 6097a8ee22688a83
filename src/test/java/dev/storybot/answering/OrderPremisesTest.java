package dev.storybot.answering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.core.Answer;
import dev.storybot.core.Outcome;
import dev.storybot.knowledge.KnowledgeBase;
import dev.storybot.knowledge.KnowledgeLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A question taking for granted that one thing leads another ("gull beat tidal, by how much?") is corrected when the
 * story's figures for the two put the other ahead, whether the figures' labels name them or the sentence does.
 */
class OrderPremisesTest {

    private static KnowledgeBase story;
    private static RetrievalAnswerer bot;

    @BeforeAll
    static void build() {
        story = KnowledgeLoader.derive("article.txt", """
                        # Two carmakers race for the lead

                        [1] Last year the carmaker Tidal sold 120,000 electric cars, while its rival Gull sold 95,000, \
                        according to an industry count.

                        [2] The chief executive of Tidal, Mara Voss, said demand kept growing in the spring.

                        [3] The company Gull plans to open a second factory in 2026.
                        """);
        bot = RetrievalAnswerer.create(story, TestBots.embeddings());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "so gull beat tidal on sales, by how much? | true",
                "gull outsold tidal by how many cars | true",
                "gull超过了tidal多少？ | true",
                "gull领先tidal多少辆 | true",
                "gull이 tidal을 얼마나 앞섰어? | true",
                "gull이 tidal보다 더 많이 팔았는데 몇 대 차이야? | true",
                // the premise holds, asks nothing of who leads, or is asked rather than taken for granted
                "tidal beat gull by how much | false",
                "tidal超过了gull多少？ | false",
                "tidal이 gull을 얼마나 앞섰어? | false",
                "how far behind tidal was gull | false",
                "gull sold more than 90,000 cars, how many did tidal sell | false",
                "gull卖了超过9万辆，tidal呢？ | false",
                "gull was overtaken by tidal by how much? | false",
                "gull被tidal超过了多少 | false",
                "gull보다 tidal이 더 많이 팔았는데 몇 대 차이야? | false",
                "how many cars did the seagulls beat tidal by | false",
                "did gull beat tidal? | false",
            })
    void should_catch_a_lead_the_figures_give_the_other_way(String question, boolean contradicted) {
        assertThat(new OrderPremises()
                        .contradicting(question, story.entities(), story.facts())
                        .isPresent())
                .isEqualTo(contradicted);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "so gull beat tidal on sales, by how much?",
                "gull超过了tidal多少？",
            })
    void should_correct_the_premise_with_the_fact_giving_both_figures(String question) {
        Answer answer = TestBots.lastAnswer(bot, question);

        assertThat(answer.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(answer.text()).contains("120,000").doesNotContain("difference");
        assertThat(answer.citations())
                .extracting(dev.storybot.core.Citation::paragraph)
                .containsExactly(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "so llama beat qwen on hugging face downloads this year, by how much?",
                "llama超过了qwen多少？",
                "llama가 qwen을 얼마나 앞섰어?",
            })
    void should_correct_a_reversed_lead_in_the_bundled_story_in_the_askers_language(String question) {
        Answer answer = TestBots.lastAnswer(TestBots.retrieval(), question);

        assertThat(answer.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(answer.text()).contains("385");
        assertThat(answer.citations()).isNotEmpty();
    }
}
