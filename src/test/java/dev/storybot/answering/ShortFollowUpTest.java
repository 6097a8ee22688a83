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
 * A follow-up of a few words that finds nothing on its own words goes on from the previous question, unless it names a
 * subject of its own and going on would only repeat the last answer.
 */
class ShortFollowUpTest {

    private static RetrievalAnswerer bot;

    @BeforeAll
    static void build() {
        bot = RetrievalAnswerer.create(KnowledgeLoader.derive("article.txt", """
                        # A ferryman's winter

                        [1] The ferryman first felt tired in November, and his doctor sent him home to rest.

                        [2] By December his cough had worsened, to the point where he could no longer row across the bay.

                        [3] The harbour council later bought the town a second ferry for $2 million.
                        """), TestBots.embeddings());
    }

    @ParameterizedTest(name = "{0} >> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "in which month did his cough get worse? | and how bad was it? | row",
                "¿en qué mes empeoró su tos? | ¿y qué tan mal estaba? | row",
                "他的咳嗽在哪个月加重了？ | 有多严重？ | row"
            })
    void should_answer_a_short_follow_up_from_the_previous_question(String first, String second, String expected) {
        String conversation = UUID.randomUUID().toString();
        Answer opening = bot.answer(new ChatRequest("test", conversation, "user", first.strip()));
        Answer followUp = bot.answer(new ChatRequest("test", conversation, "user", second.strip()));

        assertThat(opening.answered()).as(opening.text()).isTrue();
        assertThat(followUp.answered()).as(followUp.text()).isTrue();
        assertThat(followUp.text()).contains(expected);
        assertThat(followUp.citations()).extracting(c -> c.paragraph()).containsExactly(2);
    }

    @ParameterizedTest(name = "{0} >> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "in which month did his cough get worse? | what's the boat called",
                "in which month did his cough get worse? | who's the ferryman's wife",
                "in which month did his cough get worse? | what's the doctor's name",
            })
    void should_refuse_a_short_question_of_its_own_rather_than_repeat_the_last_answer(String first, String second) {
        String conversation = UUID.randomUUID().toString();
        Answer opening = bot.answer(new ChatRequest("test", conversation, "user", first.strip()));
        Answer next = bot.answer(new ChatRequest("test", conversation, "user", second.strip()));

        assertThat(opening.answered()).as(opening.text()).isTrue();
        assertThat(next.answered()).as(next.text()).isFalse();
    }
}
