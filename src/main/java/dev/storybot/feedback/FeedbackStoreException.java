package dev.storybot.feedback;

/** The feedback database could not be opened, read or written; the message is one line fit for the user. */
public final class FeedbackStoreException extends RuntimeException {

    public FeedbackStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
