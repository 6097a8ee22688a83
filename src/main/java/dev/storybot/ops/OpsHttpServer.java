package dev.storybot.ops;

import dev.storybot.http.HardenedJetty;
import dev.storybot.settings.Variable;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.Supplier;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operations endpoint of {@code serve}: {@code GET /healthz} (200 or 503 with {@link Health} JSON) and
 * {@code GET /metrics} (Prometheus text), on a {@link HardenedJetty}. Request bodies are never read; anything else
 * gets a short 404 or 405 (before any body arrives); nothing returns a stack trace or the server version.
 */
public final class OpsHttpServer implements AutoCloseable {

    /** Health check path. */
    public static final String HEALTH_PATH = "/healthz";
    /** Prometheus scrape path. */
    public static final String METRICS_PATH = "/metrics";
    /**
     * Jetty threads (one accepts, one multiplexes every connection, the rest answer); health checks may wait up to a
     * few seconds on a dead connection, and slow clients hold a connection, never a thread.
     */
    static final int THREADS = 8;
    /** The Prometheus text exposition format. */
    static final String PROMETHEUS_CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private static final Logger LOG = LoggerFactory.getLogger(OpsHttpServer.class);

    private final HardenedJetty server;

    private OpsHttpServer(HardenedJetty server) {
        this.server = server;
    }

    /**
     * Listens on {@code host:port} (port 0 picks a free one).
     *
     * @throws IllegalArgumentException with a one-line message when the address cannot be bound
     */
    public static OpsHttpServer start(String host, int port, Supplier<Health> health, OpsMetrics metrics) {
        Objects.requireNonNull(health, "health");
        Objects.requireNonNull(metrics, "metrics");
        HardenedJetty server;
        try {
            server = HardenedJetty.start("storybot-ops-http", host, port, THREADS, new Endpoints(health, metrics));
        } catch (Exception e) {
            throw new IllegalArgumentException("cannot listen for health and metrics on " + host + ":" + port + " ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + "); set " + Variable.STORYBOT_HTTP_PORT
                    + " to a free port");
        }
        LOG.info("health and metrics on http://{}:{}{} and {}", host, server.port(), HEALTH_PATH, METRICS_PATH);
        return new OpsHttpServer(server);
    }

    /** The port actually listened on. */
    public int port() {
        return server.port();
    }

    @Override
    public void close() {
        server.close();
    }

    /** GET and HEAD only, on the exact paths; failures become a plain 500 without details. */
    private static final class Endpoints extends Handler.Abstract {

        private final Supplier<Health> health;
        private final OpsMetrics metrics;

        Endpoints(Supplier<Health> health, OpsMetrics metrics) {
            this.health = health;
            this.metrics = metrics;
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            String path = Request.getPathInContext(request);
            String method = request.getMethod();
            if (!HEALTH_PATH.equals(path) && !METRICS_PATH.equals(path)) {
                HardenedJetty.sendText(
                        response,
                        callback,
                        HttpStatus.NOT_FOUND_404,
                        "not found; try " + HEALTH_PATH + " or " + METRICS_PATH + "\n",
                        true);
            } else if (!"GET".equals(method) && !"HEAD".equals(method)) {
                response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD");
                HardenedJetty.sendText(
                        response,
                        callback,
                        HttpStatus.METHOD_NOT_ALLOWED_405,
                        "only GET and HEAD are allowed here\n",
                        true);
            } else {
                try {
                    if (HEALTH_PATH.equals(path)) {
                        Health snapshot = health.get();
                        send(
                                request,
                                response,
                                callback,
                                snapshot.ok() ? HttpStatus.OK_200 : HttpStatus.SERVICE_UNAVAILABLE_503,
                                "application/json",
                                snapshot.toJson());
                    } else {
                        send(request, response, callback, HttpStatus.OK_200, PROMETHEUS_CONTENT_TYPE, metrics.scrape());
                    }
                } catch (RuntimeException e) {
                    LOG.error("serving {} failed", path, e);
                    HardenedJetty.sendText(
                            response, callback, HttpStatus.INTERNAL_SERVER_ERROR_500, "internal error\n", true);
                }
            }
            return true;
        }

        private static void send(
                Request request, Response response, Callback callback, int status, String contentType, String body) {
            response.setStatus(status);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
            response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
            if ("HEAD".equals(request.getMethod())) {
                response.write(true, null, callback);
            } else {
                response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
            }
        }
    }
}
