package dev.storybot.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storybot.core.Answer;
import dev.storybot.core.Citation;
import dev.storybot.core.Language;
import dev.storybot.core.Mode;
import dev.storybot.core.Outcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteFeedbackStoreTest {

    @TempDir
    Path dataDir;

    private final AtomicLong clock = new AtomicLong(1_000);

    private static Answer answer(String text, Mode mode) {
        return new Answer(
                text,
                List.of(new Citation(1, "quote")),
                Outcome.ANSWERED,
                mode,
                mode == Mode.LLM ? "some-model" : null,
                null,
                Language.EN);
    }

    private SqliteFeedbackStore open() {
        return SqliteFeedbackStore.open(dataDir, clock::incrementAndGet);
    }

    @Test
    void should_create_the_data_directory_and_use_wal_mode() throws Exception {
        Path nested = dataDir.resolve("a/b");
        try (SqliteFeedbackStore store = SqliteFeedbackStore.open(nested)) {
            assertThat(store.file()).isEqualTo(nested.resolve("feedback.db")).exists();
            try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + store.file());
                    ResultSet mode = connection.createStatement().executeQuery("PRAGMA journal_mode")) {
                mode.next();
                assertThat(mode.getString(1)).isEqualTo("wal");
            }
        }
    }

    @Test
    void should_store_votes_only_for_known_answers() {
        try (SqliteFeedbackStore store = open()) {
            String id = store.saveAnswer("discord", "When?", answer("On 3 May.", Mode.RETRIEVAL));

            assertThat(id).hasSizeLessThanOrEqualTo(32).doesNotContain(":");
            assertThat(store.vote(id, "u1", Vote.UP)).isTrue();
            assertThat(store.vote("unknown", "u1", Vote.UP)).isFalse();
            assertThat(store.summary()).isEqualTo(new FeedbackSummary(1, 1, 0, List.of()));
        }
    }

    @Test
    void should_keep_only_the_latest_vote_per_user_and_answer() {
        try (SqliteFeedbackStore store = open()) {
            String id = store.saveAnswer("slack", "How much?", answer("210 million.", Mode.LLM));

            store.vote(id, "u1", Vote.UP);
            store.vote(id, "u1", Vote.DOWN);
            store.vote(id, "u2", Vote.DOWN);
            store.vote(id, "u2", Vote.DOWN);

            assertThat(store.summary())
                    .isEqualTo(new FeedbackSummary(
                            1,
                            0,
                            2,
                            List.of(new FeedbackSummary.DownVoted("slack", "How much?", "210 million.", "llm", 2))));
        }
    }

    @Test
    void should_list_down_voted_answers_newest_first() {
        try (SqliteFeedbackStore store = open()) {
            String older = store.saveAnswer("discord", "First?", answer("One.", Mode.RETRIEVAL));
            String newer = store.saveAnswer("slack", "Second?", answer("Two.", Mode.RETRIEVAL));
            String liked = store.saveAnswer("discord", "Third?", answer("Three.", Mode.RETRIEVAL));
            store.vote(older, "u1", Vote.DOWN);
            store.vote(newer, "u1", Vote.DOWN);
            store.vote(liked, "u1", Vote.UP);

            assertThat(store.summary().downVoted())
                    .extracting(FeedbackSummary.DownVoted::question)
                    .containsExactly("Second?", "First?");
        }
    }

    @Test
    void should_keep_answers_and_votes_across_a_restart() {
        String id;
        try (SqliteFeedbackStore store = open()) {
            id = store.saveAnswer("discord", "Kept?", answer("Yes.", Mode.RETRIEVAL));
            store.vote(id, "u1", Vote.DOWN);
        }

        try (SqliteFeedbackStore reopened = open()) {
            assertThat(reopened.summary())
                    .isEqualTo(new FeedbackSummary(
                            1,
                            0,
                            1,
                            List.of(new FeedbackSummary.DownVoted("discord", "Kept?", "Yes.", "retrieval", 1))));
            assertThat(reopened.vote(id, "u1", Vote.UP)).isTrue();
            assertThat(reopened.summary().up()).isEqualTo(1);
        }
    }

    @Test
    void should_not_lose_votes_written_concurrently_by_several_threads_and_stores() throws Exception {
        int threads = 8;
        int votesPerThread = 25;
        try (SqliteFeedbackStore discord = open();
                SqliteFeedbackStore slack = open()) {
            String id = discord.saveAnswer("discord", "Busy?", answer("Very.", Mode.RETRIEVAL));
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                SqliteFeedbackStore store = t % 2 == 0 ? discord : slack;
                int thread = t;
                Callable<Integer> task = () -> {
                    go.await();
                    int stored = 0;
                    for (int v = 0; v < votesPerThread; v++) {
                        String answerId = store.saveAnswer("test", "q" + thread + "-" + v, answer("a", Mode.RETRIEVAL));
                        stored += store.vote(answerId, "user" + thread, Vote.UP) ? 1 : 0;
                        stored += store.vote(id, "user" + thread + "-" + v, Vote.DOWN) ? 1 : 0;
                    }
                    return stored;
                };
                results.add(pool.submit(task));
            }
            go.countDown();
            int stored = 0;
            for (Future<Integer> result : results) {
                stored += result.get(60, TimeUnit.SECONDS);
            }
            pool.shutdown();

            assertThat(stored).isEqualTo(2 * threads * votesPerThread);
            FeedbackSummary summary = slack.summary();
            assertThat(summary.answers()).isEqualTo(1 + threads * votesPerThread);
            assertThat(summary.up()).isEqualTo(threads * votesPerThread);
            assertThat(summary.down()).isEqualTo(threads * votesPerThread);
            assertThat(summary.downVoted())
                    .singleElement()
                    .extracting(FeedbackSummary.DownVoted::votes)
                    .isEqualTo(threads * votesPerThread);
        }
    }

    @Test
    void should_fail_with_a_clear_message_when_the_data_directory_is_unusable() throws Exception {
        Path file = Files.writeString(dataDir.resolve("not-a-directory"), "x");

        assertThatThrownBy(() -> SqliteFeedbackStore.open(file))
                .isInstanceOf(FeedbackStoreException.class)
                .hasMessageStartingWith("Cannot create the data directory");
    }

    @Test
    void should_keep_the_database_readable_by_its_owner_only_in_a_private_directory() throws Exception {
        Path nested = dataDir.resolve("private");
        try (SqliteFeedbackStore store = SqliteFeedbackStore.open(nested)) {
            store.saveAnswer("discord", "Who?", answer("Someone.", Mode.RETRIEVAL));

            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(nested)))
                    .isEqualTo("rwx------");
            try (var files = Files.list(nested)) {
                assertThat(files.toList())
                        .isNotEmpty()
                        .allSatisfy(
                                file -> assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                                        .isEqualTo("rw-------"));
            }
        }
    }

    @Test
    void should_narrow_a_database_file_left_world_readable_by_an_earlier_version() throws Exception {
        Path db = dataDir.resolve(SqliteFeedbackStore.DB_FILE_NAME);
        try (SqliteFeedbackStore store = open()) {
            store.saveAnswer("discord", "Who?", answer("Someone.", Mode.RETRIEVAL));
        }
        Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("rw-r--r--"));

        try (SqliteFeedbackStore reopened = open()) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(db)))
                    .isEqualTo("rw-------");
            assertThat(reopened.summary().answers()).isEqualTo(1);
        }
    }

    @Test
    void should_forget_questions_and_votes_older_than_the_retention() {
        Duration retention = Duration.ofDays(90);
        try (SqliteFeedbackStore store = SqliteFeedbackStore.open(dataDir, retention, clock::get)) {
            String old = store.saveAnswer("slack", "Old question?", answer("Old.", Mode.RETRIEVAL));
            store.vote(old, "u1", Vote.DOWN);
            clock.addAndGet(Duration.ofDays(60).toMillis());
            String recent = store.saveAnswer("slack", "Recent question?", answer("Recent.", Mode.RETRIEVAL));
            store.vote(recent, "u1", Vote.DOWN);

            clock.addAndGet(Duration.ofDays(31).toMillis());
            store.saveAnswer("discord", "Today?", answer("Today.", Mode.RETRIEVAL));

            FeedbackSummary summary = store.summary();
            assertThat(summary.answers()).isEqualTo(2);
            assertThat(summary.downVoted())
                    .extracting(FeedbackSummary.DownVoted::question)
                    .containsExactly("Recent question?");
        }
    }

    @Test
    void should_purge_at_most_once_per_interval_while_busy() {
        Duration retention = Duration.ofMinutes(1);
        try (SqliteFeedbackStore store = SqliteFeedbackStore.open(dataDir, retention, clock::get)) {
            store.saveAnswer("slack", "First?", answer("One.", Mode.RETRIEVAL));
            clock.addAndGet(retention.multipliedBy(2).toMillis());
            store.saveAnswer("slack", "Second?", answer("Two.", Mode.RETRIEVAL));

            assertThat(store.summary().answers())
                    .as("expired, but purged only once an interval")
                    .isEqualTo(2);

            clock.addAndGet(SqliteFeedbackStore.PURGE_INTERVAL.toMillis());
            store.saveAnswer("slack", "Third?", answer("Three.", Mode.RETRIEVAL));

            assertThat(store.summary().answers()).isEqualTo(1);
        }
    }
}
