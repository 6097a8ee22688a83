package dev.storybot.feedback;

import dev.storybot.core.Answer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * {@link FeedbackStore} in an embedded SQLite database file, safe for concurrent use by several threads and processes.
 *
 * <p>The database runs in WAL mode with a busy timeout, and every operation uses its own short-lived connection, so
 * the Discord and Slack adapters can write at the same time while {@code storybot feedback} reads.
 */
public final class SqliteFeedbackStore implements FeedbackStore {

    /** Name of the database file inside the data directory. */
    public static final String DB_FILE_NAME = "feedback.db";
    /** How long a write waits for another writer's lock before failing. */
    public static final int BUSY_TIMEOUT_MILLIS = 10_000;
    /** Random bytes in an answer id; 12 bytes make a 16-character URL-safe id. */
    private static final int ANSWER_ID_BYTES = 12;
    private static final int SCHEMA_VERSION = 1;

    private static final Logger LOG = LoggerFactory.getLogger(SqliteFeedbackStore.class);

    private static final String[] SCHEMA = {
        """
        CREATE TABLE IF NOT EXISTS answers (
            id          TEXT PRIMARY KEY,
            platform    TEXT NOT NULL,
            question    TEXT NOT NULL,
            answer      TEXT NOT NULL,
            outcome     TEXT NOT NULL,
            mode        TEXT NOT NULL,
            model       TEXT,
            created_at  INTEGER NOT NULL
        )""",
        """
        CREATE TABLE IF NOT EXISTS votes (
            answer_id   TEXT NOT NULL REFERENCES answers(id),
            user_id     TEXT NOT NULL,
            vote        TEXT NOT NULL CHECK (vote IN ('UP', 'DOWN')),
            voted_at    INTEGER NOT NULL,
            PRIMARY KEY (answer_id, user_id)
        )""",
        "CREATE INDEX IF NOT EXISTS votes_by_vote ON votes(vote)",
        "PRAGMA user_version = " + SCHEMA_VERSION
    };

    private final Path file;
    private final SQLiteDataSource dataSource;
    private final LongSupplier clockMillis;
    private final SecureRandom random = new SecureRandom();

    private SqliteFeedbackStore(Path file, LongSupplier clockMillis) {
        this.file = file;
        this.clockMillis = clockMillis;
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        config.enforceForeignKeys(true);
        this.dataSource = new SQLiteDataSource(config);
        this.dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
    }

    /**
     * Opens (creating if needed) {@value #DB_FILE_NAME} in {@code dataDir}, creating the directory too.
     *
     * @throws FeedbackStoreException with a one-line message when the directory or database cannot be used
     */
    public static SqliteFeedbackStore open(Path dataDir) {
        return open(dataDir, System::currentTimeMillis);
    }

    /** Like {@link #open(Path)} with a given clock, for tests. */
    static SqliteFeedbackStore open(Path dataDir, LongSupplier clockMillis) {
        Objects.requireNonNull(dataDir, "dataDir");
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new FeedbackStoreException("Cannot create the data directory " + dataDir + ": " + e.getMessage(), e);
        }
        SqliteFeedbackStore store = new SqliteFeedbackStore(dataDir.resolve(DB_FILE_NAME), clockMillis);
        store.createSchema();
        return store;
    }

    /** The database file. */
    public Path file() {
        return file;
    }

    private void createSchema() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : SCHEMA) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new FeedbackStoreException("Cannot open the feedback database " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String saveAnswer(String platform, String question, Answer answer) {
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
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
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
                    list.add(new FeedbackSummary.DownVoted(rows.getString(1), rows.getString(2), rows.getString(3),
                        rows.getString(4), rows.getInt(5)));
                }
            }
            connection.commit();
            return new FeedbackSummary(answers, up, down, List.copyOf(list));
        } catch (SQLException e) {
            throw new FeedbackStoreException("Cannot read the feedback database " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        // connections are per operation; checkpoint the WAL so the database file is complete on its own
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        } catch (SQLException e) {
            LOG.warn("Could not checkpoint the feedback database {}", file, e);
        }
    }

    private String newAnswerId() {
        byte[] bytes = new byte[ANSWER_ID_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
