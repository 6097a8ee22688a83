package dev.storybot.answering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.core.Answer;
import dev.storybot.core.ChatRequest;
import dev.storybot.knowledge.Figure;
import dev.storybot.knowledge.KnowledgeLoader;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Figures counting one thing in different scales ("2.5 million people", "375,000 people") are computed together, the
 * second found in the story when the facts retrieved give only the first; a ratio asked in the asker's own words
 * ("几倍", "몇 배") is computed though the glossary's English loses the cue.
 */
class ScaledFiguresTest {

    private static RetrievalAnswerer bot;

    @BeforeAll
    static void build() {
        bot = RetrievalAnswerer.create(KnowledgeLoader.derive("article.txt", """
                        # Utility cuts power again

                        [1] The utility began cutting power on Wednesday to some 375,000 people in 18 counties.

                        [2] The shutoff would be the latest in a series, including an outage last month that \
                        affected nearly 2.5 million people.
                        """), TestBots.embeddings());
    }

    private static Answer ask(String question) {
        return bot.answer(ChatRequest.of(UUID.randomUUID().toString(), question));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "how many times bigger was last month's outage than this one? | 6.67",
                "上个月的停电是这次的几倍？ | 6.67",
                "지난달 정전은 이번의 몇 배야? | 6.67",
                "how many people in total across both outages? | 2.875 million",
                "两次停电一共影响了多少人？ | 2.875 million",
            })
    void should_compute_with_figures_of_one_unit_in_different_scales(String question, String computed) {
        Answer answer = ask(question);

        assertThat(answer.answered()).isTrue();
        assertThat(answer.text()).contains(computed);
        assertThat(answer.citations()).hasSize(2);
    }

    @Test
    void should_tell_a_scale_word_from_the_unit() {
        Figure millions = new Figure("people", 2.5, "million");
        Figure plain = new Figure("people", 375_000, "");
        Figure dollars = new Figure("cost", 1, "billion dollars");

        assertThat(millions.sameUnitAs(plain)).isTrue();
        assertThat(millions.sameUnitAs(dollars)).isFalse();
        assertThat(dollars.baseUnit()).isEqualTo("dollars");
        assertThat(plain.valueInScaleOf(millions)).isEqualTo(0.375);
        // a price per share beside a revenue in billions counts another thing
        assertThat(new Figure("per share", 2.4, "dollars").sameUnitAs(new Figure("revenue", 124.3, "billion dollars")))
                .isFalse();
    }
}
