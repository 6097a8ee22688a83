package dev.storybot.answering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.core.Answer;
import dev.storybot.core.ChatRequest;
import dev.storybot.core.Outcome;
import dev.storybot.knowledge.KnowledgeLoader;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A story that names no author says so when asked who wrote it, and says where it comes from instead. */
class StoryWithoutAuthorTest {

    private static RetrievalAnswerer bot;

    @BeforeAll
    static void build() {
        bot = RetrievalAnswerer.create(KnowledgeLoader.derive("article.txt", """
                        # Orbix opens a plant in Fern Hollow

                        # Source: Valley Ledger (https://example.org/orbix-plant)

                        [1] Orbix opened a battery plant in Fern Hollow on Monday, the company said.

                        [2] The plant will employ 300 people by next year.
                        """), TestBots.embeddings());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "who wrote this? | doesn't name its author",
                "这篇是谁写的？ | 没有署名作者",
                "이 기사 누가 썼어? | 작성자 이름이 없습니다",
            })
    void should_refuse_naming_the_source_instead(String question, String saysNone) {
        Answer answer = bot.answer(new ChatRequest("test", UUID.randomUUID().toString(), "user", question));

        assertThat(answer.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(answer.text()).contains(saysNone).contains("Valley Ledger");
        assertThat(answer.text().length()).isLessThanOrEqualTo(Answer.MAX_TEXT_CHARS);
    }
}
