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
 * Who a person is: the title before the name, where they work right after it and a title in apposition, from an
 * article whose names were found without any curated facts; everything a speaker says on request; and a first
 * message opening as a follow-up ("and X?") asks about X.
 */
class PersonProfileTest {

    private static RetrievalAnswerer bot;

    @BeforeAll
    static void build() {
        bot = RetrievalAnswerer.create(KnowledgeLoader.derive("article.txt", """
                        # A first map of the frozen moon Keld

                        [1] Scientists on Tuesday unveiled the first map of Keld, a frozen moon of the planet Varo.

                        [2] "Ethane lakes could hold simple chemistry," said planetary geologist Mara Quell of the \
                        Orion Research Institute in Nevada.

                        [3] Rain falls everywhere on Keld, but the poles are wetter than the equator, said study \
                        co-author Tomas Vell, a Northern Space Agency research fellow.

                        [4] "We were surprised by how much ice covers the surface," Vell said.
                        """), TestBots.embeddings());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"who is mara quell", "Mara Quell是谁？", "Mara Quell는 누구야?"})
    void should_describe_a_person_by_title_and_workplace(String question) {
        Answer answer = ask(question);

        assertThat(answer.text()).contains("planetary geologist Mara Quell of the Orion Research Institute");
        assertThat(answer.citations()).extracting(c -> c.paragraph()).contains(2);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"who's tomas vell", "Tomas Vell是谁？", "Tomas Vell는 누구야?"})
    void should_describe_a_person_by_the_titles_on_both_sides_of_the_name(String question) {
        Answer answer = ask(question);

        assertThat(answer.text()).contains("study co-author Tomas Vell, a Northern Space Agency research fellow");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "can u give me **everything** tomas vell says, all of it",
                "all the quotes from vell pls",
                "Tomas Vell说了什么？",
                "Tomas Vell은 뭐라고 했어?"
            })
    void should_give_everything_a_speaker_says(String question) {
        Answer answer = ask(question);

        assertThat(answer.citations()).extracting(c -> c.paragraph()).containsExactly(3, 4);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"and tomas vell?", "那Tomas Vell呢？", "그럼 Tomas Vell은?"})
    void should_read_a_first_message_opening_as_a_follow_up_as_its_own_question(String question) {
        Answer answer = ask(question);

        assertThat(answer.answered()).as(answer.text()).isTrue();
        assertThat(answer.citations())
                .extracting(c -> c.paragraph())
                .isSubsetOf(3, 4)
                .isNotEmpty();
    }

    private static Answer ask(String question) {
        return bot.answer(new ChatRequest("test", UUID.randomUUID().toString(), "user", question));
    }
}
