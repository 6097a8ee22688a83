package dev.storybot.answering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.core.Answer;
import dev.storybot.core.ChatRequest;
import dev.storybot.knowledge.KnowledgeBase;
import dev.storybot.knowledge.KnowledgeLoader;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "How much older is A than B" compares two measures of one dimension: the difference of the two figures the story
 * gives of it, in whichever sentences, however each is written ("an 8-year-old", "Ann Lee, 51,").
 */
class ComparedMeasuresTest {

    private static KnowledgeBase story;
    private static KnowledgeBase oneAge;
    private static RetrievalAnswerer bot;

    @BeforeAll
    static void build() {
        story = KnowledgeLoader.derive("article.txt", """
                        # A boy is found safe

                        [1] Police found a 9-year-old boy safe on Sunday, a day after he went missing from a park.

                        [2] A jury convicted Ann Lee, 52, of taking the child, after a trial lasting three days.

                        [3] Officers searched 14 homes before a neighbor called with a tip.
                        """);
        oneAge = KnowledgeLoader.derive("article.txt", """
                        # A mayor retires

                        [1] Mayor Tom Reed, 67, retired on Monday after 12 years in office.
                        """);
        bot = RetrievalAnswerer.create(story, TestBots.embeddings());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "how much older is ann lee than the boy | age",
                "how many years younger is the kid than lee? | age",
                "whats the age gap between them | age",
                "安妮比那个男孩大几岁？ | age",
                "两个人年龄差多少 | age",
                "앤 리는 그 아이보다 몇 살 더 많아? | age",
                "둘이 나이 차이가 얼마나 나? | age",
                // a measure asked, not compared; a comparison of what the story gives no two measures of
                "how old is ann lee | -",
                "他几岁？ | -",
                "how much faster was the search than the trial | -",
            })
    void should_read_which_dimension_a_question_compares(String question, String dimension) {
        assertThat(MeasuredDimensions.compared(question, story.facts())).isEqualTo(Optional.ofNullable(dimension));
    }

    @Test
    void should_compare_only_a_dimension_the_story_gives_two_measures_of() {
        assertThat(MeasuredDimensions.compared("how much older is reed than his deputy", oneAge.facts()))
                .isEmpty();
    }

    @Test
    void should_read_ages_written_either_way_in_one_unit() {
        List<String> units = story.facts().stream()
                .flatMap(f -> f.figures().stream())
                .filter(f -> f.value() == 9 || f.value() == 52)
                .map(dev.storybot.knowledge.Figure::unit)
                .toList();

        assertThat(units).containsExactly("years old", "years old");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "how much older is ann lee than the boy",
                "how many yrs older is lee than the kid she took",
            })
    void should_answer_with_the_difference_of_the_two_ages_in_years(String question) {
        Answer answer = bot.answer(new ChatRequest("test", UUID.randomUUID().toString(), "u", question));

        assertThat(answer.text()).contains("43 years").doesNotContain("years old");
        assertThat(answer.citations())
                .extracting(dev.storybot.core.Citation::paragraph)
                .contains(1, 2);
    }
}
