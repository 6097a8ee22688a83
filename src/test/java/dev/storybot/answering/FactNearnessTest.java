package dev.storybot.answering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** In a conversation a fact's support grows when it comes from a paragraph beside the last answer's, not from its own. */
class FactNearnessTest {

    @ParameterizedTest(name = "paragraph {0} after an answer from {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "4 | 4     | NONE",
                "4 | 1 4   | NONE",
                "4 | 3 4   | NONE",
                "3 | 4     | NEXT",
                "5 | 4     | NEXT",
                "2 | 4     | NONE",
                "9 | 1 4   | NONE",
                "1 | ''    | NONE",
            })
    void should_weigh_a_fact_by_its_distance_from_the_last_answer(int paragraph, String last, String expected) {
        Set<Integer> lastParagraphs = Arrays.stream(last.split(" "))
                .filter(s -> !s.isBlank())
                .map(Integer::valueOf)
                .collect(Collectors.toSet());

        double weight = FactSelector.nearness(paragraph, lastParagraphs);

        double want = switch (expected) {
            case "NEXT" -> FactSelector.NEXT_PARAGRAPH_WEIGHT;
            default -> 1.0;
        };
        assertThat(weight).isEqualTo(want);
        assertThat(FactSelector.NEXT_PARAGRAPH_WEIGHT).isGreaterThan(1.0);
    }
}
