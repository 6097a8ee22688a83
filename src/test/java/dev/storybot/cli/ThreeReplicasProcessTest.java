package dev.storybot.cli;

import static dev.storybot.cli.ServeTestSupport.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storybot.Main;
import dev.storybot.chat.ChatTexts;
import dev.storybot.settings.SlackSettings;
import dev.storybot.settings.Variable;
import dev.storybot.slack.SlackFakes;
import dev.storybot.testing.FakeOpenAiServer;
import dev.storybot.testing.TestPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three {@code storybot serve} processes on one real PostgreSQL, in Slack HTTP mode against the fake Slack and a model
 * that echoes its first fact, as three replicas behind a load balancer that sends each signed delivery wherever it
 * likes: together they act as one bot. The replicas start once for the class; the test that kills one runs last.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ThreeReplicasProcessTest {

    /** Three JVMs starting at once on two shared cores, each loading the story and the embedding model. */
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final int REPLICAS = 3;
    /** Small, so that a handful of questions from one user reach it. */
    private static final int RATE_LIMIT_PER_MINUTE = 3;
    /** Attempts at the rate-limit scenario: one may straddle the boundary of a one-minute window, two cannot. */
    private static final int RATE_LIMIT_ATTEMPTS = 2;

    private static final String FOUNDER_QUESTION = "Who founded Thinking Machines Lab?";
    private static final String FOLLOW_UP = "What was her job before that?";
    private static final List<String> QUESTIONS = LoadDriver.QUESTIONS;
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Where the prompt states the question being asked, after the article, facts and earlier turns. */
    private static final String QUESTION_HEADER = "\nQuestion:\n";

    @TempDir
    static Path dir;

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(WAIT).build();
    private static String database;
    private static SlackFakes slack;
    private static FakeOpenAiServer model;
    private static final List<ServeProcess> replicas = new ArrayList<>();
    private static final List<Integer> slackPorts = new ArrayList<>();
    private static final boolean[] killed = new boolean[REPLICAS];

    @BeforeAll
    static void startReplicas() throws Exception {
        database = TestPostgres.newDatabase();
        slack = SlackFakes.start();
        model = FakeOpenAiServer.start().replyAlways(FakeOpenAiServer.echo());
        for (int i = 0; i < REPLICAS; i++) {
            int port = ServeProcess.freePort();
            slackPorts.add(port);
            replicas.add(ServeProcess.start(env(port, "r" + i), dir.resolve("r" + i + ".log"), "-Xmx256m"));
        }
        for (int i = 0; i < REPLICAS; i++) {
            eventually("replica " + i + " is healthy", replicas.get(i)::healthy, START_TIMEOUT);
        }
    }

    @AfterAll
    static void stopReplicas() throws Exception {
        replicas.forEach(ServeProcess::close);
        if (model != null) {
            model.close();
        }
        if (slack != null) {
            slack.close();
        }
    }

    @Test
    @Order(1)
    void should_answer_an_event_delivered_to_all_three_replicas_exactly_once() throws Exception {
        String channel = "C_ONCE";
        String mention = SlackFakes.mentionEvent(eventId(), channel, "U_ONCE", FOUNDER_QUESTION, nextTs());

        // Slack retries a delivery it thinks failed; behind a load balancer each try may reach another replica, and
        // all three may be handled at the same moment
        List<CompletableFuture<HttpResponse<String>>> deliveries = new ArrayList<>();
        for (int i = 0; i < REPLICAS; i++) {
            Map<String, String> retry = i == 0
                    ? Map.of()
                    : Map.of("X-Slack-Retry-Num", Integer.toString(i), "X-Slack-Retry-Reason", "http_timeout");
            deliveries.add(deliverAsync(i, mention, retry));
        }
        for (CompletableFuture<HttpResponse<String>> delivery : deliveries) {
            assertThat(delivery.get().statusCode()).isEqualTo(200);
        }
        drainReplicas("once");

        assertThat(slack.postCountIn(channel)).as(logs()).isEqualTo(1);
        assertThat(finalAnswersIn(channel)).hasSize(1);
    }

    @Test
    @Order(2)
    void should_keep_a_threads_context_when_its_turns_go_to_different_replicas() throws Exception {
        String channel = "C_THREAD";
        String threadTs = nextTs();
        deliver(0, SlackFakes.mentionEvent(eventId(), channel, "U_THREAD", FOUNDER_QUESTION, threadTs));
        awaitFinalAnswers(channel, 1);

        deliver(1, SlackFakes.threadMessageEvent(eventId(), channel, "U_THREAD", FOLLOW_UP, nextTs(), threadTs));
        awaitFinalAnswers(channel, 2);

        String third = "What research was it inspired by?";
        deliver(2, SlackFakes.threadMessageEvent(eventId(), channel, "U_THREAD", third, nextTs(), threadTs));
        awaitFinalAnswers(channel, 3);

        assertThat(slack.postsInThread(channel, threadTs))
                .as("every turn answered once, in the thread, without a mention")
                .hasSize(3);
        List<String> answers = finalAnswersIn(channel);
        assertThat(answers.get(1))
                .as("\"her\" resolved with the turn another replica answered")
                .contains("Chief Technology Officer");
        assertThat(answers.get(2)).as("\"it\" resolved likewise").contains("Qwen3");
        assertThat(promptsAsking(FOLLOW_UP))
                .as("replica 1 sent the model the turn replica 0 answered")
                .singleElement()
                .asString()
                .contains("User asked: " + FOUNDER_QUESTION, "Bot answered: ");
        assertThat(promptsAsking(third))
                .as("replica 2 sent the model the turns replicas 0 and 1 answered")
                .singleElement()
                .asString()
                .contains("User asked: " + FOUNDER_QUESTION, "Mira Murati's job", "Chief Technology Officer");
    }

    @Test
    @Order(3)
    void should_count_one_users_questions_on_every_replica_against_one_shared_limit() throws Exception {
        for (int attempt = 1; attempt <= RATE_LIMIT_ATTEMPTS; attempt++) {
            String user = "U_LIMIT_" + attempt;
            int asked = 2 * REPLICAS; // two on each replica: each replica alone sees fewer than the limit
            List<String> channels = new ArrayList<>();
            for (int i = 0; i < asked; i++) {
                String channel = "C_LIMIT_" + attempt + "_" + i;
                channels.add(channel);
                // one at a time: the limit is applied before the delivery is acknowledged, so the order is known
                deliver(
                        i % REPLICAS,
                        SlackFakes.mentionEvent(eventId(), channel, user, QUESTIONS.get(i % 4), nextTs()));
            }
            drainReplicas("limit-" + attempt);
            if (windowsCounted(user) > 1) {
                continue; // the questions straddled the start of a minute, and each window rightly had its own count
            }

            assertThat(hitsCounted(user)).isEqualTo(RATE_LIMIT_PER_MINUTE);
            for (int i = 0; i < asked; i++) {
                String channel = channels.get(i);
                if (i < RATE_LIMIT_PER_MINUTE) {
                    assertThat(finalAnswersIn(channel))
                            .as("question %d answered", i)
                            .hasSize(1);
                } else {
                    assertThat(slack.postCountIn(channel))
                            .as("question %d over the shared limit, not answered%n%s", i, logs())
                            .isZero();
                    // each replica tells the user once per window, privately
                    assertThat(slack.ephemeralCountIn(channel))
                            .as("notice for question %d", i)
                            .isEqualTo(1);
                }
            }
            return;
        }
        throw new AssertionError("every attempt straddled the start of a minute");
    }

    @Test
    @Order(4)
    void should_report_votes_cast_on_every_replica_in_storybot_feedback() throws Exception {
        List<String> answerIds = new ArrayList<>();
        List<String> questions = List.of(QUESTIONS.get(0), QUESTIONS.get(2), QUESTIONS.get(3));
        for (int i = 0; i < REPLICAS; i++) {
            String channel = "C_VOTE_" + i;
            deliver(i, SlackFakes.mentionEvent(eventId(), channel, "U_ASKS_" + i, questions.get(i), nextTs()));
            awaitFinalAnswers(channel, 1);
            answerIds.add(slack.feedbackAnswerIdIn(channel));
        }
        assertThat(answerIds).doesNotContainNull();

        // each vote goes to a replica other than the one that answered
        vote(1, "U_VOTER_A", true, answerIds.get(0), "C_VOTE_0");
        vote(2, "U_VOTER_B", true, answerIds.get(0), "C_VOTE_0");
        vote(2, "U_VOTER_A", false, answerIds.get(1), "C_VOTE_1");
        vote(0, "U_VOTER_A", true, answerIds.get(2), "C_VOTE_2");
        vote(1, "U_VOTER_A", false, answerIds.get(2), "C_VOTE_2"); // changes the vote, on yet another replica

        Path config = dir.resolve("feedback.properties");
        Files.writeString(
                config,
                Variable.STORYBOT_DATABASE_URL.name() + "=" + database + "\n" + Variable.STORYBOT_DATABASE_USER.name()
                        + "=" + TestPostgres.USER + "\n" + Variable.STORYBOT_DATA_DIR.name() + "="
                        + dir.resolve("data-feedback").toString().replace("\\", "/") + "\n",
                StandardCharsets.UTF_8);
        int exit = Main.run("feedback", "--config", config.toString());

        assertThat(exit).as(console.stderr()).isZero();
        String report = console.stdout();
        assertThat(report)
                .as(report)
                .contains("2 up-votes, 2 down-votes (latest vote per person and answer)")
                .contains("Q: " + questions.get(1), "Q: " + questions.get(2))
                .doesNotContain("Q: " + questions.get(0));
    }

    @Test
    @Order(5)
    void should_keep_answering_on_the_other_replicas_when_one_is_killed_mid_answer() throws Exception {
        String channel = "C_KILL";
        String threadTs = nextTs();
        FakeOpenAiServer.Gate gate = new FakeOpenAiServer.Gate();
        model.enqueue(FakeOpenAiServer.held(gate, FakeOpenAiServer.echo()));
        int completionsBefore = model.completions();
        try {
            deliver(0, SlackFakes.mentionEvent(eventId(), channel, "U_KILL", FOUNDER_QUESTION, threadTs));
            eventually("replica 0 is waiting for the model", () -> model.completions() > completionsBefore, WAIT);

            int exitCode = replicas.get(0).kill(WAIT);
            killed[0] = true;

            assertThat(exitCode).as("killed by SIGKILL").isEqualTo(128 + 9);
        } finally {
            gate.release(); // the held reply finds its client gone
        }

        for (int i = 1; i < REPLICAS; i++) {
            String after = "C_AFTER_KILL_" + i;
            deliver(i, SlackFakes.mentionEvent(eventId(), after, "U_AFTER_KILL_" + i, QUESTIONS.get(i), nextTs()));
            awaitFinalAnswers(after, 1);
            assertThat(replicas.get(i).healthy()).isTrue();
        }
        // the answer in flight died with its replica (the delivery was acknowledged, so Slack does not send it again);
        // the asker asks again in the thread, which the killed replica had recorded, and a survivor answers
        assertThat(slack.postCountIn(channel)).isZero();
        deliver(1, SlackFakes.threadMessageEvent(eventId(), channel, "U_KILL", FOUNDER_QUESTION, nextTs(), threadTs));
        awaitFinalAnswers(channel, 1);
        assertThat(slack.postsInThread(channel, threadTs)).hasSize(1);
    }

    // ---- helpers ----

    private static Map<String, String> env(int slackPort, String name) {
        Map<String, String> env = new HashMap<>(slack.httpModeEnv("xoxb-three-replicas"));
        env.put(Variable.STORYBOT_SLACK_PORT.name(), Integer.toString(slackPort));
        env.put(Variable.STORYBOT_DATABASE_URL.name(), database);
        env.put(Variable.STORYBOT_DATABASE_USER.name(), TestPostgres.USER);
        env.put(Variable.STORYBOT_DATA_DIR.name(), dir.resolve("data-" + name).toString());
        env.put(Variable.STORYBOT_LLM_BASE_URL.name(), model.baseUrl());
        env.put(Variable.STORYBOT_LLM_MODEL.name(), FakeOpenAiServer.MODEL);
        env.put(Variable.STORYBOT_RATE_LIMIT_PER_MINUTE.name(), Integer.toString(RATE_LIMIT_PER_MINUTE));
        // one worker answers in arrival order, so an answer to a later question shows the earlier ones are done
        env.put(Variable.STORYBOT_WORKER_THREADS.name(), "1");
        return env;
    }

    private static String eventId() {
        return "Ev_THREE_" + SEQUENCE.incrementAndGet();
    }

    private static String nextTs() {
        return String.format("1700005000.%06d", SEQUENCE.incrementAndGet());
    }

    /**
     * Waits until every replica still running has answered a question sent after everything before: with one worker
     * each, whatever they had taken on by then is done.
     */
    private static void drainReplicas(String tag) throws Exception {
        List<String> channels = new ArrayList<>();
        for (int i = 0; i < REPLICAS; i++) {
            if (!killed[i]) {
                String channel = "C_DRAIN_" + tag + "_" + i;
                channels.add(channel);
                deliver(
                        i,
                        SlackFakes.mentionEvent(eventId(), channel, "U_DRAIN_" + tag + i, QUESTIONS.get(0), nextTs()));
            }
        }
        for (String channel : channels) {
            awaitFinalAnswers(channel, 1);
        }
    }

    /** The final answers shown in {@code channel}: each quotes the article with a paragraph mark; partial text not. */
    private static List<String> finalAnswersIn(String channel) {
        return slack.shownIn(channel).stream()
                .filter(shown -> shown.contains(LoadDriver.CITATION_MARK))
                .toList();
    }

    private static void awaitFinalAnswers(String channel, int count) {
        eventually(
                count + " answer(s) in " + channel,
                () -> finalAnswersIn(channel).size() >= count,
                WAIT);
    }

    /** The prompts (last message) of the chat completions that asked {@code question}. */
    private static List<String> promptsAsking(String question) throws Exception {
        List<String> prompts = new ArrayList<>();
        for (FakeOpenAiServer.Received request : model.requests()) {
            if (!request.path().endsWith("/chat/completions")) {
                continue;
            }
            JsonNode messages = JSON.readTree(request.body()).path("messages");
            String prompt = messages.get(messages.size() - 1).path("content").asText();
            int asked = prompt.lastIndexOf(QUESTION_HEADER);
            if (asked >= 0 && prompt.substring(asked).contains(question)) {
                prompts.add(prompt.substring(0, asked));
            }
        }
        return prompts;
    }

    private static void vote(int replica, String user, boolean up, String answerId, String channel) throws Exception {
        String responseId = "vote-" + SEQUENCE.incrementAndGet();
        String form = SlackFakes.voteForm(user, up, answerId, channel, slack.responseUrl(responseId));
        assertThat(send(replica, form, "application/x-www-form-urlencoded", Map.of())
                        .get()
                        .statusCode())
                .isEqualTo(200);
        assertThat(slack.awaitResponse(responseId, WAIT)).contains(ChatTexts.THANKS);
    }

    /** Rate-limit windows in the shared table in which {@code user} asked. */
    private static int windowsCounted(String user) throws SQLException {
        return queryInt("SELECT count(*) FROM rate_limit_windows WHERE limit_key LIKE ?", user);
    }

    /** Questions of {@code user} the shared table admitted. */
    private static int hitsCounted(String user) throws SQLException {
        return queryInt("SELECT coalesce(sum(hits), 0) FROM rate_limit_windows WHERE limit_key LIKE ?", user);
    }

    private static int queryInt(String sql, String user) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database, TestPostgres.USER, null);
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, "%:" + user);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private static void deliver(int replica, String body) throws Exception {
        assertThat(deliverAsync(replica, body, Map.of()).get().statusCode()).isEqualTo(200);
    }

    private static CompletableFuture<HttpResponse<String>> deliverAsync(
            int replica, String body, Map<String, String> headers) {
        return send(replica, body, "application/json", headers);
    }

    /** Posts {@code body} as Slack does, signed afresh for this delivery. */
    private static CompletableFuture<HttpResponse<String>> send(
            int replica, String body, String contentType, Map<String, String> headers) {
        long timestamp = Instant.now().getEpochSecond();
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + slackPorts.get(replica) + SlackSettings.EVENTS_PATH))
                .timeout(WAIT)
                .header("Content-Type", contentType)
                .header("X-Slack-Request-Timestamp", Long.toString(timestamp))
                .header("X-Slack-Signature", SlackFakes.sign(timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return HTTP.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String logs() {
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < replicas.size(); i++) {
            try {
                all.append("--- replica ")
                        .append(i)
                        .append('\n')
                        .append(replicas.get(i).output());
            } catch (java.io.IOException e) {
                all.append("(no log: ").append(e.getMessage()).append(")\n");
            }
        }
        return all.toString();
    }
}
