package dev.storybot.answering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.core.Answer;
import dev.storybot.knowledge.AnswerType;
import dev.storybot.knowledge.KnowledgeBase;
import dev.storybot.knowledge.KnowledgeLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A sentence saying what someone was trying, hoping or meant to do gives the purpose of what they did, and so answers
 * "why'd she do that", "她为什么鸣枪", "그녀는 왜 그랬어".
 */
class PurposeAnswersWhyTest {

    private static RetrievalAnswerer bot;

    @BeforeAll
    static void build() {
        KnowledgeBase story = KnowledgeLoader.derive("article.txt", """
                        # A tense night at the harbour

                        [1] Officer Dana Brooks fired a warning shot into the air as the crowd pushed toward the gates.

                        [2] Brooks said she was only trying to calm the crowd before anyone got hurt.

                        [3] The harbour reopened the next morning.
                        """);
        bot = RetrievalAnswerer.create(story, TestBots.embeddings());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "She said she was trying to calm the crowd.",
                "The club wanted to sign a new goalie before the deadline.",
                "The firm cut prices in an effort to win back customers.",
                "He was hoping to spark some energy, he said.",
            })
    void should_let_a_sentence_giving_a_purpose_answer_why(String sentence) {
        KnowledgeBase one = KnowledgeLoader.derive("article.txt", "# A night\n\n[1] " + sentence + "\n");

        assertThat(one.facts()).first().satisfies(f -> assertThat(f.answers()).contains(AnswerType.REASON));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "what did dana brooks do >> why'd she do that",
                "why did brooks do that",
                "brooks为什么开枪？",
            })
    void should_answer_why_with_what_she_was_trying_to_do(String turns) {
        Answer answer = TestBots.lastAnswer(bot, turns);

        assertThat(answer.answered()).as(answer.text()).isTrue();
        assertThat(answer.text()).contains("trying to calm the crowd");
    }
}
