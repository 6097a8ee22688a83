package dev.storybot.slack;

/** Slack could not be started; the message is one line meant for the user, e.g. that the bot token was rejected. */
public final class SlackStartException extends Exception {

    private static final long serialVersionUID = 1L;

    public SlackStartException(String message) {
        super(message);
    }
}
