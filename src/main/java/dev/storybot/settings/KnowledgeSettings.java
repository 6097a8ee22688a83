package dev.storybot.settings;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Which story the bot answers about.
 *
 * @param directory a directory with {@code article.txt} and {@code facts.json}, or empty for the bundled knowledge
 */
public record KnowledgeSettings(Optional<Path> directory) {

    /** The bundled knowledge. */
    public static final KnowledgeSettings BUNDLED = new KnowledgeSettings(Optional.empty());

    public KnowledgeSettings {
        Objects.requireNonNull(directory, "directory");
    }
}
