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
 * What a place or thing is when the story describes it in the words right before its name ("Vellmar's windswept
 * island Corrin"), asked on its own in any language, from an article whose names were found without curated facts.
 */
class PlaceProfileTest {

    private static RetrievalAnswerer bot;

    @BeforeAll
    static void build() {
        bot = RetrievalAnswerer.create(KnowledgeLoader.derive("article.txt", """
                        # Ferry service returns to the north

                        [1] The first ferry in two years docked on Monday in Alder Bay, a fishing town in the north.

                        [2] Its route ends at Vellmar's windswept, rocky island Corrin, which has about 300 residents.

                        [3] The new timetable and Corrin's harbour master both expect more visitors in the summer.
                        """), TestBots.embeddings());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"whats corrin", "Corrin是什么？", "Corrin은 뭐야?"})
    void should_describe_a_place_by_the_words_before_its_name(String question) {
        Answer answer = ask(question);

        assertThat(answer.text()).contains("Corrin, Vellmar's windswept, rocky island");
        assertThat(answer.citations()).extracting(c -> c.paragraph()).contains(2);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"what is alder bay", "Alder Bay是什么？", "Alder Bay는 뭐야?"})
    void should_profile_a_place_asked_about_on_its_own(String question) {
        Answer answer = ask(question);

        assertThat(answer.answered()).isTrue();
        assertThat(answer.text()).contains("fishing town");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"what is corrin", "tell me about corrin"})
    void should_not_read_words_joined_by_and_as_a_description(String question) {
        assertThat(ask(question).text()).doesNotContain("Corrin, the new timetable");
    }

    private static Answer ask(String question) {
        return bot.answer(new ChatRequest("test", UUID.randomUUID().toString(), "user", question));
    }
}
