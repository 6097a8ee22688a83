package dev.storybot.feedback;

import dev.storybot.core.Answer;

/** Durable record of the answers the bot gave and the 👍/👎 votes people cast on them. */
public interface FeedbackStore extends AutoCloseable {

    /**
     * Remembers an answer so that votes on it can be stored with its question, text and mode.
     *
     * @return a short id (at most 32 characters) to put in the vote buttons
     */
    String saveAnswer(String platform, String question, Answer answer);

    /**
     * Stores a vote; a later vote by the same user on the same answer replaces the earlier one.
     *
     * @return false when the answer id is unknown (nothing stored)
     */
    boolean vote(String answerId, String userId, Vote vote);

    /** Counts and the down-voted questions, for {@code storybot feedback}. */
    FeedbackSummary summary();

    @Override
    void close();
}
