package dev.storybot.answering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.core.Answer;
import dev.storybot.core.ChatRequest;
import dev.storybot.knowledge.KnowledgeBase;
import dev.storybot.knowledge.KnowledgeLoader;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A number the question takes for granted and the story gives nowhere is corrected with what the story says. */
class NumberPremisesTest {

    private static final KnowledgeBase STORY = KnowledgeLoader.derive("article.txt", """
            # Harbour ferry fares go up

            [1] The harbour council raised the ferry fare to 75 cents on Monday.

            [2] The council also bought a second ferry for $2.4 million, the council leader Ann Lee said.
            """);
    private static RetrievalAnswerer bot;

    @BeforeAll
    static void build() {
        bot = RetrievalAnswerer.create(STORY, TestBots.embeddings());
    }

    private static Answer ask(String question) {
        return bot.answer(new ChatRequest("test", UUID.randomUUID().toString(), "user", question));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "why did the council raise the ferry fare to 90 cents?",
                "议会为什么把票价提高到90美分？",
                "의회는 왜 요금을 90센트로 올렸어?",
                "pourquoi le conseil a-t-il augmenté le tarif du ferry à 90 cents ?",
                "did the council pay $3 million for the second ferry?"
            })
    void should_correct_a_number_the_story_gives_nowhere(String question) {
        Answer answer = ask(question);

        assertThat(answer.answered()).as(answer.text()).isFalse();
        assertThat(answer.citations()).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "why did the council raise the ferry fare to 75 cents?",
                "why did the council raise the ferry fare to $0.75?",
                "did the council pay $2.4 million for the second ferry?",
                "if the council raised the ferry fare to 90 cents, what would it cost?",
                "did the council pay more than $1 million for the second ferry?",
                "harbour.example.com/news/2024/123456 did the council raise the ferry fare?"
            })
    void should_leave_a_number_the_story_gives_or_a_hypothetical_alone(String question) {
        assertThat(ask(question).text()).doesNotStartWith("The story doesn't say that");
    }
}
