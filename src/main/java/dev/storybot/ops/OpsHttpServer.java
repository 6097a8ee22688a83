package dev.storybot.ops;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import dev.storybot.settings.Variable;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operations endpoint of {@code serve}: {@code GET /healthz} (200 or 503 with {@link Health} JSON) and
 * {@code GET /metrics} (Prometheus text). Anything else gets a short 404 or 405; nothing returns a stack trace.
 */
public final class OpsHttpServer implements AutoCloseable {

    /** Health check path. */
    public static final String HEALTH_PATH = "/healthz";
    /** Prometheus scrape path. */
    public static final String METRICS_PATH = "/metrics";
    /** Threads serving requests; health checks may wait up to a few seconds on a dead connection. */
    static final int THREADS = 4;
    /** How long {@link #close()} lets running exchanges finish. */
    static final int STOP_DELAY_SECONDS = 1;
    /** The Prometheus text exposition format. */
    static final String PROMETHEUS_CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private static final Logger LOG = LoggerFactory.getLogger(OpsHttpServer.class);

    private final HttpServer server;
    private final ExecutorService threads;

    private OpsHttpServer(HttpServer server, ExecutorService threads) {
        this.server = server;
        this.threads = threads;
    }

    /**
     * Listens on {@code host:port} (port 0 picks a free one).
     *
     * @throws IllegalArgumentException with a one-line message when the address cannot be bound
     */
    public static OpsHttpServer start(String host, int port, Supplier<Health> health, OpsMetrics metrics) {
        Objects.requireNonNull(health, "health");
        Objects.requireNonNull(metrics, "metrics");
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(host, port), 0);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("cannot listen for health and metrics on " + host + ":" + port + " ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + "); set " + Variable.STORYBOT_HTTP_PORT
                    + " to a free port");
        }
        ExecutorService threads = Executors.newFixedThreadPool(THREADS, daemon());
        server.setExecutor(threads);
        server.createContext(HEALTH_PATH, guarded(exchange -> {
            Health snapshot = health.get();
            send(exchange, snapshot.ok() ? 200 : 503, "application/json", snapshot.toJson());
        }));
        server.createContext(METRICS_PATH, guarded(exchange ->
                send(exchange, 200, PROMETHEUS_CONTENT_TYPE, metrics.scrape())));
        server.createContext("/", exchange -> {
            try (exchange) {
                exchange.getRequestBody().readAllBytes();
                send(exchange, 404, "text/plain; charset=utf-8", "not found; try " + HEALTH_PATH + " or "
                        + METRICS_PATH + "\n");
            }
        });
        server.start();
        LOG.info("health and metrics on http://{}:{}{} and {}", host, server.getAddress().getPort(), HEALTH_PATH,
                METRICS_PATH);
        return new OpsHttpServer(server, threads);
    }

    /** The port actually listened on. */
    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(STOP_DELAY_SECONDS);
        threads.shutdownNow();
    }

    /** GET and HEAD only, on the exact path; failures become a plain 500 without details. */
    private static HttpHandler guarded(HttpHandler handler) {
        return exchange -> {
            try (exchange) {
                exchange.getRequestBody().readAllBytes();
                String method = exchange.getRequestMethod();
                if (!exchange.getRequestURI().getPath().equals(exchange.getHttpContext().getPath())) {
                    send(exchange, 404, "text/plain; charset=utf-8", "not found\n");
                } else if (!"GET".equals(method) && !"HEAD".equals(method)) {
                    exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                    send(exchange, 405, "text/plain; charset=utf-8", "only GET and HEAD are allowed here\n");
                } else {
                    handler.handle(exchange);
                }
            } catch (IOException e) {
                LOG.debug("client went away during {}", exchange.getRequestURI().getPath(), e);
            } catch (RuntimeException e) {
                LOG.error("serving {} failed", exchange.getRequestURI().getPath(), e);
                try {
                    send(exchange, 500, "text/plain; charset=utf-8", "internal error\n");
                } catch (IOException | RuntimeException ignored) {
                    // headers were already sent or the client is gone
                }
            }
        };
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private static java.util.concurrent.ThreadFactory daemon() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "storybot-ops-http-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
