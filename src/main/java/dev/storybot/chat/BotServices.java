package dev.storybot.chat;

import dev.storybot.core.Answerer;
import dev.storybot.core.RateLimiter;
import dev.storybot.core.StoryBrief;
import dev.storybot.feedback.FeedbackStore;

/**
 * Everything a chat adapter needs from the rest of the bot, passed in by the composition root.
 *
 * @param answerer    answers questions (retrieval or LLM)
 * @param story       the story's title, summary, sources and example questions
 * @param feedback    stores answers and 👍/👎 votes
 * @param rateLimiter per-user question allowance
 */
public record BotServices(Answerer answerer, StoryBrief story, FeedbackStore feedback, RateLimiter rateLimiter) {}
