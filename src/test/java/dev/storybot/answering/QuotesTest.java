package dev.storybot.answering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.core.Answer;
import dev.storybot.core.ChatRequest;
import dev.storybot.knowledge.KnowledgeLoader;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** "Any direct quotes in here?" is answered with the words the story quotes, with their speakers, each cited. */
class QuotesTest {

    private static RetrievalAnswerer bot;

    @BeforeAll
    static void build() {
        bot = RetrievalAnswerer.create(KnowledgeLoader.derive("article.txt", """
                        # Harbour ferries get a second boat

                        [1] The harbour council bought a second ferry for $2 million on Monday.

                        [2] "This boat will cut the wait in half," said council leader Ann Lee.

                        [3] The ferry will run from April.

                        [4] "We have waited ten years for this," the ferryman Tom Reed said.
                        """), TestBots.embeddings());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"any direct quotes in here?", "这篇文章有什么直接引语吗？", "기사에 직접 인용이 있어?"})
    void should_answer_with_the_words_the_story_quotes(String question) {
        Answer answer = bot.answer(new ChatRequest("test", UUID.randomUUID().toString(), "user", question));

        assertThat(answer.answered()).as(answer.text()).isTrue();
        assertThat(answer.text()).contains("cut the wait in half").contains("waited ten years");
        assertThat(answer.citations()).extracting(c -> c.paragraph()).containsExactly(2, 4);
    }
}
