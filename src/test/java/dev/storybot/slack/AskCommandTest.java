package dev.storybot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Parsing the text after /ask. */
class AskCommandTest {

    @ParameterizedTest(name = "''{0}'' -> ''{1}'', private={2}")
    @DisplayName("a leading -p or --private makes the answer private; anything else is the question")
    @CsvSource(
            delimiter = '|',
            value = {
                "when was the vote?|when was the vote?|false",
                "-p when was the vote?|when was the vote?|true",
                "--private   who won?|who won?|true",
                "-P who won?|who won?|true",
                "private jets?|private jets?|false",
                "who won -p|who won -p|false",
                "-p|''|true",
                "'  '|''|false",
            })
    void should_split_switch_and_question(String text, String question, boolean privately) {
        assertThat(AskCommand.parse(text)).isEqualTo(new AskCommand(question, privately));
    }
}
