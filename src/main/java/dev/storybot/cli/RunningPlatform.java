package dev.storybot.cli;

import java.util.function.BooleanSupplier;

/**
 * A chat platform connection that {@code serve} started, as health checks and shutdown see it.
 *
 * @param name      e.g. "discord", "slack-socket-mode", "slack-http"
 * @param connected whether it is connected right now
 * @param closer    disconnects it
 */
public record RunningPlatform(String name, BooleanSupplier connected, AutoCloseable closer) {

    /** Disconnects, logging rather than throwing on failure. */
    public void close() {
        try {
            closer.close();
        } catch (Exception e) {
            org.slf4j.LoggerFactory.getLogger(RunningPlatform.class).warn("closing {} failed", name, e);
        }
    }
}
