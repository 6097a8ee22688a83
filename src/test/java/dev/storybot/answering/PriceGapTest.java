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
 * "How much more does A cost than B" is a gap between the prices the story gives for A and B, not between other
 * figures about both (how their sales changed), and a large gap is written with its digits grouped.
 */
class PriceGapTest {

    private static RetrievalAnswerer bot;

    @BeforeAll
    static void build() {
        bot = RetrievalAnswerer.create(KnowledgeLoader.derive("article.txt", """
                        # Bike sales slow in Alder County

                        [1] Bike shops in the Alder area sold fewer bikes last month.

                        [2] Cargo bike sales are down 2.5 percent, while racing bike sales are down 11.5 percent.

                        [3] The average price of a new cargo bike was $14,640 while the average price for a new \
                        racing bike was $4,627, the shops said.
                        """), TestBots.embeddings());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "how much more does the avg cargo bike cost vs a racing bike",
                "货运自行车的价格比赛车贵多少？",
                "카고 바이크 가격이 레이싱 바이크보다 얼마나 더 비싸?"
            })
    void should_compute_the_gap_between_the_prices_asked_about(String question) {
        Answer answer = bot.answer(new ChatRequest("test", UUID.randomUUID().toString(), "user", question));

        assertThat(answer.text()).contains("10,013");
        assertThat(answer.citations()).extracting(c -> c.paragraph()).containsExactly(3);
    }
}
