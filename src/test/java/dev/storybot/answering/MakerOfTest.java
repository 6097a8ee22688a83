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
 * "Who makes X" is answered by a sentence saying whose X is ("Orbix's Lumo model"), even one opening with the owner's
 * name, and refused when the story names no maker of what is asked about.
 */
class MakerOfTest {

    private static RetrievalAnswerer bot;

    @BeforeAll
    static void build() {
        bot = RetrievalAnswerer.create(KnowledgeLoader.derive("article.txt", """
                        # Open models race ahead

                        [1] Orbix's Lumo model passed 20 million downloads this year, overtaking Velta's Pico at \
                        12 million, the tracker said.

                        [2] Developers said the models were cheaper to run than older systems.
                        """), TestBots.embeddings());
    }

    private static Answer ask(String question) {
        return bot.answer(ChatRequest.of(UUID.randomUUID().toString(), question));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"who makes lumo?", "谁开发的Lumo？", "누가 Lumo를 만들었어?"})
    void should_name_the_owner_a_sentence_gives(String question) {
        Answer answer = ask(question);

        assertThat(answer.answered()).isTrue();
        assertThat(answer.text()).contains("Orbix");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"who makes the tracker?", "谁开发的这个tracker？", "누가 tracker를 만들었어?"})
    void should_refuse_when_no_sentence_says_whose_it_is(String question) {
        assertThat(ask(question).answered()).isFalse();
    }
}
