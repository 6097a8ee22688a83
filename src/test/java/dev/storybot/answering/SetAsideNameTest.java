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
 * A name the question sets aside ("another startup besides Orbix", "除了Orbix", "Orbix 말고") is not what it asks
 * about: the answer is the other one the story names, not the fact about the name set aside.
 */
class SetAsideNameTest {

    private static RetrievalAnswerer bot;

    @BeforeAll
    static void build() {
        bot = RetrievalAnswerer.create(KnowledgeLoader.derive("article.txt", """
                        # Startups turn to cheaper models

                        [1] The coding startup Orbix is suspected of using the Lumo model in its new editor, people \
                        familiar with it said.

                        [2] Another coding startup, Kelda, was reported to have used the Vanta model.

                        [3] A spokesperson for Orbix declined to comment.
                        """), TestBots.embeddings());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "is there another coding startup besides orbix?",
                "除了Orbix，还有哪家初创公司用了别的模型？",
                "Orbix 말고 또 다른 스타트업 있어?"
            })
    void should_answer_about_the_other_one_when_a_name_is_set_aside(String question) {
        Answer answer = ask(question);

        assertThat(answer.text()).contains("Kelda").doesNotContain("Orbix");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"which startup used lumo?", "what did orbix say?"})
    void should_still_answer_about_a_name_that_is_not_set_aside(String question) {
        assertThat(ask(question).text()).contains("Orbix");
    }

    private static Answer ask(String question) {
        return bot.answer(new ChatRequest("test", UUID.randomUUID().toString(), "user", question));
    }
}
