package dev.storybot.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Text from outside, made safe for one log line. */
class LogSafeTest {

    @Test
    void should_escape_line_breaks_and_control_characters_so_no_line_can_be_forged() {
        String forged = LogSafe.text("x\r\n2026-01-01 ERROR Main - forged\u001b[31m\u202e\u2028\\");

        assertThat(forged).doesNotContain("\n", "\r", "\u001b", "\u202e", "\u2028")
                .isEqualTo("x\\u000d\\u000a2026-01-01 ERROR Main - forged\\u001b[31m\\u202e\\u2028\\u005c");
    }

    @Test
    void should_cut_long_text_short() {
        assertThat(LogSafe.text("a".repeat(1_000))).isEqualTo("a".repeat(LogSafe.MAX_LOGGED_CHARS) + "…");
        assertThat(LogSafe.text("short")).isEqualTo("short");
        assertThat(LogSafe.text(null)).isEqualTo("null");
    }
}
