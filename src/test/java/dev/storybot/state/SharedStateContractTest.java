package dev.storybot.state;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.answering.ConversationMemory;
import dev.storybot.core.Answer;
import dev.storybot.core.Citation;
import dev.storybot.core.Language;
import dev.storybot.core.Mode;
import dev.storybot.core.Outcome;
import dev.storybot.core.RateLimiter;
import dev.storybot.feedback.FeedbackSummary;
import dev.storybot.feedback.JdbcFeedbackStore;
import dev.storybot.feedback.Vote;
import dev.storybot.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * One specification of the state replicas share, run against SQLite and a real PostgreSQL: two store instances on one
 * database stand for two replicas.
 */
class SharedStateContractTest {

    /** Threads racing for the same key or allowance. */
    private static final int RACERS = 16;
    /** Upper bound on a race; the test fails rather than hangs. */
    private static final long RACE_TIMEOUT_SECONDS = 60;

    private static final Duration TTL = Duration.ofHours(1);

    private final MutableClock clock = new MutableClock();
    private StateBackends.Opened db;

    @AfterEach
    void close() throws Exception {
        if (db != null) {
            db.close();
        }
    }

    private StateBackends.Opened open(StateBackends backend) {
        db = backend.open();
        return db;
    }

    @ParameterizedTest
    @EnumSource(StateBackends.class)
    void should_let_exactly_one_of_many_racing_replicas_claim_a_delivery(StateBackends backend) throws Exception {
        open(backend);
        JdbcEventClaims replicaA = new JdbcEventClaims(db.dataSource(), clock, TTL);
        JdbcEventClaims replicaB = new JdbcEventClaims(db.dataSource(), clock, TTL);

        List<Boolean> results = race(i -> () -> (i % 2 == 0 ? replicaA : replicaB).claim("event:Ev1"));

        assertThat(results.stream().filter(won -> won)).hasSize(1);
        assertThat(replicaA.claim("event:Ev2")).isTrue();
        assertThat(replicaB.claim("event:Ev2")).isFalse();
    }

    @ParameterizedTest
    @EnumSource(StateBackends.class)
    void should_let_a_delivery_be_claimed_again_once_its_claim_has_expired(StateBackends backend) {
        open(backend);
        JdbcEventClaims replicaA = new JdbcEventClaims(db.dataSource(), clock, TTL);
        JdbcEventClaims replicaB = new JdbcEventClaims(db.dataSource(), clock, TTL);
        assertThat(replicaA.claim("event:Ev1")).isTrue();

        clock.advance(TTL.plusSeconds(1));

        assertThat(replicaB.claim("event:Ev1")).isTrue();
        assertThat(new JdbcEventClaims(db.dataSource(), clock, TTL).claim("event:Ev1"))
                .isFalse();
    }

    @ParameterizedTest
    @EnumSource(StateBackends.class)
    void should_count_one_allowance_across_two_replicas(StateBackends backend) {
        open(backend);
        JdbcRateLimits replicaA = new JdbcRateLimits(db.dataSource());
        JdbcRateLimits replicaB = new JdbcRateLimits(db.dataSource());
        Duration minute = Duration.ofMinutes(1);
        long now = clock.millis();

        List<Boolean> admitted = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            admitted.add((i % 2 == 0 ? replicaA : replicaB).tryAcquire("slack:U1", 3, minute, now + i));
        }

        assertThat(admitted).containsExactly(true, true, true, false, false);
        assertThat(replicaB.tryAcquire("slack:U2", 3, minute, now))
                .as("another user")
                .isTrue();
        assertThat(replicaA.tryAcquire("slack:U1", 3, minute, now + minute.toMillis()))
                .as("the next window")
                .isTrue();
    }

    @ParameterizedTest
    @EnumSource(StateBackends.class)
    void should_admit_exactly_the_allowance_when_replicas_race(StateBackends backend) throws Exception {
        open(backend);
        JdbcRateLimits replicaA = new JdbcRateLimits(db.dataSource());
        JdbcRateLimits replicaB = new JdbcRateLimits(db.dataSource());
        long now = clock.millis();

        List<Boolean> results = race(
                i -> () -> (i % 2 == 0 ? replicaA : replicaB).tryAcquire("slack:U1", 5, Duration.ofMinutes(1), now));

        assertThat(results.stream().filter(admitted -> admitted)).hasSize(5);
    }

    @ParameterizedTest
    @EnumSource(StateBackends.class)
    void should_show_a_conversation_to_a_second_replica(StateBackends backend) {
        open(backend);
        JdbcConversationTurns replicaA = new JdbcConversationTurns(db.dataSource(), clock, 3, TTL);
        JdbcConversationTurns replicaB = new JdbcConversationTurns(db.dataSource(), clock, 3, TTL);

        replicaA.append("slack:thread:C1:1.0", turn("Who founded it?", List.of("f1", "f2"), List.of("e1")));
        replicaB.append("slack:thread:C1:1.0", turn("And before that?", List.of(), List.of()));

        assertThat(replicaB.recent("slack:thread:C1:1.0"))
                .containsExactly(
                        turn("Who founded it?", List.of("f1", "f2"), List.of("e1")),
                        turn("And before that?", List.of(), List.of()));
        assertThat(replicaA.recent("slack:thread:C1:2.0")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(StateBackends.class)
    void should_keep_only_the_last_turns_and_forget_an_idle_conversation(StateBackends backend) {
        open(backend);
        JdbcConversationTurns turns = new JdbcConversationTurns(db.dataSource(), clock, 2, TTL);
        turns.append("c", turn("one", List.of(), List.of()));
        turns.append("c", turn("two", List.of(), List.of()));
        turns.append("c", turn("three", List.of(), List.of()));

        assertThat(turns.recent("c")).extracting(StoredTurn::question).containsExactly("two", "three");

        clock.advance(TTL.plusSeconds(1));
        assertThat(turns.recent("c")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(StateBackends.class)
    void should_share_tracked_threads_and_forget_idle_ones(StateBackends backend) {
        open(backend);
        JdbcTrackedThreads replicaA = new JdbcTrackedThreads(db.dataSource(), clock, TTL);
        JdbcTrackedThreads replicaB = new JdbcTrackedThreads(db.dataSource(), clock, TTL);

        replicaA.track("slack:C1:1.0");

        assertThat(replicaB.isTracked("slack:C1:1.0")).isTrue();
        assertThat(replicaB.isTracked("slack:C1:2.0")).isFalse();
        clock.advance(TTL.minusMinutes(1));
        assertThat(replicaB.isTracked("slack:C1:1.0")).as("activity keeps it").isTrue();
        clock.advance(TTL.minusMinutes(1));
        assertThat(replicaA.isTracked("slack:C1:1.0")).isTrue();
        clock.advance(TTL.plusSeconds(1));
        assertThat(replicaA.isTracked("slack:C1:1.0")).isFalse();
    }

    @ParameterizedTest
    @EnumSource(StateBackends.class)
    void should_store_one_installation_per_workspace(StateBackends backend) {
        open(backend);
        JdbcInstallations installations = new JdbcInstallations(db.dataSource());
        Instant at = Instant.parse("2025-12-05T00:00:00Z");

        installations.save(new Installation(null, "T1", "xoxb-1", "U1", "B1", at));
        installations.save(new Installation("", "T1", "xoxb-2", "U2", "B2", at.plusSeconds(60)));
        installations.save(new Installation("E1", "T1", "xoxb-3", "U3", null, at));

        assertThat(installations.find(null, "T1"))
                .contains(new Installation("", "T1", "xoxb-2", "U2", "B2", at.plusSeconds(60)));
        assertThat(installations.find("E1", "T1").orElseThrow().botToken()).isEqualTo("xoxb-3");
        assertThat(installations.find("E1", "T1").orElseThrow().botId()).isEmpty();
        assertThat(installations.find(null, "T2")).isEmpty();
        assertThat(installations.find(null, "T1").orElseThrow().toString()).doesNotContain("xoxb-2");
        assertThat(installations.count()).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(StateBackends.class)
    void should_forget_an_uninstalled_workspace_only(StateBackends backend) {
        open(backend);
        JdbcInstallations installations = new JdbcInstallations(db.dataSource());
        Instant at = Instant.parse("2025-12-05T00:00:00Z");
        installations.save(new Installation(null, "T1", "xoxb-1", "U1", "B1", at));
        installations.save(new Installation(null, "T2", "xoxb-2", "U2", "B2", at));

        assertThat(installations.delete(null, "T1")).isTrue();
        assertThat(installations.delete("", "T1")).as("already gone").isFalse();

        assertThat(installations.find(null, "T1")).isEmpty();
        assertThat(installations.find(null, "T2")).isPresent();
        assertThat(installations.count()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(StateBackends.class)
    void should_accept_an_oauth_state_once_on_any_replica_before_it_expires(StateBackends backend) {
        open(backend);
        JdbcOAuthStates replicaA = new JdbcOAuthStates(db.dataSource(), clock);
        JdbcOAuthStates replicaB = new JdbcOAuthStates(db.dataSource(), clock);
        Duration lifetime = Duration.ofMinutes(10);

        replicaA.issue("s-used", lifetime);
        replicaA.issue("s-expiring", lifetime);

        assertThat(replicaB.isLive("s-used")).isTrue();
        assertThat(replicaB.isLive("s-never-issued")).isFalse();
        replicaB.consume("s-used");
        assertThat(replicaA.isLive("s-used")).as("used once").isFalse();
        clock.advance(lifetime);
        assertThat(replicaB.isLive("s-expiring")).as("expired").isFalse();
        replicaA.issue("s-new", lifetime);
        assertThat(replicaB.isLive("s-new")).isTrue();
    }

    @ParameterizedTest
    @EnumSource(StateBackends.class)
    void should_limit_a_user_across_two_replicas_rate_limiters(StateBackends backend) {
        open(backend);
        List<String> limited = new ArrayList<>();
        RateLimiter replicaA = new RateLimiter(
                2, Duration.ofMinutes(1), clock, limited::add, new JdbcRateLimits(db.dataSource())::tryAcquire);
        RateLimiter replicaB = new RateLimiter(
                2, Duration.ofMinutes(1), clock, limited::add, new JdbcRateLimits(db.dataSource())::tryAcquire);

        assertThat(replicaA.tryAcquire("slack:U1")).isTrue();
        assertThat(replicaB.tryAcquire("slack:U1")).isTrue();
        assertThat(replicaA.tryAcquire("slack:U1")).isFalse();
        assertThat(limited).containsExactly("slack:U1");

        clock.advance(Duration.ofMinutes(1));
        assertThat(replicaB.tryAcquire("slack:U1")).isTrue();
    }

    @ParameterizedTest
    @EnumSource(StateBackends.class)
    void should_store_answers_and_votes_that_every_replica_counts(StateBackends backend) {
        open(backend);
        JdbcFeedbackStore replicaA = new JdbcFeedbackStore(db.dataSource(), "test", Duration.ofDays(90), clock::millis);
        JdbcFeedbackStore replicaB = new JdbcFeedbackStore(db.dataSource(), "test", Duration.ofDays(90), clock::millis);

        String id = replicaA.saveAnswer("slack", "Who?", answer("Someone."));
        assertThat(replicaB.vote(id, "U1", Vote.UP)).isTrue();
        assertThat(replicaA.vote(id, "U1", Vote.DOWN))
                .as("a later vote replaces it")
                .isTrue();
        assertThat(replicaB.vote(id, "U2", Vote.DOWN)).isTrue();
        assertThat(replicaB.vote("unknown", "U1", Vote.UP)).isFalse();

        FeedbackSummary summary = replicaB.summary();
        assertThat(summary.answers()).isEqualTo(1);
        assertThat(summary.up()).isZero();
        assertThat(summary.down()).isEqualTo(2);
        assertThat(summary.downVoted())
                .containsExactly(new FeedbackSummary.DownVoted("slack", "Who?", "Someone.", "retrieval", 2));
    }

    @ParameterizedTest
    @EnumSource(StateBackends.class)
    void should_let_a_follow_up_on_another_replica_find_the_last_answered_turn(StateBackends backend) {
        open(backend);
        ConversationMemory replicaA = new ConversationMemory(new JdbcConversationTurns(
                db.dataSource(), clock, ConversationMemory.TURNS_KEPT, Duration.ofMinutes(60)));
        ConversationMemory replicaB = new ConversationMemory(new JdbcConversationTurns(
                db.dataSource(), clock, ConversationMemory.TURNS_KEPT, Duration.ofMinutes(60)));
        String longQuestion = "x".repeat(ConversationMemory.MAX_TEXT_CHARS + 50);

        replicaA.remember("c", new ConversationMemory.Remembered("Who?", "Who?", "Her.", List.of("f1"), List.of("e1")));
        replicaA.remember(
                "c", new ConversationMemory.Remembered(longQuestion, longQuestion, "No.", List.of(), List.of()));

        assertThat(replicaB.lastAnswered("c").orElseThrow().factIds()).containsExactly("f1");
        assertThat(replicaB.turns("c")).hasSize(2);
        assertThat(replicaB.turns("c").get(1).question()).hasSize(ConversationMemory.MAX_TEXT_CHARS);
        assertThat(replicaB.lastAnswered("other")).isEmpty();
    }

    private static Answer answer(String text) {
        return new Answer(
                text, List.of(new Citation(1, "quote")), Outcome.ANSWERED, Mode.RETRIEVAL, null, null, Language.EN);
    }

    private static StoredTurn turn(String question, List<String> factIds, List<String> entityIds) {
        return new StoredTurn(question, question + " (resolved)", "answer to " + question, factIds, entityIds);
    }

    /** Runs {@link #RACERS} tasks released at the same moment and returns their results. */
    private static <T> List<T> race(IntFunction<Callable<T>> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        try {
            CountDownLatch ready = new CountDownLatch(RACERS);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < RACERS; i++) {
                Callable<T> racer = task.apply(i);
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return racer.call();
                }));
            }
            assertThat(ready.await(RACE_TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(RACE_TIMEOUT_SECONDS, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
