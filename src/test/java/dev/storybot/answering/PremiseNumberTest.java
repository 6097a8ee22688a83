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
 * A why or yes/no question built on a number the story never gives ("did they raise the dividend to 50 cents?")
 * is told what the story says instead; a number to compare with ("did it top 20 cents?") is no such premise.
 */
class PremiseNumberTest {

    private static RetrievalAnswerer bot;

    @BeforeAll
    static void build() {
        bot = RetrievalAnswerer.create(KnowledgeLoader.derive("article.txt", """
                        # Harbour board pays out

                        [1] The harbour board said it would pay a dividend of 25 cents per share this spring.

                        [2] The board will review the ferry timetable every year.
                        """), TestBots.embeddings());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {"did the board raise the dividend to 50 cents?", "董事会把股息提高到50美分了吗？", "이사회가 배당금을 50센트로 올렸어?"})
    void should_correct_a_premise_built_on_a_number_the_story_never_gives(String question) {
        Answer answer = ask(question);

        assertThat(answer.answered()).as(answer.text()).isFalse();
        assertThat(answer.text()).contains("25 cents");
        assertThat(answer.citations()).extracting(c -> c.paragraph()).containsExactly(1);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {"did the dividend top 20 cents?", "股息超过20美分了吗？", "배당금이 20센트를 넘었어?", "is the dividend 25 cents?"})
    void should_answer_a_question_whose_number_is_a_mark_or_the_story_s_own(String question) {
        Answer answer = ask(question);

        assertThat(answer.answered()).as(answer.text()).isTrue();
        assertThat(answer.text()).contains("25 cents");
    }

    private static Answer ask(String question) {
        return bot.answer(new ChatRequest("test", UUID.randomUUID().toString(), "user", question));
    }
}
