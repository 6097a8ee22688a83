package dev.storybot.state;

import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The versioned schema, applied by Flyway at start-up: one version history for SQLite and PostgreSQL, with each
 * vendor's scripts in its own folder ({@code db/migration/sqlite}, {@code db/migration/postgresql}).
 *
 * <p>A SQLite file made by a version before migrations existed holds the version-1 tables and no history: it is
 * recorded at version 1 (a baseline) and then migrated, keeping its rows.
 */
public final class Migrations {

    /** The schema of the versions before migrations: the feedback tables of {@code V1__feedback.sql}. */
    static final String PREVIOUS_SCHEMA_VERSION = "1";

    private Migrations() {}

    /**
     * Applies every pending migration.
     *
     * @return how many were applied
     * @throws StateException with a one-line message when a migration fails or the database is unusable
     */
    public static int apply(DataSource dataSource, DatabaseVendor vendor) {
        try {
            MigrateResult result = flyway(dataSource, vendor).migrate();
            return result.migrationsExecuted;
        } catch (FlywayException e) {
            throw new StateException("Cannot migrate the database: " + firstLine(e.getMessage()), e);
        }
    }

    /**
     * The migrations not yet applied, by version and description (empty when the schema is current).
     *
     * @throws StateException with a one-line message when the database cannot be read
     */
    public static List<String> pending(DataSource dataSource, DatabaseVendor vendor) {
        try {
            MigrationInfo[] pending = flyway(dataSource, vendor).info().pending();
            return Arrays.stream(pending)
                    .map(info -> info.getVersion() + " " + info.getDescription())
                    .toList();
        } catch (FlywayException e) {
            throw new StateException("Cannot read the database's migrations: " + firstLine(e.getMessage()), e);
        }
    }

    /** The latest version applied, or empty text when none is. */
    public static String currentVersion(DataSource dataSource, DatabaseVendor vendor) {
        try {
            MigrationInfo current = flyway(dataSource, vendor).info().current();
            return current == null ? "" : current.getVersion().toString();
        } catch (FlywayException e) {
            throw new StateException("Cannot read the database's migrations: " + firstLine(e.getMessage()), e);
        }
    }

    private static Flyway flyway(DataSource dataSource, DatabaseVendor vendor) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations(vendor.migrationLocation())
                // only a SQLite file can predate migrations; a shared PostgreSQL schema is never baselined blindly
                .baselineOnMigrate(vendor == DatabaseVendor.SQLITE)
                .baselineVersion(PREVIOUS_SCHEMA_VERSION)
                .baselineDescription("feedback schema of the previous version")
                .load();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        String trimmed = message.strip();
        int newline = trimmed.indexOf('\n');
        return newline < 0 ? trimmed : trimmed.substring(0, newline).strip();
    }
}
