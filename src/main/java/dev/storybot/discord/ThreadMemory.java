package dev.storybot.discord;

import java.util.LinkedHashMap;
import java.util.Map;

/** The threads the bot has answered in, where follow-ups need no mention; bounded, least recently used forgotten. */
final class ThreadMemory {

    /** Threads remembered at most; beyond this the least recently active is forgotten. */
    static final int DEFAULT_MAX_THREADS = 10_000;

    private final Map<String, Boolean> threadIds;

    ThreadMemory(int maxThreads) {
        // access order, so that a lookup keeps an active thread from being forgotten
        this.threadIds = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > maxThreads;
            }
        };
    }

    synchronized void remember(String threadId) {
        threadIds.put(threadId, Boolean.TRUE);
    }

    /** True when the bot answered in the thread and has not forgotten it since. */
    synchronized boolean contains(String threadId) {
        return threadIds.get(threadId) != null;
    }
}
