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
 * "How many survived" or "how many didn't die" of a total the story gives beside the count that died is the gap
 * between the two, even when a dash stands right before the total.
 */
class SurvivorsTest {

    private static RetrievalAnswerer bot;

    @BeforeAll
    static void build() {
        bot = RetrievalAnswerer.create(KnowledgeLoader.derive("article.txt", """
                        # Marsh fever cases rise in Alder County

                        [1] Marsh fever has come back to Alder County this autumn, health officials said.

                        [2] The county has seen a small number of marsh fever cases in recent years—3,120 cases and \
                        470 deaths between 2010 and 2018, the officials said.
                        """), TestBots.embeddings());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "how many of the marsh fever patients survived",
                "of the marsh fever cases how many didnt die??",
                "marsh fever病例中有多少人幸存？",
                "marsh fever 환자 중 몇 명이 살아남았어?"
            })
    void should_take_the_deaths_from_the_cases(String question) {
        Answer answer = bot.answer(new ChatRequest("test", UUID.randomUUID().toString(), "user", question));

        assertThat(answer.text()).contains("2,650");
        assertThat(answer.citations()).extracting(c -> c.paragraph()).containsExactly(2);
    }
}
