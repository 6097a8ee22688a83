package dev.storybot.feedback;

import java.util.List;

/**
 * Totals of the stored votes.
 *
 * @param answers     answers stored
 * @param up          answers whose latest vote per user is 👍, counted per (answer, user)
 * @param down        the same for 👎
 * @param downVoted   the down-voted answers, newest first
 */
public record FeedbackSummary(int answers, int up, int down, List<DownVoted> downVoted) {

    /**
     * One down-voted answer.
     *
     * @param platform where it was asked
     * @param question the question as asked
     * @param answer   the answer text given
     * @param mode     retrieval or llm
     * @param votes    how many users voted it down
     */
    public record DownVoted(String platform, String question, String answer, String mode, int votes) {}
}
