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
 * A question how old someone is, asked in any of the bot's languages, is answered by the sentence giving their age,
 * also when the age is only set off after their name ("Alex Holt, 44,") and the sentence says nothing of "old".
 */
class AgeQuestionTest {

    private static RetrievalAnswerer bot;

    @BeforeAll
    static void build() {
        var knowledge = KnowledgeLoader.derive("article.txt", """
                        # A shop owner is convicted of fraud

                        [1] Alex Holt ran the Orbix hardware shop in Alder for a decade.

                        [2] Holt told the court he never saw the invoices, and he blamed his bookkeeper.

                        [3] After a three-day trial, a jury convicted Holt, 44, of fraud on Monday.

                        [4] Holt's lawyer said he would appeal, and Holt's shop stayed open.
                        """);
        bot = RetrievalAnswerer.create(knowledge, TestBots.embeddings());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"how old is alex holt", "Alex Holt几岁？", "Alex Holt는 몇 살이야?"})
    void should_answer_how_old_someone_is_with_the_age_set_off_after_their_name(String question) {
        Answer answer = bot.answer(new ChatRequest("test", UUID.randomUUID().toString(), "user", question));

        assertThat(answer.answered()).as(answer.text()).isTrue();
        assertThat(answer.citations()).extracting(c -> c.paragraph()).containsExactly(3);
        assertThat(answer.text()).contains("44");
    }
}
