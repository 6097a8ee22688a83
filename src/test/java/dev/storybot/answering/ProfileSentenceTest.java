package dev.storybot.answering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.core.Answer;
import dev.storybot.core.ChatRequest;
import dev.storybot.knowledge.KnowledgeLoader;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Who a person is, asked on their own in any language, from an article whose facts were derived: the sentence giving
 * their title, for what it says they did, when it fits and is not one of their own statements; the title otherwise.
 */
class ProfileSentenceTest {

    private static RetrievalAnswerer bot;

    @BeforeAll
    static void build() {
        bot = RetrievalAnswerer.create(KnowledgeLoader.derive("article.txt", """
                        # Rivermouth beat the Harbor Lions 3-1

                        [1] Rivermouth beat the Harbor Lions 3-1 on Friday night in front of 9,000 fans.

                        [2] In the second period, Lions captain Tom Varga went after Rivermouth winger Eli Brandt and \
                        threw punches, although neither player was penalised.

                        [3] Varga said he was "just trying to wake the team up."

                        [4] "We played a full game tonight, from the first whistle to the last, and the fans saw it,"                         said Rivermouth coach Ada Lind.
                        """), TestBots.embeddings());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "who is tom varga | threw punches",
                "Tom Varga是谁？ | threw punches",
                "Tom Varga는 누구야? | threw punches",
            })
    void should_describe_a_person_by_the_sentence_giving_their_title(String question, String described) {
        Answer answer = ask(question);

        assertThat(answer.answered()).isTrue();
        assertThat(answer.text()).contains(described);
        assertThat(answer.citations()).extracting(c -> c.paragraph()).contains(2);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "who is ada lind",
                "Ada Lind是谁？",
                "Ada Lind는 누구야?",
            })
    void should_give_a_speaker_title_before_her_statements(String question) {
        assertThat(ask(question).text()).contains("Rivermouth coach Ada Lind.").contains("full game");
    }

    private static Answer ask(String question) {
        return bot.answer(new ChatRequest("test", UUID.randomUUID().toString(), "user", question));
    }
}
