package dev.storybot.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a plain-text or Markdown article: an optional headline (a Markdown {@code #} heading, or a short first line
 * followed by a blank line), optional {@code Key: value} lines for byline, date and source, then the paragraphs.
 */
public final class TextExtractor {

    /** A first line longer than this is body text, not a headline. */
    private static final int MAX_HEADLINE_CHARS = 200;

    private static final Pattern FIELD_LINE =
            Pattern.compile("(?i)^(by|author|byline|date|published|source|url)\\s*:\\s*(.+)$");
    private static final Pattern BY_LINE = Pattern.compile("^By\\s+(\\p{Lu}.{1,80})$");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.+?)\\s*#*$");
    private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern EMPHASIS = Pattern.compile("(\\*\\*|__|\\*|_|`)(\\S(?:.*?\\S)?)\\1");
    private static final Pattern LIST_OR_QUOTE = Pattern.compile("(?m)^\\s*(?:[>]+|[-*+]|\\d+[.)])\\s+");
    private static final Pattern RULE = Pattern.compile("^[-*_]{3,}$");
    /** A text in the knowledge format has paragraphs that start with their number in brackets. */
    private static final Pattern NUMBERED = Pattern.compile("(?m)^\\s*\\[1]\\s+\\S");

    private static final Pattern NUMBERED_LINE = Pattern.compile("^\\[\\d+]\\s+(.+)$");
    private static final Pattern HEADER_LINE = Pattern.compile("^#\\s*(\\p{L}[\\p{L} ]{0,30}?)\\s*:\\s*(.+)$");

    private TextExtractor() {}

    /** The article in {@code text}; Markdown markup is removed when {@code markdown} is true. */
    public static ExtractedArticle extract(String text, boolean markdown) {
        if (NUMBERED.matcher(text).find()) {
            return numbered(text);
        }
        List<String> blocks = ParagraphSplitter.blocks(text);
        Optional<String> headline = Optional.empty();
        Optional<String> byline = Optional.empty();
        Optional<String> date = Optional.empty();
        Optional<String> source = Optional.empty();
        List<String> paragraphs = new ArrayList<>();
        boolean inBody = false;
        for (String rawBlock : blocks) {
            String block = ParagraphSplitter.normalize(rawBlock);
            Matcher heading = HEADING.matcher(block);
            if (markdown && heading.matches()) {
                if (headline.isEmpty() && !inBody) {
                    headline = Optional.of(plain(heading.group(1)));
                }
                continue; // section headings are not body paragraphs
            }
            if (markdown && RULE.matcher(block).matches()) {
                continue;
            }
            String cleaned = markdown ? plain(block) : block;
            if (!inBody) {
                List<String> lines = rawBlock.lines()
                        .map(l -> markdown ? plain(l) : ParagraphSplitter.normalize(l))
                        .toList();
                if (lines.stream()
                        .allMatch(l -> FIELD_LINE.matcher(l).matches()
                                || BY_LINE.matcher(l).matches())) {
                    for (String line : lines) {
                        Matcher field = FIELD_LINE.matcher(line);
                        Matcher by = BY_LINE.matcher(line);
                        if (by.matches()) {
                            byline = Optional.of(by.group(1));
                        } else if (field.matches()) {
                            String value = field.group(2).strip();
                            switch (field.group(1).toLowerCase(java.util.Locale.ROOT)) {
                                case "date", "published" -> date = Optional.of(value);
                                case "source", "url" -> source = Optional.of(value);
                                default -> byline = Optional.of(value);
                            }
                        }
                    }
                    continue;
                }
                if (!markdown
                        && headline.isEmpty()
                        && paragraphs.isEmpty()
                        && block.length() <= MAX_HEADLINE_CHARS
                        && !block.matches(".*[.!?\"”]$")
                        && blocks.size() > 1) {
                    headline = Optional.of(block);
                    continue;
                }
            }
            inBody = true;
            if (!cleaned.isEmpty()) {
                paragraphs.add(cleaned);
            }
        }
        return new ExtractedArticle(headline, byline, date, source, paragraphs);
    }

    /**
     * An article already in the knowledge format: {@code # headline} and {@code # Key: value} lines, then paragraphs
     * {@code [1] …}; read back as it was written, so that ingesting a knowledge file again changes nothing.
     */
    static ExtractedArticle numbered(String text) {
        Optional<String> headline = Optional.empty();
        Optional<String> byline = Optional.empty();
        Optional<String> date = Optional.empty();
        Optional<String> source = Optional.empty();
        List<String> paragraphs = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String stripped = line.strip();
            Matcher paragraph = NUMBERED_LINE.matcher(stripped);
            Matcher header = HEADER_LINE.matcher(stripped);
            if (paragraph.matches()) {
                paragraphs.add(ParagraphSplitter.normalize(paragraph.group(1)));
            } else if (paragraphs.isEmpty() && header.matches()) {
                String value = header.group(2).strip();
                switch (header.group(1).toLowerCase(java.util.Locale.ROOT)) {
                    case "date", "published" -> date = Optional.of(value);
                    case "source", "url" -> source = Optional.of(value);
                    case "author", "by", "byline" -> byline = Optional.of(value);
                    default -> {} // other header lines (statements, notes) are not metadata the writer keeps
                }
            } else if (paragraphs.isEmpty() && headline.isEmpty() && stripped.startsWith("#")) {
                headline = Optional.of(stripped.replaceFirst("^#+\\s*", ""));
            }
        }
        return new ExtractedArticle(headline, byline, date, source, paragraphs);
    }

    /** Markdown inline markup (links, emphasis, list and quote markers) reduced to its text. */
    static String plain(String markdown) {
        String text = LIST_OR_QUOTE.matcher(markdown).replaceAll("");
        text = LINK.matcher(text).replaceAll("$1");
        text = EMPHASIS.matcher(text).replaceAll("$2");
        return ParagraphSplitter.normalize(text);
    }
}
