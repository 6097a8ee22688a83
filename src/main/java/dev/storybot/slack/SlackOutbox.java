package dev.storybot.slack;

import java.util.Optional;

/** Sends messages to Slack; every call reports failure in its result (already logged) instead of throwing. */
interface SlackOutbox {

    /** Who sees a response sent through a {@code response_url}. */
    enum Visibility {
        /** Everyone in the channel. */
        IN_CHANNEL,
        /** Only the user who triggered it. */
        EPHEMERAL
    }

    /**
     * Posts a message ({@code chat.postMessage}).
     *
     * @param threadTs the thread to reply in, or null for a top-level message
     * @return the new message's ts, or empty when Slack refused or could not be reached
     */
    Optional<String> post(String channel, String threadTs, SlackMessage message);

    /**
     * Posts a message only {@code user} can see ({@code chat.postEphemeral}); false when that failed.
     *
     * @param threadTs the thread to show it in, or null for the channel itself
     */
    boolean postEphemeral(String channel, String user, String threadTs, SlackMessage message);

    /** Replaces a message's text and blocks ({@code chat.update}); false when that failed. */
    boolean update(String channel, String ts, SlackMessage message);

    /** Sends a message through a {@code response_url} from a slash command or button click; false when that failed. */
    boolean respond(String responseUrl, SlackMessage message, Visibility visibility);
}
