package dev.storybot.state;

import java.time.Duration;

/** Per-user question allowances counted in windows every replica shares. */
public interface SharedRateLimits {

    /**
     * Counts an attempt by {@code key} at {@code nowMillis} and says whether it is within {@code maxPerWindow} for the
     * window of length {@code window} that holds that instant; refused attempts are not counted.
     */
    boolean tryAcquire(String key, int maxPerWindow, Duration window, long nowMillis);
}
