package dev.storybot.chat;

/**
 * The one scheme for conversation ids, which decide whose earlier questions a follow-up sees. Every id starts with
 * the platform name, then the platform's channel id (a DM is a channel too):
 *
 * <ul>
 *   <li>{@code <platform>:<channel>}: everyone in a Discord channel or thread, or one DM;</li>
 *   <li>{@code <platform>:<channel>:<thread>}: everyone in a Slack thread;</li>
 *   <li>{@code <platform>:<channel>:ask:<user>}: one user's visible slash-command questions in a channel;</li>
 *   <li>{@code <platform>:<channel>:private:<user>}: one user's private questions in a channel, never shared.</li>
 * </ul>
 */
public final class ConversationIds {

    private ConversationIds() {}

    /** Shared by everyone in a channel, a Discord thread (which is a channel) or a DM. */
    public static String channel(String platform, String channelId) {
        return platform + ":" + channelId;
    }

    /** Shared by everyone in a thread of a channel (Slack's threads are not channels). */
    public static String thread(String platform, String channelId, String threadId) {
        return platform + ":" + channelId + ":" + threadId;
    }

    /** One user's visible slash-command questions in a channel. */
    public static String command(String platform, String channelId, String userId) {
        return platform + ":" + channelId + ":ask:" + userId;
    }

    /** One user's private questions in a channel: nobody else's questions or answers ever share it. */
    public static String privately(String platform, String channelId, String userId) {
        return platform + ":" + channelId + ":private:" + userId;
    }
}
