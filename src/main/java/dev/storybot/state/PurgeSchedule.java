package dev.storybot.state;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** Says when a store's periodic purge of old rows is due: at most once per interval, to one caller. */
final class PurgeSchedule {

    private final long intervalMillis;
    private final AtomicLong nextMillis = new AtomicLong(Long.MIN_VALUE);

    PurgeSchedule(Duration interval) {
        this.intervalMillis = interval.toMillis();
    }

    /** True for one caller per interval. */
    boolean due(long nowMillis) {
        long next = nextMillis.get();
        return nowMillis >= next && nextMillis.compareAndSet(next, nowMillis + intervalMillis);
    }
}
