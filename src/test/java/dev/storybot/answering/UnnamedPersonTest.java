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
 * "whats his name?" right after an answer about someone the story never names ("a 43-year-old man") is refused, not
 * answered with the same sentence again; after an answer naming the person, the name is given.
 */
class UnnamedPersonTest {

    private static RetrievalAnswerer bot;

    @BeforeAll
    static void build() {
        bot = RetrievalAnswerer.create(KnowledgeLoader.derive("article.txt", """
                        # A new duvet made a man ill

                        [1] A 43-year-old man from Alder Bay fell ill in March, weeks after he bought a new feather duvet.

                        [2] His doctor, Ann Lee, suspected the bedding and told him to remove it, and he got better.
                        """), TestBots.embeddings());
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(
            delimiter = '|',
            value = {"how old was the man? | whats his name?", "那个男人多大了？ | 他叫什么名字？", "그 남자는 몇 살이야? | 그 사람 이름이 뭐야?"})
    void should_refuse_the_name_of_someone_the_story_leaves_unnamed(String first, String second) {
        String conversation = UUID.randomUUID().toString();
        assertThat(ask(conversation, first).answered()).isTrue();

        Answer answer = ask(conversation, second);

        assertThat(answer.answered()).as(answer.text()).isFalse();
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "who suspected the bedding? | whats her name?",
            })
    void should_give_the_name_of_someone_the_last_answer_names(String first, String second) {
        String conversation = UUID.randomUUID().toString();
        ask(conversation, first);

        Answer answer = ask(conversation, second);

        assertThat(answer.text()).contains("Ann Lee");
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"how old was the man?", "那个男人多大了？", "그 남자는 몇 살이야?"})
    void should_give_a_measure_asked_of_someone_the_question_does_not_name(String question) {
        Answer answer = ask(UUID.randomUUID().toString(), question);

        assertThat(answer.text()).contains("43");
    }

    private static Answer ask(String conversation, String question) {
        return bot.answer(new ChatRequest("test", conversation, "user", question));
    }
}
