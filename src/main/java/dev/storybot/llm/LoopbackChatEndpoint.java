package dev.storybot.llm;

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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A zero-latency OpenAI-compatible chat-completions endpoint on 127.0.0.1 (the JDK's HTTP server) that echoes the
 * prompt's first fact followed by "[1]", grounded by construction, as JSON or as server-sent events, so that
 * {@link LlmOverheadBench} measures the bot's own time per LLM answer without a model.
 */
final class LoopbackChatEndpoint implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern FIRST_FACT = Pattern.compile("(?m)^\\[1] (.+)$");
    /** Events per streamed answer: more than one, so that the streaming path is measured too. */
    private static final int STREAM_CHUNKS = 3;

    static {
        // the JDK server otherwise leaves Nagle on, and each small response waits ~40 ms for a delayed ACK
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final ExecutorService threads;
    private final AtomicInteger requests = new AtomicInteger();

    private LoopbackChatEndpoint(HttpServer server, ExecutorService threads) {
        this.server = server;
        this.threads = threads;
    }

    /** Starts the endpoint on an ephemeral port of 127.0.0.1. */
    static LoopbackChatEndpoint start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        ExecutorService threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "storybot-loopback-llm");
            t.setDaemon(true);
            return t;
        });
        LoopbackChatEndpoint endpoint = new LoopbackChatEndpoint(server, threads);
        server.createContext("/v1/chat/completions", endpoint::handle);
        server.setExecutor(threads);
        server.start();
        return endpoint;
    }

    /** The base URL to configure, e.g. {@code http://127.0.0.1:54321/v1}. */
    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** Requests answered so far. */
    int requests() {
        return requests.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            requests.incrementAndGet();
            JsonNode request = JSON.readTree(exchange.getRequestBody());
            String model = request.path("model").asText(LlmOverheadBench.MODEL);
            String text = echo(request.path("messages"));
            OutputStream out = exchange.getResponseBody();
            if (request.path("stream").asBoolean(false)) {
                exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
                exchange.sendResponseHeaders(200, 0);
                int step = Math.max(1, text.length() / STREAM_CHUNKS);
                for (int from = 0; from < text.length(); from += step) {
                    event(out, chunk(model, text.substring(from, Math.min(text.length(), from + step)), null));
                }
                event(out, chunk(model, null, "stop"));
                event(out, "[DONE]");
            } else {
                ObjectNode root = envelope(model, "chat.completion");
                root.putArray("choices")
                        .addObject()
                        .put("index", 0)
                        .put("finish_reason", "stop")
                        .putObject("message")
                        .put("role", "assistant")
                        .put("content", text);
                byte[] json = JSON.writeValueAsBytes(root);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, json.length);
                out.write(json);
            }
        }
    }

    private static String echo(JsonNode messages) {
        String prompt = messages.isArray() && !messages.isEmpty()
                ? messages.get(messages.size() - 1).path("content").asText("")
                : "";
        Matcher m = FIRST_FACT.matcher(prompt);
        return m.find() ? m.group(1).strip() + " [1]" : PromptBuilder.NO_ANSWER;
    }

    private static String chunk(String model, String piece, String finishReason) throws IOException {
        ObjectNode root = envelope(model, "chat.completion.chunk");
        ObjectNode choice = root.putArray("choices").addObject().put("index", 0);
        ObjectNode delta = choice.putObject("delta");
        if (piece != null) {
            delta.put("role", "assistant").put("content", piece);
        }
        choice.put("finish_reason", finishReason);
        return JSON.writeValueAsString(root);
    }

    private static ObjectNode envelope(String model, String object) {
        return JSON.createObjectNode()
                .put("id", "chatcmpl-loopback")
                .put("object", object)
                .put("created", 0)
                .put("model", model);
    }

    private static void event(OutputStream out, String data) throws IOException {
        out.write(("data: " + data + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** Stops the server and its threads. */
    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
