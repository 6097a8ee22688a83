package dev.storybot.feedback;

/** A user's verdict on one answer. */
public enum Vote {
    UP,
    DOWN
}
