package dev.storybot.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A zero-latency OpenAI-compatible chat-completions endpoint on 127.0.0.1, for measuring the bot's own overhead per
 * LLM answer (retrieval, prompt, HTTP, grounding) without a model: {@link LlmOverheadBench} points an
 * {@link LlmAnswerer} at it.
 *
 * <p>It is an echo, not a model: it answers with the first fact of the prompt followed by "[1]", which is grounded by
 * construction, as a JSON response or, when the request asks for {@code "stream": true}, as server-sent events ending
 * in {@code data: [DONE]}. It speaks just enough HTTP/1.1 for an HTTP client (keep-alive, Content-Length requests,
 * chunked event streams) and disables Nagle's algorithm so that small responses are not held back by delayed ACKs.
 */
public final class LoopbackOpenAiEndpoint implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern FIRST_FACT = Pattern.compile("(?m)^\\[1] (.+)$");
    private static final int STREAM_CHUNKS = 3;
    private static final int MAX_HEADER_BYTES = 64 * 1024;
    private static final int MAX_BODY_BYTES = 4 * 1024 * 1024;
    private static final int BACKLOG = 64;

    private final ServerSocket server;
    private final ExecutorService connections;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger requests = new AtomicInteger();
    private volatile boolean closed;

    private LoopbackOpenAiEndpoint(ServerSocket server) {
        this.server = server;
        this.connections = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "storybot-loopback-llm");
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts the endpoint on an ephemeral port of 127.0.0.1. */
    public static LoopbackOpenAiEndpoint start() throws IOException {
        LoopbackOpenAiEndpoint endpoint =
                new LoopbackOpenAiEndpoint(new ServerSocket(0, BACKLOG, InetAddress.getLoopbackAddress()));
        endpoint.connections.execute(endpoint::acceptLoop);
        return endpoint;
    }

    /** The base URL to configure, e.g. {@code http://127.0.0.1:54321/v1}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getLocalPort() + "/v1";
    }

    /** Requests answered so far. */
    public int requests() {
        return requests.get();
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket socket = server.accept();
                socket.setTcpNoDelay(true);
                open.add(socket);
                connections.execute(() -> serve(socket));
            } catch (IOException e) {
                if (!closed) {
                    continue;
                }
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            InputStream in = new BufferedInputStream(socket.getInputStream());
            OutputStream out = new BufferedOutputStream(socket.getOutputStream());
            while (!closed) {
                Map<String, String> headers = new HashMap<>();
                String requestLine = readHead(in, headers);
                if (requestLine == null) {
                    return;
                }
                requests.incrementAndGet();
                byte[] body = in.readNBytes(contentLength(headers));
                String[] parts = requestLine.split(" ");
                boolean known = parts.length == 3 && parts[0].equals("POST") && parts[1].endsWith("/chat/completions");
                JsonNode request = known ? JSON.readTree(body) : null;
                if (request == null) {
                    out.write(("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                } else if (request.path("stream").asBoolean(false)) {
                    stream(out, request.path("model").asText("loopback"), echo(request.path("messages")));
                } else {
                    byte[] json = JSON.writeValueAsBytes(
                            completion(request.path("model").asText("loopback"), echo(request.path("messages"))));
                    out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + json.length
                            + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(json);
                }
                out.flush();
            }
        } catch (IOException | RuntimeException e) {
            // the client closed the connection or sent something this endpoint does not speak
        } finally {
            open.remove(socket);
        }
    }

    /** Reads the request line and headers (names lower-cased); null at the end of the connection. */
    private static String readHead(InputStream in, Map<String, String> headers) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        String requestLine = null;
        int total = 0;
        int b;
        while ((b = in.read()) >= 0) {
            if (++total > MAX_HEADER_BYTES) {
                throw new IOException("request head too large");
            }
            if (b == '\n') {
                String text = line.toString(StandardCharsets.ISO_8859_1).strip();
                line.reset();
                if (text.isEmpty()) {
                    if (requestLine == null) {
                        continue;
                    }
                    return requestLine;
                }
                if (requestLine == null) {
                    requestLine = text;
                } else {
                    int colon = text.indexOf(':');
                    if (colon > 0) {
                        headers.put(text.substring(0, colon).strip().toLowerCase(Locale.ROOT), text.substring(colon + 1).strip());
                    }
                }
            } else {
                line.write(b);
            }
        }
        return null;
    }

    private static int contentLength(Map<String, String> headers) throws IOException {
        String value = headers.getOrDefault("content-length", "0");
        int length;
        try {
            length = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IOException("bad Content-Length: " + value, e);
        }
        if (length < 0 || length > MAX_BODY_BYTES) {
            throw new IOException("Content-Length out of range: " + length);
        }
        return length;
    }

    private static String echo(JsonNode messages) {
        String prompt = messages.isArray() && messages.size() > 0
                ? messages.get(messages.size() - 1).path("content").asText("") : "";
        Matcher m = FIRST_FACT.matcher(prompt);
        return m.find() ? m.group(1).strip() + " [1]" : PromptBuilder.NO_ANSWER;
    }

    private static void stream(OutputStream out, String model, String text) throws IOException {
        out.write("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII));
        int step = Math.max(1, text.length() / STREAM_CHUNKS);
        for (int from = 0; from < text.length(); from += step) {
            String piece = text.substring(from, Math.min(text.length(), from + step));
            chunk(out, "data: " + JSON.writeValueAsString(delta(model, piece, null)) + "\n\n");
        }
        chunk(out, "data: " + JSON.writeValueAsString(delta(model, null, "stop")) + "\n\n");
        chunk(out, "data: [DONE]\n\n");
        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    private static void chunk(OutputStream out, String data) throws IOException {
        byte[] bytes = data.getBytes(StandardCharsets.UTF_8);
        out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(bytes);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    private static ObjectNode completion(String model, String text) {
        ObjectNode root = JSON.createObjectNode().put("id", "chatcmpl-loopback").put("object", "chat.completion")
                .put("created", 0).put("model", model);
        ObjectNode choice = root.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", text);
        root.putObject("usage").put("prompt_tokens", 0).put("completion_tokens", 0).put("total_tokens", 0);
        return root;
    }

    private static ObjectNode delta(String model, String piece, String finishReason) {
        ObjectNode root = JSON.createObjectNode().put("id", "chatcmpl-loopback").put("object", "chat.completion.chunk")
                .put("created", 0).put("model", model);
        ObjectNode choice = root.putArray("choices").addObject().put("index", 0);
        ObjectNode delta = choice.putObject("delta");
        if (piece != null) {
            delta.put("role", "assistant").put("content", piece);
        }
        if (finishReason != null) {
            choice.put("finish_reason", finishReason);
        } else {
            choice.putNull("finish_reason");
        }
        return root;
    }

    /** Stops accepting, closes every connection and stops the threads. */
    @Override
    public void close() {
        closed = true;
        try {
            server.close();
        } catch (IOException e) {
            // closing anyway
        }
        for (Socket s : open) {
            try {
                s.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
        connections.shutdownNow();
    }
}
