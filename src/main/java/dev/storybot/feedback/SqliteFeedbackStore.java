package dev.storybot.feedback;

import dev.storybot.core.Answer;
import dev.storybot.settings.DataSettings;
import dev.storybot.state.DatabaseVendor;
import dev.storybot.state.Migrations;
import dev.storybot.state.StateException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongSupplier;
import javax.sql.DataSource;
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

    /** How long questions, answers and votes are kept unless configured. */
    public static final Duration DEFAULT_RETENTION = Duration.ofDays(DataSettings.DEFAULT_RETENTION_DAYS);
    /** How often a busy store looks for entries past their retention: old rows need not vanish to the second. */
    static final Duration PURGE_INTERVAL = JdbcFeedbackStore.PURGE_INTERVAL;
    /** The data directory holds users' ids and questions: only the bot's own user may list or enter it. */
    private static final Set<PosixFilePermission> DIRECTORY_PERMISSIONS = PosixFilePermissions.fromString("rwx------");
    /** The database and its WAL and shared-memory files: readable and writable by the bot's own user only. */
    private static final Set<PosixFilePermission> FILE_PERMISSIONS = PosixFilePermissions.fromString("rw-------");

    private static final List<String> SQLITE_SIDE_FILES = List.of("", "-wal", "-shm");

    private static final Logger LOG = LoggerFactory.getLogger(SqliteFeedbackStore.class);

    private final Path file;
    private final SQLiteDataSource dataSource;
    private final JdbcFeedbackStore store;

    private SqliteFeedbackStore(Path file, Duration retention, LongSupplier clockMillis) {
        this.file = file;
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        config.enforceForeignKeys(true);
        this.dataSource = new SQLiteDataSource(config);
        this.dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        this.store = new JdbcFeedbackStore(dataSource, file.toString(), retention, clockMillis);
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
        store.migrate();
        store.restrictFiles();
        store.store.purgeIfDue();
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

    /** The data source on the file, for the shared-state stores that use the same database. */
    public DataSource dataSource() {
        return dataSource;
    }

    /** Applies the pending migrations; a file made by a version before migrations keeps its rows. */
    private void migrate() {
        try {
            Migrations.apply(dataSource, DatabaseVendor.SQLITE);
        } catch (StateException e) {
            throw new FeedbackStoreException("Cannot open the feedback database " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String saveAnswer(String platform, String question, Answer answer) {
        return store.saveAnswer(platform, question, answer);
    }

    @Override
    public boolean vote(String answerId, String userId, Vote vote) {
        return store.vote(answerId, userId, vote);
    }

    @Override
    public FeedbackSummary summary() {
        return store.summary();
    }

    /**
     * Deletes the answers created, and the votes cast, before {@code cutoffMillis}, in one transaction.
     *
     * @return how many answers were deleted
     */
    int purgeOlderThan(long cutoffMillis) {
        return store.purgeOlderThan(cutoffMillis);
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
}
