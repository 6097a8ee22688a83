package dev.storybot.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.http.RawHttp;
import dev.storybot.settings.OpsSettings;
import dev.storybot.settings.SettingsReader;
import dev.storybot.settings.Variable;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The health and metrics endpoint over real HTTP, including requests that are not well-formed HTTP at all. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpsHttpServerTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    /** More connections than the old server had threads, each holding on after one byte. */
    private static final int STALLED_CONNECTIONS = 50;

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final AtomicReference<Health> health = new AtomicReference<>();
    private OpsMetrics metrics;
    private OpsHttpServer server;

    @BeforeAll
    void start() {
        metrics = OpsMetrics.create();
        server = OpsHttpServer.start("127.0.0.1", 0, health::get, metrics);
    }

    @BeforeEach
    void allConnected() {
        health.set(
                new Health(Health.Phase.RUNNING, Map.of("discord", Health.CONNECTED), new Health.Llm(true, "CLOSED")));
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void should_answer_200_with_the_health_json_while_everything_is_connected() throws Exception {
        HttpResponse<String> response = get("/healthz");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .isEqualTo("{\"status\":\"ok\",\"platforms\":{\"discord\":\"connected\"},"
                        + "\"llm\":{\"configured\":true,\"circuit\":\"CLOSED\"}}");
    }

    @Test
    void should_list_each_discord_shard_with_its_status_guilds_and_ping() throws Exception {
        List<Health.Shard> shards = List.of(
                new Health.Shard(2, 4, "CONNECTED", 2_417, 41),
                new Health.Shard(3, 4, "ATTEMPTING_TO_RECONNECT", 0, -1));
        health.set(Health.check(
                Health.Phase.RUNNING, Map.of("discord", () -> false), () -> shards, () -> Health.Llm.NONE));

        HttpResponse<String> response = get("/healthz");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body())
                .isEqualTo("{\"status\":\"degraded\",\"platforms\":{\"discord\":\"disconnected\"},"
                        + "\"discord_shards\":[{\"id\":2,\"total\":4,\"status\":\"CONNECTED\",\"guilds\":2417,"
                        + "\"gateway_ping_ms\":41},{\"id\":3,\"total\":4,\"status\":\"ATTEMPTING_TO_RECONNECT\","
                        + "\"guilds\":0,\"gateway_ping_ms\":null}],\"llm\":{\"configured\":false}}");
    }

    @Test
    void should_export_each_discord_shard_as_gauges() throws Exception {
        AtomicReference<Health.Shard> shard = new AtomicReference<>(new Health.Shard(7, 8, "CONNECTED", 12, 250));
        metrics.discordShard(7, shard::get);

        assertThat(get("/metrics").body())
                .contains("storybot_discord_shard_connected{shard=\"7\"} 1.0")
                .contains("storybot_discord_shard_guilds{shard=\"7\"} 12.0")
                .contains("storybot_discord_shard_gateway_ping_seconds{shard=\"7\"} 0.25");

        shard.set(new Health.Shard(7, 8, "RECONNECT_QUEUED", 12, -1));
        assertThat(get("/metrics").body())
                .contains("storybot_discord_shard_connected{shard=\"7\"} 0.0")
                .contains("storybot_discord_shard_gateway_ping_seconds{shard=\"7\"} NaN");
    }

    @Test
    void should_answer_503_degraded_while_a_platform_is_disconnected_and_while_stopping() throws Exception {
        health.set(Health.check(Health.Phase.RUNNING, Map.of("slack-http", () -> false), () -> Health.Llm.NONE));
        HttpResponse<String> degraded = get("/healthz");
        assertThat(degraded.statusCode()).isEqualTo(503);
        assertThat(degraded.body())
                .isEqualTo("{\"status\":\"degraded\",\"platforms\":{\"slack-http\":"
                        + "\"disconnected\"},\"llm\":{\"configured\":false}}");

        BooleanSupplier broken = () -> {
            throw new IllegalStateException("check failed");
        };
        health.set(Health.check(Health.Phase.STOPPING, Map.of("discord", broken), () -> Health.Llm.NONE));
        HttpResponse<String> stopping = get("/healthz");
        assertThat(stopping.statusCode()).isEqualTo(503);
        assertThat(stopping.body()).contains("\"status\":\"stopping\"", "\"discord\":\"disconnected\"");
    }

    @Test
    void should_serve_prometheus_text() throws Exception {
        metrics.rateLimited("discord:123");

        HttpResponse<String> response = get("/metrics");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(OpsHttpServer.PROMETHEUS_CONTENT_TYPE);
        assertThat(response.body())
                .contains(
                        "# TYPE storybot_rate_limited_total counter",
                        "storybot_rate_limited_total{platform=\"discord\"} 1.0");
    }

    @Test
    void should_answer_other_paths_and_methods_with_a_short_4xx() throws Exception {
        assertThat(get("/").statusCode()).isEqualTo(404);
        assertThat(get("/healthz/extra").statusCode()).isEqualTo(404);
        assertThat(get("/metrics.json").statusCode()).isEqualTo(404);
        // a body small enough to be sent whole before the 405 closes the connection (large bodies are refused
        // unread: see should_refuse_a_post_with_405_without_waiting_for_its_body)
        HttpResponse<String> post = client.send(
                HttpRequest.newBuilder(uri("/healthz"))
                        .timeout(TIMEOUT)
                        .POST(HttpRequest.BodyPublishers.ofString("x".repeat(1_000)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("Allow")).hasValue("GET, HEAD");
        HttpResponse<String> head = client.send(
                HttpRequest.newBuilder(uri("/healthz"))
                        .timeout(TIMEOUT)
                        .method("HEAD", HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
    }

    static Stream<Arguments> malformedRequests() {
        return Stream.of(
                Arguments.of("garbage instead of a request line", "\u0000\u0001garbage\r\n\r\n"),
                Arguments.of("a request line without a version", "GET /healthz\r\n\r\n"),
                Arguments.of("an unknown protocol", "GET /healthz SPDY/9\r\n\r\n"),
                Arguments.of("a header without a colon", "GET /healthz HTTP/1.1\r\nHost 127.0.0.1\r\n\r\n"),
                Arguments.of(
                        "a negative Content-Length",
                        "POST /healthz HTTP/1.1\r\nHost: x\r\n" + "Content-Length: -5\r\n\r\n"),
                Arguments.of(
                        "a bad chunked body",
                        "POST /healthz HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked"
                                + "\r\n\r\nzz\r\nnot a chunk\r\n\r\n"),
                Arguments.of("a percent sign that escapes nothing", "GET /healthz%zz%% HTTP/1.1\r\nHost: x\r\n\r\n"),
                Arguments.of("invalid UTF-8 in the path", "GET /healthz\u00ff\u00fe HTTP/1.1\r\nHost: x\r\n\r\n"),
                Arguments.of(
                        "an 80 KB header",
                        "GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(80_000) + "\r\n\r\n"));
    }

    @ParameterizedTest(name = "{0}: a 4xx or a closed connection, never a 5xx or a stack trace, and it keeps serving")
    @MethodSource("malformedRequests")
    void should_survive_malformed_http(String name, String request) throws Exception {
        String response = raw(request);

        // (the JDK server's own 400 for an unparsable URI names URISyntaxException, but shows no stack trace)
        assertThat(response).doesNotStartWith("HTTP/1.1 5").doesNotContain("\tat ", "Caused by");
        if (!response.isEmpty()) {
            assertThat(response).matches("(?s)HTTP/1\\.1 (200|4\\d\\d) .*");
        }
        assertThat(get("/healthz").statusCode()).isEqualTo(200);
    }

    @Test
    void should_keep_answering_while_clients_stall_after_sending_one_byte() throws Exception {
        List<RawHttp> stalled = RawHttp.stalled(server.port(), STALLED_CONNECTIONS, "G");
        try {
            assertThat(get("/healthz").statusCode()).isEqualTo(200);
            assertThat(get("/metrics").statusCode()).isEqualTo(200);
        } finally {
            RawHttp.closeAll(stalled);
        }
    }

    @Test
    void should_close_a_connection_whose_headers_trickle_in_past_the_deadline() throws Exception {
        ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
        try (RawHttp connection = RawHttp.connect(server.port())) {
            connection.send("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n");
            // one more header line a second: each resets the idle timeout, only the headers deadline ends this
            trickle.scheduleAtFixedRate(() -> sendQuietly(connection, "X-Slow: a\r\n"), 1, 1, TimeUnit.SECONDS);

            assertThat(connection.closedByServer()).isTrue();
        } finally {
            trickle.shutdownNow();
        }
    }

    @Test
    void should_refuse_a_post_with_405_without_waiting_for_its_body() throws Exception {
        try (RawHttp connection = RawHttp.connect(server.port())) {
            connection.send("POST /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/octet-stream\r\n"
                    + "Content-Length: 209715200\r\n\r\n" + "x".repeat(1_000));

            assertThat(connection.statusLine()).isEqualTo("HTTP/1.1 405 Method Not Allowed");
        }
    }

    @Test
    void should_name_no_server_software_or_version() throws Exception {
        HttpResponse<String> ok = get("/healthz");
        HttpResponse<String> notFound = get("/nothing-here");

        assertThat(ok.headers().firstValue("Server")).isEmpty();
        assertThat(notFound.headers().firstValue("Server")).isEmpty();
        assertThat(notFound.body()).doesNotContainIgnoringCase("jetty");
        assertThat(raw("GET /healthz SPDY/9\r\n\r\n"))
                .doesNotContainIgnoringCase("server:")
                .doesNotContainIgnoringCase("jetty");
    }

    @Test
    void should_listen_on_loopback_only_unless_configured() {
        assertThat(SettingsReader.of(Map.of()).ops().httpHost()).isEqualTo("127.0.0.1");
        assertThat(OpsSettings.defaults(0).httpHost()).isEqualTo("127.0.0.1");
        assertThat(SettingsReader.of(Map.of(Variable.STORYBOT_HTTP_HOST.name(), "0.0.0.0"))
                        .ops()
                        .httpHost())
                .isEqualTo("0.0.0.0");
    }

    private static void sendQuietly(RawHttp connection, String text) {
        try {
            connection.send(text);
        } catch (IOException e) {
            // closed by the server: what the test waits for
        }
    }

    /** Sends raw bytes and reads until the server closes or goes quiet; "" when it closed while we were sending. */
    private String raw(String request) throws IOException {
        try (RawHttp connection = RawHttp.connect(server.port())) {
            try {
                connection.send(request);
                connection.shutdownOutput();
            } catch (IOException e) {
                return ""; // the server closed the connection while we were still sending: fine
            }
            return connection.readAll();
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(
                HttpRequest.newBuilder(uri(path)).timeout(TIMEOUT).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }
}
