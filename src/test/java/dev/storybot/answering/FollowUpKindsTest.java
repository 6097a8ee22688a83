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
 * A follow-up asking a new kind of thing ("and when do they arrive?") is answered by the fact the last answer gave
 * when that fact says it, rather than by another fact for the sake of saying something new.
 */
class FollowUpKindsTest {

    private static final String ARTICLE = """
            # Lumo Air places two orders

            [1] Lumo Air ordered 20 jets from Skyward in March, the airline said.

            [2] The jets will cost about $2 billion and arrive in 2028.

            [3] The airline also ordered 10 helicopters from Rotorex in May.

            [4] The helicopters will cost about $300 million and arrive next year.
            """;

    private static RetrievalAnswerer bot;

    @BeforeAll
    static void build() {
        bot = RetrievalAnswerer.create(KnowledgeLoader.derive("article.txt", ARTICLE), TestBots.embeddings());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"and when do they arrive?", "那它们什么时候到？", "¿y cuándo llegan?", "じゃあいつ届くの？"})
    void should_answer_a_new_kind_of_question_from_the_fact_just_given(String followUp) {
        String conversation = UUID.randomUUID().toString();
        ask(conversation, "how many helicopters did lumo order?");
        Answer price = ask(conversation, "how much will they cost?");

        Answer answer = ask(conversation, followUp);

        assertThat(price.citations())
                .first()
                .satisfies(c -> assertThat(c.paragraph()).isEqualTo(4));
        assertThat(answer.answered()).as(answer.text()).isTrue();
        assertThat(answer.citations())
                .first()
                .satisfies(c -> assertThat(c.paragraph()).isEqualTo(4));
    }

    private static Answer ask(String conversation, String question) {
        return bot.answer(new ChatRequest("test", conversation, "user", question));
    }
}
