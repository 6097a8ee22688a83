package dev.storybot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The notices both platforms show. */
class ChatTextsTest {

    @Test
    void should_state_the_rate_limit_in_the_notice() {
        assertThat(ChatTexts.rateLimited(10, Duration.ofMinutes(1)))
                .isEqualTo("You can ask up to 10 questions per minute. Please try again shortly.");
        assertThat(ChatTexts.rateLimited(1, Duration.ofMinutes(1))).contains("1 question per minute");
        assertThat(ChatTexts.rateLimited(5, Duration.ofSeconds(30))).contains("5 questions per 30 seconds");
        assertThat(ChatTexts.rateLimited(20, Duration.ofHours(2))).contains("20 questions per 2 hours");
    }

    @Test
    void should_name_the_command_and_the_private_switch_in_the_usage() {
        assertThat(ChatTexts.usage("/ask When was the vote?", "Put `-p` before the question"))
                .isEqualTo(
                        "Ask me about the story, e.g. `/ask When was the vote?`. Put `-p` before the question to get an "
                                + "answer only you can see.");
    }
}
