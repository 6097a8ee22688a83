package dev.storybot.state;

/** The shared-state database could not be reached, migrated, read or written; the message is one line for the user. */
public final class StateException extends RuntimeException {

    public StateException(String message, Throwable cause) {
        super(message, cause);
    }
}
