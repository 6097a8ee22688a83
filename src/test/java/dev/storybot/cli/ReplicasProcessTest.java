package dev.storybot.cli;

import static dev.storybot.cli.ServeTestSupport.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.settings.SlackSettings;
import dev.storybot.settings.Variable;
import dev.storybot.slack.SlackFakes;
import dev.storybot.testing.TestPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code storybot serve} processes on one real PostgreSQL, in Slack HTTP mode against the fake Slack, as two
 * replicas behind a load balancer: a delivery that reaches both is answered once, and a thread continued on the other
 * replica keeps its context.
 */
class ReplicasProcessTest {

    /** Two JVMs starting at once on two shared cores, each loading the story and the embedding model. */
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String CHANNEL = "C_REPLICAS";
    private static final String QUESTION_TS = "1700003000.000001";

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(WAIT).build();

    @Test
    void should_answer_a_delivery_once_and_keep_a_thread_across_two_replicas() throws Exception {
        String database = TestPostgres.newDatabase();
        try (SlackFakes slack = SlackFakes.start()) {
            int portA = ServeProcess.freePort();
            int portB = ServeProcess.freePort();
            try (ServeProcess replicaA =
                            ServeProcess.start(env(slack, database, portA, "a"), dir.resolve("a.log"), "-Xmx256m");
                    ServeProcess replicaB =
                            ServeProcess.start(env(slack, database, portB, "b"), dir.resolve("b.log"), "-Xmx256m")) {
                eventually("replica a is healthy", replicaA::healthy, START_TIMEOUT);
                eventually("replica b is healthy", replicaB::healthy, START_TIMEOUT);

                String mention = SlackFakes.mentionEvent(
                        "Ev_REPLICA_1", CHANNEL, "U_ASKER", "Who founded Thinking Machines Lab?", QUESTION_TS);
                assertThat(deliver(portA, mention, Map.of()).statusCode()).isEqualTo(200);
                // Slack retries a delivery it thinks failed; behind a load balancer the retry reaches the other replica
                assertThat(deliver(
                                        portB,
                                        mention,
                                        Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout"))
                                .statusCode())
                        .isEqualTo(200);
                // each replica answers with one worker, in order: had the other replica taken the retry too, its answer
                // would be posted before its answer to this later question
                String later = SlackFakes.directMessageEvent(
                        "Ev_REPLICA_LATER", "U_OTHER", "How many downloads did Qwen get?", "1700003005.000001");
                assertThat(deliver(portB, later, Map.of()).statusCode()).isEqualTo(200);
                slack.awaitPost(content -> content.contains("385.3 million"), WAIT);
                eventually(
                        "the question is answered in its thread",
                        () -> !slack.postsInThread(CHANNEL, QUESTION_TS).isEmpty(),
                        WAIT);
                assertThat(slack.postsInThread(CHANNEL, QUESTION_TS))
                        .as("answered once")
                        .hasSize(1);

                String followUp = SlackFakes.threadMessageEvent(
                        "Ev_REPLICA_2",
                        CHANNEL,
                        "U_ASKER",
                        "What was her job before that?",
                        "1700003010.000001",
                        QUESTION_TS);
                assertThat(deliver(portB, followUp, Map.of()).statusCode()).isEqualTo(200);
                eventually(
                        "the follow-up is answered on the other replica",
                        () -> slack.postsInThread(CHANNEL, QUESTION_TS).size() >= 2,
                        WAIT);

                List<String> thread = slack.postsInThread(CHANNEL, QUESTION_TS);
                assertThat(thread).as(replicaA.output() + replicaB.output()).hasSize(2);
                assertThat(thread.get(0)).contains("Murati");
                assertThat(thread.get(1))
                        .as("the follow-up resolved with the first turn, which replica a answered")
                        .isNotEqualTo(thread.get(0))
                        .contains("Chief Technology Officer", "OpenAI");
                assertThat(replicaA.output()).contains("question platform=slack");
                assertThat(replicaB.output()).contains("question platform=slack");
            }
        }
    }

    private Map<String, String> env(SlackFakes slack, String database, int slackPort, String name) {
        Map<String, String> env = new HashMap<>(slack.httpModeEnv("xoxb-replicas-test"));
        env.put(Variable.STORYBOT_SLACK_PORT.name(), Integer.toString(slackPort));
        env.put(Variable.STORYBOT_DATABASE_URL.name(), database);
        env.put(Variable.STORYBOT_DATABASE_USER.name(), TestPostgres.USER);
        env.put(Variable.STORYBOT_DATA_DIR.name(), dir.resolve("data-" + name).toString());
        env.put(Variable.STORYBOT_WORKER_THREADS.name(), "1");
        return env;
    }

    /** Posts an event as Slack does, signed afresh for this delivery. */
    private HttpResponse<String> deliver(int slackPort, String body, Map<String, String> headers) throws Exception {
        long timestamp = Instant.now().getEpochSecond();
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + slackPort + SlackSettings.EVENTS_PATH))
                .timeout(WAIT)
                .header("Content-Type", "application/json")
                .header("X-Slack-Request-Timestamp", Long.toString(timestamp))
                .header("X-Slack-Signature", SlackFakes.sign(timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
