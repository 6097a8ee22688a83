package dev.storybot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MainTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "                                   | true",
                "chat                               | true",
                "ask --json                         | true",
                "--config storybot.properties serve | true",
                "--config ask.properties            | true",
                "bench --seconds 3                  | true",
                "feedback                           | false",
                "slack-manifest                     | false",
                "discord-invite                     | false",
                "ask --help                         | false",
                "--help                             | false",
                "--version                          | false"
            })
    void should_preload_the_model_only_for_commands_that_answer_questions(String args, boolean expected) {
        String[] words = args == null ? new String[0] : args.trim().split("\\s+");

        assertThat(Main.answersQuestions(words)).isEqualTo(expected);
    }
}
