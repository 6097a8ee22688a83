package dev.storybot.answering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.core.Answer;
import dev.storybot.core.ChatRequest;
import dev.storybot.knowledge.KnowledgeLoader;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** "How many tons short of the pool was it", with no number given, asks the gap between two of the story's figures. */
class ShortOfTest {

    private static RetrievalAnswerer bot;

    @BeforeAll
    static void build() {
        bot = RetrievalAnswerer.create(KnowledgeLoader.derive("article.txt", """
                        # Astronomers spot vapor over the moon Vela

                        [1] Astronomers measured about 2,300 tons of water vapor over the moon Vela, almost enough \
                        to fill an Olympic-size swimming pool, which holds about 2,750 tons of water.

                        [2] The vapor rose from cracks near the moon's south pole.
                        """), TestBots.embeddings());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "how many tons short of an olympic pool was the vapor",
                "水蒸气比奥运泳池差多少吨？",
                "수증기는 올림픽 수영장보다 얼마나 모자라?"
            })
    void should_answer_how_far_short_with_the_gap_between_the_figures(String question) {
        Answer answer = bot.answer(new ChatRequest("test", UUID.randomUUID().toString(), "user", question));

        assertThat(answer.answered()).as(answer.text()).isTrue();
        assertThat(answer.text()).contains("450");
    }
}
