package dev.storybot.state;

import dev.storybot.testing.TestPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/** The two databases the state specification runs against, each giving a fresh, migrated database per call. */
enum StateBackends {
    SQLITE {
        @Override
        Opened open() {
            try {
                Path file = Files.createTempDirectory("storybot-state").resolve("state.db");
                SQLiteDataSource dataSource = sqliteFile(file);
                Migrations.apply(dataSource, DatabaseVendor.SQLITE);
                return new Opened(dataSource, () -> {});
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    },
    POSTGRESQL {
        @Override
        Opened open() {
            Database database = Database.open(TestPostgres.newDatabase(), TestPostgres.USER, null);
            return new Opened(database.dataSource(), database::close);
        }
    };

    /** How long a SQLite writer waits for another's lock, as the feedback store does. */
    static final int BUSY_TIMEOUT_MILLIS = 10_000;

    /** A fresh database at the current schema. */
    abstract Opened open();

    /** A data source on a SQLite file, configured like the feedback store's. */
    static SQLiteDataSource sqliteFile(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        config.enforceForeignKeys(true);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return dataSource;
    }

    /**
     * An open database.
     *
     * @param dataSource connections to it (two store instances on it stand for two replicas)
     * @param closer     releases it
     */
    record Opened(DataSource dataSource, AutoCloseable closer) implements AutoCloseable {

        @Override
        public void close() throws Exception {
            closer.close();
        }
    }
}
