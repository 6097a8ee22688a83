package dev.storybot.answering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.core.Answer;
import dev.storybot.core.ChatRequest;
import dev.storybot.knowledge.KnowledgeLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A list narrowed to a country read from the article (which has no country of its own) is answered, not crashed. */
class CountryListTest {

    private static final RetrievalAnswerer BOT =
            RetrievalAnswerer.create(KnowledgeLoader.derive("article.txt", """
                    # Panel makers cut prices

                    [1] South Korea's Hanwha Group and Norland Solar Inc. cut panel prices on Monday, officials said.

                    [2] Prices also fell in Japan, the ministry said.
                    """), TestBots.embeddings());

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {"which companies in South Korea are mentioned?", "list the Japan companies", "list every company"
            })
    void should_answer_a_list_narrowed_to_a_country_the_article_names(String question) {
        Answer answer = BOT.answer(ChatRequest.of("test", question));

        assertThat(answer.text()).isNotBlank();
    }
}
