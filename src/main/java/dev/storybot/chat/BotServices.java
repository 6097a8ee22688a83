package dev.storybot.chat;

import dev.storybot.core.Answerer;
import dev.storybot.core.RateLimiter;
import dev.storybot.core.StoryBrief;
import dev.storybot.feedback.FeedbackStore;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Everything a chat adapter needs from the rest of the bot, passed in by the composition root.
 *
 * @param answerer     answers questions (retrieval or LLM)
 * @param currentStory the story's title, summary, sources and example questions as they are now (knowledge reloads)
 * @param feedback     stores answers and 👍/👎 votes
 * @param rateLimiter  per-user question allowance
 */
public record BotServices(
        Answerer answerer, Supplier<StoryBrief> currentStory, FeedbackStore feedback, RateLimiter rateLimiter) {

    public BotServices {
        Objects.requireNonNull(currentStory, "currentStory");
    }

    /** Services for a story that does not change while the bot runs. */
    public BotServices(Answerer answerer, StoryBrief story, FeedbackStore feedback, RateLimiter rateLimiter) {
        this(answerer, () -> story, feedback, rateLimiter);
    }

    /** The story as it is now. */
    public StoryBrief story() {
        return currentStory.get();
    }
}
