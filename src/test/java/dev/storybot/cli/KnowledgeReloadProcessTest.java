package dev.storybot.cli;

import static dev.storybot.cli.ServeTestSupport.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storybot.knowledge.KnowledgeLoader;
import dev.storybot.ops.Health;
import dev.storybot.settings.SlackSettings;
import dev.storybot.settings.Variable;
import dev.storybot.slack.SlackFakes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code storybot serve} as a real process on a knowledge directory that is edited while it runs: a valid edit is
 * served within seconds under a new version, an invalid one leaves the last good knowledge answering and shows in
 * {@code /healthz}, and fixing it recovers.
 */
class KnowledgeReloadProcessTest {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    /** A few poll intervals, with room for a busy machine. */
    private static final Duration RELOAD_TIMEOUT = Duration.ofSeconds(30);

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String QUESTION = "How many downloads did Qwen get?";
    /** Part of a fact's answer, not of its quote (which must stay verbatim). */
    private static final String ORIGINAL = "surpassing Meta's Llama at";

    private static final String EDITED = "ahead of Meta's Llama at";
    private static final String FIXED = "well ahead of Meta's Llama at";

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(WAIT).build();
    private final AtomicInteger questions = new AtomicInteger();

    @Test
    void should_serve_an_edit_within_seconds_keep_the_old_knowledge_through_an_invalid_edit_and_recover()
            throws Exception {
        Path story = Files.createDirectories(dir.resolve("story"));
        Files.writeString(story.resolve(KnowledgeLoader.ARTICLE_FILE), bundled(KnowledgeLoader.ARTICLE_FILE));
        String facts = bundled(KnowledgeLoader.FACTS_FILE);
        assertThat(facts).contains(ORIGINAL);
        Path factsFile = story.resolve(KnowledgeLoader.FACTS_FILE);
        Files.writeString(factsFile, facts);
        try (SlackFakes slack = SlackFakes.start()) {
            int slackPort = ServeProcess.freePort();
            Map<String, String> env = new HashMap<>(slack.httpModeEnv("xoxb-reload-test"));
            env.put(Variable.STORYBOT_SLACK_PORT.name(), Integer.toString(slackPort));
            env.put(Variable.STORYBOT_DATA_DIR.name(), dir.resolve("data").toString());
            env.put(Variable.STORYBOT_KNOWLEDGE_DIR.name(), story.toString());
            try (ServeProcess serve = ServeProcess.start(env, dir.resolve("serve.log"), "-Xmx256m")) {
                eventually("serve is healthy", serve::healthy, START_TIMEOUT);
                JsonNode first = knowledge(serve);
                assertThat(first.get("source").asText()).isEqualTo(Health.Knowledge.DIRECTORY);
                assertThat(first.has("lastError")).isFalse();
                assertThat(ask(slack, slackPort)).contains(ORIGINAL);

                Files.writeString(factsFile, facts.replace(ORIGINAL, EDITED));
                eventually("a new version is loaded", () -> !version(serve).equals(version(first)), RELOAD_TIMEOUT);
                assertThat(ask(slack, slackPort)).contains(EDITED).doesNotContain(ORIGINAL);
                JsonNode edited = knowledge(serve);
                assertThat(edited.has("lastError")).isFalse();

                Files.writeString(factsFile, "{\"story\": ");
                eventually(
                        "/healthz reports the broken file",
                        () -> knowledge(serve).path("lastError").asText().contains(KnowledgeLoader.FACTS_FILE),
                        RELOAD_TIMEOUT);
                assertThat(serve.get("/healthz").statusCode()).isEqualTo(200);
                assertThat(version(knowledge(serve))).isEqualTo(version(edited));
                assertThat(ask(slack, slackPort)).contains(EDITED);
                assertThat(serve.output().lines().filter(line -> line.contains("knowledge not reloaded")))
                        .singleElement()
                        .asString()
                        .contains(factsFile.toString(), "not valid JSON");

                Files.writeString(factsFile, facts.replace(ORIGINAL, FIXED));
                eventually(
                        "the fixed files are loaded",
                        () -> !knowledge(serve).has("lastError")
                                && !version(serve).equals(version(edited)),
                        RELOAD_TIMEOUT);
                assertThat(ask(slack, slackPort)).contains(FIXED);
                assertThat(serve.output()).contains("knowledge reloaded from " + story);

                assertThat(serve.terminate(WAIT)).as(serve.output()).isZero();
            }
        }
    }

    private static String bundled(String file) throws IOException {
        try (InputStream in = KnowledgeReloadProcessTest.class.getResourceAsStream("/knowledge/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static JsonNode knowledge(ServeProcess serve) {
        try {
            return JSON.readTree(serve.get("/healthz").body()).path("knowledge");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String version(ServeProcess serve) {
        return version(knowledge(serve));
    }

    private static String version(JsonNode knowledge) {
        return knowledge.path("version").asText();
    }

    /** Asks over Slack's slash command and returns the answer posted to the response URL. */
    private String ask(SlackFakes slack, int port) throws Exception {
        String id = "reload-" + questions.incrementAndGet();
        String body = slack.slashCommandForm("C_RELOAD", "U_RELOAD", QUESTION, slack.responseUrl(id));
        long timestamp = Instant.now().getEpochSecond();
        HttpResponse<String> ack = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + SlackSettings.EVENTS_PATH))
                        .timeout(WAIT)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("X-Slack-Request-Timestamp", Long.toString(timestamp))
                        .header("X-Slack-Signature", SlackFakes.sign(timestamp, body))
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(ack.statusCode()).isEqualTo(200);
        return slack.awaitResponse(id, WAIT);
    }
}
