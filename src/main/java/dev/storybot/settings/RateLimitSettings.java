package dev.storybot.settings;

import dev.storybot.core.RateLimiter;

/**
 * How often one person may ask on Discord or Slack.
 *
 * @param questionsPerUserPerMinute questions one user may ask per minute; past that the bot says so
 */
public record RateLimitSettings(int questionsPerUserPerMinute) {

    /** Enough for a conversation, too few for a script flooding the model. */
    public static final int DEFAULT_QUESTIONS_PER_USER_PER_MINUTE = RateLimiter.DEFAULT_QUESTIONS_PER_MINUTE;

    public RateLimitSettings {
        if (questionsPerUserPerMinute < 1) {
            throw new IllegalArgumentException(
                    "questionsPerUserPerMinute must be positive: " + questionsPerUserPerMinute);
        }
    }
}
