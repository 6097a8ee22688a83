package dev.storybot.settings;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the bot keeps its state.
 *
 * @param directory where {@code feedback.db} (the votes) is kept; created when missing
 */
public record DataSettings(Path directory) {

    /** Relative to the working directory, so that a checkout keeps its own votes. */
    public static final Path DEFAULT_DIRECTORY = Path.of("data");

    public DataSettings {
        Objects.requireNonNull(directory, "directory");
    }
}
