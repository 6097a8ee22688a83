package dev.storybot.cli;

import dev.storybot.answering.ConversationMemory;
import dev.storybot.chat.ChatLimits;
import dev.storybot.core.RateLimiter;
import dev.storybot.feedback.FeedbackStore;
import dev.storybot.feedback.FeedbackStoreException;
import dev.storybot.feedback.JdbcFeedbackStore;
import dev.storybot.feedback.SqliteFeedbackStore;
import dev.storybot.settings.DatabaseSettings;
import dev.storybot.settings.Settings;
import dev.storybot.slack.SlackInstallStore;
import dev.storybot.state.Database;
import dev.storybot.state.JdbcConversationTurns;
import dev.storybot.state.JdbcEventClaims;
import dev.storybot.state.JdbcInstallations;
import dev.storybot.state.JdbcOAuthStates;
import dev.storybot.state.JdbcRateLimits;
import dev.storybot.state.JdbcTrackedThreads;
import dev.storybot.state.SharedState;
import dev.storybot.state.StateException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Where {@code serve} keeps its state: with {@code STORYBOT_DATABASE_URL}, in PostgreSQL shared by every replica
 * (feedback, delivery claims, tracked threads, rate-limit windows, conversation turns); without it, in memory and the
 * SQLite file of the data directory, as a single process always has.
 *
 * @param feedback     the answers and votes
 * @param rateLimits   counts the rate limit across replicas; empty: counted in this process
 * @param shared       delivery claims and tracked threads; empty: each adapter keeps them in memory
 * @param conversation the conversation memory the answerer uses
 * @param database     the shared database's pool, when configured
 * @param slackInstalls Slack workspaces the app is installed in through OAuth, and installs under way
 */
record ServeState(
        FeedbackStore feedback,
        Optional<RateLimiter.Backend> rateLimits,
        Optional<SharedState> shared,
        ConversationMemory conversation,
        Optional<Database> database,
        SlackInstallStore slackInstalls)
        implements AutoCloseable {

    /**
     * Opens the configured state, migrating the database (or the SQLite file) to the current schema.
     *
     * @throws StateException         with a one-line message when the shared database cannot be used
     * @throws FeedbackStoreException with a one-line message when the SQLite file cannot be used
     */
    static ServeState open(Settings settings) {
        Optional<DatabaseSettings> configured = settings.database();
        if (configured.isEmpty()) {
            SqliteFeedbackStore feedback = SqliteFeedbackStore.open(
                    settings.data().directory(), settings.data().retention());
            return new ServeState(
                    feedback,
                    Optional.empty(),
                    Optional.empty(),
                    new ConversationMemory(),
                    Optional.empty(),
                    slackInstalls(feedback.dataSource(), Clock.systemUTC()));
        }
        DatabaseSettings db = configured.get();
        Database database = Database.open(db.url(), db.user(), db.password());
        return shared(database, settings.data().retention(), Clock.systemUTC());
    }

    /** State kept in {@code database}, shared with every other process that uses it. */
    static ServeState shared(Database database, Duration retention, Clock clock) {
        return new ServeState(
                new JdbcFeedbackStore(database.dataSource(), database.safeUrl(), retention, clock::millis),
                Optional.of(new JdbcRateLimits(database.dataSource())::tryAcquire),
                Optional.of(new SharedState(
                        new JdbcEventClaims(database.dataSource(), clock, ChatLimits.DELIVERY_MEMORY),
                        new JdbcTrackedThreads(database.dataSource(), clock, ChatLimits.THREAD_MEMORY))),
                new ConversationMemory(new JdbcConversationTurns(
                        database.dataSource(),
                        clock,
                        ConversationMemory.TURNS_KEPT,
                        Duration.ofMinutes(ConversationMemory.MAX_IDLE_MINUTES))),
                Optional.of(database),
                slackInstalls(database.dataSource(), clock));
    }

    private static SlackInstallStore slackInstalls(DataSource dataSource, Clock clock) {
        return new SlackInstallStore(new JdbcInstallations(dataSource), new JdbcOAuthStates(dataSource, clock));
    }

    /** A rate limiter allowing {@code perMinute} per user, counted where this state counts it. */
    RateLimiter rateLimiter(int perMinute, java.util.function.Consumer<String> onLimited) {
        return RateLimiter.perMinute(perMinute, onLimited, rateLimits.orElse(null));
    }

    @Override
    public void close() {
        feedback.close();
        database.ifPresent(Database::close);
    }
}
