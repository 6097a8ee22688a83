package dev.storybot.ops;

import java.time.Duration;
import java.util.Map;

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
public record OpsSettings(String httpHost, int httpPort, Duration shutdownTimeout, int workerThreads,
                          int workerQueue) {

    /** Health and metrics port. */
    public static final String HTTP_PORT_ENV = "STORYBOT_HTTP_PORT";
    /** Health and metrics bind address. */
    public static final String HTTP_HOST_ENV = "STORYBOT_HTTP_HOST";
    /** Seconds a stop waits for answers in flight. */
    public static final String SHUTDOWN_TIMEOUT_ENV = "STORYBOT_SHUTDOWN_TIMEOUT_SECONDS";
    /** Questions answered at once per platform. */
    public static final String WORKER_THREADS_ENV = "STORYBOT_WORKER_THREADS";
    /** Questions waiting per platform. */
    public static final String WORKER_QUEUE_ENV = "STORYBOT_WORKER_QUEUE";

    /** Health and metrics port when {@link #HTTP_PORT_ENV} is unset. */
    public static final int DEFAULT_HTTP_PORT = 8080;
    /**
     * Loopback only: health and metrics are for the host's own probes and scrapers; set {@link #HTTP_HOST_ENV} (e.g. to
     * {@code 0.0.0.0}) when an orchestrator probes from outside.
     */
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

    private static final int MAX_WORKER_THREADS = 1_000;
    private static final int MAX_WORKER_QUEUE = 100_000;
    private static final int MAX_SHUTDOWN_TIMEOUT_SECONDS = 300;
    private static final int MAX_PORT = 65_535;

    public OpsSettings {
        if (httpPort < 0 || httpPort > MAX_PORT) {
            throw new IllegalArgumentException("httpPort out of range: " + httpPort);
        }
        if (workerThreads < 1 || workerQueue < 1) {
            throw new IllegalArgumentException("worker threads and queue must be positive");
        }
    }

    /** The defaults, with the given port (tests use 0). */
    public static OpsSettings defaults(int httpPort) {
        return new OpsSettings(DEFAULT_HTTP_HOST, httpPort, Duration.ofSeconds(DEFAULT_SHUTDOWN_TIMEOUT_SECONDS),
                DEFAULT_WORKER_THREADS, DEFAULT_WORKER_QUEUE);
    }

    /**
     * Reads the settings from the merged configuration.
     *
     * @throws IllegalArgumentException with a one-line message naming the variable when a value is malformed
     */
    public static OpsSettings fromEnv(Map<String, String> settings) {
        String host = settings.get(HTTP_HOST_ENV);
        return new OpsSettings(
                host == null || host.isBlank() ? DEFAULT_HTTP_HOST : host.strip(),
                number(settings, HTTP_PORT_ENV, DEFAULT_HTTP_PORT, 0, MAX_PORT),
                Duration.ofSeconds(number(settings, SHUTDOWN_TIMEOUT_ENV, DEFAULT_SHUTDOWN_TIMEOUT_SECONDS, 1,
                        MAX_SHUTDOWN_TIMEOUT_SECONDS)),
                number(settings, WORKER_THREADS_ENV, DEFAULT_WORKER_THREADS, 1, MAX_WORKER_THREADS),
                number(settings, WORKER_QUEUE_ENV, DEFAULT_WORKER_QUEUE, 1, MAX_WORKER_QUEUE));
    }

    private static int number(Map<String, String> settings, String key, int fallback, int min, int max) {
        String value = settings.get(key);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(key + " must be a whole number from " + min + " to " + max + ", was '"
                + value.strip() + "'");
    }
}
