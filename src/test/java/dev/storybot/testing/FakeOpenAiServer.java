package dev.storybot.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.storybot.llm.PromptBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tests' one OpenAI-compatible model server on 127.0.0.1: it records every request and answers each chat
 * completion with the next scripted {@link Reply} (JSON, server-sent events, error statuses, garbage, silence, an echo
 * of the prompt's first fact, replies held until the test releases them), lists {@link #MODEL} on {@code /models},
 * can insist on an API key, and can be killed and revived on the same port like a crashing model server.
 */
public final class FakeOpenAiServer implements AutoCloseable {

    /** The model the server lists and names in its answers. */
    public static final String MODEL = "qwen-test";

    /** One request as received. */
    public record Received(String method, String path, String authorization, String body) {}

    /** How to answer one request; {@code stopped} completes when the server is killed or closed. */
    @FunctionalInterface
    public interface Reply {
        void send(HttpExchange exchange, Received request, CompletableFuture<Void> stopped)
                throws IOException, InterruptedException;
    }

    /** A hold on replies wrapped by {@link #held}, which the test lifts with {@link #release()}. */
    public static final class Gate {

        private final CompletableFuture<Void> open = new CompletableFuture<>();

        /** Lets every held reply, now and later, answer. */
        public void release() {
            open.complete(null);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern FIRST_FACT = Pattern.compile("(?m)^\\[1] (.+)$");
    /** Longest a held reply waits for its gate: beyond any test's own timeout, so a forgotten release fails it. */
    private static final long MAX_HOLD_SECONDS = 120;
    /** Connections queued before accept: the load tests open hundreds at once. */
    private static final int BACKLOG_CONNECTIONS = 200;

    static {
        // the JDK server otherwise leaves Nagle on, and every response waits ~40 ms for a delayed ACK; read once per
        // JVM
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final ConcurrentLinkedQueue<Reply> scripted = new ConcurrentLinkedQueue<>();
    private final BlockingQueue<Received> untaken = new LinkedBlockingQueue<>();
    private final List<Received> all = Collections.synchronizedList(new ArrayList<>());
    private volatile Reply fallbackReply = status(500, "{\"error\":{\"message\":\"no scripted reply\"}}");
    private volatile String requiredKey;
    private HttpServer server;
    private ExecutorService threads;
    private CompletableFuture<Void> stopped;
    private int port;

    private FakeOpenAiServer() {}

    /** Starts on a free port; every request without a scripted reply gets HTTP 500 until {@link #replyAlways}. */
    public static FakeOpenAiServer start() throws IOException {
        FakeOpenAiServer fake = new FakeOpenAiServer();
        fake.listen(0);
        return fake;
    }

    /** The base URL to configure, e.g. {@code http://127.0.0.1:54321/v1}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port + "/v1";
    }

    /** Answers the next chat completions with these replies, in order. */
    public FakeOpenAiServer enqueue(Reply... replies) {
        scripted.addAll(List.of(replies));
        return this;
    }

    /** Answers every chat completion that has no scripted reply with this one. */
    public FakeOpenAiServer replyAlways(Reply reply) {
        fallbackReply = reply;
        return this;
    }

    /** Rejects every request whose bearer token is not {@code key}, quoting the token back as some gateways do. */
    public FakeOpenAiServer requireKey(String key) {
        requiredKey = key;
        return this;
    }

    /** Every request received so far, oldest first. */
    public List<Received> requests() {
        synchronized (all) {
            return List.copyOf(all);
        }
    }

    /** Chat completions received so far (answered, being answered or held). */
    public int completions() {
        synchronized (all) {
            return (int) all.stream()
                    .filter(r -> r.path().endsWith("/chat/completions"))
                    .count();
        }
    }

    /** Waits for the next request not yet taken. */
    public Received takeRequest(Duration timeout) throws InterruptedException {
        Received r = untaken.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (r == null) {
            throw new AssertionError("no request within " + timeout);
        }
        return r;
    }

    /** Stops listening and cuts every open connection, held and silent replies included, as a crashed server would. */
    public synchronized void kill() {
        if (server == null) {
            return;
        }
        stopped.complete(null);
        server.stop(0);
        threads.shutdownNow();
        server = null;
    }

    /** Listens again on the same port after {@link #kill()}; the script and the recorded requests carry over. */
    public synchronized void revive() throws IOException {
        if (server == null) {
            listen(port);
        }
    }

    /** A port on 127.0.0.1 with nothing listening. */
    public static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private synchronized void listen(int onPort) throws IOException {
        HttpServer created =
                HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort), BACKLOG_CONNECTIONS);
        ExecutorService pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "fake-openai");
            t.setDaemon(true);
            return t;
        });
        CompletableFuture<Void> generation = new CompletableFuture<>();
        created.setExecutor(pool);
        created.createContext("/", exchange -> handle(exchange, generation));
        created.start();
        server = created;
        threads = pool;
        stopped = generation;
        port = created.getAddress().getPort();
    }

    private void handle(HttpExchange exchange, CompletableFuture<Void> generation) {
        try (exchange) {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Received r = new Received(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    body);
            all.add(r);
            untaken.add(r);
            String key = requiredKey;
            Reply reply;
            if (key != null && !("Bearer " + key).equals(r.authorization())) {
                reply = unauthorizedEchoingKey();
            } else if (r.path().endsWith("/models")) {
                reply = modelList();
            } else if (r.path().endsWith("/chat/completions")) {
                Reply next = scripted.poll();
                reply = next == null ? fallbackReply : next;
            } else {
                reply = status(404, "{\"error\":{\"message\":\"unknown route\"}}");
            }
            reply.send(exchange, r, generation);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the client went away (timeouts, aborted streams) or the server was killed: expected in failure tests
        }
    }

    // ---- replies ----

    /** A chat.completion JSON response whose message content is {@code content}. */
    public static Reply json(String content) {
        return (exchange, request, stopped) -> {
            ObjectNode root = JSON.createObjectNode()
                    .put("id", "chatcmpl-test")
                    .put("object", "chat.completion")
                    .put("created", 1_700_000_000L)
                    .put("model", MODEL);
            ObjectNode choice =
                    root.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop");
            choice.putObject("message").put("role", "assistant").put("content", content);
            root.putObject("usage")
                    .put("prompt_tokens", 100)
                    .put("completion_tokens", 20)
                    .put("total_tokens", 120);
            send(exchange, 200, JSON.writeValueAsString(root));
        };
    }

    /** A streamed answer: one {@code data:} event per chunk, a final event with finish_reason, then [DONE]. */
    public static Reply sse(String... chunks) {
        return (exchange, request, stopped) -> {
            OutputStream out = openStream(exchange);
            for (String c : chunks) {
                event(out, chunk(c, null));
            }
            event(out, chunk(null, "stop"));
            event(out, "[DONE]");
        };
    }

    /**
     * Answers like a model that repeats the prompt's first fact followed by "[1]" (grounded by construction), or says
     * it has no answer when the prompt has no facts; streamed in two chunks when the request asks for a stream.
     */
    public static Reply echo() {
        return (exchange, request, stopped) -> {
            JsonNode body = JSON.readTree(request.body());
            JsonNode messages = body.path("messages");
            String prompt = messages.isArray() && !messages.isEmpty()
                    ? messages.get(messages.size() - 1).path("content").asText("")
                    : "";
            Matcher m = FIRST_FACT.matcher(prompt);
            String text = m.find() ? m.group(1).strip() + " [1]" : PromptBuilder.NO_ANSWER;
            int half = text.length() / 2;
            Reply reply = body.path("stream").asBoolean(false)
                    ? sse(text.substring(0, half), text.substring(half))
                    : json(text);
            reply.send(exchange, request, stopped);
        };
    }

    /** Sends the event-stream headers and {@code chunks}, then nothing more until the server stops. */
    public static Reply sseThenStall(String... chunks) {
        return (exchange, request, stopped) -> {
            OutputStream out = openStream(exchange);
            for (String c : chunks) {
                event(out, chunk(c, null));
            }
            awaitQuietly(stopped);
        };
    }

    /** An event stream whose events are not JSON. */
    public static Reply sseGarbage() {
        return (exchange, request, stopped) -> {
            OutputStream out = openStream(exchange);
            event(out, "<html>oops</html>");
            event(out, "[DONE]");
        };
    }

    /** An HTTP status with a JSON body. */
    public static Reply status(int code, String body) {
        return (exchange, request, stopped) -> send(exchange, code, body);
    }

    /** A 200 response whose body is not JSON. */
    public static Reply garbage() {
        return (exchange, request, stopped) -> send(exchange, 200, "<html>502 gateway <b>oops</b> {not json");
    }

    /** A 401 whose error message quotes the Authorization header back, as some gateways do. */
    public static Reply unauthorizedEchoingKey() {
        return (exchange, request, stopped) -> send(
                exchange,
                401,
                "{\"error\":{\"message\":\"Incorrect API key provided: " + request.authorization() + "\"}}");
    }

    /** Never answers: no status line, no body, until the server stops; then the connection drops. */
    public static Reply silence() {
        return (exchange, request, stopped) -> awaitQuietly(stopped);
    }

    /** Takes {@code delay} (a model's latency), then answers with {@code then}; dropped if the server stops first. */
    public static Reply delayed(Duration delay, Reply then) {
        return (exchange, request, stopped) -> {
            try {
                stopped.get(delay.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                then.send(exchange, request, stopped);
            } catch (ExecutionException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    /** Waits until the test releases {@code gate}, then answers with {@code then}; dropped if the server stops first. */
    public static Reply held(Gate gate, Reply then) {
        return (exchange, request, stopped) -> {
            try {
                CompletableFuture.anyOf(gate.open, stopped).get(MAX_HOLD_SECONDS, TimeUnit.SECONDS);
            } catch (TimeoutException | ExecutionException e) {
                throw new IllegalStateException("held reply never released", e);
            }
            if (!stopped.isDone()) {
                then.send(exchange, request, stopped);
            }
        };
    }

    private Reply modelList() {
        return status(200, "{\"object\":\"list\",\"data\":[{\"id\":\"" + MODEL + "\",\"object\":\"model\"}]}");
    }

    private static void awaitQuietly(CompletableFuture<Void> stopped) throws InterruptedException {
        try {
            stopped.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    private static OutputStream openStream(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        return exchange.getResponseBody();
    }

    private static void event(OutputStream out, String data) throws IOException {
        out.write(("data: " + data + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static String chunk(String content, String finishReason) throws IOException {
        ObjectNode root = JSON.createObjectNode()
                .put("id", "chatcmpl-test")
                .put("object", "chat.completion.chunk")
                .put("created", 1_700_000_000L)
                .put("model", MODEL);
        ObjectNode choice = root.putArray("choices").addObject().put("index", 0);
        ObjectNode delta = choice.putObject("delta");
        if (content != null) {
            delta.put("role", "assistant").put("content", content);
        }
        if (finishReason == null) {
            choice.putNull("finish_reason");
        } else {
            choice.put("finish_reason", finishReason);
        }
        return JSON.writeValueAsString(root);
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    /** Stops the server for good, releasing every silent, stalled and held reply. */
    @Override
    public void close() {
        kill();
    }
}
