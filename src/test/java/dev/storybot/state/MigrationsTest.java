package dev.storybot.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storybot.core.Answer;
import dev.storybot.core.Citation;
import dev.storybot.core.Language;
import dev.storybot.core.Mode;
import dev.storybot.core.Outcome;
import dev.storybot.feedback.FeedbackSummary;
import dev.storybot.feedback.SqliteFeedbackStore;
import dev.storybot.feedback.Vote;
import dev.storybot.testing.TestPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The versioned schema: from an empty database, from the previous version's SQLite file, the same on both vendors. */
class MigrationsTest {

    /** The feedback schema exactly as the versions before migrations created it. */
    private static final String[] PREVIOUS_SCHEMA = {
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
        )""", "CREATE INDEX IF NOT EXISTS votes_by_vote ON votes(vote)", "PRAGMA user_version = 1"
    };

    private static final List<String> TABLES = List.of(
            "answers",
            "votes",
            "conversation_turns",
            "tracked_threads",
            "event_claims",
            "rate_limit_windows",
            "slack_installations",
            "slack_oauth_states");

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(StateBackends.class)
    void should_migrate_an_empty_database_to_the_latest_version(StateBackends backend) throws Exception {
        try (StateBackends.Opened db = backend.open()) {
            DatabaseVendor vendor = backend == StateBackends.SQLITE ? DatabaseVendor.SQLITE : DatabaseVendor.POSTGRESQL;

            assertThat(Migrations.pending(db.dataSource(), vendor)).isEmpty();
            assertThat(Migrations.currentVersion(db.dataSource(), vendor)).isEqualTo("3");
            assertThat(Migrations.apply(db.dataSource(), vendor))
                    .as("a second run")
                    .isZero();
            assertThat(columns(db.dataSource()).keySet()).containsAll(TABLES);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseVendor.class)
    void should_migrate_a_database_of_the_previous_version_keeping_its_installations(DatabaseVendor vendor)
            throws Exception {
        Database postgres = vendor == DatabaseVendor.POSTGRESQL
                ? Database.connect(TestPostgres.newDatabase(), TestPostgres.USER, null)
                : null;
        try {
            DataSource dataSource =
                    postgres != null ? postgres.dataSource() : StateBackends.sqliteFile(dir.resolve("previous.db"));
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations(vendor.migrationLocation())
                    .target("2")
                    .load()
                    .migrate();
            try (Connection connection = dataSource.getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("INSERT INTO slack_installations (enterprise_id, team_id, bot_token, bot_user_id,"
                        + " installed_at) VALUES ('', 'T1', 'xoxb-1', 'U1', 1700000000000)");
            }

            assertThat(Migrations.pending(dataSource, vendor)).containsExactly("3 slack oauth");
            assertThat(Migrations.apply(dataSource, vendor)).isEqualTo(1);

            Installation kept =
                    new JdbcInstallations(dataSource).find(null, "T1").orElseThrow();
            assertThat(kept.botToken()).isEqualTo("xoxb-1");
            assertThat(kept.botId()).isEmpty();
        } finally {
            if (postgres != null) {
                postgres.close();
            }
        }
    }

    @Test
    void should_give_sqlite_and_postgresql_the_same_tables_and_columns() throws Exception {
        try (StateBackends.Opened sqlite = StateBackends.SQLITE.open();
                StateBackends.Opened postgres = StateBackends.POSTGRESQL.open()) {
            assertThat(columns(sqlite.dataSource())).isEqualTo(columns(postgres.dataSource()));
        }
    }

    @Test
    void should_report_pending_migrations_of_an_empty_postgresql_database() {
        try (Database database = Database.connect(TestPostgres.newDatabase(), TestPostgres.USER, null)) {
            assertThat(Migrations.pending(database.dataSource(), DatabaseVendor.POSTGRESQL))
                    .containsExactly("1 feedback", "2 shared state", "3 slack oauth");
            assertThat(Migrations.currentVersion(database.dataSource(), DatabaseVendor.POSTGRESQL))
                    .isEmpty();
        }
    }

    @Test
    void should_keep_the_votes_of_a_sqlite_file_made_by_the_previous_version() throws Exception {
        DataSource previous = StateBackends.sqliteFile(dir.resolve(SqliteFeedbackStore.DB_FILE_NAME));
        try (Connection connection = previous.getConnection();
                Statement statement = connection.createStatement()) {
            for (String sql : PREVIOUS_SCHEMA) {
                statement.execute(sql);
            }
            long now = System.currentTimeMillis();
            statement.execute(
                    "INSERT INTO answers VALUES ('a1', 'slack', 'Who founded it?', 'Someone did.', 'ANSWERED',"
                            + " 'retrieval', NULL, " + now + ")");
            statement.execute("INSERT INTO votes VALUES ('a1', 'U1', 'DOWN', " + now + ")");
        }

        try (SqliteFeedbackStore store = SqliteFeedbackStore.open(dir)) {
            FeedbackSummary summary = store.summary();
            assertThat(summary.answers()).isEqualTo(1);
            assertThat(summary.downVoted())
                    .containsExactly(
                            new FeedbackSummary.DownVoted("slack", "Who founded it?", "Someone did.", "retrieval", 1));
            assertThat(store.vote("a1", "U2", Vote.UP)).isTrue();
            String id = store.saveAnswer("discord", "Q", answer());
            assertThat(store.vote(id, "U1", Vote.DOWN)).isTrue();
            assertThat(store.summary().down()).isEqualTo(2);
            assertThat(Migrations.currentVersion(store.dataSource(), DatabaseVendor.SQLITE))
                    .isEqualTo("3");
            assertThat(columns(store.dataSource()).keySet()).containsAll(TABLES);
        }
    }

    @Test
    void should_open_a_migrated_sqlite_file_again_without_migrating_it_twice() {
        try (SqliteFeedbackStore store = SqliteFeedbackStore.open(dir)) {
            store.saveAnswer("slack", "Q", answer());
        }
        try (SqliteFeedbackStore store = SqliteFeedbackStore.open(dir)) {
            assertThat(store.summary().answers()).isEqualTo(1);
            assertThat(Migrations.apply(store.dataSource(), DatabaseVendor.SQLITE))
                    .isZero();
        }
    }

    @Test
    void should_name_the_database_in_one_line_when_it_cannot_be_reached() {
        String unreachable = "jdbc:postgresql://127.0.0.1:1/storybot?password=hunter22&connectTimeout=2";

        assertThatThrownBy(() -> Database.open(unreachable, "u", "p"))
                .isInstanceOf(StateException.class)
                .hasMessageStartingWith("Cannot connect to the database at jdbc:postgresql://127.0.0.1:1/storybot:")
                .hasMessageNotContaining("hunter22")
                .hasMessageNotContaining("\n");
    }

    /** Every table's column names, lower case, by table. */
    private static Map<String, TreeSet<String>> columns(DataSource dataSource) throws SQLException {
        Map<String, TreeSet<String>> tables = new TreeMap<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            try (ResultSet rows = meta.getColumns(null, null, "%", "%")) {
                while (rows.next()) {
                    String schema = rows.getString("TABLE_SCHEM");
                    if (schema != null && !schema.equals("public")) {
                        continue;
                    }
                    String table = rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                    if (table.equals("flyway_schema_history")
                            || table.startsWith("sqlite_")
                            || table.endsWith("_pkey")
                            || table.contains("_by_")) {
                        continue;
                    }
                    tables.computeIfAbsent(table, t -> new TreeSet<>())
                            .add(rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        return tables;
    }

    private static Answer answer() {
        return new Answer(
                "Text.", List.of(new Citation(1, "quote")), Outcome.ANSWERED, Mode.RETRIEVAL, null, null, Language.EN);
    }
}
