package dev.storybot.slack;

import static dev.storybot.slack.SlackPayloads.eventCallback;
import static dev.storybot.slack.SlackPayloads.message;
import static dev.storybot.slack.SlackPayloads.slashCommand;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.storybot.answering.TestBots;
import dev.storybot.chat.BotServices;
import dev.storybot.core.RateLimiter;
import dev.storybot.ops.LogCapture;
import dev.storybot.settings.SlackSettings;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input on every Slack entry point, with the real Bolt (HTTP mode behind the real Jetty, and Socket Mode) and the
 * real retrieval answerer: each gets a clear reply or a 4xx, never a 5xx, a stack trace, a broadcast or a mention.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlackBadInputTest {

    private static final int WORKER_THREADS = 2;
    private static final int WORKER_QUEUE = 100;

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String JSON = "application/json";
    private static final String HUNDRED_KB = "why ".repeat(25_600);
    private static final String CONTROL = "when\u0000 was\u0007 the\u001b[31m vote\r\n?\u202e\u0008";
    private static final String INJECTION = "<!channel> <!here|here> <!everyone> <@U0BOSS> <!subteam^S01|@team> *bold*"
            + " _it_ ~no~ `code` ```block``` <https://evil.example|click me> &amp; &lt;!channel&gt; when was the vote?";

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(WAIT).build();
    private FakeSlack slack;
    private SlackBot httpBot;
    private SlackBot socketBot;
    private URI endpoint;
    private int responses;

    @BeforeAll
    void start() throws Exception {
        slack = FakeSlack.start();
        BotServices services = new BotServices(
                TestBots.retrieval(),
                SlackPayloads.story(),
                new RecordingFeedbackStore(),
                RateLimiter.perMinute(1_000));
        httpBot = SlackBot.start(
                new SlackSettings("xoxb-bad-input", null, SlackFakes.SIGNING_SECRET, "127.0.0.1", 0, slack.apiUrl()),
                services,
                WORKER_THREADS,
                WORKER_QUEUE);
        endpoint = URI.create("http://127.0.0.1:" + httpBot.httpPort().orElseThrow() + SlackSettings.EVENTS_PATH);
        socketBot = SlackBot.start(
                new SlackSettings("xoxb-bad-input", "xapp-bad-input", null, "127.0.0.1", 0, slack.apiUrl()),
                services,
                WORKER_THREADS,
                WORKER_QUEUE);
        slack.awaitConnections(1, WAIT);
    }

    @AfterAll
    void stop() throws Exception {
        for (AutoCloseable closeable : new AutoCloseable[] {httpBot, socketBot, slack}) {
            if (closeable != null) {
                closeable.close();
            }
        }
    }

    static Stream<Arguments> questions() {
        return Stream.of(
                Arguments.of("empty", ""),
                Arguments.of("only spaces", "   \t  "),
                Arguments.of("100 KB", HUNDRED_KB),
                Arguments.of("control characters", CONTROL),
                Arguments.of("mrkdwn and broadcast injection", INJECTION),
                Arguments.of("replacement characters from invalid UTF-8", "when was \uFFFD\uFFFD the vote?"));
    }

    @ParameterizedTest(name = "/ask with {0} text gets a clear reply")
    @MethodSource("questions")
    void should_reply_clearly_to_bad_slash_command_text(String name, String text) throws Exception {
        String id = "bad-" + (++responses);
        HttpResponse<String> ack = post(form(slashCommand("C_BAD", "U_BAD", text, slack.responseUrl(id))), FORM);

        assertThat(ack.statusCode()).isEqualTo(200);
        assertClean(ack.body());
        if (text.isBlank()) {
            assertThat(ack.body()).contains("Ask me about the story");
        } else {
            String shown = slack.awaitCall(name, call -> call.path().equals("/response/" + id), WAIT)
                    .shownContent();
            assertClean(shown);
            assertThat(shown).doesNotContain("<!channel>", "<!here", "<!everyone>", "<@U0BOSS>", "<!subteam");
        }
    }

    @ParameterizedTest(name = "a DM with {0} text gets a clear reply")
    @MethodSource("questions")
    void should_reply_clearly_to_bad_direct_messages(String name, String text) throws Exception {
        String channel = "D_BAD_" + (++responses);
        String body = eventCallback(
                        "Ev_BAD_" + responses,
                        message(channel, "im", "U_BAD_DM", text, "1700003000.00000" + (responses % 10), null))
                .toString();

        HttpResponse<String> ack = post(body, JSON);

        assertThat(ack.statusCode()).isEqualTo(200);
        String shown = slack.awaitCall(
                        name,
                        call -> call.method().equals("chat.postMessage") && channel.equals(call.param("channel")),
                        WAIT)
                .shownContent();
        assertClean(shown);
        assertThat(shown).doesNotContain("<!channel>", "<!here", "<!everyone>", "<@U0BOSS>", "<!subteam");
    }

    static Stream<Arguments> malformedRequests() {
        byte[] invalidUtf8 = concat(
                "command=%2Fask&user_id=U_RAW&channel_id=C_RAW&response_url=x&text="
                        .getBytes(StandardCharsets.US_ASCII),
                new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF, (byte) 0xFE});
        return Stream.of(
                Arguments.of(
                        "a form without a command", "user_id=U1&text=hello".getBytes(StandardCharsets.UTF_8), FORM),
                Arguments.of("not JSON at all", "{not json".getBytes(StandardCharsets.UTF_8), JSON),
                Arguments.of(
                        "an event_callback without an event",
                        "{\"type\":\"event_callback\",\"event_id\":\"Ev_EMPTY\"}".getBytes(StandardCharsets.UTF_8),
                        JSON),
                Arguments.of(
                        "an unknown event type",
                        ("{\"type\":\"event_callback\",\"event_id\":\"Ev_ODD\","
                                        + "\"event\":{\"type\":\"no_such_event\"}}")
                                .getBytes(StandardCharsets.UTF_8),
                        JSON),
                Arguments.of(
                        "an interactive payload that is not JSON",
                        "payload=%7Bnot+json".getBytes(StandardCharsets.UTF_8),
                        FORM),
                Arguments.of(
                        "a button click without actions",
                        ("payload="
                                        + URLEncoder.encode(
                                                "{\"type\":\"block_actions\",\"user\":{\"id\":\"U1\"}}",
                                                StandardCharsets.UTF_8))
                                .getBytes(StandardCharsets.UTF_8),
                        FORM),
                Arguments.of("an empty body", new byte[0], FORM),
                Arguments.of("raw invalid UTF-8", invalidUtf8, FORM),
                // as large as the endpoint reads (one byte more is refused before it is read: SlackHttpHardeningTest)
                Arguments.of(
                        "a 1 MB body",
                        ("text=" + "a".repeat((1 << 20) - "text=".length())).getBytes(StandardCharsets.UTF_8),
                        FORM));
    }

    @ParameterizedTest(name = "a signed request with {0} gets a 2xx or 4xx, never a 5xx or a stack trace")
    @MethodSource("malformedRequests")
    void should_survive_malformed_signed_requests(String name, byte[] body, String contentType) throws Exception {
        long timestamp = Instant.now().getEpochSecond();

        HttpResponse<String> response;
        // Bolt logs the whole body of a request it cannot classify at WARN; keep a megabyte of it out of the build log
        try (LogCapture logs = LogCapture.from(Level.WARN)) {
            response = send(
                    body,
                    contentType,
                    Map.of(
                            "X-Slack-Request-Timestamp", Long.toString(timestamp),
                            "X-Slack-Signature", SlackFakes.sign(timestamp, body)));
        }

        assertThat(response.statusCode()).as(name + ": " + response.body()).isBetween(200, 499);
        assertClean(response.body());
        assertStillAnswering();
    }

    static Stream<Arguments> unsignedRequests() {
        long now = Instant.now().getEpochSecond();
        return Stream.of(
                Arguments.of("no signature headers", Map.of()),
                Arguments.of(
                        "a timestamp that is not a number",
                        Map.of("X-Slack-Request-Timestamp", "yesterday", "X-Slack-Signature", "v0=00")),
                Arguments.of(
                        "a signature that is not hex",
                        Map.of(
                                "X-Slack-Request-Timestamp",
                                Long.toString(now),
                                "X-Slack-Signature",
                                "v0=not-hex-at-all")),
                Arguments.of(
                        "a signature from another secret",
                        Map.of(
                                "X-Slack-Request-Timestamp",
                                Long.toString(now),
                                "X-Slack-Signature",
                                "v1=" + "a".repeat(64))));
    }

    @ParameterizedTest(name = "a request with {0} is rejected with 401 and never answered")
    @MethodSource("unsignedRequests")
    void should_reject_unsigned_requests(String name, Map<String, String> headers) throws Exception {
        String id = "unsigned-" + (++responses);
        byte[] body = form(slashCommand("C_BAD", "U_BAD", "when was the vote?", slack.responseUrl(id)))
                .getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = send(body, FORM, headers);

        assertThat(response.statusCode()).isEqualTo(401);
        assertClean(response.body());
        assertStillAnswering();
        assertThat(slack.calls(call -> call.path().equals("/response/" + id))).isEmpty();
    }

    @Test
    @DisplayName("Socket Mode: malformed envelopes are acknowledged or ignored, and the connection keeps answering")
    void should_survive_malformed_socket_mode_envelopes() throws Exception {
        String shown;
        try (LogCapture logs = LogCapture.from(Level.WARN)) { // the Socket Mode client logs each one with a trace
            slack.sendEnvelope("env-bad-1", "slash_commands", TextNode.valueOf("not an object"));
            slack.sendEnvelope(
                    "env-bad-2",
                    "events_api",
                    SlackPayloads.JSON.createObjectNode().put("type", "odd"));
            slack.sendEnvelope("env-bad-3", "no_such_type", SlackPayloads.JSON.createObjectNode());
            slack.sendEnvelope(
                    "env-bad-4",
                    "interactive",
                    SlackPayloads.JSON.createObjectNode().put("type", "block_actions"));
            slack.sendEnvelope(
                    "env-bad-5",
                    "slash_commands",
                    slashCommand("C_SOCKET", "U_SOCKET", INJECTION, slack.responseUrl("socket-injection")));

            shown = slack.awaitCall("socket answer", call -> call.path().equals("/response/socket-injection"), WAIT)
                    .shownContent();
        }
        assertClean(shown);
        assertThat(shown).doesNotContain("<!channel>", "<!here", "<!everyone>", "<@U0BOSS>", "<!subteam");
        assertThat(socketBot.isConnected()).isTrue();
    }

    private void assertStillAnswering() throws Exception {
        String id = "alive-" + (++responses);
        HttpResponse<String> ack =
                post(form(slashCommand("C_ALIVE", "U_ALIVE", "when was the vote?", slack.responseUrl(id))), FORM);
        assertThat(ack.statusCode()).isEqualTo(200);
        slack.awaitCall("still answering", call -> call.path().equals("/response/" + id), WAIT);
    }

    private static void assertClean(String shown) {
        assertThat(shown).doesNotContain("Exception", "\tat ", "at com.slack", "at dev.storybot", "java.");
    }

    private HttpResponse<String> post(String body, String contentType) throws Exception {
        long timestamp = Instant.now().getEpochSecond();
        return send(
                body.getBytes(StandardCharsets.UTF_8),
                contentType,
                Map.of(
                        "X-Slack-Request-Timestamp", Long.toString(timestamp),
                        "X-Slack-Signature", SlackFakes.sign(timestamp, body)));
    }

    private HttpResponse<String> send(byte[] body, String contentType, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .timeout(WAIT)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String form(com.fasterxml.jackson.databind.node.ObjectNode fields) {
        StringBuilder out = new StringBuilder();
        fields.fields()
                .forEachRemaining(field -> out.append(out.length() == 0 ? "" : "&")
                        .append(URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8))
                        .append('=')
                        .append(URLEncoder.encode(field.getValue().asText(), StandardCharsets.UTF_8)));
        return out.toString();
    }

    private static byte[] concat(byte[] first, byte[] second) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(first);
        out.writeBytes(second);
        return out.toByteArray();
    }
}
