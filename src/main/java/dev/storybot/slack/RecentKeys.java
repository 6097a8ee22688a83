package dev.storybot.slack;

import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A bounded, thread-safe memory of recently seen keys (event ids, threads the bot answered in): the oldest entries
 * are forgotten once there are too many or they are older than the time to live.
 */
final class RecentKeys {

    private final int maxEntries;
    private final long ttlMillis;
    private final Clock clock;
    private final LinkedHashMap<String, Long> seenAtMillis = new LinkedHashMap<>();

    RecentKeys(int maxEntries, Duration ttl, Clock clock) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be at least 1, was " + maxEntries);
        }
        this.maxEntries = maxEntries;
        this.ttlMillis = ttl.toMillis();
        this.clock = clock;
    }

    /** Remembers {@code key}; true when it was not already remembered (i.e. the caller is the first to see it). */
    synchronized boolean add(String key) {
        long now = clock.millis();
        evictExpired(now);
        if (seenAtMillis.containsKey(key)) {
            return false;
        }
        seenAtMillis.put(key, now);
        if (seenAtMillis.size() > maxEntries) {
            Iterator<String> oldest = seenAtMillis.keySet().iterator();
            oldest.next();
            oldest.remove();
        }
        return true;
    }

    /** True when {@code key} is remembered and has not expired. */
    synchronized boolean contains(String key) {
        evictExpired(clock.millis());
        return seenAtMillis.containsKey(key);
    }

    /** How many keys are remembered now. */
    synchronized int size() {
        evictExpired(clock.millis());
        return seenAtMillis.size();
    }

    private void evictExpired(long now) {
        Iterator<Map.Entry<String, Long>> entries = seenAtMillis.entrySet().iterator();
        while (entries.hasNext()) {
            if (now - entries.next().getValue() < ttlMillis) {
                return; // insertion order: the rest are newer
            }
            entries.remove();
        }
    }
}
