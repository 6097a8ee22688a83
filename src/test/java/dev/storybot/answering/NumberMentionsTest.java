package dev.storybot.answering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.knowledge.Certainty;
import dev.storybot.knowledge.Fact;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberMentionsTest {

    private static final Fact FACT = new Fact(
            "share",
            4,
            "The share of models based on Meta dropped to 15%, while Qwen reached 385.3 million.",
            "The share of models based on Meta dropped to 15%, while Qwen reached 385.3 million.",
            "the article",
            Certainty.STATED,
            null,
            null,
            null,
            null,
            null,
            null,
            null);

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "wait the 15% number, 15% of what exactly | true",
                "385,3 millones de descargas de qué? | true",
                "15%是指什么的比例？ | true",
                "15%는 뭐의 비율이야? | true",
                "give me 3 bullet points | false",
                "what happened in 2023 | false",
            })
    void should_point_at_the_facts_that_give_a_quoted_number(String question, boolean points) {
        Set<String> numbers = NumberMentions.in(question);

        assertThat(NumberMentions.shares(FACT, numbers)).isEqualTo(points);
    }
}
