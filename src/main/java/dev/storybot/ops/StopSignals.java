package dev.storybot.ops;

import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns SIGTERM and SIGINT into a graceful stop: the first one calls {@code onStop} instead of the JVM's immediate
 * shutdown (whose exit code would be 143), so that {@code serve} can finish its answers and exit 0; a second one
 * exits at once. Where signals cannot be handled, a shutdown hook calls {@code onStop} and waits for it instead.
 */
public final class StopSignals {

    /** Exit code when a second signal cuts the graceful stop short. */
    public static final int FORCED_EXIT_CODE = 130;

    private static final Logger LOG = LoggerFactory.getLogger(StopSignals.class);

    private StopSignals() {}

    /**
     * Installs the handlers.
     *
     * @param onStop      called once, from a signal thread; must return quickly (e.g. count down a latch)
     * @param stopped     for the shutdown-hook fallback: blocks until the graceful stop is complete
     */
    public static void install(Runnable onStop, Runnable stopped) {
        AtomicInteger signals = new AtomicInteger();
        try {
            for (String name : new String[] {"TERM", "INT"}) {
                sun.misc.Signal.handle(new sun.misc.Signal(name), signal -> {
                    if (signals.incrementAndGet() == 1) {
                        LOG.info("SIG{} received: stopping gracefully (send it again to exit at once)", name);
                        onStop.run();
                    } else {
                        LOG.warn("SIG{} received again: exiting without waiting", name);
                        Runtime.getRuntime().halt(FORCED_EXIT_CODE);
                    }
                });
            }
        } catch (IllegalArgumentException | UnsupportedOperationException | LinkageError e) {
            LOG.debug("cannot handle signals here ({}); stopping from a shutdown hook instead", e.toString());
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(
                            () -> {
                                onStop.run();
                                stopped.run();
                            },
                            "storybot-shutdown"));
        }
    }
}
