package dev.storybot.answering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.core.Answer;
import dev.storybot.core.ChatRequest;
import dev.storybot.knowledge.Fact;
import dev.storybot.knowledge.KnowledgeBase;
import dev.storybot.knowledge.KnowledgeLoader;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "How long was that" asks a span of time, which a story writes in words ("a three-hour interview"): only a fact
 * naming one answers it, and after an answer naming one it is that answer's span.
 */
class DurationFollowUpTest {

    private static KnowledgeBase knowledge;
    private static RetrievalAnswerer bot;

    @BeforeAll
    static void build() {
        knowledge = KnowledgeLoader.derive("article.txt", """
                        # Painting thief sentenced

                        [1] Omar Vale confessed to the theft in a three-hour interview with the police.

                        [2] His trial in May lasted two days.

                        [3] The museum reopened on Friday, and it now opens twice a year at night.

                        [4] The painting was found a year later in a barn.

                        [5] A 55-year-old guard testified.

                        [6] The museum shop opens two days a week, and children under 5 years of age go free.

                        [7] The painting hangs in the new wing, a gallery 40 metres long.
                        """);
        bot = RetrievalAnswerer.create(knowledge, TestBots.embeddings());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Omar Vale confessed | true",
                "His trial in May | true",
                "The museum reopened | false",
                "The painting was found | true",
                // an age, a rate or a length is no span of time
                "A 55-year-old guard | false",
                "The museum shop | false",
                "The painting hangs | false",
            })
    void should_find_a_span_of_time_written_in_words_but_no_age_or_rate(String quoteStart, boolean gives) {
        Fact fact = knowledge.facts().stream()
                .filter(f -> f.quote().startsWith(quoteStart))
                .findFirst()
                .orElseThrow();

        assertThat(MeasuredDimensions.gives(fact, "duration")).as(fact.quote()).isEqualTo(gives);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // how long a thing is: its length, not a span of time
                "how long is the new wing's gallery? | 40 metres",
                "新展厅的画廊有多长？ | 40 metres",
                "새 전시관 갤러리는 얼마나 길어? | 40 metres",
                // the "long" of "how long" is no word of the question ("a gallery 40 metres long")
                "how long did it take to find the painting? | a year later",
                "找到那幅画花了多久？ | a year later",
                "그림을 찾는 데 얼마나 오래 걸렸어? | a year later",
            })
    void should_answer_how_long_with_what_the_question_asks_the_length_or_span_of(String question, String expected) {
        Answer answer = bot.answer(new ChatRequest("test", UUID.randomUUID().toString(), "user", question));

        assertThat(answer.answered()).as(answer.text()).isTrue();
        assertThat(answer.text()).contains(expected);
    }

    @ParameterizedTest(name = "{0} >> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "did omar vale confess? | how long was that | three-hour",
                "did omar vale confess? | 那持续了多久？ | three-hour",
                "did omar vale confess? | 그건 얼마나 오래 걸렸어? | three-hour",
            })
    void should_answer_how_long_after_an_answer_naming_a_span_with_that_span(
            String first, String second, String expected) {
        java.util.List<Answer> answers = TestBots.answers(bot, first, second);
        Answer opening = answers.get(0);
        Answer followUp = answers.get(1);

        assertThat(opening.text()).contains("three-hour");
        assertThat(followUp.answered()).as(followUp.text()).isTrue();
        assertThat(followUp.text()).contains(expected);
    }
}
