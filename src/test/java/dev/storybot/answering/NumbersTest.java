package dev.storybot.answering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.core.Language;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Computed amounts as a table: as precise as the story's figures (at most two decimals), in each language's style. */
class NumbersTest {

    @ParameterizedTest(name = "{0} {1} ({2}) -> {3}")
    @CsvSource({
        "2.41, billion dollars, EN, 2.41 billion dollars",
        "2.41, billion dollars, ZH, 2.41 billion dollars",
        "2.41, billion dollars, KO, 2.41 billion dollars",
        "39.1, million, EN, 39.1 million",
        "39.1, million, ZH, 3910万",
        "39.1, million, KO, 3910만",
        "1.234, billion dollars, EN, 1.23 billion dollars",
        "25, percent, EN, 25 percentage points",
        "10013, dollars, EN, '10,013 dollars'",
        "10013, dollars, ZH, '10,013 dollars'",
        "10013, dollars, KO, '10,013 dollars'",
        "16996583, '', EN, '16,996,583'",
        "94857.5, '', EN, '94,857.5'",
    })
    void should_keep_the_precision_of_the_figures(String value, String unit, Language language, String formatted) {
        assertThat(Numbers.format(new BigDecimal(value), unit, language)).isEqualTo(formatted);
    }
}
