package dev.storybot.core;

import java.util.Objects;

/**
 * A question from one person on one platform, independent of Discord, Slack or the console.
 *
 * @param platform       where the question came from, e.g. {@code "discord"}, {@code "slack"}, {@code "cli"}
 * @param conversationId the thread, DM channel or console session that follow-ups share; never null
 * @param userId         the asker's platform id, used for rate limits and feedback; never null
 * @param text           the question exactly as typed (mentions already stripped by the adapter); may be blank
 */
public record ChatRequest(String platform, String conversationId, String userId, String text) {

    public ChatRequest {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(userId, "userId");
        text = text == null ? "" : text;
    }

    /** A one-off question with no conversation to continue. */
    public static ChatRequest of(String platform, String text) {
        return new ChatRequest(platform, "single-" + java.util.UUID.randomUUID(), "anonymous", text);
    }
}
