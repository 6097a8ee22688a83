package dev.storybot.state;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.time.Duration;
import java.util.Objects;
import javax.sql.DataSource;

/** A pooled connection to the shared database, migrated to the current schema when opened. */
public final class Database implements AutoCloseable {

    /** Connections per replica: every statement is short, and answers mostly wait on the model, not the database. */
    static final int MAX_POOL_CONNECTIONS = 10;
    /** How long start-up or a statement waits for a connection before failing with a clear message. */
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    private final HikariDataSource dataSource;
    private final DatabaseVendor vendor;
    private final String safeUrl;

    private Database(HikariDataSource dataSource, DatabaseVendor vendor, String safeUrl) {
        this.dataSource = dataSource;
        this.vendor = vendor;
        this.safeUrl = safeUrl;
    }

    /**
     * Connects to {@code jdbcUrl} (PostgreSQL) with a pool and applies pending migrations.
     *
     * @throws StateException with a one-line message when the database cannot be reached or migrated
     */
    public static Database open(String jdbcUrl, String user, String password) {
        Database database = connect(jdbcUrl, user, password);
        try {
            Migrations.apply(database.dataSource, database.vendor);
            return database;
        } catch (StateException e) {
            database.close();
            throw new StateException(e.getMessage() + " (" + database.safeUrl + ")", e);
        }
    }

    /**
     * Connects without migrating, e.g. to check which migrations are pending.
     *
     * @throws StateException with a one-line message when the database cannot be reached
     */
    public static Database connect(String jdbcUrl, String user, String password) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        DatabaseVendor vendor = DatabaseVendor.of(jdbcUrl);
        String safeUrl = withoutQuery(jdbcUrl);
        HikariConfig config = new HikariConfig();
        config.setPoolName("storybot-db");
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(MAX_POOL_CONNECTIONS);
        config.setConnectionTimeout(CONNECT_TIMEOUT.toMillis());
        try {
            return new Database(new HikariDataSource(config), vendor, safeUrl);
        } catch (HikariPool.PoolInitializationException | IllegalArgumentException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new StateException(
                    "Cannot connect to the database at " + safeUrl + ": " + firstLine(cause.getMessage()), e);
        }
    }

    /** The pooled connections. */
    public DataSource dataSource() {
        return dataSource;
    }

    /** Which database this is. */
    public DatabaseVendor vendor() {
        return vendor;
    }

    /** The JDBC URL without its query string (which may carry a password), fit for output. */
    public String safeUrl() {
        return safeUrl;
    }

    @Override
    public void close() {
        dataSource.close();
    }

    /** {@code jdbcUrl} without {@code ?…}, where the PostgreSQL driver accepts a user and password. */
    public static String withoutQuery(String jdbcUrl) {
        int query = jdbcUrl.indexOf('?');
        return query < 0 ? jdbcUrl : jdbcUrl.substring(0, query);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message.strip() : message.substring(0, newline).strip();
    }
}
