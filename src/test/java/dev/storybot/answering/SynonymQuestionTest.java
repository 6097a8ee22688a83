package dev.storybot.answering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.core.Answer;
import dev.storybot.core.ChatRequest;
import dev.storybot.knowledge.KnowledgeLoader;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A question's word that the story never uses finds the fact saying it in other words ("the forecast" for what
 * someone "expects"), in every language the glossary reads into English.
 */
class SynonymQuestionTest {

    private static RetrievalAnswerer bot;

    @BeforeAll
    static void build() {
        bot = RetrievalAnswerer.create(KnowledgeLoader.derive("article.txt", """
                        # Bike sales slow in Alder County

                        [1] Bike shops in the Alder area sold fewer bikes last month, despite spring discounts.

                        [2] Nationally, shops sold nearly 3.1 million bikes last year, up 2 percent from the year \
                        before.

                        [3] Quillon expects 2.9 million bikes will be sold this year.

                        [4] Shop owners said rain kept riders at home for most of the month.

                        [5] Electric models now make up a third of the bikes on display in Alder shops.

                        [6] The county plans new bike lanes along the river next spring.

                        [7] Repairs brought in more money than usual, one shop owner said.
                        """), TestBots.embeddings());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"what's the sales forecast for this year", "今年的销量预测是多少？", "올해 판매량 예측은 얼마야?"})
    void should_find_what_the_story_says_in_other_words(String question) {
        Answer answer = bot.answer(new ChatRequest("test", UUID.randomUUID().toString(), "user", question));

        assertThat(answer.text()).contains("2.9");
        assertThat(answer.citations()).extracting(c -> c.paragraph()).containsExactly(3);
    }
}
