package dev.storybot.slack;

import static dev.storybot.slack.SlackPayloads.slashCommand;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import dev.storybot.chat.BotServices;
import dev.storybot.chat.ChatTexts;
import dev.storybot.core.RateLimiter;
import dev.storybot.http.RawHttp;
import dev.storybot.ops.LogCapture;
import dev.storybot.settings.SlackSettings;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The Slack HTTP endpoint under the attacks of a security test, over real sockets against the real Jetty and Bolt:
 * oversized, deeply nested, log-forging, slow, replayed and future-dated requests, and foreign response_urls.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlackHttpHardeningTest {

    /** Slack gives up on an endpoint that has not answered within 3 seconds. */
    private static final Duration SLACK_DEADLINE = Duration.ofSeconds(3);

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String JSON = "application/json";
    /** 50 MB: enough to exhaust the heap of a server that buffers it at -Xmx256m. */
    private static final int BIG_BODY_BYTES = 50 << 20;

    private static final int CHUNK_BYTES = 64 << 10;
    /** More slow connections than the old endpoint had threads. */
    private static final int SLOW_CONNECTIONS = 300;

    private final ScriptedAnswerer answerer = new ScriptedAnswerer();
    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(WAIT).build();
    private FakeSlack slack;
    private FakeSlack foreign;
    private SlackBot bot;
    private URI endpoint;
    private int requests;

    @BeforeAll
    void start() throws Exception {
        slack = FakeSlack.start();
        foreign = FakeSlack.start();
        BotServices services = new BotServices(
                answerer, SlackPayloads.story(), new RecordingFeedbackStore(), RateLimiter.perMinute(1_000));
        bot = SlackBot.start(
                new SlackSettings("xoxb-hardening", null, SlackFakes.SIGNING_SECRET, "127.0.0.1", 0, slack.apiUrl()),
                services,
                1,
                100);
        endpoint = URI.create("http://127.0.0.1:" + bot.httpPort().orElseThrow() + SlackSettings.EVENTS_PATH);
    }

    @AfterAll
    void stop() throws Exception {
        for (AutoCloseable closeable : new AutoCloseable[] {bot, slack, foreign}) {
            if (closeable != null) {
                closeable.close();
            }
        }
    }

    @BeforeEach
    void resetAnswerer() {
        answerer.reset();
    }

    @Test
    void should_refuse_an_unsigned_50_mb_body_before_reading_it_and_keep_answering() throws Exception {
        try (RawHttp connection = RawHttp.connect(port())) {
            connection.send(head(FORM, "Content-Length: " + BIG_BODY_BYTES) + "a".repeat(CHUNK_BYTES));

            assertThat(connection.statusLine()).isEqualTo("HTTP/1.1 413 Payload Too Large");
        }
        assertStillAnswering();
    }

    @Test
    void should_refuse_an_unsigned_chunked_50_mb_body_after_the_first_megabyte_and_keep_answering() throws Exception {
        try (RawHttp connection = RawHttp.connect(port())) {
            connection.send(head(FORM, "Transfer-Encoding: chunked"));
            CompletableFuture<Void> upload = CompletableFuture.runAsync(() -> sendChunks(connection));

            assertThat(connection.statusLine()).isEqualTo("HTTP/1.1 413 Payload Too Large");
            connection.close();
            upload.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        }
        assertStillAnswering();
    }

    @Test
    void should_refuse_unsigned_deep_nesting_with_401_and_log_no_stack_trace() throws Exception {
        String nested = "[".repeat(200_000);
        HttpResponse<String> unsigned;
        HttpResponse<String> signed;
        List<ILoggingEvent> logged;
        try (LogCapture logs = LogCapture.from(Level.INFO)) {
            unsigned = send(
                    nested,
                    JSON,
                    Map.of(
                            "X-Slack-Request-Timestamp",
                            Long.toString(now()),
                            "X-Slack-Signature",
                            "v0=" + "0".repeat(64)));
            signed = post(nested, JSON);
            logged = logs.events();
        }

        assertThat(unsigned.statusCode()).isEqualTo(401);
        assertThat(signed.statusCode()).isEqualTo(400);
        assertThat(signed.body()).isEqualTo(SlackHttpEndpoint.BAD_REQUEST_TEXT);
        assertThat(logged).allSatisfy(event -> {
            assertThat(event.getThrowableProxy()).isNull();
            assertThat(event.getFormattedMessage()).doesNotContain("[[[");
        });
        assertStillAnswering();
    }

    @Test
    void should_not_let_a_request_body_forge_a_log_line() throws Exception {
        String forged = "payload="
                + URLEncoder.encode(
                        "{\"type\":\"block_actions\",\"x\n"
                                + "2026-01-01 00:00:00 ERROR dev.storybot.Main - FORGED LINE\":1}",
                        StandardCharsets.UTF_8);
        HttpResponse<String> response;
        List<ILoggingEvent> logged;
        try (LogCapture logs = LogCapture.from(Level.INFO)) {
            response = send(
                    forged,
                    FORM,
                    Map.of(
                            "X-Slack-Request-Timestamp",
                            Long.toString(now()),
                            "X-Slack-Signature",
                            "v0=" + "1".repeat(64)));
            logged = logs.events();
        }

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(logged)
                .allSatisfy(event -> assertThat(event.getFormattedMessage()).doesNotContain("FORGED", "\n"));
    }

    @Test
    void should_answer_signed_requests_within_slacks_deadline_while_hundreds_of_bodies_trickle_in() throws Exception {
        List<RawHttp> slow = RawHttp.stalled(port(), SLOW_CONNECTIONS, head(FORM, "Content-Length: 1000") + "a");
        try {
            String id = "slow-" + (++requests);
            String body =
                    SlackFakes.form(slashCommand("C_SLOW", "U_SLOW", "when was the vote?", slack.responseUrl(id)));
            long timestamp = now();
            HttpResponse<String> ack = client.send(
                    HttpRequest.newBuilder(endpoint)
                            .timeout(SLACK_DEADLINE)
                            .header("Content-Type", FORM)
                            .header("X-Slack-Request-Timestamp", Long.toString(timestamp))
                            .header("X-Slack-Signature", SlackFakes.sign(timestamp, body))
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(ack.statusCode()).isEqualTo(200);
            assertThat(ack.body()).contains(ChatTexts.LOOKING_UP);
        } finally {
            RawHttp.closeAll(slow);
        }
    }

    @Test
    void should_drop_a_body_that_does_not_arrive_within_the_request_deadline() throws Exception {
        try (RawHttp connection = RawHttp.connect(port())) {
            connection.send(head(FORM, "Content-Length: 1000") + "a");

            assertThat(connection.statusLine()).isEqualTo("HTTP/1.1 408 Request Timeout");
            assertThat(connection.readAll()).contains("Connection: close");
        }
    }

    @Test
    void should_refuse_a_replayed_signed_request_with_401_and_answer_it_once() throws Exception {
        String id = "replay-" + (++requests);
        String body =
                SlackFakes.form(slashCommand("C_REPLAY", "U_REPLAY", "when was the vote?", slack.responseUrl(id)));
        Map<String, String> signature = signedHeaders(now(), body);

        assertThat(send(body, FORM, signature).statusCode()).isEqualTo(200);
        assertThat(send(body, FORM, signature).statusCode()).isEqualTo(401);

        slack.awaitCall("answer", call -> call.path().equals("/response/" + id), WAIT);
        assertStillAnswering();
        assertThat(slack.calls(call -> call.path().equals("/response/" + id))).hasSize(1);
    }

    @Test
    void should_refuse_correctly_signed_timestamps_from_the_future_with_401() throws Exception {
        String body = SlackFakes.form(
                slashCommand("C_FUTURE", "U_FUTURE", "when was the vote?", slack.responseUrl("future")));
        long tenYears = Duration.ofDays(3_650).toSeconds();
        long sixMinutes = Duration.ofMinutes(6).toSeconds();

        assertThat(send(body, FORM, signedHeaders(now() + tenYears, body)).statusCode())
                .isEqualTo(401);
        assertThat(send(body, FORM, signedHeaders(now() + sixMinutes, body)).statusCode())
                .isEqualTo(401);
        assertThat(answerer.requests).isEmpty();
    }

    @Test
    void should_not_post_answers_to_a_response_url_on_another_host() throws Exception {
        String foreignId = "foreign-" + (++requests);
        HttpResponse<String> ack = post(
                SlackFakes.form(
                        slashCommand("C_FOREIGN", "U_FOREIGN", "when was the vote?", foreign.responseUrl(foreignId))),
                FORM);
        assertThat(ack.statusCode()).isEqualTo(200);

        assertStillAnswering(); // one worker: the foreign question was handled before this one was answered
        assertThat(foreign.calls(call -> true)).isEmpty();
    }

    @Test
    void should_name_no_server_software_or_version() throws Exception {
        HttpResponse<String> unsigned = send("x=1", FORM, Map.of());
        HttpResponse<String> notFound = client.send(
                HttpRequest.newBuilder(endpoint.resolve("/nothing"))
                        .timeout(WAIT)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        for (HttpResponse<String> response : List.of(unsigned, notFound)) {
            assertThat(response.headers().firstValue("Server")).isEmpty();
            assertThat(response.body()).doesNotContainIgnoringCase("jetty");
        }
        assertThat(notFound.statusCode()).isEqualTo(404);
        try (RawHttp connection = RawHttp.connect(port())) {
            connection.send("GET " + SlackSettings.EVENTS_PATH + " HTTP/1.1\r\nHost x\r\n\r\n");
            assertThat(connection.readAll())
                    .startsWith("HTTP/1.1 400 ")
                    .doesNotContainIgnoringCase("jetty")
                    .doesNotContainIgnoringCase("server:");
        }
    }

    /** Sends 64 KB chunks until the declared 50 MB are sent or the server closes the connection. */
    private static void sendChunks(RawHttp connection) {
        byte[] chunk = (Integer.toHexString(CHUNK_BYTES) + "\r\n" + "a".repeat(CHUNK_BYTES) + "\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        try {
            for (int sent = 0; sent < BIG_BODY_BYTES; sent += CHUNK_BYTES) {
                connection.send(chunk);
            }
            connection.send("0\r\n\r\n");
        } catch (java.io.IOException e) {
            // the server refused the rest, as it should
        }
    }

    private void assertStillAnswering() throws Exception {
        String id = "alive-" + (++requests);
        HttpResponse<String> ack = post(
                SlackFakes.form(slashCommand("C_ALIVE", "U_ALIVE", "when was the vote?", slack.responseUrl(id))), FORM);
        assertThat(ack.statusCode()).isEqualTo(200);
        slack.awaitCall("still answering", call -> call.path().equals("/response/" + id), WAIT);
    }

    private String head(String contentType, String lengthHeader) {
        return "POST " + SlackSettings.EVENTS_PATH + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + contentType
                + "\r\nX-Slack-Request-Timestamp: " + now() + "\r\nX-Slack-Signature: v0=" + "0".repeat(64) + "\r\n"
                + lengthHeader + "\r\n\r\n";
    }

    private HttpResponse<String> post(String body, String contentType) throws Exception {
        return send(body, contentType, signedHeaders(now(), body));
    }

    private static Map<String, String> signedHeaders(long timestamp, String body) {
        return Map.of(
                "X-Slack-Request-Timestamp",
                Long.toString(timestamp),
                "X-Slack-Signature",
                SlackFakes.sign(timestamp, body));
    }

    private HttpResponse<String> send(String body, String contentType, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .timeout(WAIT)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private int port() {
        return bot.httpPort().orElseThrow();
    }

    private static long now() {
        return Instant.now().getEpochSecond();
    }
}
