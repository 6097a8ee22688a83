package dev.storybot.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The short report {@code storybot ingest} prints: what was written, what was found and what was not. */
public final class IngestReport {

    private IngestReport() {}

    /** The report for {@code article} written to {@code file}, one item a line. */
    public static String of(ExtractedArticle article, Path file) {
        List<String> missing = new ArrayList<>();
        StringBuilder out = new StringBuilder();
        out.append("wrote ").append(file).append('\n');
        out.append("paragraphs: ").append(article.paragraphs().size()).append('\n');
        out.append("words: ").append(article.words()).append('\n');
        line(out, missing, "headline", article.headline());
        line(out, missing, "byline", article.byline());
        line(out, missing, "date", article.date());
        line(out, missing, "source", article.source());
        if (!missing.isEmpty()) {
            out.append("not found: ").append(String.join(", ", missing)).append(" (add them to the header by hand)\n");
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> missing, String name, Optional<String> value) {
        if (value.isPresent()) {
            out.append(name).append(": ").append(value.get()).append('\n');
        } else {
            missing.add(name);
        }
    }
}
