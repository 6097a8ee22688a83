package dev.storybot.chat;

import java.time.Duration;

/** Every notice the bot shows people in chat, worded once so that Discord and Slack say the same thing. */
public final class ChatTexts {

    /** Told to an asker when every answer worker is taken and the queue is full. */
    public static final String BUSY =
            "Sorry, I'm busy answering other questions right now. Please try again in a minute.";
    /** The answer to a question asked while the bot is stopping. */
    public static final String RESTARTING = "The bot is restarting, please ask again in a minute.";
    /** Told to an asker when answering failed unexpectedly. */
    public static final String FAILURE = "Sorry, something went wrong while answering. Please try again in a moment.";
    /** Told to a voter whose vote was stored. */
    public static final String THANKS = "Thanks for the feedback!";
    /** Told to a voter whose answer the feedback store no longer knows. */
    public static final String VOTE_NOT_ON_RECORD =
            "Sorry, that answer is no longer on record, so the vote was not saved.";
    /** Told to a voter when storing the vote failed. */
    public static final String VOTE_FAILED = "Sorry, your vote could not be saved right now. Please try again later.";
    /** Told to a voter when too many votes wait to be stored. */
    public static final String VOTES_BUSY = "Sorry, too many votes at once; please click again in a moment.";
    /** The acknowledgement of a slash command whose answer follows. */
    public static final String LOOKING_UP = "Looking that up…";
    /** Told to someone who clicked a button the bot no longer understands. */
    public static final String UNKNOWN_BUTTON = "This button is no longer supported.";
    /** Told to someone who used a command the bot does not know. */
    public static final String UNKNOWN_COMMAND = "I do not know that command; try /help.";

    private static final long SECONDS_PER_MINUTE = 60;
    private static final long SECONDS_PER_HOUR = 3_600;

    private ChatTexts() {}

    /** Says what the limit is, e.g. "You can ask up to 10 questions per minute. Please try again shortly." */
    public static String rateLimited(int maxPerWindow, Duration window) {
        return "You can ask up to " + maxPerWindow + (maxPerWindow == 1 ? " question" : " questions") + " per "
                + describe(window) + ". Please try again shortly.";
    }

    /**
     * How to ask with a slash command, e.g. "Ask me about the story, e.g. `/ask When?`. Put `-p` before the question
     * to get an answer only you can see."
     *
     * @param askExample    the command with an example question, already escaped for the platform
     * @param privateSwitch how to make the answer private, e.g. {@code "Put `-p` before the question"}
     */
    public static String usage(String askExample, String privateSwitch) {
        return "Ask me about the story, e.g. `" + askExample + "`. " + privateSwitch
                + " to get an answer only you can see.";
    }

    private static String describe(Duration window) {
        long seconds = window.toSeconds();
        if (seconds % SECONDS_PER_HOUR == 0) {
            return seconds == SECONDS_PER_HOUR ? "hour" : seconds / SECONDS_PER_HOUR + " hours";
        }
        if (seconds % SECONDS_PER_MINUTE == 0) {
            return seconds == SECONDS_PER_MINUTE ? "minute" : seconds / SECONDS_PER_MINUTE + " minutes";
        }
        return seconds == 1 ? "second" : seconds + " seconds";
    }
}
