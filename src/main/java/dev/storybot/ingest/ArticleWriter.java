package dev.storybot.ingest;

import dev.storybot.knowledge.KnowledgeLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes an extracted article as a knowledge directory's {@code article.txt}: a {@code # headline} line, {@code #
 * Key: value} header lines, then the numbered paragraphs {@code [1] ...} the loader reads.
 */
public final class ArticleWriter {

    private static final String CITATION_NOTE =
            "# Each paragraph below starts with its number in brackets; citations use these numbers.";

    private ArticleWriter() {}

    /** The article in the bundled {@code article.txt} format. */
    public static String format(ExtractedArticle article) {
        List<String> lines = new ArrayList<>();
        article.headline().ifPresent(h -> lines.add("# " + h));
        lines.add("");
        article.source().ifPresent(s -> lines.add("# Source: " + s));
        article.byline().ifPresent(b -> lines.add("# Byline: " + b));
        article.date().ifPresent(d -> lines.add("# Date: " + d));
        lines.add(CITATION_NOTE);
        for (int i = 0; i < article.paragraphs().size(); i++) {
            lines.add("");
            lines.add("[" + (i + 1) + "] " + article.paragraphs().get(i));
        }
        return String.join("\n", lines) + "\n";
    }

    /**
     * Writes {@code DIR/article.txt}, creating the directory; refuses, unless {@code force}, when the directory
     * already holds an {@code article.txt} or a {@code facts.json} (a story being onboarded or already onboarded).
     *
     * @return the file written
     */
    public static Path write(ExtractedArticle article, Path directory, boolean force) {
        Path target = directory.resolve(KnowledgeLoader.ARTICLE_FILE);
        if (!force) {
            for (String existing : List.of(KnowledgeLoader.ARTICLE_FILE, KnowledgeLoader.FACTS_FILE)) {
                if (Files.exists(directory.resolve(existing))) {
                    throw new IngestException(directory.resolve(existing) + " already exists; use --force to overwrite "
                            + KnowledgeLoader.ARTICLE_FILE);
                }
            }
        }
        try {
            Files.createDirectories(directory);
            Files.writeString(target, format(article), StandardCharsets.UTF_8);
            return target;
        } catch (IOException e) {
            throw new IngestException("cannot write " + target + ": " + e.getMessage());
        }
    }

    /** Writes {@code facts.json} into the directory (the caller has checked that it may be overwritten). */
    public static Path writeFacts(String json, Path directory) {
        Path target = directory.resolve(KnowledgeLoader.FACTS_FILE);
        try {
            Files.writeString(target, json, StandardCharsets.UTF_8);
            return target;
        } catch (IOException e) {
            throw new IngestException("cannot write " + target + ": " + e.getMessage());
        }
    }

    /** The text of a file just written. */
    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IngestException("cannot read " + file + ": " + e.getMessage());
        }
    }
}
