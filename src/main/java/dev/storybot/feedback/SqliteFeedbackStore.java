package dev.storybot.feedback;

import dev.storybot.core.Answer;
import dev.storybot.settings.DataSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
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
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
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
    /** How long questions, answers and votes are kept unless configured. */
    public static final Duration DEFAULT_RETENTION = Duration.ofDays(DataSettings.DEFAULT_RETENTION_DAYS);
    /** How often a busy store looks for entries past their retention: old rows need not vanish to the second. */
    static final Duration PURGE_INTERVAL = Duration.ofHours(1);
    /** The data directory holds users' ids and questions: only the bot's own user may list or enter it. */
    private static final Set<PosixFilePermission> DIRECTORY_PERMISSIONS = PosixFilePermissions.fromString("rwx------");
    /** The database and its WAL and shared-memory files: readable and writable by the bot's own user only. */
    private static final Set<PosixFilePermission> FILE_PERMISSIONS = PosixFilePermissions.fromString("rw-------");

    private static final List<String> SQLITE_SIDE_FILES = List.of("", "-wal", "-shm");

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
        )""", """
        CREATE TABLE IF NOT EXISTS votes (
            answer_id   TEXT NOT NULL REFERENCES answers(id),
            user_id     TEXT NOT NULL,
            vote        TEXT NOT NULL CHECK (vote IN ('UP', 'DOWN')),
            voted_at    INTEGER NOT NULL,
            PRIMARY KEY (answer_id, user_id)
        )""", "CREATE INDEX IF NOT EXISTS votes_by_vote ON votes(vote)", "PRAGMA user_version = " + SCHEMA_VERSION
    };

    private final Path file;
    private final SQLiteDataSource dataSource;
    private final LongSupplier clockMillis;
    private final Duration retention;
    private final AtomicLong nextPurgeMillis = new AtomicLong(Long.MIN_VALUE);
    private final SecureRandom random = new SecureRandom();

    private SqliteFeedbackStore(Path file, Duration retention, LongSupplier clockMillis) {
        this.file = file;
        this.retention = retention;
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
     * Opens (creating if needed) {@value #DB_FILE_NAME} in {@code dataDir}, creating the directory too, keeping
     * entries for {@link #DEFAULT_RETENTION}.
     *
     * @throws FeedbackStoreException with a one-line message when the directory or database cannot be used
     */
    public static SqliteFeedbackStore open(Path dataDir) {
        return open(dataDir, DEFAULT_RETENTION);
    }

    /**
     * Opens the store, purging questions, answers and votes older than {@code retention} now and then while it runs.
     * A new directory is made private to the bot's user (0700) and the database files readable by it alone (0600).
     *
     * @throws FeedbackStoreException with a one-line message when the directory or database cannot be used
     */
    public static SqliteFeedbackStore open(Path dataDir, Duration retention) {
        return open(dataDir, retention, System::currentTimeMillis);
    }

    /** Like {@link #open(Path)} with a given clock, for tests. */
    static SqliteFeedbackStore open(Path dataDir, LongSupplier clockMillis) {
        return open(dataDir, DEFAULT_RETENTION, clockMillis);
    }

    /** Like {@link #open(Path, Duration)} with a given clock, for tests. */
    static SqliteFeedbackStore open(Path dataDir, Duration retention, LongSupplier clockMillis) {
        Objects.requireNonNull(dataDir, "dataDir");
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("retention must be positive, was " + retention);
        }
        try {
            createPrivateDirectory(dataDir);
            createPrivateFile(dataDir.resolve(DB_FILE_NAME));
        } catch (IOException e) {
            throw new FeedbackStoreException("Cannot create the data directory " + dataDir + ": " + e.getMessage(), e);
        }
        SqliteFeedbackStore store = new SqliteFeedbackStore(dataDir.resolve(DB_FILE_NAME), retention, clockMillis);
        store.createSchema();
        store.restrictFiles();
        store.purgeIfDue();
        return store;
    }

    private static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private static void createPrivateDirectory(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return; // an existing directory is the operator's choice
        }
        if (posix(dir)) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(DIRECTORY_PERMISSIONS));
        } else {
            Files.createDirectories(dir);
        }
    }

    private static void createPrivateFile(Path file) throws IOException {
        if (posix(file) && Files.notExists(file)) {
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE_PERMISSIONS));
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // another process created it first: restrictFiles() still narrows it
            }
        }
    }

    /** Narrows existing database files (e.g. made 0644 by an earlier version) to 0600; SQLite copies it to new ones. */
    private void restrictFiles() {
        if (!posix(file)) {
            return;
        }
        for (String suffix : SQLITE_SIDE_FILES) {
            Path path = file.resolveSibling(file.getFileName() + suffix);
            try {
                if (Files.exists(path)) {
                    Files.setPosixFilePermissions(path, FILE_PERMISSIONS);
                }
            } catch (IOException e) {
                LOG.warn("Could not make {} readable by its owner only: {}", path, e.getMessage());
            }
        }
    }

    /** The database file. */
    public Path file() {
        return file;
    }

    private void createSchema() {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            for (String sql : SCHEMA) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new FeedbackStoreException("Cannot open the feedback database " + file + ": " + e.getMessage(), e);
        }
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
    private void purgeIfDue() {
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
        // connections are per operation; checkpoint the WAL so the database file is complete on its own
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
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
