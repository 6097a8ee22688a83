package dev.storybot.chat;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.storybot.state.EventClaims;
import dev.storybot.state.TrackedThreads;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A bounded, thread-safe memory of recently seen keys (event ids, threads the bot answered in, users already told
 * about the rate limit): keys are forgotten after their time to live, and the least valuable once there are too many.
 */
public final class RecentKeys implements EventClaims, TrackedThreads {

    private final Cache<String, Boolean> keys;

    private RecentKeys(Cache<String, Boolean> keys) {
        this.keys = keys;
    }

    /** Deliveries seen, for de-duplicating retries: {@link ChatLimits#DELIVERY_MEMORY} after first seen. */
    public static RecentKeys deliveries(Clock clock) {
        return afterWrite(ChatLimits.MAX_REMEMBERED_DELIVERIES, ChatLimits.DELIVERY_MEMORY, clock);
    }

    /** Threads the bot answered in: forgotten {@link ChatLimits#THREAD_MEMORY} after their last activity. */
    public static RecentKeys threads(Clock clock) {
        return new RecentKeys(builder(ChatLimits.MAX_REMEMBERED_THREADS, clock)
                .expireAfterAccess(ChatLimits.THREAD_MEMORY)
                .build());
    }

    /** Keys forgotten {@code ttl} after they were first added, at most {@code maxKeys} of them. */
    public static RecentKeys afterWrite(int maxKeys, Duration ttl, Clock clock) {
        return new RecentKeys(builder(maxKeys, clock).expireAfterWrite(ttl).build());
    }

    /** Remembers {@code key}; true when it was not already remembered (i.e. the caller is the first to see it). */
    public boolean add(String key) {
        return keys.asMap().putIfAbsent(key, Boolean.TRUE) == null;
    }

    /** Same as {@link #add}: the first caller in this process wins. */
    @Override
    public boolean claim(String key) {
        return add(key);
    }

    /** Same as {@link #add}. */
    @Override
    public void track(String threadKey) {
        add(threadKey);
    }

    /** Same as {@link #contains}. */
    @Override
    public boolean isTracked(String threadKey) {
        return contains(threadKey);
    }

    /** True when {@code key} is remembered and has not expired; counts as activity for {@link #threads}. */
    public boolean contains(String key) {
        return keys.getIfPresent(key) != null;
    }

    /** How many keys are remembered now. */
    public long size() {
        keys.cleanUp();
        return keys.estimatedSize();
    }

    private static Caffeine<Object, Object> builder(int maxKeys, Clock clock) {
        if (maxKeys < 1) {
            throw new IllegalArgumentException("maxKeys must be at least 1, was " + maxKeys);
        }
        Ticker ticker = () -> TimeUnit.MILLISECONDS.toNanos(clock.millis());
        // upkeep on the caller's thread: the maps are small, and eviction stays in step with the clock
        return Caffeine.newBuilder().maximumSize(maxKeys).ticker(ticker).executor(Runnable::run);
    }
}
