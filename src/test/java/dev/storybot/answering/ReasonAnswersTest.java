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
 * A sentence saying what something was based on gives its reason, so "why" is answered by it in any language, also
 * as a follow-up in the asker's own phrasal verb ("why'd they cut it down").
 */
class ReasonAnswersTest {

    private static final String ARTICLE = """
            # Harbor Power cuts power to thousands

            [1] Harbor Power began shutting off electricity to 40,000 homes on Tuesday as strong winds swept the valley.

            [2] The utility lowered the number of homes affected from an earlier estimate of 90,000 based on new weather \
            forecasts.

            [3] Crews will inspect the lines before power is restored, a spokesperson said.
            """;

    private static RetrievalAnswerer bot;

    @BeforeAll
    static void build() {
        bot = RetrievalAnswerer.create(KnowledgeLoader.derive("article.txt", ARTICLE), TestBots.embeddings());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "why did the utility lower the number?",
                "电力公司为什么降低了这个数字？",
                "전력회사는 왜 그 숫자를 낮췄어?",
            })
    void should_answer_why_with_what_it_was_based_on(String question) {
        Answer answer = ask(UUID.randomUUID().toString(), question);

        assertThat(answer.answered()).as(answer.text()).isTrue();
        assertThat(answer.citations())
                .first()
                .satisfies(c -> assertThat(c.paragraph()).isEqualTo(2));
    }

    @org.junit.jupiter.api.Test
    void should_answer_a_why_follow_up_in_a_phrasal_verb_the_story_never_uses() {
        String conversation = UUID.randomUUID().toString();
        ask(conversation, "how many homes lost power");

        Answer answer = ask(conversation, "why'd they cut it down");

        assertThat(answer.answered()).as(answer.text()).isTrue();
        assertThat(answer.citations())
                .first()
                .satisfies(c -> assertThat(c.paragraph()).isEqualTo(2));
    }

    private static Answer ask(String conversation, String question) {
        return bot.answer(new ChatRequest("test", conversation, "user", question));
    }
}
