package dev.storybot.core;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Limit on how many questions one user may ask per window: a sliding window in this process, or windows that
 * several processes share through a {@link Backend}.
 */
public final class RateLimiter {

    /** Counts attempts somewhere other processes see them too (e.g. a shared database). */
    @FunctionalInterface
    public interface Backend {

        /** Counts an attempt by {@code key} and says whether it is within {@code maxPerWindow} per {@code window}. */
        boolean tryAcquire(String key, int maxPerWindow, Duration window, long nowMillis);
    }

    /** Default allowance: questions per user per minute. */
    public static final int DEFAULT_QUESTIONS_PER_MINUTE = 10;
    /** How often (in attempts) users idle for a whole window are forgotten. */
    static final int PRUNE_EVERY_ATTEMPTS = 1_000;

    private final int maxPerWindow;
    private final Duration window;
    private final Clock clock;
    private final Consumer<String> onLimited;
    private final Backend backend;
    private final ConcurrentHashMap<String, Deque<Long>> history = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong attempts = new java.util.concurrent.atomic.AtomicLong();

    public RateLimiter(int maxPerWindow, Duration window, Clock clock) {
        this(maxPerWindow, window, clock, key -> {});
    }

    /**
     * A limiter that also tells {@code onLimited} the key of every attempt it turns away (e.g. to count them in
     * metrics); the listener must be quick and must not throw.
     */
    public RateLimiter(int maxPerWindow, Duration window, Clock clock, Consumer<String> onLimited) {
        this(maxPerWindow, window, clock, onLimited, null);
    }

    /**
     * A limiter whose attempts are counted by {@code backend} (null: in this process), reporting each refused key to
     * {@code onLimited}.
     */
    public RateLimiter(int maxPerWindow, Duration window, Clock clock, Consumer<String> onLimited, Backend backend) {
        if (maxPerWindow < 1) {
            throw new IllegalArgumentException("maxPerWindow must be at least 1, was " + maxPerWindow);
        }
        this.maxPerWindow = maxPerWindow;
        this.window = window;
        this.clock = clock;
        this.onLimited = Objects.requireNonNull(onLimited, "onLimited");
        this.backend = backend;
    }

    /** A limiter allowing {@code questionsPerMinute} per user on the system clock. */
    public static RateLimiter perMinute(int questionsPerMinute) {
        return new RateLimiter(questionsPerMinute, Duration.ofMinutes(1), Clock.systemUTC());
    }

    /** A limiter allowing {@code questionsPerMinute} per user, counted by {@code backend}, reporting refusals. */
    public static RateLimiter perMinute(int questionsPerMinute, Consumer<String> onLimited, Backend backend) {
        return new RateLimiter(questionsPerMinute, Duration.ofMinutes(1), Clock.systemUTC(), onLimited, backend);
    }

    /** A limiter allowing {@code questionsPerMinute} per user that reports each refused key to {@code onLimited}. */
    public static RateLimiter perMinute(int questionsPerMinute, Consumer<String> onLimited) {
        return new RateLimiter(questionsPerMinute, Duration.ofMinutes(1), Clock.systemUTC(), onLimited);
    }

    /** Records an attempt by {@code key} (platform + user) and says whether it is within the limit. */
    public boolean tryAcquire(String key) {
        long now = clock.millis();
        if (backend != null) {
            boolean allowed = backend.tryAcquire(key, maxPerWindow, window, now);
            if (!allowed) {
                onLimited.accept(key);
            }
            return allowed;
        }
        long oldest = now - window.toMillis();
        if (attempts.incrementAndGet() % PRUNE_EVERY_ATTEMPTS == 0) {
            forgetIdleUsers(oldest);
        }
        Deque<Long> times = history.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst() <= oldest) {
                times.pollFirst();
            }
            if (times.size() < maxPerWindow) {
                times.addLast(now);
                return true;
            }
        }
        onLimited.accept(key);
        return false;
    }

    /** Drops users with no attempt inside the window, so that memory follows active users, not all users ever seen. */
    private void forgetIdleUsers(long oldest) {
        history.forEach((key, times) -> {
            synchronized (times) {
                if (times.isEmpty() || times.peekLast() <= oldest) {
                    history.remove(key, times);
                }
            }
        });
    }

    /** Users tracked right now (for tests and metrics). */
    public int trackedUsers() {
        return history.size();
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
