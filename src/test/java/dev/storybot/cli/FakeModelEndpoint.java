package dev.storybot.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An OpenAI-compatible endpoint on 127.0.0.1 that takes {@code delay} per answer and answers with the prompt's first
 * fact followed by "[1]" (grounded by construction), as JSON or as server-sent events. It can be killed and brought
 * back on the same port, and rejects requests whose bearer token is not the expected key (echoing it back, as some
 * gateways do, to prove that the bot never shows it).
 */
final class FakeModelEndpoint implements AutoCloseable {

    static final String MODEL = "qwen-test";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern FIRST_FACT = Pattern.compile("(?m)^\\[1] (.+)$");

    static {
        // the JDK server otherwise leaves Nagle on, and small responses wait for a delayed ACK
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final Duration delay;
    private final String apiKey;
    private final int port;
    private final AtomicInteger completions = new AtomicInteger();
    private volatile HttpServer server;
    private volatile ExecutorService threads;
    private volatile CountDownLatch killed;
    private boolean running;

    private FakeModelEndpoint(Duration delay, String apiKey, int port) {
        this.delay = delay;
        this.apiKey = apiKey;
        this.port = port;
    }

    /** Starts on a free port; {@code apiKey} null accepts any request. */
    static FakeModelEndpoint start(Duration delay, String apiKey) throws IOException {
        FakeModelEndpoint endpoint = new FakeModelEndpoint(delay, apiKey, 0);
        endpoint.listen(0);
        return endpoint;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port() + "/v1";
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** Chat completions answered (or begun) so far. */
    int completions() {
        return completions.get();
    }

    /** Stops listening and cuts every open connection, as a crashed model server would. */
    synchronized void kill() {
        if (!running) {
            return;
        }
        running = false;
        killed.countDown();
        server.stop(0);
        threads.shutdownNow();
    }

    /** Listens again on the same port after {@link #kill()}. */
    synchronized void revive() throws IOException {
        listen(port());
    }

    private void listen(int onPort) throws IOException {
        HttpServer created = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort), 200);
        ExecutorService pool = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "fake-model");
            thread.setDaemon(true);
            return thread;
        });
        created.setExecutor(pool);
        created.createContext("/", this::handle);
        killed = new CountDownLatch(1);
        created.start();
        threads = pool;
        server = created;
        running = true;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            if (apiKey != null && !("Bearer " + apiKey).equals(auth)) {
                send(exchange, 401, "application/json",
                        "{\"error\":{\"message\":\"Incorrect API key provided: " + auth + "\"}}");
                return;
            }
            String path = exchange.getRequestURI().getPath();
            if (path.endsWith("/models")) {
                send(exchange, 200, "application/json", "{\"object\":\"list\",\"data\":[{\"id\":\"" + MODEL
                        + "\",\"object\":\"model\"}]}");
            } else if (path.endsWith("/chat/completions")) {
                completions.incrementAndGet();
                if (killed.await(delay.toMillis(), TimeUnit.MILLISECONDS)) {
                    return; // killed while "generating": the connection just drops
                }
                JsonNode request = JSON.readTree(body);
                String text = echo(request.path("messages"));
                if (request.path("stream").asBoolean(false)) {
                    stream(exchange, text);
                } else {
                    send(exchange, 200, "application/json", JSON.writeValueAsString(completion(text)));
                }
            } else {
                send(exchange, 404, "application/json", "{\"error\":{\"message\":\"unknown route\"}}");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the client went away, or the endpoint was killed
        }
    }

    private static String echo(JsonNode messages) {
        String prompt = messages.isArray() && messages.size() > 0
                ? messages.get(messages.size() - 1).path("content").asText("") : "";
        Matcher m = FIRST_FACT.matcher(prompt);
        return m.find() ? m.group(1).strip() + " [1]" : "NO_ANSWER";
    }

    private static ObjectNode completion(String text) {
        ObjectNode root = JSON.createObjectNode().put("id", "chatcmpl-fake").put("object", "chat.completion")
                .put("created", 0).put("model", MODEL);
        ObjectNode choice = root.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", text);
        return root;
    }

    private static void stream(HttpExchange exchange, String text) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        int half = text.length() / 2;
        for (String piece : new String[] {text.substring(0, half), text.substring(half)}) {
            ObjectNode chunk = JSON.createObjectNode().put("id", "chatcmpl-fake").put("object", "chat.completion.chunk")
                    .put("created", 0).put("model", MODEL);
            ObjectNode choice = chunk.putArray("choices").addObject().put("index", 0);
            choice.putObject("delta").put("role", "assistant").put("content", piece);
            choice.putNull("finish_reason");
            event(out, JSON.writeValueAsString(chunk));
        }
        ObjectNode last = JSON.createObjectNode().put("id", "chatcmpl-fake").put("object", "chat.completion.chunk")
                .put("created", 0).put("model", MODEL);
        last.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop").putObject("delta");
        event(out, JSON.writeValueAsString(last));
        event(out, "[DONE]");
        out.close();
    }

    private static void event(OutputStream out, String data) throws IOException {
        out.write(("data: " + data + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        kill();
    }
}
