package dev.storybot.core;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ConcurrentHashMap;

/** Sliding-window limit on how many questions one user may ask per window. */
public final class RateLimiter {

    /** Default allowance: questions per user per minute. */
    public static final int DEFAULT_QUESTIONS_PER_MINUTE = 10;

    private final int maxPerWindow;
    private final Duration window;
    private final Clock clock;
    private final ConcurrentHashMap<String, Deque<Long>> history = new ConcurrentHashMap<>();

    public RateLimiter(int maxPerWindow, Duration window, Clock clock) {
        if (maxPerWindow < 1) {
            throw new IllegalArgumentException("maxPerWindow must be at least 1, was " + maxPerWindow);
        }
        this.maxPerWindow = maxPerWindow;
        this.window = window;
        this.clock = clock;
    }

    /** A limiter allowing {@code questionsPerMinute} per user on the system clock. */
    public static RateLimiter perMinute(int questionsPerMinute) {
        return new RateLimiter(questionsPerMinute, Duration.ofMinutes(1), Clock.systemUTC());
    }

    /** Records an attempt by {@code key} (platform + user) and says whether it is within the limit. */
    public boolean tryAcquire(String key) {
        long now = clock.millis();
        long oldest = now - window.toMillis();
        Deque<Long> times = history.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst() <= oldest) {
                times.pollFirst();
            }
            if (times.size() >= maxPerWindow) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }

    /** The configured allowance, for telling the user what the limit is. */
    public int maxPerWindow() {
        return maxPerWindow;
    }

    /** The window length, for telling the user when to retry. */
    public Duration window() {
        return window;
    }
}
