package dev.storybot.settings;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Where the bot keeps its state, and for how long.
 *
 * @param directory where {@code feedback.db} (the votes) is kept; created when missing
 * @param retention how long stored questions, answers and votes are kept
 */
public record DataSettings(Path directory, Duration retention) {

    /** Relative to the working directory, so that a checkout keeps its own votes. */
    public static final Path DEFAULT_DIRECTORY = Path.of("data");
    /** A quarter of feedback is plenty to act on, and users' questions are not kept for longer. */
    public static final int DEFAULT_RETENTION_DAYS = 90;
    /** Ten years: a longer value is a typo. */
    public static final int MAX_RETENTION_DAYS = 3_650;

    public DataSettings {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(retention, "retention");
    }

    /** The directory with the default retention. */
    public DataSettings(Path directory) {
        this(directory, Duration.ofDays(DEFAULT_RETENTION_DAYS));
    }
}
