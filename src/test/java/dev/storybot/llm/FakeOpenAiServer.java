package dev.storybot.llm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * An OpenAI-compatible chat-completions server on 127.0.0.1 for tests: records every request and answers each with
 * the next scripted {@link Reply} (JSON, server-sent events, errors, garbage, silence).
 */
final class FakeOpenAiServer implements AutoCloseable {

    /** One request as received. */
    record Received(String method, String path, String authorization, String body) {
    }

    /** How to answer one request. */
    @FunctionalInterface
    interface Reply {
        void send(HttpExchange exchange, CountDownLatch closing) throws IOException, InterruptedException;
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        // the JDK server otherwise leaves Nagle on, and every response waits ~40 ms for a delayed ACK; read once per JVM
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final CountDownLatch closing = new CountDownLatch(1);
    private final ConcurrentLinkedQueue<Reply> scripted = new ConcurrentLinkedQueue<>();
    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private final List<Received> all = java.util.Collections.synchronizedList(new ArrayList<>());
    private volatile Reply fallbackReply = status(500, "{\"error\":{\"message\":\"no scripted reply\"}}");

    private FakeOpenAiServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    static FakeOpenAiServer start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        ExecutorService executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "fake-openai");
            t.setDaemon(true);
            return t;
        });
        FakeOpenAiServer fake = new FakeOpenAiServer(server, executor);
        server.createContext("/", fake::handle);
        server.setExecutor(executor);
        server.start();
        return fake;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** Answers the next requests with these replies, in order. */
    FakeOpenAiServer enqueue(Reply... replies) {
        scripted.addAll(List.of(replies));
        return this;
    }

    /** Answers every request that has no scripted reply with this one. */
    FakeOpenAiServer replyAlways(Reply reply) {
        fallbackReply = reply;
        return this;
    }

    /** Every request received so far, oldest first. */
    List<Received> requests() {
        synchronized (all) {
            return List.copyOf(all);
        }
    }

    /** Waits for the next request not yet taken. */
    Received takeRequest(Duration timeout) throws InterruptedException {
        Received r = received.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (r == null) {
            throw new AssertionError("no request within " + timeout);
        }
        return r;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Received r = new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("Authorization"), body);
            all.add(r);
            received.add(r);
            Reply reply = scripted.poll();
            (reply == null ? fallbackReply : reply).send(exchange, closing);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the client went away (timeouts, aborted streams): expected in failure tests
        }
    }

    // ---- replies ----

    /** A chat.completion JSON response whose message content is {@code content}. */
    static Reply json(String content) {
        return (exchange, closing) -> {
            ObjectNode root = JSON.createObjectNode().put("id", "chatcmpl-test").put("object", "chat.completion")
                    .put("created", 1_700_000_000L).put("model", "served-model");
            ObjectNode choice = root.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop");
            choice.putObject("message").put("role", "assistant").put("content", content);
            root.putObject("usage").put("prompt_tokens", 100).put("completion_tokens", 20).put("total_tokens", 120);
            send(exchange, 200, "application/json", JSON.writeValueAsString(root));
        };
    }

    /** A streamed answer: one {@code data:} event per chunk, a final event with finish_reason, then [DONE]. */
    static Reply sse(String... chunks) {
        return (exchange, closing) -> {
            OutputStream out = openStream(exchange);
            for (String c : chunks) {
                event(out, chunk(c, null));
            }
            event(out, chunk(null, "stop"));
            event(out, "[DONE]");
        };
    }

    /** Sends the event-stream headers and {@code chunks}, then nothing more until the server closes. */
    static Reply sseThenStall(String... chunks) {
        return (exchange, closing) -> {
            OutputStream out = openStream(exchange);
            for (String c : chunks) {
                event(out, chunk(c, null));
            }
            closing.await();
        };
    }

    /** An event stream whose events are not JSON. */
    static Reply sseGarbage() {
        return (exchange, closing) -> {
            OutputStream out = openStream(exchange);
            event(out, "<html>oops</html>");
            event(out, "[DONE]");
        };
    }

    /** An HTTP error status with a body. */
    static Reply status(int code, String body) {
        return (exchange, closing) -> send(exchange, code, "application/json", body);
    }

    /** Waits {@code delay} (or until the server closes), then answers with an HTTP error status. */
    static Reply slowStatus(Duration delay, int code) {
        return (exchange, closing) -> {
            closing.await(delay.toMillis(), TimeUnit.MILLISECONDS);
            send(exchange, code, "application/json", "{\"error\":{\"message\":\"slow failure\"}}");
        };
    }

    /** Never answers: no status line, no body, until the server closes. */
    static Reply silence() {
        return (exchange, closing) -> closing.await();
    }

    /** A 200 response whose body is not JSON. */
    static Reply garbage() {
        return (exchange, closing) -> send(exchange, 200, "application/json", "<html>502 gateway <b>oops</b> {not json");
    }

    /** A 401 whose error message quotes the Authorization header back, as some gateways do. */
    static Reply unauthorizedEchoingKey() {
        return (exchange, closing) -> {
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            send(exchange, 401, "application/json", "{\"error\":{\"message\":\"Incorrect API key provided: " + auth + "\"}}");
        };
    }

    /** A port on 127.0.0.1 with nothing listening. */
    static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
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
        ObjectNode root = JSON.createObjectNode().put("id", "chatcmpl-test").put("object", "chat.completion.chunk")
                .put("created", 1_700_000_000L).put("model", "served-model");
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

    private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
