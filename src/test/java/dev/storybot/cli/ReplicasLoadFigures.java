package dev.storybot.cli;

import static dev.storybot.cli.ServeTestSupport.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.settings.SlackSettings;
import dev.storybot.settings.Variable;
import dev.storybot.slack.SlackFakes;
import dev.storybot.testing.FakeOpenAiServer;
import dev.storybot.testing.TestPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The replica load figures for the README, not a test of the default build: three {@code serve} processes
 * ({@code -Xmx256m} each) on one PostgreSQL, in Slack HTTP mode against the local fake and a model that takes 2 s per
 * answer; 600 signed mentions at once spread over the three, a fifth of them delivered to a second replica as well as
 * Slack's retry. Run with
 * {@code mvn -B -q -Dtest=ReplicasLoadFigures -Dloadtest=true -Dsurefire.failIfNoSpecifiedTests=false test}.
 */
@Tag("load")
@EnabledIfSystemProperty(named = "loadtest", matches = "true")
class ReplicasLoadFigures {

    /** Three by default; {@code -Dreplicas=1} measures one process with the same shared state, for comparison. */
    private static final int REPLICAS = Integer.getInteger("replicas", 3);

    private static final int QUESTIONS = 600;
    /** Every fifth question is delivered twice, the second time to the next replica, as a retry. */
    private static final int RETRY_EVERY = 5;

    private static final int WARM_UP_QUESTIONS = 30;
    private static final Duration MODEL_DELAY = Duration.ofSeconds(2);
    /** Three JVMs starting at once on two shared cores. */
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

    /** Slack wants a delivery acknowledged within 3 s, else it retries, up to three times. */
    private static final Duration SLACK_ACK_DEADLINE = Duration.ofSeconds(3);

    private static final int SLACK_RETRIES = 3;
    private static final Duration ALL_ANSWERED = Duration.ofSeconds(180);
    private static final Duration HTTP_TIMEOUT = Duration.ofSeconds(60);
    /** Each look at the fake's calls walks all of them: often enough to time the last answer, rarely enough to cost little. */
    private static final long TALLY_POLL_MILLIS = 200;

    private static final long DB_SAMPLE_MILLIS = 100;
    private static final Pattern IN_FLIGHT =
            Pattern.compile("(?m)^storybot_questions_in_flight(?:\\{[^}]*})? ([0-9.E+]+)$");
    private static final String CONNECTIONS = "SELECT count(*), count(*) FILTER (WHERE state = 'active')"
            + " FROM pg_stat_activity WHERE datname = current_database() AND backend_type = 'client backend'"
            + " AND pid <> pg_backend_pid()";

    @TempDir
    Path dir;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final List<Integer> slackPorts = new ArrayList<>();

    @Test
    void measure() throws Exception {
        String database = TestPostgres.newDatabase();
        List<ServeProcess> replicas = new ArrayList<>();
        try (SlackFakes slack = SlackFakes.start();
                FakeOpenAiServer model = FakeOpenAiServer.start()
                        .replyAlways(FakeOpenAiServer.delayed(MODEL_DELAY, FakeOpenAiServer.echo()))) {
            try {
                for (int i = 0; i < REPLICAS; i++) {
                    int port = ServeProcess.freePort();
                    slackPorts.add(port);
                    replicas.add(ServeProcess.start(
                            env(slack, model, database, port, "r" + i), dir.resolve("r" + i + ".log"), "-Xmx256m"));
                }
                for (int i = 0; i < REPLICAS; i++) {
                    eventually("replica " + i + " is healthy", replicas.get(i)::healthy, START_TIMEOUT);
                }

                Burst warm = burst(slack, replicas, "warm", WARM_UP_QUESTIONS);
                awaitIdle(replicas);
                assertThat(warm.lost()).as("warm-up lost").isZero();

                AtomicInteger peakOpen = new AtomicInteger();
                AtomicInteger peakActive = new AtomicInteger();
                ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
                try (Connection connection = DriverManager.getConnection(database, TestPostgres.USER, null)) {
                    sampler.scheduleAtFixedRate(
                            () -> sampleConnections(connection, peakOpen, peakActive),
                            0,
                            DB_SAMPLE_MILLIS,
                            TimeUnit.MILLISECONDS);
                    Burst load;
                    try {
                        load = burst(slack, replicas, "load", QUESTIONS);
                        awaitIdle(replicas);
                    } finally {
                        sampler.shutdownNow();
                        sampler.awaitTermination(10, TimeUnit.SECONDS);
                    }
                    Map<String, SlackFakes.ChannelTally> tallies = slack.tallyByChannel(LoadDriver.CITATION_MARK);
                    int twice = 0;
                    for (int i = 0; i < QUESTIONS; i++) {
                        SlackFakes.ChannelTally tally = tallies.get(channel("load", i));
                        if (tally != null && tally.posts() > 1) {
                            twice++;
                        }
                    }

                    System.out.printf(
                            "LOAD %d serve replicas (-Xmx256m each) on one PostgreSQL (fsync %s), Slack HTTP mode,"
                                    + " model 2 s: %d questions (+%d planned retries to another replica, when there is one); first"
                                    + " deliveries: ack p50 %d ms, p99 %d ms, max %d ms, %d not acknowledged within 3 s"
                                    + " (%d of them cut off), %d Slack-style retries sent; lost %d, answered twice %d;"
                                    + " all answered after %.1f s = %.1f answers/s; PostgreSQL connections %d open,"
                                    + " at most %d active at once (sampled every %d ms)%n",
                            REPLICAS,
                            setting(connection, "fsync"),
                            QUESTIONS,
                            load.retries(),
                            LoadDriver.percentile(load.ackMillis(), 50),
                            LoadDriver.percentile(load.ackMillis(), 99),
                            LoadDriver.percentile(load.ackMillis(), 100),
                            load.unacknowledged(),
                            load.failed(),
                            load.redelivered(),
                            load.lost(),
                            twice,
                            load.answeredMillis() / 1000.0,
                            QUESTIONS * 1000.0 / load.answeredMillis(),
                            peakOpen.get(),
                            peakActive.get(),
                            DB_SAMPLE_MILLIS);
                    explainLost(slack, connection, tallies);
                    printWarnings(replicas);
                    assertThat(load.lost()).as("lost").isZero();
                    assertThat(twice).as("answered twice").isZero();
                }
                for (ServeProcess replica : replicas) {
                    assertThat(replica.output()).doesNotContain("OutOfMemoryError");
                }
            } finally {
                replicas.forEach(ServeProcess::close);
            }
        }
    }

    /**
     * What one burst measured.
     *
     * @param ackMillis      per first delivery that got a response (planned retries included), from sending to it
     * @param retries        deliveries repeated to another replica as planned
     * @param failed         first deliveries that got no HTTP response at all (the connection was closed)
     * @param unacknowledged first deliveries without a 200 within Slack's 3 s (failed ones included)
     * @param redelivered    deliveries Slack would have retried for those, sent to the next replica (the first retry at
     *                       once, the later ones once the replicas are idle, as Slack waits one and five minutes)
     * @param lost           questions without an answer after {@link #ALL_ANSWERED}
     * @param answeredMillis from the start of the burst until every question was answered (or the wait ended)
     */
    private record Burst(
            long[] ackMillis,
            int retries,
            int failed,
            int unacknowledged,
            int redelivered,
            int lost,
            long answeredMillis) {}

    /** One delivery of an event to a replica; {@code retryNum} above 0 is sent as Slack's retry. */
    private record Delivery(int replica, String body, int retryNum) {}

    /** Sends {@code count} mentions at once, spread over the replicas, and waits for their answers. */
    private Burst burst(SlackFakes slack, List<ServeProcess> replicas, String name, int count) throws Exception {
        long start = System.nanoTime();
        List<Delivery> round = new ArrayList<>();
        int retries = 0;
        for (int i = 0; i < count; i++) {
            String ts = String.format("1700006000.%06d", i);
            String body = SlackFakes.mentionEvent(
                    "Ev_" + name + "_" + i,
                    channel(name, i),
                    "U_" + name + "_" + i,
                    LoadDriver.QUESTIONS.get(i % LoadDriver.QUESTIONS.size()),
                    ts);
            round.add(new Delivery(i % REPLICAS, body, 0));
            if (i % RETRY_EVERY == 0) {
                round.add(new Delivery((i + 1) % REPLICAS, body, 1));
                retries++;
            }
        }
        List<Long> firstAcks = new ArrayList<>();
        int unacknowledged = 0;
        int redelivered = 0;
        for (int attempt = 0; attempt <= SLACK_RETRIES && !round.isEmpty(); attempt++) {
            if (attempt > 1) {
                // Slack's first retry comes at once, the second after a minute and the third after five: by then the
                // burst has been served; waiting until the replicas are idle stands in for that
                awaitIdle(replicas);
            }
            List<CompletableFuture<Long>> acks = new ArrayList<>();
            for (Delivery delivery : round) {
                acks.add(deliver(delivery));
            }
            List<Delivery> again = new ArrayList<>();
            for (int i = 0; i < round.size(); i++) {
                long millis = acks.get(i).get(HTTP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                if (attempt == 0) {
                    firstAcks.add(millis);
                }
                if (millis < 0 || millis >= SLACK_ACK_DEADLINE.toMillis()) {
                    // Slack retries a delivery not acknowledged in time, up to three times
                    Delivery late = round.get(i);
                    if (attempt == 0) {
                        unacknowledged++;
                    }
                    if (late.retryNum() < SLACK_RETRIES) {
                        again.add(new Delivery((late.replica() + 1) % REPLICAS, late.body(), late.retryNum() + 1));
                    }
                }
            }
            redelivered += again.size();
            round = again;
        }
        long[] ackMillis = firstAcks.stream()
                .filter(millis -> millis >= 0)
                .mapToLong(Long::longValue)
                .toArray();

        long deadline = start + ALL_ANSWERED.toNanos();
        int unanswered = count;
        while (true) {
            Map<String, SlackFakes.ChannelTally> tallies = slack.tallyByChannel(LoadDriver.CITATION_MARK);
            unanswered = 0;
            for (int i = 0; i < count; i++) {
                SlackFakes.ChannelTally tally = tallies.get(channel(name, i));
                if (tally == null || tally.showing() == 0) {
                    unanswered++;
                }
            }
            if (unanswered == 0 || System.nanoTime() > deadline) {
                break;
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(TALLY_POLL_MILLIS));
        }
        return new Burst(
                ackMillis,
                retries,
                firstAcks.size() - ackMillis.length,
                unacknowledged,
                redelivered,
                unanswered,
                (System.nanoTime() - start) / 1_000_000);
    }

    private static String channel(String burst, int i) {
        return "C_" + burst + "_" + i;
    }

    /** Waits until no replica is answering anything, so that a late second answer would have been posted. */
    private static void awaitIdle(List<ServeProcess> replicas) {
        for (ServeProcess replica : replicas) {
            eventually("replica idle", () -> inFlight(replica) == 0, ALL_ANSWERED);
        }
    }

    private static double inFlight(ServeProcess replica) {
        try {
            Matcher m = IN_FLIGHT.matcher(replica.get("/metrics").body());
            return m.find() ? Double.parseDouble(m.group(1)) : -1;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static void sampleConnections(Connection connection, AtomicInteger peakOpen, AtomicInteger peakActive) {
        try (PreparedStatement query = connection.prepareStatement(CONNECTIONS);
                ResultSet row = query.executeQuery()) {
            row.next();
            peakOpen.accumulateAndGet(row.getInt(1), Math::max);
            peakActive.accumulateAndGet(row.getInt(2), Math::max);
        } catch (SQLException e) {
            // a missed sample: the peak is a sample anyway
        }
    }

    /** For each question without an answer: was anything posted, and did a replica claim its event? */
    private static void explainLost(
            SlackFakes slack, Connection connection, Map<String, SlackFakes.ChannelTally> tallies) throws SQLException {
        for (int i = 0; i < QUESTIONS; i++) {
            String channel = channel("load", i);
            SlackFakes.ChannelTally tally = tallies.get(channel);
            if (tally != null && tally.showing() > 0) {
                continue;
            }
            boolean claimed;
            try (PreparedStatement query =
                    connection.prepareStatement("SELECT count(*) FROM event_claims WHERE claim_key LIKE ?")) {
                query.setString(1, "%event:Ev_load_" + i);
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    claimed = row.getInt(1) > 0;
                }
            }
            List<String> shown = slack.shownIn(channel);
            System.out.printf(
                    "LOAD lost %s: event claimed %s; shown %s%n",
                    channel, claimed, shown.isEmpty() ? "nothing" : shown.get(shown.size() - 1));
        }
    }

    /** What the replicas warned about, once per kind (digits folded), to explain the figures. */
    private static void printWarnings(List<ServeProcess> replicas) throws IOException {
        for (ServeProcess replica : replicas) {
            replica.output()
                    .lines()
                    .filter(line -> line.contains("WARN") || line.contains("ERROR"))
                    .map(line -> line.replaceAll("[0-9]+", "N"))
                    .distinct()
                    .limit(10)
                    .forEach(line -> System.out.println("LOAD replica log: " + line));
        }
    }

    private static String setting(Connection connection, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT current_setting(?)")) {
            query.setString(1, name);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    private Map<String, String> env(
            SlackFakes slack, FakeOpenAiServer model, String database, int slackPort, String name) {
        Map<String, String> env = new HashMap<>(slack.httpModeEnv("xoxb-replica-load"));
        env.put(Variable.STORYBOT_SLACK_PORT.name(), Integer.toString(slackPort));
        env.put(Variable.STORYBOT_DATABASE_URL.name(), database);
        env.put(Variable.STORYBOT_DATABASE_USER.name(), TestPostgres.USER);
        env.put(Variable.STORYBOT_DATA_DIR.name(), dir.resolve("data-" + name).toString());
        env.put(Variable.STORYBOT_LLM_BASE_URL.name(), model.baseUrl());
        env.put(Variable.STORYBOT_LLM_MODEL.name(), FakeOpenAiServer.MODEL);
        return env;
    }

    /**
     * Posts an event as Slack does, signed afresh; completes with the time to the acknowledgement in milliseconds, or
     * -1 when the connection ended without a response.
     */
    private CompletableFuture<Long> deliver(Delivery delivery) {
        long timestamp = Instant.now().getEpochSecond();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(
                        "http://127.0.0.1:" + slackPorts.get(delivery.replica()) + SlackSettings.EVENTS_PATH))
                .timeout(HTTP_TIMEOUT)
                .header("Content-Type", "application/json")
                .header("X-Slack-Request-Timestamp", Long.toString(timestamp))
                .header("X-Slack-Signature", SlackFakes.sign(timestamp, delivery.body()))
                .POST(HttpRequest.BodyPublishers.ofString(delivery.body()));
        if (delivery.retryNum() > 0) {
            request.header("X-Slack-Retry-Num", Integer.toString(delivery.retryNum()))
                    .header("X-Slack-Retry-Reason", "http_timeout");
        }
        long sent = System.nanoTime();
        return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString())
                .handle((response, failure) -> {
                    if (failure != null || response.statusCode() != 200) {
                        return -1L;
                    }
                    return (System.nanoTime() - sent) / 1_000_000;
                });
    }
}
