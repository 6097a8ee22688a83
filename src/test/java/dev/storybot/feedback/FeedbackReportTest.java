package dev.storybot.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FeedbackReportTest {

    @Test
    void should_print_totals_and_the_down_voted_questions() {
        FeedbackSummary summary = new FeedbackSummary(
                3,
                2,
                1,
                List.of(new FeedbackSummary.DownVoted(
                        "discord", "How much did it cost?", "It cost\n210 million.", "llm", 1)));

        assertThat(FeedbackReport.format(summary)).isEqualTo("""
            Feedback: 3 answers stored, 2 up-votes, 1 down-vote (latest vote per person and answer).

            Down-voted answers, newest first:
            1. [discord, llm] 1 down-vote
               Q: How much did it cost?
               A: It cost 210 million.
            """);
    }

    @Test
    void should_say_when_nothing_was_down_voted() {
        assertThat(FeedbackReport.format(new FeedbackSummary(0, 0, 0, List.of())))
                .isEqualTo("Feedback: 0 answers stored, 0 up-votes, 0 down-votes (latest vote per person and answer)."
                        + "\n\nNo down-voted answers yet.\n");
    }

    @Test
    void should_shorten_long_answers_and_count_unlisted_items() {
        FeedbackSummary.DownVoted item = new FeedbackSummary.DownVoted("slack", "Q?", "a".repeat(500), "retrieval", 2);
        FeedbackSummary summary = new FeedbackSummary(3, 0, 6, List.of(item, item, item));

        String report = FeedbackReport.format(summary, 1);

        assertThat(report)
                .contains("1. [slack, retrieval] 2 down-votes", "A: " + "a".repeat(199) + "…\n", "... and 2 more.");
        assertThat(report).doesNotContain("2. [");
    }

    @Test
    void should_escape_control_characters_in_stored_questions_and_answers() {
        FeedbackSummary summary = new FeedbackSummary(
                1,
                0,
                1,
                List.of(new FeedbackSummary.DownVoted(
                        "slack", "clear\u001B[2J\u001B]0;pwned\u0007?", "answer\u009B31m", "retrieval", 1)));

        String report = FeedbackReport.format(summary);

        assertThat(report)
                .doesNotContain("\u001B")
                .doesNotContain("\u0007")
                .doesNotContain("\u009B")
                .contains("Q: clear\\u001b[2J\\u001b]0;pwned\\u0007?")
                .contains("A: answer\\u009b31m");
    }
}
