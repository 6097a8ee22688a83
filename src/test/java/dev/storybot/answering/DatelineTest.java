package dev.storybot.answering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.core.Answer;
import dev.storybot.core.ChatRequest;
import dev.storybot.knowledge.KnowledgeLoader;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A question asking where, in a story whose one place is its dateline, is answered by the dateline's sentence. */
class DatelineTest {

    private static RetrievalAnswerer bot;

    @BeforeAll
    static void build() {
        bot = RetrievalAnswerer.create(KnowledgeLoader.derive("article.txt", """
                        # Harbour team wins again

                        [1] PORTVALE, Maine — The Harbour Gulls beat the Hill Rams 3-1 on Tuesday night.

                        [2] Goalie Ana Ruiz stopped 30 shots for the Gulls, who have won four games in a row.

                        [3] "We keep playing our game," coach Tom Okafor said after the game.
                        """), TestBots.embeddings());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "where was the game played",
                "which city was the game in",
                "这场比赛在哪个城市打的？",
                "경기는 어느 도시에서 열렸어?",
                "¿dónde fue el partido?"
            })
    void should_answer_where_from_the_dateline(String question) {
        Answer answer = bot.answer(new ChatRequest("test", UUID.randomUUID().toString(), "user", question));

        assertThat(answer.answered()).as(answer.text()).isTrue();
        assertThat(answer.text()).contains("PORTVALE");
        assertThat(answer.citations()).extracting(c -> c.paragraph()).containsExactly(1);
    }
}
