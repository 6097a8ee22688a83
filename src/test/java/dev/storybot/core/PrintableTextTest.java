package dev.storybot.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PrintableTextTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("plain English stays", "plain English stays"),
                Arguments.of("中文问题保持不变", "中文问题保持不变"),
                Arguments.of("한국어 질문은 그대로", "한국어 질문은 그대로"),
                Arguments.of("clear\u001B[2Jscreen", "clear\\u001b[2Jscreen"),
                Arguments.of("title\u001B]0;pwned\u0007", "title\\u001b]0;pwned\\u0007"),
                Arguments.of("forged\nERROR line", "forged\\u000aERROR line"),
                Arguments.of("c1\u009Bcontrol", "c1\\u009bcontrol"),
                Arguments.of("bidi\u202Eoverride", "bidi\\u202eoverride"),
                Arguments.of("emoji 👍 stays", "emoji 👍 stays"));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void should_escape_control_characters_and_keep_everything_else(String raw, String printed) {
        assertThat(PrintableText.escape(raw)).isEqualTo(printed);
    }

    @Test
    void should_cut_long_text_before_escaping_it() {
        assertThat(PrintableText.escape("abcdef\n", 3)).isEqualTo("abc…");
        assertThat(PrintableText.escape("ab\ncd", 10)).isEqualTo("ab\\u000acd");
    }

    @Test
    void should_print_null_as_a_word() {
        assertThat(PrintableText.escape(null)).isEqualTo("null");
    }
}
