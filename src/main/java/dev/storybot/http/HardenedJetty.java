package dev.storybot.http;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.server.handler.MinimumDataRateHandler;
import org.eclipse.jetty.server.internal.HttpConnection;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedded Jetty that outside clients cannot exhaust: a bounded thread pool (request bodies are read
 * asynchronously, so slow clients hold a connection, not a thread), a short idle timeout, a minimum upload rate,
 * small request headers, and no server version in headers or error pages, which are one short plain-text line.
 */
public final class HardenedJetty implements AutoCloseable {

    /** A connection that sends nothing for this long is closed; Slack and probes send whole requests at once. */
    public static final long IDLE_TIMEOUT_MILLIS = 10_000;
    /** Slower uploads are cut off; Slack and probes send a whole request in one go, far faster than this. */
    public static final long MIN_REQUEST_BYTES_PER_SECOND = 1_024;
    /**
     * A new connection must have sent a complete request line and headers within this, however steadily it trickles
     * them in (each byte would otherwise reset the idle timeout); Slack and probes send them in one packet.
     */
    public static final long HEADERS_DEADLINE_MILLIS = 5_000;
    /** Request line and headers together; Slack's are well under 2 KB. */
    public static final int MAX_REQUEST_HEADER_BYTES = 8_192;
    /** Threads kept alive while idle. */
    static final int MIN_THREADS = 2;
    /** How long an idle pool thread lives before it is stopped. */
    static final int THREAD_IDLE_MILLIS = 60_000;
    /** Acceptor threads; one is plenty for these small endpoints. */
    static final int ACCEPTORS = 1;
    /** Selector threads (they multiplex every connection, slow ones included). */
    static final int SELECTORS = 1;
    /** How long stopping waits for requests in progress. */
    static final long STOP_TIMEOUT_MILLIS = 1_000;

    private static final Logger LOG = LoggerFactory.getLogger(HardenedJetty.class);

    private final Server server;
    private final ServerConnector connector;

    private HardenedJetty(Server server, ServerConnector connector) {
        this.server = server;
        this.connector = connector;
    }

    /**
     * Starts {@code handler} on {@code host:port} (port 0 picks a free one) with at most {@code maxThreads} threads.
     *
     * @param name names the threads, e.g. "storybot-ops-http"
     * @throws Exception when the address cannot be bound; nothing is left running then
     */
    public static HardenedJetty start(String name, String host, int port, int maxThreads, Handler handler)
            throws Exception {
        QueuedThreadPool threads = new QueuedThreadPool(maxThreads, MIN_THREADS, THREAD_IDLE_MILLIS);
        threads.setName(name);
        threads.setDaemon(true);
        threads.setReservedThreads(0);
        Server server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        http.setRequestHeaderSize(MAX_REQUEST_HEADER_BYTES);
        http.setIdleTimeout(IDLE_TIMEOUT_MILLIS);
        ServerConnector connector = new ServerConnector(server, ACCEPTORS, SELECTORS, new ClientErrorsOnly(http));
        connector.setHost(host);
        connector.setPort(port);
        connector.setIdleTimeout(IDLE_TIMEOUT_MILLIS);
        connector.addEventListener(new HeadersDeadline(connector));
        server.addConnector(connector);
        server.setHandler(new MinimumDataRateHandler(handler, MIN_REQUEST_BYTES_PER_SECOND, 0));
        server.setErrorHandler(new PlainErrors());
        server.setStopTimeout(STOP_TIMEOUT_MILLIS);
        try {
            server.start();
        } catch (Exception e) {
            stopQuietly(server);
            throw e;
        }
        return new HardenedJetty(server, connector);
    }

    /** The port actually listened on. */
    public int port() {
        return connector.getLocalPort();
    }

    /** True while the server accepts connections. */
    public boolean isRunning() {
        return server.isStarted() && connector.isRunning();
    }

    /**
     * Sends a short plain-text response and completes the exchange; with {@code close} the connection is closed
     * afterwards, so that a request body nobody read is never waited for.
     */
    public static void sendText(Response response, Callback callback, int status, String text, boolean close) {
        response.setStatus(status);
        HttpFields.Mutable headers = response.getHeaders();
        headers.put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
        headers.put(HttpHeader.CACHE_CONTROL, "no-store");
        if (close) {
            headers.put(HttpHeader.CONNECTION, "close");
        }
        response.write(true, ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), callback);
    }

    @Override
    public void close() {
        stopQuietly(server);
    }

    private static void stopQuietly(Server server) {
        try {
            server.stop();
        } catch (Exception e) {
            LOG.debug("Stopping the HTTP server failed", e); // best effort; the JVM is usually on its way out
        }
    }

    /** Closes a new connection that has not completed its first request's headers by {@link #HEADERS_DEADLINE_MILLIS}. */
    private static final class HeadersDeadline implements Connection.Listener {

        private final ServerConnector connector;

        HeadersDeadline(ServerConnector connector) {
            this.connector = connector;
        }

        @Override
        public void onOpened(Connection connection) {
            connector
                    .getScheduler()
                    .schedule(
                            () -> {
                                if (connection.getMessagesIn() == 0
                                        && connection.getEndPoint().isOpen()) {
                                    connection.getEndPoint().close();
                                }
                            },
                            HEADERS_DEADLINE_MILLIS,
                            TimeUnit.MILLISECONDS);
        }

        @Override
        public void onClosed(Connection connection) {
            // the scheduled check finds the endpoint closed and does nothing
        }
    }

    /**
     * HTTP/1.1 whose replies to requests that cannot be parsed are always 4xx: Jetty answers an unknown protocol
     * version (e.g. HTTP/0.9) with 505, but what the client sent is at fault, not the server.
     */
    private static final class ClientErrorsOnly extends HttpConnectionFactory {

        ClientErrorsOnly(HttpConfiguration configuration) {
            super(configuration);
        }

        @Override
        public Connection newConnection(Connector connector, EndPoint endPoint) {
            HttpConnection connection = new HttpConnection(getHttpConfiguration(), connector, endPoint) {
                @Override
                protected RequestHandler newRequestHandler() {
                    return new RequestHandler() {
                        @Override
                        public void badMessage(HttpException failure) {
                            super.badMessage(
                                    failure.getCode() < HttpStatus.INTERNAL_SERVER_ERROR_500
                                            ? failure
                                            : new HttpException.RuntimeException(
                                                    HttpStatus.BAD_REQUEST_400, "Bad Request"));
                        }
                    };
                }
            };
            connection.setTransferEncodingChunkMaxLength(getTransferEncodingChunkMaxLength());
            return configure(connection, connector, endPoint);
        }
    }

    /** Error pages and bad-message replies as one line of plain text: no version, stack trace or message. */
    private static final class PlainErrors extends ErrorHandler {

        PlainErrors() {
            setShowStacks(false);
            setShowCauses(false);
            setShowMessageInTitle(false);
            setShowOrigin(false);
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            int status = response.getStatus() > 0 ? response.getStatus() : HttpStatus.INTERNAL_SERVER_ERROR_500;
            sendText(response, callback, status, "HTTP " + status + "\n", true);
            return true;
        }

        @Override
        public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
            fields.put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
            return ByteBuffer.wrap(("HTTP " + status + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }
}
