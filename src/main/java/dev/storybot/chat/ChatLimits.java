package dev.storybot.chat;

import java.time.Duration;

/** The size and time bounds of everything the chat adapters remember about recent traffic, in one place. */
public final class ChatLimits {

    /** Deliveries (event ids, message ids) remembered for de-duplication; a burst larger than this is not expected. */
    public static final int MAX_REMEMBERED_DELIVERIES = 10_000;
    /** Slack retries an unacknowledged event for a few minutes; an hour of memory covers every retry. */
    public static final Duration DELIVERY_MEMORY = Duration.ofHours(1);
    /** Threads the bot answered in, remembered so follow-ups there need no mention. */
    public static final int MAX_REMEMBERED_THREADS = 10_000;
    /** A thread without activity for this long needs a new mention. */
    public static final Duration THREAD_MEMORY = Duration.ofDays(7);
    /** Users remembered as already told about the rate limit in the current window (one entry per limited user). */
    public static final int MAX_RATE_LIMITED_USERS = 100_000;

    private ChatLimits() {}
}
