package dev.storybot.settings;

import java.time.Duration;

/**
 * How {@code serve} runs as a service: where health and metrics listen, how long a stop waits for answers in flight,
 * and how many questions each platform answers at once and keeps waiting.
 *
 * @param httpHost        the interface the health and metrics server binds to
 * @param httpPort        its port; 0 picks a free one
 * @param shutdownTimeout how long a stop waits for answers in flight before closing the connections
 * @param workerThreads   questions answered at the same time, per platform
 * @param workerQueue     questions waiting for a free worker, per platform, before new ones get a "busy" reply
 */
public record OpsSettings(String httpHost, int httpPort, Duration shutdownTimeout, int workerThreads, int workerQueue) {

    /** Health and metrics port when {@link Variable#STORYBOT_HTTP_PORT} is unset. */
    public static final int DEFAULT_HTTP_PORT = 8080;
    /** Loopback: health and metrics are for this host's probes; set all interfaces to expose them on purpose. */
    public static final String DEFAULT_HTTP_HOST = "127.0.0.1";
    /** Default wait for answers in flight on stop; orchestrators usually allow 30 s before killing. */
    public static final int DEFAULT_SHUTDOWN_TIMEOUT_SECONDS = 10;
    /**
     * Default answers generated at once per platform: answering mostly waits on the model's HTTP response, so this is
     * about how many concurrent requests the model endpoint should get, not about CPU cores.
     */
    public static final int DEFAULT_WORKER_THREADS = 32;
    /** Default questions waiting per platform: a burst of this many still gets answered, later than usual. */
    public static final int DEFAULT_WORKER_QUEUE = 1_000;

    /** More threads than this would only queue requests at the model endpoint. */
    static final int MAX_WORKER_THREADS = 1_000;
    /** A longer queue would hold questions for longer than anyone waits for an answer. */
    static final int MAX_WORKER_QUEUE = 100_000;
    /** Orchestrators kill a process long before this. */
    static final int MAX_SHUTDOWN_TIMEOUT_SECONDS = 300;

    public OpsSettings {
        if (httpPort < 0 || httpPort > SettingsReader.MAX_PORT) {
            throw new IllegalArgumentException("httpPort out of range: " + httpPort);
        }
        if (workerThreads < 1 || workerQueue < 1) {
            throw new IllegalArgumentException("worker threads and queue must be positive");
        }
    }

    /** The defaults, with the given port (tests use 0). */
    public static OpsSettings defaults(int httpPort) {
        return new OpsSettings(
                DEFAULT_HTTP_HOST,
                httpPort,
                Duration.ofSeconds(DEFAULT_SHUTDOWN_TIMEOUT_SECONDS),
                DEFAULT_WORKER_THREADS,
                DEFAULT_WORKER_QUEUE);
    }
}
