package dev.storybot.slack;

import static dev.storybot.slack.SlackPayloads.eventCallback;
import static dev.storybot.slack.SlackPayloads.message;
import static dev.storybot.slack.SlackPayloads.sectionTexts;
import static dev.storybot.slack.SlackPayloads.slashCommand;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.storybot.chat.BotServices;
import dev.storybot.chat.ChatTexts;
import dev.storybot.core.ChatRequest;
import dev.storybot.core.RateLimiter;
import dev.storybot.settings.SlackSettings;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The real Bolt behind the real Jetty endpoint, receiving requests signed the way Slack signs them. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlackHttpModeTest {

    /** Answers waiting for the one worker; plenty for these tests. */
    private static final int WORKER_QUEUE = 100;

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String SIGNING_SECRET = "test-signing-secret";
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String JSON = "application/json";

    private final ScriptedAnswerer answerer = new ScriptedAnswerer();
    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(WAIT).build();
    private FakeSlack slack;
    private SlackBot bot;
    private URI endpoint;

    @BeforeAll
    void startBot() throws Exception {
        slack = FakeSlack.start();
        BotServices services = new BotServices(
                answerer, SlackPayloads.story(), new RecordingFeedbackStore(), RateLimiter.perMinute(10));
        SlackSettings settings = new SlackSettings("xoxb-test", null, SIGNING_SECRET, "127.0.0.1", 0, slack.apiUrl());
        bot = SlackBot.start(settings, services, 1, WORKER_QUEUE);
        endpoint = URI.create("http://127.0.0.1:" + bot.httpPort().orElseThrow() + SlackSettings.EVENTS_PATH);
    }

    @AfterAll
    void stopBot() throws Exception {
        if (bot != null) {
            bot.close();
        }
        if (slack != null) {
            slack.close();
        }
    }

    @BeforeEach
    void resetAnswerer() {
        answerer.reset();
    }

    @Test
    @DisplayName("the endpoint listens on the port it reports and counts as connected")
    void should_report_port_and_connection() {
        assertThat(bot.transport()).isEqualTo(SlackSettings.Transport.HTTP);
        assertThat(bot.httpPort()).isPresent();
        assertThat(bot.isConnected()).isTrue();
    }

    @Test
    @DisplayName("a correctly signed /ask gets 200 with the ack and is answered through the response_url")
    void should_accept_signed_slash_command() throws Exception {
        String body = form(slashCommand("C_HTTP", "U_HTTP", "when was the vote?", slack.responseUrl("http-ask")));

        HttpResponse<String> response = post(body, FORM, now(), null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains(ChatTexts.LOOKING_UP);
        FakeSlack.ApiCall answer = slack.awaitCall("answer", call -> call.path().equals("/response/http-ask"), WAIT);
        assertThat(sectionTexts(answer.blocks()))
                .containsExactly("> when was the vote?", "Answer to: when was the vote?");
    }

    @Test
    @DisplayName("a request with a wrong signature is rejected with 401 and never reaches the answerer")
    void should_reject_bad_signature() throws Exception {
        String body = form(slashCommand("C_HTTP", "U_HTTP", "forged", slack.responseUrl("forged")));

        HttpResponse<String> response = post(body, FORM, now(), "v0=" + "0".repeat(64));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(answerer.requests).isEmpty();
    }

    @Test
    @DisplayName("a correctly signed request older than 5 minutes is rejected with 401 (replay protection)")
    void should_reject_old_timestamp() throws Exception {
        String body = form(slashCommand("C_HTTP", "U_HTTP", "replayed", slack.responseUrl("replayed")));

        HttpResponse<String> response =
                post(body, FORM, now() - Duration.ofMinutes(6).toSeconds(), null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(answerer.requests).isEmpty();
    }

    @Test
    @DisplayName("Slack's url_verification challenge is echoed back")
    void should_answer_url_verification() throws Exception {
        String body = "{\"token\":\"legacy\",\"challenge\":\"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P\","
                + "\"type\":\"url_verification\"}";

        HttpResponse<String> response = post(body, JSON, now(), null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P");
    }

    @Test
    @DisplayName("an event Slack retries (X-Slack-Retry-Num) is answered once")
    void should_answer_retried_event_once() throws Exception {
        String body = eventCallback(
                        "Ev_HTTP_RETRY",
                        message("D_HTTP", "im", "U_HTTP_DM", "when was the vote?", "1700002000.000001", null))
                .toString();
        long firstDelivery = now();
        assertThat(post(body, JSON, firstDelivery, null).statusCode()).isEqualTo(200);
        // Slack signs every delivery afresh; the same signature twice would be a replay (refused with 401)
        assertThat(post(
                                body,
                                JSON,
                                firstDelivery + 1,
                                null,
                                Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout"))
                        .statusCode())
                .isEqualTo(200);

        String sentinel = eventCallback(
                        "Ev_HTTP_SENTINEL", message("D_HTTP", "im", "U_HTTP_DM", "sentinel", "1700002100.000001", null))
                .toString();
        assertThat(post(sentinel, JSON, now(), null).statusCode()).isEqualTo(200);

        slack.awaitCall(
                "sentinel answer",
                call -> call.method().equals("chat.postMessage")
                        && sectionTexts(call.blocks()).contains("Answer to: sentinel"),
                WAIT);
        assertThat(slack.calls(
                        call -> call.method().equals("chat.postMessage") && "D_HTTP".equals(call.param("channel"))))
                .hasSize(2);
        List<ChatRequest> asked = new ArrayList<>();
        answerer.requests.drainTo(asked);
        assertThat(asked).extracting(ChatRequest::text).containsExactly("when was the vote?", "sentinel");
    }

    private HttpResponse<String> post(String body, String contentType, long timestamp, String signature)
            throws Exception {
        return post(body, contentType, timestamp, signature, Map.of());
    }

    /** Posts like Slack does; a null signature means the correct one. */
    private HttpResponse<String> post(
            String body, String contentType, long timestamp, String signature, Map<String, String> extraHeaders)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .timeout(WAIT)
                .header("Content-Type", contentType)
                .header("X-Slack-Request-Timestamp", Long.toString(timestamp))
                .header("X-Slack-Signature", signature != null ? signature : sign(timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        extraHeaders.forEach(request::header);
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sign(long timestamp, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SIGNING_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] digest = mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8));
        return "v0=" + HexFormat.of().formatHex(digest);
    }

    private static long now() {
        return Instant.now().getEpochSecond();
    }

    /** Slash commands arrive over HTTP as a form, not JSON. */
    private static String form(ObjectNode fields) {
        StringJoiner joined = new StringJoiner("&");
        for (Iterator<Map.Entry<String, JsonNode>> it = fields.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            joined.add(URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(field.getValue().asText(), StandardCharsets.UTF_8));
        }
        return joined.toString();
    }
}
