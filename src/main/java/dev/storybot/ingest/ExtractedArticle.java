package dev.storybot.ingest;

import java.util.List;
import java.util.Optional;

/**
 * What an extractor found in a source: the body's paragraphs and whichever metadata the source carried.
 *
 * @param headline   the article's title
 * @param byline     who wrote it
 * @param date       when it was published, as the source wrote it
 * @param source     the article's address (canonical link, og:url or similar)
 * @param paragraphs the body's paragraphs, in order, each one line of plain text
 */
public record ExtractedArticle(
        Optional<String> headline,
        Optional<String> byline,
        Optional<String> date,
        Optional<String> source,
        List<String> paragraphs) {

    /** Copies the paragraph list. */
    public ExtractedArticle {
        paragraphs = List.copyOf(paragraphs);
    }

    /** The number of words in the body. */
    public int words() {
        return paragraphs.stream()
                .mapToInt(p -> p.isBlank() ? 0 : p.strip().split("\\s+").length)
                .sum();
    }
}
