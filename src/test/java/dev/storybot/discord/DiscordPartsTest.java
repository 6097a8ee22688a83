package dev.storybot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.feedback.Vote;
import org.junit.jupiter.api.Test;

/** The small pure pieces of the adapter: button ids and mention stripping. */
class DiscordPartsTest {

    @Test
    void should_round_trip_feedback_button_ids() {
        FeedbackButton down = new FeedbackButton("AbC-_123", Vote.DOWN);

        assertThat(down.customId()).isEqualTo("fb:down:AbC-_123");
        assertThat(FeedbackButton.parse(down.customId())).contains(down);
        assertThat(FeedbackButton.parse("fb:up:x")).contains(new FeedbackButton("x", Vote.UP));
    }

    @Test
    void should_reject_malformed_button_ids() {
        assertThat(FeedbackButton.parse(null)).isEmpty();
        assertThat(FeedbackButton.parse("other:up:x")).isEmpty();
        assertThat(FeedbackButton.parse("fb:sideways:x")).isEmpty();
        assertThat(FeedbackButton.parse("fb:up:")).isEmpty();
        assertThat(FeedbackButton.parse("fb:up")).isEmpty();
        assertThat(FeedbackButton.parse("fb:up:" + "x".repeat(100))).isEmpty();
    }

    @Test
    void should_strip_the_bots_mention_from_a_question() {
        assertThat(MessageHandler.stripMention("<@42> how much did it cost?", "42"))
                .isEqualTo("how much did it cost?");
        assertThat(MessageHandler.stripMention("so <@!42>  what now?", "42")).isEqualTo("so what now?");
        assertThat(MessageHandler.stripMention("ask <@7> about it <@42>", "42")).isEqualTo("ask <@7> about it");
        assertThat(MessageHandler.stripMention("<@42>", "42")).isEmpty();
        assertThat(MessageHandler.stripMention("line one\nline two <@42>", "42"))
                .isEqualTo("line one\nline two");
    }
}
