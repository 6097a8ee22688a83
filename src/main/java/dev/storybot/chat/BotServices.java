package dev.storybot.chat;

import dev.storybot.core.Answerer;
import dev.storybot.core.RateLimiter;
import dev.storybot.core.StoryBrief;
import dev.storybot.feedback.FeedbackStore;
import dev.storybot.state.SharedState;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Everything a chat adapter needs from the rest of the bot, passed in by the composition root.
 *
 * @param answerer     answers questions (retrieval or LLM)
 * @param currentStory the story's title, summary, sources and example questions as they are now (knowledge reloads)
 * @param feedback     stores answers and 👍/👎 votes
 * @param rateLimiter  per-user question allowance
 * @param shared       delivery claims and tracked threads that replicas share; empty: each adapter keeps its own in
 *                     memory
 */
public record BotServices(
        Answerer answerer,
        Supplier<StoryBrief> currentStory,
        FeedbackStore feedback,
        RateLimiter rateLimiter,
        Optional<SharedState> shared) {

    public BotServices {
        Objects.requireNonNull(currentStory, "currentStory");
        Objects.requireNonNull(shared, "shared");
    }

    /** Services for a single process with a story that does not change while the bot runs. */
    public BotServices(Answerer answerer, StoryBrief story, FeedbackStore feedback, RateLimiter rateLimiter) {
        this(answerer, () -> story, feedback, rateLimiter, Optional.empty());
    }

    /** Services for a single process: adapters keep delivery claims and threads in memory. */
    public BotServices(
            Answerer answerer, Supplier<StoryBrief> currentStory, FeedbackStore feedback, RateLimiter rateLimiter) {
        this(answerer, currentStory, feedback, rateLimiter, Optional.empty());
    }

    /** Services with a story that does not change while the bot runs. */
    public BotServices(
            Answerer answerer,
            StoryBrief story,
            FeedbackStore feedback,
            RateLimiter rateLimiter,
            Optional<SharedState> shared) {
        this(answerer, () -> story, feedback, rateLimiter, shared);
    }

    /** The story as it is now. */
    public StoryBrief story() {
        return currentStory.get();
    }
}
