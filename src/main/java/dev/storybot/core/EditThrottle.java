package dev.storybot.core;

import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Forwards streamed partial text to a message edit at most once per interval, dropping updates in between.
 *
 * <p>Chat platforms rate-limit message edits (Discord and Slack allow about one a second per message), so the
 * adapters wrap their edit call in this. The final answer is always delivered separately and replaces whatever
 * partial text was shown last.
 */
public final class EditThrottle implements Consumer<String> {

    /** Minimum time between two edits of one message. */
    public static final long DEFAULT_EDIT_INTERVAL_MILLIS = 1_000;

    private final Consumer<String> edit;
    private final long intervalMillis;
    private final LongSupplier clockMillis;
    private long lastEditMillis = Long.MIN_VALUE;

    public EditThrottle(Consumer<String> edit, long intervalMillis, LongSupplier clockMillis) {
        this.edit = edit;
        this.intervalMillis = intervalMillis;
        this.clockMillis = clockMillis;
    }

    /** A throttle on the system clock with the default interval. */
    public static EditThrottle perSecond(Consumer<String> edit) {
        return new EditThrottle(edit, DEFAULT_EDIT_INTERVAL_MILLIS, System::currentTimeMillis);
    }

    @Override
    public synchronized void accept(String partialText) {
        long now = clockMillis.getAsLong();
        if (lastEditMillis != Long.MIN_VALUE && now - lastEditMillis < intervalMillis) {
            return;
        }
        lastEditMillis = now;
        edit.accept(partialText);
    }
}
