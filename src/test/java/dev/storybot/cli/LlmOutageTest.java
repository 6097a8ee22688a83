package dev.storybot.cli;

import static dev.storybot.cli.ServeTestSupport.WAIT;
import static dev.storybot.cli.ServeTestSupport.eventually;
import static dev.storybot.cli.ServeTestSupport.get;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storybot.answering.RetrievalAnswerer;
import dev.storybot.answering.TestBots;
import dev.storybot.knowledge.KnowledgeBase;
import dev.storybot.llm.ChatCompletionsGenerator;
import dev.storybot.llm.CircuitBreaker;
import dev.storybot.llm.GroundingCheck;
import dev.storybot.llm.LlmAnswerer;
import dev.storybot.ops.Health;
import dev.storybot.ops.MicrometerLlmMetrics;
import dev.storybot.ops.OpsMetrics;
import dev.storybot.settings.LlmSettings;
import dev.storybot.settings.SettingsReader;
import dev.storybot.settings.SlackSettings;
import dev.storybot.settings.Variable;
import dev.storybot.slack.SlackBot;
import dev.storybot.slack.SlackFakes;
import dev.storybot.testing.FakeOpenAiServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The model endpoint dies in the middle of a run and comes back: answers keep coming from retrieval, the circuit
 * opens (visible on /healthz and /metrics) and closes again once the endpoint answers.
 */
class LlmOutageTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration COOL_DOWN = Duration.ofSeconds(1);
    private static final String QUESTION = "How many downloads did Qwen get?";
    private static final String UNAVAILABLE = "Generation is unavailable";

    @TempDir
    Path dataDir;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(WAIT).build();
    private final AtomicInteger asked = new AtomicInteger();

    @Test
    void should_keep_answering_from_retrieval_open_the_circuit_and_recover_when_the_model_returns() throws Exception {
        KnowledgeBase knowledge = TestBots.knowledge();
        RetrievalAnswerer retrieval = TestBots.retrieval();
        OpsMetrics metrics = OpsMetrics.create();
        try (SlackFakes slack = SlackFakes.start();
                FakeOpenAiServer model = FakeOpenAiServer.start().replyAlways(FakeOpenAiServer.echo())) {
            LlmSettings config = new LlmSettings(model.baseUrl(), FakeOpenAiServer.MODEL, null, Duration.ofSeconds(5));
            LlmAnswerer llm = new LlmAnswerer(
                    retrieval,
                    new ChatCompletionsGenerator(config),
                    GroundingCheck.forKnowledge(knowledge),
                    new CircuitBreaker(2, COOL_DOWN, Clock.systemUTC()),
                    config,
                    new MicrometerLlmMetrics(metrics));
            Map<String, String> settings = new HashMap<>(slack.httpModeEnv("xoxb-outage"));
            settings.put(Variable.STORYBOT_HTTP_HOST.name(), "127.0.0.1");
            settings.put(Variable.STORYBOT_HTTP_PORT.name(), "0");
            settings.put(Variable.STORYBOT_DATA_DIR.name(), dataDir.toString());
            settings.put(Variable.STORYBOT_RATE_LIMIT_PER_MINUTE.name(), "1000");
            try (llm;
                    ServeRuntime runtime = ServeRuntime.start(
                            SettingsReader.of(settings).read(),
                            llm,
                            knowledge.brief(),
                            () -> new Health.Llm(true, llm.circuitState().name()),
                            metrics)) {
                URI slackEndpoint = slackEndpoint(runtime);

                String first = ask(slack, slackEndpoint);
                assertThat(first).contains("[1]").doesNotContain(UNAVAILABLE);
                assertThat(circuit(runtime)).isEqualTo("CLOSED");

                // killed while generating an answer, then down for the next question
                model.enqueue(FakeOpenAiServer.silence());
                int before = model.completions();
                String id = send(slack, slackEndpoint);
                eventually("the model got the request", () -> model.completions() > before, WAIT);
                model.kill();
                assertThat(slack.awaitResponse(id, WAIT)).contains(UNAVAILABLE);
                assertThat(ask(slack, slackEndpoint)).contains(UNAVAILABLE).contains("¶4");

                HttpResponse<String> health = get(runtime.httpPort(), "/healthz");
                assertThat(health.statusCode())
                        .as("an open circuit does not make the bot unhealthy")
                        .isEqualTo(200);
                assertThat(JSON.readTree(health.body())
                                .get("llm")
                                .get("circuit")
                                .asText())
                        .isIn("OPEN", "HALF_OPEN");
                int whileOpen = model.completions();
                assertThat(ask(slack, slackEndpoint)).contains(UNAVAILABLE);
                assertThat(model.completions()).isEqualTo(whileOpen);

                model.revive();
                eventually("the cool-down ends", () -> !circuit(runtime).equals("OPEN"), WAIT);
                assertThat(ask(slack, slackEndpoint)).contains("[1]").doesNotContain(UNAVAILABLE);
                assertThat(circuit(runtime)).isEqualTo("CLOSED");

                assertThat(get(runtime.httpPort(), "/metrics").body())
                        .contains("storybot_llm_fallbacks_total{cause=\"circuit_open\"}")
                        .contains("storybot_llm_fallbacks_total{cause=\"connection_failed\"}")
                        .contains("storybot_llm_latency_seconds_count")
                        .contains("storybot_llm_grounded_total 2.0");
            }
        }
    }

    private String circuit(ServeRuntime runtime) {
        try {
            JsonNode health = JSON.readTree(get(runtime.httpPort(), "/healthz").body());
            return health.get("llm").get("circuit").asText();
        } catch (Exception e) {
            return "unreachable: " + e;
        }
    }

    private String ask(SlackFakes slack, URI endpoint) throws Exception {
        return slack.awaitResponse(send(slack, endpoint), WAIT);
    }

    /** Sends a signed /ask and returns the id of its response_url. */
    private String send(SlackFakes slack, URI endpoint) throws Exception {
        String id = "outage-" + asked.incrementAndGet();
        String body = slack.slashCommandForm("C_OUTAGE", "U_OUTAGE", QUESTION, slack.responseUrl(id));
        long timestamp = Instant.now().getEpochSecond();
        HttpResponse<String> ack = http.send(
                HttpRequest.newBuilder(endpoint)
                        .timeout(WAIT)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("X-Slack-Request-Timestamp", Long.toString(timestamp))
                        .header("X-Slack-Signature", SlackFakes.sign(timestamp, body))
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(ack.statusCode()).isEqualTo(200);
        return id;
    }

    private static URI slackEndpoint(ServeRuntime runtime) {
        SlackBot bot = (SlackBot) runtime.platforms().get(0).closer();
        return URI.create("http://127.0.0.1:" + bot.httpPort().orElseThrow() + SlackSettings.EVENTS_PATH);
    }
}
