package dev.storybot.core;

/** What kind of reply an {@link Answer} is. */
public enum Outcome {
    /** A grounded answer with at least one citation. */
    ANSWERED,
    /** The story does not cover the question (off-topic, not stated, or an injection attempt). */
    REFUSED,
    /** A greeting or a request for help: a short intro, no citations. */
    SMALL_TALK,
    /** Empty or over-long input: a message saying what is wrong. */
    INVALID_INPUT;

    /** True only for {@link #ANSWERED}. */
    public boolean answered() {
        return this == ANSWERED;
    }
}
