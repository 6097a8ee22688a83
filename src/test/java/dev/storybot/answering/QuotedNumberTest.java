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
 * A number the question quotes that few facts give points at those facts, even when the sentence giving it leaves
 * the name the question uses to the sentence before.
 */
class QuotedNumberTest {

    private static RetrievalAnswerer bot;

    @BeforeAll
    static void build() {
        bot = RetrievalAnswerer.create(KnowledgeLoader.derive("article.txt", """
                        # Harbour Air orders ferries

                        [1] Harbour Air finalized a deal to buy 12 electric ferries from Norland Yards on Tuesday.

                        [2] The order is valued at $410 million at list prices, but buyers usually negotiate a discount.

                        [3] Harbour Air had a fleet of 85 boats as of October, its chief executive said.
                        """), TestBots.embeddings());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "is $410 million what harbour air actually pays tho?",
                "Harbour Air 真的要付 410 million 吗？",
                "Harbour Air가 실제로 410 million을 내는 거야?"
            })
    void should_answer_from_the_fact_giving_the_quoted_number(String question) {
        Answer answer = bot.answer(new ChatRequest("test", UUID.randomUUID().toString(), "user", question));

        assertThat(answer.answered()).as(answer.text()).isTrue();
        assertThat(answer.citations()).extracting(c -> c.paragraph()).first().isEqualTo(2);
    }
}
