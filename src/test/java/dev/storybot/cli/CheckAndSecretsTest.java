package dev.storybot.cli;

import static dev.storybot.cli.ServeTestSupport.WAIT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.Main;
import dev.storybot.discord.DiscordFakes;
import dev.storybot.ops.LogCapture;
import dev.storybot.ops.MicrometerLlmMetrics;
import dev.storybot.ops.OpsMetrics;
import dev.storybot.settings.SettingsReader;
import dev.storybot.settings.SlackSettings;
import dev.storybot.settings.Variable;
import dev.storybot.slack.SlackBot;
import dev.storybot.slack.SlackFakes;
import dev.storybot.testing.FakeOpenAiServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code storybot check} against local fakes, and proof that no token ever reaches the output or the logs. */
class CheckAndSecretsTest {

    // each secret part is distinctive; Slack tokens keep a plain 16-character prefix because the Slack SDK logs that
    // much of a token (never more) at DEBUG to tell tokens apart
    private static final String DISCORD_SECRET = "MTIzNDU2Nzg5MDEyMzQ1Njc4.DistinctiveDiscordSecret4711.abc";
    private static final String SLACK_BOT_SECRET = "xoxb-0000000000-DistinctiveSlackBotSecret4711";
    private static final String SLACK_APP_SECRET = "xapp-0000000000-DistinctiveSlackAppSecret4711";
    private static final String LLM_SECRET = "sk-DistinctiveLlmSecret4711";
    private static final List<String> SECRETS =
            List.of(DISCORD_SECRET, SLACK_BOT_SECRET, SLACK_APP_SECRET, LLM_SECRET, "Distinctive", "Secret4711");

    @TempDir
    Path dir;

    private DiscordFakes discord;
    private SlackFakes slack;
    private FakeOpenAiServer model;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;

    @BeforeEach
    void start() throws Exception {
        discord = DiscordFakes.start();
        slack = SlackFakes.start();
        model = FakeOpenAiServer.start().requireKey("the-only-accepted-key").replyAlways(FakeOpenAiServer.echo());
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void stop() throws Exception {
        System.setOut(originalOut);
        System.setErr(originalErr);
        discord.close();
        slack.close();
        model.close();
    }

    @Test
    @DisplayName("check prints a table of what works and exits 0 when every configured part works")
    void should_pass_when_every_credential_is_accepted() throws Exception {
        Map<String, String> settings = new HashMap<>(discord.env(DiscordFakes.TOKEN));
        settings.putAll(slack.socketModeEnv("xoxb-good", "xapp-good"));
        settings.putAll(llm("the-only-accepted-key"));

        int exit = Main.run("check", "--config", properties(settings).toString());

        String table = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(table + err).isZero();
        assertThat(table)
                .containsPattern("knowledge +\\| ok +\\| 4 paragraphs")
                .containsPattern("discord +\\| ok +\\| logged in as storybot")
                .containsPattern("slack bot token +\\| ok +\\| accepted")
                .containsPattern("slack app token +\\| ok +\\| accepted")
                .containsPattern("llm +\\| ok +\\| model " + FakeOpenAiServer.MODEL + " is served")
                .contains("Everything configured works.");
    }

    @Test
    @DisplayName("check fails with exit 1 naming each rejected credential, and says when nothing is configured")
    void should_fail_naming_each_rejected_credential() throws Exception {
        slack.rejectBotToken("invalid_auth");
        slack.rejectAppToken("invalid_auth");

        int exit =
                Main.run("check", "--config", properties(rejectedEverywhere()).toString());

        String table = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).isEqualTo(1);
        assertThat(table)
                .containsPattern("discord +\\| failed +\\| Discord rejected DISCORD_TOKEN \\(401")
                .containsPattern("slack bot token +\\| failed +\\| Slack rejected SLACK_BOT_TOKEN \\(auth.test: "
                        + "invalid_auth\\)")
                .containsPattern("slack app token +\\| failed +\\| Slack rejected SLACK_APP_TOKEN")
                .containsPattern("llm +\\| failed +\\| the endpoint rejected STORYBOT_LLM_API_KEY \\(HTTP 401\\)");

        out.reset();
        assertThat(Main.run("check", "--config", properties(Map.of()).toString()))
                .isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .containsPattern("platforms +\\| failed +\\| nothing to serve")
                .containsPattern("llm +\\| skipped +\\| not configured");
    }

    @Test
    @DisplayName("serve with no platform configured says what to set and exits 1")
    void should_refuse_to_serve_nothing() throws Exception {
        assertThat(Main.run("serve", "--config", properties(Map.of()).toString()))
                .isEqualTo(1);

        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains(
                        "storybot serve: nothing to serve: set DISCORD_TOKEN",
                        "SLACK_BOT_TOKEN",
                        "SLACK_APP_TOKEN",
                        "SLACK_SIGNING_SECRET");
    }

    @Test
    @DisplayName("tokens never appear on stdout, stderr or in any log line (TRACE and up) of check and serve")
    void should_never_reveal_a_token() throws Exception {
        slack.rejectBotToken("invalid_auth");
        slack.rejectAppToken("invalid_auth");
        String answered;
        try (LogCapture logs = LogCapture.everything()) {
            // check with every credential rejected (the model endpoint even echoes the key back)
            assertThat(Main.run(
                            "check",
                            "--config",
                            properties(rejectedEverywhere()).toString()))
                    .isEqualTo(1);
            // serve with Discord rejected, then with only Slack, rejected
            assertThat(Main.run(
                            "serve",
                            "--config",
                            properties(rejectedEverywhere()).toString()))
                    .isEqualTo(1);
            Map<String, String> slackOnly = new HashMap<>(slack.socketModeEnv(SLACK_BOT_SECRET, SLACK_APP_SECRET));
            assertThat(Main.run("serve", "--config", properties(slackOnly).toString()))
                    .isEqualTo(1);
            // serve running, with a model that rejects its key: the question is answered from retrieval
            slack.acceptTokens();
            answered = askThroughServeWithRejectedModelKey();

            String everything = out.toString(StandardCharsets.UTF_8)
                    + err.toString(StandardCharsets.UTF_8)
                    + logs.text()
                    + answered;
            assertThat(logs.events()).hasSizeGreaterThan(100); // library DEBUG and TRACE output was captured too
            assertThat(err.toString(StandardCharsets.UTF_8))
                    .contains("storybot serve: Discord rejected DISCORD_TOKEN")
                    .contains("storybot serve: Slack rejected SLACK_BOT_TOKEN");
            for (String secret : SECRETS) {
                assertThat(everything).doesNotContain(secret);
            }
        }
        assertThat(answered).contains("Generation is unavailable");
    }

    private String askThroughServeWithRejectedModelKey() throws Exception {
        Map<String, String> settings = new HashMap<>(slack.httpModeEnv(SLACK_BOT_SECRET));
        settings.putAll(llm(LLM_SECRET));
        settings.put(Variable.STORYBOT_HTTP_PORT.name(), "0");
        settings.put(
                Variable.STORYBOT_DATA_DIR.name(), dir.resolve("serve-data").toString());
        OpsMetrics metrics = OpsMetrics.create();
        Storybot bot = Storybot.create(
                SettingsReader.of(settings).knowledge(),
                SettingsReader.of(settings).llm(),
                new MicrometerLlmMetrics(metrics));
        try (ServeRuntime runtime = ServeRuntime.start(
                SettingsReader.of(settings).read(),
                bot.answerer(),
                bot.knowledge().brief(),
                () -> ServeCommand.llmHealth(bot),
                metrics)) {
            SlackBot slackBot = (SlackBot) runtime.platforms().get(0).closer();
            String body = slack.slashCommandForm(
                    "C_SECRET", "U_SECRET", "How many downloads did Qwen get?", slack.responseUrl("secret"));
            long timestamp = Instant.now().getEpochSecond();
            HttpResponse<String> ack = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                                            + slackBot.httpPort().orElseThrow() + SlackSettings.EVENTS_PATH))
                                    .header("Content-Type", "application/x-www-form-urlencoded")
                                    .header("X-Slack-Request-Timestamp", Long.toString(timestamp))
                                    .header("X-Slack-Signature", SlackFakes.sign(timestamp, body))
                                    .POST(HttpRequest.BodyPublishers.ofString(body))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(ack.statusCode()).isEqualTo(200);
            return slack.awaitResponse("secret", WAIT);
        } finally {
            bot.llm().ifPresent(llm -> llm.close());
        }
    }

    private Map<String, String> rejectedEverywhere() {
        Map<String, String> settings = new HashMap<>(discord.env(DISCORD_SECRET));
        settings.putAll(slack.socketModeEnv(SLACK_BOT_SECRET, SLACK_APP_SECRET));
        settings.putAll(llm(LLM_SECRET));
        return settings;
    }

    private Map<String, String> llm(String key) {
        return Map.of(
                Variable.STORYBOT_LLM_BASE_URL.name(),
                model.baseUrl(),
                Variable.STORYBOT_LLM_MODEL.name(),
                FakeOpenAiServer.MODEL,
                Variable.STORYBOT_LLM_API_KEY.name(),
                key,
                Variable.STORYBOT_LLM_TIMEOUT_SECONDS.name(),
                "5");
    }

    private Path properties(Map<String, String> settings) throws Exception {
        Properties properties = new Properties();
        properties.putAll(settings);
        properties.put(Variable.STORYBOT_HTTP_PORT.name(), "0");
        properties.put(Variable.STORYBOT_DATA_DIR.name(), dir.resolve("data").toString());
        Path file = Files.createTempFile(dir, "storybot", ".properties");
        try (var writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            properties.store(writer, null);
        }
        return file;
    }
}
