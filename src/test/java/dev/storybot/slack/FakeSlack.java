package dev.storybot.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * A fake Slack on 127.0.0.1 speaking the real wire protocols: the Web API and response_urls over HTTP (JDK
 * HttpServer) and Socket Mode over WebSocket (Java-WebSocket). Every call and every Socket Mode ack is recorded with
 * its arrival time; tests wait for them with a bounded timeout.
 */
final class FakeSlack implements AutoCloseable {

    static final String BOT_USER_ID = "UBOT";
    static final String BOT_ID = "BBOT";
    static final String TEAM_ID = "T0001";
    static final String APP_ID = "A0001";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration START_TIMEOUT = Duration.ofSeconds(5);

    private final HttpServer http;
    private final ExecutorService httpThreads = Executors.newFixedThreadPool(4);
    private final SocketModeServer socketMode = new SocketModeServer();
    private final Object lock = new Object();
    private final List<ApiCall> calls = new ArrayList<>();
    private final List<Ack> acks = new ArrayList<>();
    private final AtomicLong lastTsMicros = new AtomicLong(1_700_000_000_000_000L);
    private final AtomicInteger ticket = new AtomicInteger();
    private volatile String botTokenError;
    private volatile String appTokenError;
    private volatile WebSocket currentConnection;
    private int connectionsOpened;

    /**
     * A workspace the app can be installed into through OAuth: the code Slack hands the installing browser, and the
     * bot token and user it grants for that workspace.
     */
    record Workspace(String code, String teamId, String botToken, String botUserId) {}

    private final Map<String, Workspace> installable = new java.util.concurrent.ConcurrentHashMap<>();

    /** Lets {@code oauth.v2.access} exchange {@code workspace.code()}, and {@code auth.test} know its token. */
    void installable(Workspace workspace) {
        installable.put(workspace.code(), workspace);
    }

    private Workspace workspaceOfToken(String authorization) {
        return installable.values().stream()
                .filter(workspace -> ("Bearer " + workspace.botToken()).equals(authorization))
                .findFirst()
                .orElse(null);
    }

    /** One HTTP call to the fake: a Web API method or a response_url. */
    record ApiCall(
            String method,
            String path,
            Map<String, String> form,
            JsonNode json,
            String body,
            String authorization,
            Instant at) {

        /** The {@code text} field, from the form or the JSON body. */
        String text() {
            if (json != null) {
                return json.path("text").asText(null);
            }
            return form.get("text");
        }

        /** The {@code blocks} array (sent as a JSON string in forms), or an empty array. */
        JsonNode blocks() {
            if (json != null) {
                return json.path("blocks").isArray() ? json.path("blocks") : JSON.createArrayNode();
            }
            String raw = form.get("blocks");
            try {
                return raw == null ? JSON.createArrayNode() : JSON.readTree(raw);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** A form field or top-level JSON field as text, or null. */
        String param(String name) {
            if (json != null) {
                return json.has(name) ? json.get(name).asText() : null;
            }
            return form.get(name);
        }

        /** Everything shown to users in this call: the text plus the blocks, as one string. */
        String shownContent() {
            return text() + "\n" + blocks();
        }
    }

    /**
     * A Socket Mode acknowledgement from the client.
     *
     * @param envelopeId the acknowledged envelope
     * @param message    the whole ack, including a {@code payload} if the client sent one
     * @param at         when it arrived
     */
    record Ack(String envelopeId, JsonNode message, Instant at) {}

    private FakeSlack() throws IOException {
        http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        http.createContext("/api/", this::handleApi);
        http.createContext("/response/", this::handleResponseUrl);
        http.setExecutor(httpThreads);
    }

    /** Starts both servers on ephemeral ports. */
    static FakeSlack start() throws Exception {
        FakeSlack fake = new FakeSlack();
        fake.http.start();
        fake.socketMode.start();
        if (!fake.socketMode.started.await(START_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
            fake.close();
            throw new IllegalStateException("fake Socket Mode server did not start");
        }
        return fake;
    }

    /** The Web API base to configure the bot with. */
    String apiUrl() {
        return "http://127.0.0.1:" + http.getAddress().getPort() + "/api/";
    }

    /** A response_url on this fake; calls to it are recorded with method "response". */
    String responseUrl(String id) {
        return "http://127.0.0.1:" + http.getAddress().getPort() + "/response/" + id;
    }

    /** Makes {@code auth.test} fail with this error from now on. */
    void rejectBotToken(String error) {
        botTokenError = error;
    }

    /** Makes {@code apps.connections.open} fail with this error from now on. */
    void rejectAppToken(String error) {
        appTokenError = error;
    }

    /** Waits for the first recorded call matching {@code condition}; fails the test after {@code timeout}. */
    ApiCall awaitCall(String description, Predicate<ApiCall> condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (true) {
                for (ApiCall call : calls) {
                    if (condition.test(call)) {
                        return call;
                    }
                }
                long leftMillis = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (leftMillis <= 0) {
                    throw new AssertionError("no call matching '" + description + "' within " + timeout
                            + "; calls were: " + summary(calls));
                }
                lock.wait(leftMillis);
            }
        }
    }

    /** Waits until {@code count} calls match {@code condition}, then returns them in arrival order. */
    List<ApiCall> awaitCalls(String description, int count, Predicate<ApiCall> condition, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (true) {
                List<ApiCall> matching = calls(condition);
                if (matching.size() >= count) {
                    return matching;
                }
                long leftMillis = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (leftMillis <= 0) {
                    throw new AssertionError(count + " calls matching '" + description + "' expected within " + timeout
                            + " but got " + matching.size() + "; calls were: " + summary(calls));
                }
                lock.wait(leftMillis);
            }
        }
    }

    /** The recorded calls matching {@code condition}, in arrival order. */
    List<ApiCall> calls(Predicate<ApiCall> condition) {
        synchronized (lock) {
            return calls.stream().filter(condition).toList();
        }
    }

    /** Waits until the client has opened {@code count} Socket Mode connections in total. */
    void awaitConnections(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (connectionsOpened < count) {
                long leftMillis = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (leftMillis <= 0) {
                    throw new AssertionError(count + " Socket Mode connections expected within " + timeout + " but got "
                            + connectionsOpened);
                }
                lock.wait(leftMillis);
            }
        }
    }

    /** How many Socket Mode connections the client has opened so far. */
    int connectionsOpened() {
        synchronized (lock) {
            return connectionsOpened;
        }
    }

    /**
     * Sends one Socket Mode envelope on every open connection, as Slack may when several replicas each hold one;
     * returns how many connections it went to.
     */
    int sendEnvelopeToEach(String envelopeId, String type, JsonNode payload) {
        String envelope = envelope(envelopeId, type, payload).toString();
        int sent = 0;
        for (WebSocket connection : socketMode.getConnections()) {
            if (connection.isOpen()) {
                connection.send(envelope);
                sent++;
            }
        }
        return sent;
    }

    /** Sends a Socket Mode envelope on the newest connection and returns when it was sent. */
    Instant sendEnvelope(String envelopeId, String type, JsonNode payload) {
        ObjectNode envelope = envelope(envelopeId, type, payload);
        Instant sentAt = Instant.now();
        connection().send(envelope.toString());
        return sentAt;
    }

    private static ObjectNode envelope(String envelopeId, String type, JsonNode payload) {
        ObjectNode envelope = JSON.createObjectNode();
        envelope.put("envelope_id", envelopeId);
        envelope.put("type", type);
        envelope.set("payload", payload);
        envelope.put("accepts_response_payload", !"events_api".equals(type));
        if ("events_api".equals(type)) {
            envelope.put("retry_attempt", 0);
            envelope.put("retry_reason", "");
        }
        return envelope;
    }

    /** Asks the client to reconnect, as Slack does every few hours. */
    void sendDisconnect() {
        connection()
                .send("{\"type\":\"disconnect\",\"reason\":\"refresh_requested\","
                        + "\"debug_info\":{\"host\":\"fake-slack\"}}");
    }

    /** Waits for the client's ack of {@code envelopeId}; fails the test after {@code timeout}. */
    Ack awaitAck(String envelopeId, Duration timeout) throws InterruptedException {
        return awaitAcks(envelopeId, 1, timeout).get(0);
    }

    /** Waits for {@code count} acks of {@code envelopeId} (one per connection it was sent on). */
    List<Ack> awaitAcks(String envelopeId, int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (true) {
                List<Ack> matching = acks.stream()
                        .filter(ack -> ack.envelopeId().equals(envelopeId))
                        .toList();
                if (matching.size() >= count) {
                    return matching;
                }
                long leftMillis = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (leftMillis <= 0) {
                    throw new AssertionError(matching.size() + " of " + count + " acks for envelope " + envelopeId
                            + " within " + timeout);
                }
                lock.wait(leftMillis);
            }
        }
    }

    @Override
    public void close() throws Exception {
        http.stop(0);
        httpThreads.shutdownNow();
        socketMode.stop(1_000);
    }

    private WebSocket connection() {
        WebSocket connection = currentConnection;
        if (connection == null || !connection.isOpen()) {
            throw new IllegalStateException("no open Socket Mode connection");
        }
        return connection;
    }

    private void handleApi(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestURI().getPath().substring("/api/".length());
        ApiCall call = record(method, exchange);
        ObjectNode reply = JSON.createObjectNode();
        switch (method) {
            case "auth.test" -> {
                Workspace workspace = workspaceOfToken(call.authorization());
                if (workspace != null) {
                    reply.put("ok", true)
                            .put("url", "https://" + workspace.teamId() + ".slack.test/")
                            .put("team", "Team " + workspace.teamId())
                            .put("user", "storybot")
                            .put("team_id", workspace.teamId())
                            .put("user_id", workspace.botUserId())
                            .put("bot_id", "B" + workspace.teamId())
                            .put("is_enterprise_install", false);
                } else if (botTokenError != null) {
                    reply.put("ok", false).put("error", botTokenError);
                } else {
                    reply.put("ok", true)
                            .put("url", "https://fake.slack.test/")
                            .put("team", "Fake team")
                            .put("user", "storybot")
                            .put("team_id", TEAM_ID)
                            .put("user_id", BOT_USER_ID)
                            .put("bot_id", BOT_ID)
                            .put("is_enterprise_install", false);
                }
            }
            case "oauth.v2.access" -> {
                Workspace workspace = installable.get(String.valueOf(call.param("code")));
                if (workspace == null) {
                    reply.put("ok", false).put("error", "invalid_code");
                } else {
                    reply.put("ok", true)
                            .put("access_token", workspace.botToken())
                            .put("token_type", "bot")
                            .put("scope", "app_mentions:read,chat:write,commands")
                            .put("bot_user_id", workspace.botUserId())
                            .put("app_id", APP_ID)
                            .putNull("enterprise")
                            .put("is_enterprise_install", false);
                    reply.putObject("team").put("id", workspace.teamId()).put("name", "Team " + workspace.teamId());
                    reply.putObject("authed_user").put("id", "U_INSTALLER_" + workspace.teamId());
                }
            }
            case "apps.connections.open" -> {
                if (appTokenError != null) {
                    reply.put("ok", false).put("error", appTokenError);
                } else {
                    reply.put("ok", true)
                            .put(
                                    "url",
                                    "ws://127.0.0.1:" + socketMode.getPort() + "/link/?ticket="
                                            + ticket.incrementAndGet());
                }
            }
            case "chat.postMessage" -> {
                String ts = nextTs();
                reply.put("ok", true).put("channel", call.param("channel")).put("ts", ts);
                reply.putObject("message")
                        .put("text", call.text())
                        .put("ts", ts)
                        .put("user", BOT_USER_ID)
                        .put("bot_id", BOT_ID);
            }
            case "chat.update" ->
                reply.put("ok", true)
                        .put("channel", call.param("channel"))
                        .put("ts", call.param("ts"))
                        .put("text", call.text());
            case "chat.postEphemeral" -> reply.put("ok", true).put("message_ts", nextTs());
            case "bots.info" -> {
                String bot = call.param("bot");
                reply.put("ok", true)
                        .putObject("bot")
                        .put("id", bot)
                        .put("name", "some bot")
                        .put("user_id", BOT_ID.equals(bot) ? BOT_USER_ID : "U" + bot);
            }
            default -> reply.put("ok", true);
        }
        respond(exchange, 200, "application/json; charset=utf-8", reply.toString());
    }

    private void handleResponseUrl(HttpExchange exchange) throws IOException {
        record("response", exchange);
        respond(exchange, 200, "text/plain; charset=utf-8", "ok");
    }

    private ApiCall record(String method, HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String contentType = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
        Map<String, String> form = new LinkedHashMap<>();
        JsonNode json = null;
        if (contentType.startsWith("application/json")) {
            json = JSON.readTree(body);
        } else {
            form.putAll(parseForm(body));
            form.putAll(parseForm(exchange.getRequestURI().getRawQuery()));
        }
        ApiCall call = new ApiCall(
                method,
                exchange.getRequestURI().getPath(),
                Map.copyOf(form),
                json,
                body,
                exchange.getRequestHeaders().getFirst("Authorization"),
                Instant.now());
        synchronized (lock) {
            calls.add(call);
            lock.notifyAll();
        }
        return call;
    }

    private static Map<String, String> parseForm(String encoded) {
        Map<String, String> form = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return form;
        }
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            form.put(key, value);
        }
        return form;
    }

    private static void respond(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private String nextTs() {
        long micros = lastTsMicros.addAndGet(100);
        return String.format("%d.%06d", micros / 1_000_000, micros % 1_000_000);
    }

    private static String summary(List<ApiCall> calls) {
        List<String> lines = new ArrayList<>();
        for (ApiCall call : calls) {
            lines.add(call.method() + " " + (call.json() != null ? call.json() : call.form()));
        }
        return String.join("\n  ", lines);
    }

    /** The Socket Mode side: hello on connect, envelopes out, acks in. */
    private final class SocketModeServer extends WebSocketServer {

        final CountDownLatch started = new CountDownLatch(1);
        private final Set<WebSocket> seen = new HashSet<>();

        SocketModeServer() {
            super(new InetSocketAddress("127.0.0.1", 0));
            setReuseAddr(true);
        }

        @Override
        public void onOpen(WebSocket connection, ClientHandshake handshake) {
            connection.send("{\"type\":\"hello\",\"num_connections\":1,\"debug_info\":{\"host\":\"fake-slack\","
                    + "\"build_number\":1,\"approximate_connection_time\":18060},"
                    + "\"connection_info\":{\"app_id\":\"" + APP_ID + "\"}}");
            synchronized (lock) {
                if (seen.add(connection)) {
                    connectionsOpened++;
                }
                currentConnection = connection;
                lock.notifyAll();
            }
        }

        @Override
        public void onMessage(WebSocket connection, String message) {
            try {
                JsonNode json = JSON.readTree(message);
                if (json.hasNonNull("envelope_id")) {
                    synchronized (lock) {
                        acks.add(new Ack(json.get("envelope_id").asText(), json, Instant.now()));
                        lock.notifyAll();
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void onClose(WebSocket connection, int code, String reason, boolean remote) {
            // the client reconnects on its own; nothing to record
        }

        @Override
        public void onError(WebSocket connection, Exception e) {
            // connection errors surface in the tests as missing acks
        }

        @Override
        public void onStart() {
            started.countDown();
        }
    }
}
