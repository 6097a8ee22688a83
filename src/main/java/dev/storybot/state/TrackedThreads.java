package dev.storybot.state;

/** Threads the bot answered in, where follow-ups need no mention; forgotten after a while without activity. */
public interface TrackedThreads {

    /** Remembers that the bot answers in {@code threadKey}. */
    void track(String threadKey);

    /** True when {@code threadKey} is remembered; counts as activity in the thread. */
    boolean isTracked(String threadKey);
}
