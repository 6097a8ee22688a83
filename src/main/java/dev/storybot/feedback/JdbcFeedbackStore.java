package dev.storybot.feedback;

import dev.storybot.core.Answer;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link FeedbackStore} in the {@code answers} and {@code votes} tables of any database the migrations have set up
 * (the SQLite file of one process, or PostgreSQL shared by several replicas).
 */
public final class JdbcFeedbackStore implements FeedbackStore {

    /** Random bytes in an answer id; 12 bytes make a 16-character URL-safe id. */
    private static final int ANSWER_ID_BYTES = 12;
    /** How often a busy store looks for entries past their retention: old rows need not vanish to the second. */
    static final Duration PURGE_INTERVAL = Duration.ofHours(1);

    private static final Logger LOG = LoggerFactory.getLogger(JdbcFeedbackStore.class);

    private final DataSource dataSource;
    private final String file;
    private final LongSupplier clockMillis;
    private final Duration retention;
    private final AtomicLong nextPurgeMillis = new AtomicLong(Long.MIN_VALUE);
    private final SecureRandom random = new SecureRandom();

    /**
     * @param dataSource  a database migrated to the current schema
     * @param description how the database is named in error messages (a file, or a URL without credentials)
     * @param retention   how long questions, answers and votes are kept
     * @param clockMillis the clock, in epoch milliseconds
     */
    public JdbcFeedbackStore(DataSource dataSource, String description, Duration retention, LongSupplier clockMillis) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.file = Objects.requireNonNull(description, "description");
        this.clockMillis = Objects.requireNonNull(clockMillis, "clockMillis");
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("retention must be positive, was " + retention);
        }
        this.retention = retention;
    }

    @Override
    public String saveAnswer(String platform, String question, Answer answer) {
        purgeIfDue();
        String id = newAnswerId();
        String sql = "INSERT INTO answers (id, platform, question, answer, outcome, mode, model, created_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setString(1, id);
            insert.setString(2, platform);
            insert.setString(3, question);
            insert.setString(4, answer.text());
            insert.setString(5, answer.outcome().name());
            insert.setString(6, answer.mode().wireName());
            insert.setString(7, answer.model());
            insert.setLong(8, clockMillis.getAsLong());
            insert.executeUpdate();
            return id;
        } catch (SQLException e) {
            throw new FeedbackStoreException("Cannot save an answer in " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public boolean vote(String answerId, String userId, Vote vote) {
        // inserts only when the answer exists; a repeated vote by the same user replaces the earlier one
        String sql = "INSERT INTO votes (answer_id, user_id, vote, voted_at) "
                + "SELECT id, ?, ?, ? FROM answers WHERE id = ? "
                + "ON CONFLICT (answer_id, user_id) DO UPDATE SET vote = excluded.vote, voted_at = excluded.voted_at";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement upsert = connection.prepareStatement(sql)) {
            upsert.setString(1, userId);
            upsert.setString(2, vote.name());
            upsert.setLong(3, clockMillis.getAsLong());
            upsert.setString(4, answerId);
            return upsert.executeUpdate() > 0;
        } catch (SQLException e) {
            throw new FeedbackStoreException("Cannot store a vote in " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public FeedbackSummary summary() {
        String totals = "SELECT (SELECT COUNT(*) FROM answers), "
                + "(SELECT COUNT(*) FROM votes WHERE vote = 'UP'), "
                + "(SELECT COUNT(*) FROM votes WHERE vote = 'DOWN')";
        String downVoted = "SELECT a.platform, a.question, a.answer, a.mode, COUNT(*) AS downs, "
                + "MAX(v.voted_at) AS latest FROM votes v JOIN answers a ON a.id = v.answer_id "
                + "WHERE v.vote = 'DOWN' GROUP BY a.id ORDER BY latest DESC, a.created_at DESC";
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            // one read transaction so the totals and the list agree
            connection.setAutoCommit(false);
            int answers;
            int up;
            int down;
            try (ResultSet rows = statement.executeQuery(totals)) {
                rows.next();
                answers = rows.getInt(1);
                up = rows.getInt(2);
                down = rows.getInt(3);
            }
            List<FeedbackSummary.DownVoted> list = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery(downVoted)) {
                while (rows.next()) {
                    list.add(new FeedbackSummary.DownVoted(
                            rows.getString(1),
                            rows.getString(2),
                            rows.getString(3),
                            rows.getString(4),
                            rows.getInt(5)));
                }
            }
            connection.commit();
            return new FeedbackSummary(answers, up, down, List.copyOf(list));
        } catch (SQLException e) {
            throw new FeedbackStoreException("Cannot read the feedback database " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Deletes the answers created, and the votes cast, before {@code cutoffMillis}, in one transaction.
     *
     * @return how many answers were deleted
     */
    int purgeOlderThan(long cutoffMillis) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement votes = connection.prepareStatement(
                        "DELETE FROM votes WHERE answer_id IN (SELECT id FROM answers WHERE created_at < ?)");
                PreparedStatement answers = connection.prepareStatement("DELETE FROM answers WHERE created_at < ?")) {
            connection.setAutoCommit(false);
            votes.setLong(1, cutoffMillis);
            votes.executeUpdate();
            answers.setLong(1, cutoffMillis);
            int deleted = answers.executeUpdate();
            connection.commit();
            return deleted;
        } catch (SQLException e) {
            throw new FeedbackStoreException("Cannot purge old feedback in " + file + ": " + e.getMessage(), e);
        }
    }

    /** Purges entries past their retention at most once per {@link #PURGE_INTERVAL}; a failure is logged, not thrown. */
    void purgeIfDue() {
        long now = clockMillis.getAsLong();
        long due = nextPurgeMillis.get();
        if (now < due || !nextPurgeMillis.compareAndSet(due, now + PURGE_INTERVAL.toMillis())) {
            return;
        }
        try {
            int deleted = purgeOlderThan(now - retention.toMillis());
            if (deleted > 0) {
                LOG.info(
                        "Deleted {} stored answer(s) older than {} days, with their votes",
                        deleted,
                        retention.toDays());
            }
        } catch (FeedbackStoreException e) {
            LOG.warn("Old feedback not purged: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        // the connections belong to the data source, closed by its owner
    }

    private String newAnswerId() {
        byte[] bytes = new byte[ANSWER_ID_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
