package dev.storybot.slack;

import dev.storybot.core.Answer;
import dev.storybot.feedback.FeedbackStore;
import dev.storybot.feedback.FeedbackStoreException;
import dev.storybot.feedback.FeedbackSummary;
import dev.storybot.feedback.Vote;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

/** An in-memory {@link FeedbackStore} that records saved answers and votes for assertions. */
final class RecordingFeedbackStore implements FeedbackStore {

    /** One stored answer. */
    record Saved(String id, String platform, String question, Answer answer) {}

    /** One vote call. */
    record Cast(String answerId, String userId, Vote vote) {}

    final Map<String, Saved> saved = new ConcurrentHashMap<>();
    final BlockingQueue<Cast> votes = new LinkedBlockingQueue<>();
    private final AtomicInteger ids = new AtomicInteger();
    private volatile boolean failVotes;

    /** From now on, every vote fails as if the database were unavailable (or succeeds again with false). */
    void failVotes(boolean fail) {
        failVotes = fail;
    }

    @Override
    public String saveAnswer(String platform, String question, Answer answer) {
        String id = "ans-" + ids.incrementAndGet();
        saved.put(id, new Saved(id, platform, question, answer));
        return id;
    }

    @Override
    public boolean vote(String answerId, String userId, Vote vote) {
        if (failVotes) {
            throw new FeedbackStoreException("database unavailable", null);
        }
        votes.add(new Cast(answerId, userId, vote));
        return saved.containsKey(answerId);
    }

    @Override
    public FeedbackSummary summary() {
        int up = (int) votes.stream().filter(cast -> cast.vote() == Vote.UP).count();
        return new FeedbackSummary(saved.size(), up, votes.size() - up, List.of());
    }

    @Override
    public void close() {}
}
