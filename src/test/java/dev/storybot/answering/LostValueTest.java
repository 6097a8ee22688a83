package dev.storybot.answering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.core.Answer;
import dev.storybot.core.ChatRequest;
import dev.storybot.knowledge.KnowledgeLoader;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How much a fall took away ("how much value is gone", "蒸发了多少", "얼마나 증발했어") is the gap between its ends. */
class LostValueTest {

    private static RetrievalAnswerer bot;

    @BeforeAll
    static void build() {
        bot = RetrievalAnswerer.create(KnowledgeLoader.derive("article.txt", """
                        # Orbix cuts jobs after its offering is called off

                        [1] Orbix will lay off 400 workers next month, the company said.

                        [2] Orbix had its valuation slashed from $20 billion to $6 billion after the offering \
                        was called off.
                        """), TestBots.embeddings());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"how much value is gone", "那蒸发了多少？", "얼마나 증발했어?"})
    void should_compute_what_a_fall_took_away(String followUp) {
        String conversation = UUID.randomUUID().toString();
        bot.answer(new ChatRequest("test", conversation, "user", "what happened to orbix's valuation"));

        Answer answer = bot.answer(new ChatRequest("test", conversation, "user", followUp));

        assertThat(answer.text()).contains("14 billion");
        assertThat(answer.citations()).extracting(c -> c.paragraph()).containsExactly(2);
    }

    @org.junit.jupiter.api.Test
    void should_compute_what_a_fall_took_away_from_the_figures_a_question_gives() {
        Answer answer = bot.answer(new ChatRequest(
                "test",
                UUID.randomUUID().toString(),
                "user",
                "so orbix went from 20 billion to 6 billion... how much value is that gone"));

        assertThat(answer.text()).contains("14 billion");
    }
}
