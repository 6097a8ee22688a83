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
 * "How many cents cheaper" is a gap between two figures of one unit in the fact found, even when the fact also gives
 * a figure of another unit first, and the second end of a range ("from $0.23/W to $0.10") is in the first's unit.
 */
class FigureGapTest {

    private static RetrievalAnswerer bot;

    @BeforeAll
    static void build() {
        bot = RetrievalAnswerer.create(KnowledgeLoader.derive("article.txt", """
                        # Harbour plans cheaper ferries

                        [1] Twelve priorities in the plan include cutting ferry fares from around $2.40/mi today to $1.90 by 2030.

                        [2] The harbour board said the plan will be reviewed every year.
                        """), TestBots.embeddings());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "so how many cents per mile cheaper is the 2030 fare target vs today",
                "2030年的目标比现在便宜多少？",
                "2030년 목표가 지금보다 얼마나 더 저렴해?"
            })
    void should_compute_the_gap_between_the_two_figures_of_one_unit(String question) {
        Answer answer = bot.answer(new ChatRequest("test", UUID.randomUUID().toString(), "user", question));

        assertThat(answer.answered()).as(answer.text()).isTrue();
        assertThat(answer.text()).contains("0.5");
        assertThat(answer.citations()).extracting(c -> c.paragraph()).containsExactly(1);
    }
}
