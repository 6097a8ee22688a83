package dev.storybot.discord;

import dev.storybot.core.Answer;
import dev.storybot.feedback.FeedbackStore;
import dev.storybot.feedback.FeedbackSummary;
import dev.storybot.feedback.Vote;

/** A real {@link FeedbackStore} with hooks that run just before and just after each vote is stored. */
final class HookedVotes implements FeedbackStore {

    private final FeedbackStore store;
    private volatile Runnable before = () -> {};
    private volatile Runnable after = () -> {};

    HookedVotes(FeedbackStore store) {
        this.store = store;
    }

    void beforeEachVote(Runnable hook) {
        before = hook;
    }

    void afterEachVote(Runnable hook) {
        after = hook;
    }

    @Override
    public String saveAnswer(String platform, String question, Answer answer) {
        return store.saveAnswer(platform, question, answer);
    }

    @Override
    public boolean vote(String answerId, String userId, Vote vote) {
        before.run();
        boolean stored = store.vote(answerId, userId, vote);
        after.run();
        return stored;
    }

    @Override
    public FeedbackSummary summary() {
        return store.summary();
    }

    @Override
    public void close() {
        store.close();
    }
}
