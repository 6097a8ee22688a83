package dev.storybot.cli;

import static dev.storybot.cli.ServeTestSupport.WAIT;
import static dev.storybot.cli.ServeTestSupport.eventually;
import static dev.storybot.cli.ServeTestSupport.get;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storybot.chat.ChatTexts;
import dev.storybot.discord.DiscordFakes;
import dev.storybot.ops.Health;
import dev.storybot.ops.OpsMetrics;
import dev.storybot.settings.SettingsReader;
import dev.storybot.settings.SlackSettings;
import dev.storybot.settings.Variable;
import dev.storybot.slack.SlackBot;
import dev.storybot.slack.SlackFakes;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The serve machinery in-process: Discord and Slack (HTTP mode) against their fakes, with health and metrics. */
class ServeRuntimeTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(WAIT).build();

    @TempDir
    Path dataDir;

    private DiscordFakes discord;
    private SlackFakes slack;
    private final ServeTestSupport.GatedAnswerer answerer = new ServeTestSupport.GatedAnswerer();
    private ServeRuntime runtime;

    @BeforeEach
    void startFakes() throws Exception {
        discord = DiscordFakes.start();
        slack = SlackFakes.start();
    }

    @AfterEach
    void stopEverything() throws Exception {
        answerer.release();
        if (runtime != null) {
            runtime.stop();
        }
        discord.close();
        slack.close();
    }

    private ServeRuntime start(Map<String, String> extra) throws Exception {
        Map<String, String> settings = new HashMap<>();
        settings.putAll(discord.env(DiscordFakes.TOKEN));
        settings.putAll(slack.httpModeEnv("xoxb-serve-test"));
        settings.put(Variable.STORYBOT_HTTP_HOST.name(), "127.0.0.1");
        settings.put(Variable.STORYBOT_HTTP_PORT.name(), "0");
        settings.put(Variable.STORYBOT_DATA_DIR.name(), dataDir.toString());
        settings.putAll(extra);
        runtime = ServeRuntime.start(
                SettingsReader.of(settings).read(),
                answerer,
                ServeTestSupport.STORY,
                () -> new Health.Llm(true, "CLOSED"),
                OpsMetrics.create());
        return runtime;
    }

    @Test
    @DisplayName("/healthz lists every platform as connected and the model's circuit; /metrics counts the questions")
    void should_report_health_and_count_questions_by_platform_mode_and_outcome() throws Exception {
        start(Map.of(Variable.STORYBOT_RATE_LIMIT_PER_MINUTE.name(), "2"));

        HttpResponse<String> health = get(runtime.httpPort(), "/healthz");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.headers().firstValue("Content-Type")).hasValue("application/json");
        JsonNode body = JSON.readTree(health.body());
        assertThat(body.get("status").asText()).isEqualTo("ok");
        assertThat(body.get("platforms").get("discord").asText()).isEqualTo("connected");
        assertThat(body.get("platforms").get("slack-http").asText()).isEqualTo("connected");
        assertThat(body.get("llm").get("configured").asBoolean()).isTrue();
        assertThat(body.get("llm").get("circuit").asText()).isEqualTo("CLOSED");
        JsonNode shard = body.get("discord_shards").get(0);
        assertThat(body.get("discord_shards")).hasSize(1);
        assertThat(shard.get("id").asInt()).isZero();
        assertThat(shard.get("total").asInt()).isEqualTo(1);
        assertThat(shard.get("status").asText()).isEqualTo("CONNECTED");
        assertThat(shard.get("guilds").asInt()).isEqualTo(1);

        DiscordFakes.Interaction asked = discord.ask("When was the vote?");
        discord.awaitReply(asked, text -> text.startsWith("Answer to: When was the vote?"), WAIT);
        for (int i = 0; i < 3; i++) {
            assertThat(postSlash("ops-" + i, "U_LIMITED", "When was the vote?").statusCode())
                    .isEqualTo(200);
        }
        slack.awaitResponse("ops-1", WAIT);

        String metrics = get(runtime.httpPort(), "/metrics").body();
        assertThat(metrics)
                .contains("storybot_questions_total{mode=\"retrieval\",outcome=\"answered\",platform=\"discord\"} 1.0")
                .contains("storybot_questions_total{mode=\"retrieval\",outcome=\"answered\",platform=\"slack\"} 2.0")
                .contains("storybot_rate_limited_total{platform=\"slack\"} 1.0")
                .contains("storybot_answer_latency_seconds_bucket{")
                .contains("storybot_answer_latency_seconds_count{mode=\"retrieval\",platform=\"discord\"} 1")
                .contains("storybot_discord_shard_connected{shard=\"0\"} 1.0")
                .contains("storybot_discord_shard_guilds{shard=\"0\"} 1.0")
                .contains("storybot_discord_shard_gateway_ping_seconds{shard=\"0\"}")
                .contains("jvm_memory_used_bytes");
    }

    @Test
    @DisplayName("stop: answers in flight are still delivered, new questions are told the bot is restarting")
    void should_finish_answers_in_flight_and_turn_new_questions_away_while_stopping() throws Exception {
        start(Map.of());
        DiscordFakes.Interaction slowDiscord = discord.ask("slow discord question");
        assertThat(postSlash("slow-slack", "U_SLOW", "slow slack question").statusCode())
                .isEqualTo(200);
        for (int i = 0; i < 2; i++) {
            assertThat(answerer.started.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS))
                    .isNotNull();
        }

        CompletableFuture<Void> stopping = CompletableFuture.runAsync(runtime::stop);
        eventually("health says stopping", () -> healthStatus().equals("stopping"), WAIT);

        DiscordFakes.Interaction late = discord.ask("a question during the stop");
        discord.awaitReply(late, text -> text.contains(ChatTexts.RESTARTING), WAIT);
        assertThat(postSlash("late-slack", "U_LATE", "a question during the stop")
                        .statusCode())
                .isEqualTo(200);
        assertThat(slack.awaitResponse("late-slack", WAIT)).contains(ChatTexts.RESTARTING);
        assertThat(stopping).isNotDone();

        answerer.release();
        discord.awaitReply(slowDiscord, text -> text.startsWith("Answer to: slow discord question"), WAIT);
        assertThat(slack.awaitResponse("slow-slack", WAIT)).contains("Answer to: slow slack question");
        stopping.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(slack.responses("slow-slack")).hasSize(1);
        assertThat(discord.replies(slowDiscord)).hasSize(1);
    }

    @Test
    @DisplayName("/healthz answers 503 \"degraded\" while a configured platform is disconnected")
    void should_report_degraded_while_a_platform_is_down() throws Exception {
        start(Map.of());
        assertThat(get(runtime.httpPort(), "/healthz").statusCode()).isEqualTo(200);

        discord.close(); // Discord goes away and stays away

        eventually("health degraded", () -> healthStatus().equals("degraded"), WAIT);
        HttpResponse<String> health = get(runtime.httpPort(), "/healthz");
        assertThat(health.statusCode()).isEqualTo(503);
        JsonNode body = JSON.readTree(health.body());
        assertThat(body.get("platforms").get("discord").asText()).isEqualTo("disconnected");
        assertThat(body.get("platforms").get("slack-http").asText()).isEqualTo("connected");
    }

    @Test
    @DisplayName("when Discord drops the gateway connection, JDA resumes the session and later questions are answered")
    void should_resume_after_the_gateway_connection_drops() throws Exception {
        start(Map.of());
        DiscordFakes.Interaction before = discord.ask("before the drop");
        discord.awaitReply(before, text -> text.startsWith("Answer to: before the drop"), WAIT);

        discord.dropGatewayConnection();

        eventually("JDA resumed the session", () -> discord.resumes() == 1, WAIT);
        eventually("health ok again", () -> healthStatus().equals("ok"), WAIT);
        DiscordFakes.Interaction after = discord.ask("after the drop");
        discord.awaitReply(after, text -> text.startsWith("Answer to: after the drop"), WAIT);
        discord.directMessage("a DM after the drop");
        discord.awaitMessage(text -> text.startsWith("Answer to: a DM after the drop"), WAIT);
    }

    private String healthStatus() {
        try {
            return JSON.readTree(get(runtime.httpPort(), "/healthz").body())
                    .get("status")
                    .asText();
        } catch (Exception e) {
            return "unreachable: " + e;
        }
    }

    private HttpResponse<String> postSlash(String responseId, String user, String question) throws Exception {
        String body = slack.slashCommandForm("C_OPS", user, question, slack.responseUrl(responseId));
        long timestamp = Instant.now().getEpochSecond();
        return HTTP.send(
                HttpRequest.newBuilder(slackEndpoint())
                        .timeout(WAIT)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("X-Slack-Request-Timestamp", Long.toString(timestamp))
                        .header("X-Slack-Signature", SlackFakes.sign(timestamp, body))
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI slackEndpoint() {
        SlackBot bot = runtime.platforms().stream()
                .map(RunningPlatform::closer)
                .filter(SlackBot.class::isInstance)
                .map(SlackBot.class::cast)
                .findFirst()
                .orElseThrow();
        return URI.create("http://127.0.0.1:" + bot.httpPort().orElseThrow() + SlackSettings.EVENTS_PATH);
    }
}
