package dev.storybot.knowledge;

import dev.storybot.core.Answer;
import dev.storybot.core.Paragraph;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a derived story says about itself: the headline, the publication and address from the {@code # Key: value}
 * header lines, and the summary from the lead.
 */
final class ArticleHeader {

    /** The source line of an article without a {@code # Source:} header. */
    static final String UNKNOWN_SOURCE = "an unnamed source (article.txt has no # Source: line)";

    /** A clause shorter than this says too little to join a summary. */
    private static final int MIN_CLAUSE_CHARS = 40;
    /** Headline words shorter than this ("a", "the", "after") say little about what it names. */
    private static final int MIN_TITLE_WORD_CHARS = 4;
    /** A lead shorter than this is joined by the next paragraph's first sentence in the summary. */
    private static final int SHORT_LEAD_CHARS = 120;
    /** Header keys that are not the headline. */
    private static final Set<String> HEADER_KEYS = Set.of("source", "date", "author", "byline", "url", "statement");

    private static final Pattern CLAUSE_END = Pattern.compile("[,;]\\s|\\s[—–]\\s");
    private static final Pattern HEADER_LINE = Pattern.compile("^#\\s*(.+)$");
    private static final Pattern URL = Pattern.compile("\\(?(https?://\\S+?|[\\w.-]+\\.[a-z]{2,}/\\S*?)\\)?$");

    private ArticleHeader() {}

    /** The publication from the {@code Source} header, without its address; "the article" when unknown. */
    static String source(Map<String, String> header) {
        String source = header.get("source");
        if (source == null || source.isBlank()) {
            return "the article";
        }
        String name = URL.matcher(source.strip()).replaceAll("").strip();
        return name.isEmpty() ? "the article" : name;
    }

    static String url(Map<String, String> header) {
        if (header.containsKey("url")) {
            return header.get("url");
        }
        Matcher m = URL.matcher(header.getOrDefault("source", "").strip());
        return m.find() ? m.group(1) : "";
    }

    /** The first {@code #} line that is not a {@code Key: value} header; the lead's first sentence otherwise. */
    static String title(String articleText, List<Paragraph> paragraphs) {
        for (String line : articleText.split("\\R")) {
            String stripped = line.strip();
            if (stripped.startsWith("[")) {
                break;
            }
            Matcher m = HEADER_LINE.matcher(stripped);
            if (m.matches()) {
                String text = m.group(1).strip();
                int colon = text.indexOf(':');
                String key = colon < 0 ? "" : text.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                if (!HEADER_KEYS.contains(key) && !text.toLowerCase(Locale.ROOT).startsWith("each paragraph")) {
                    return text;
                }
            }
        }
        return SentenceSplitter.sentences(paragraphs.get(0).text()).get(0);
    }

    /**
     * The longest leading clause of a sentence, cut at a comma, semicolon or dash, that fits in {@code room}
     * characters with the ellipsis that marks it cut.
     */
    private static Optional<String> leadingClause(String sentence, int room) {
        Matcher m = CLAUSE_END.matcher(sentence);
        String best = null;
        while (m.find()) {
            if (m.start() + 1 <= room) {
                best = sentence.substring(0, m.start()).strip() + "…";
            }
        }
        return Optional.ofNullable(best).filter(b -> b.length() >= MIN_CLAUSE_CHARS);
    }

    /** The lead paragraph's sentences that fit one answer, with the next paragraph's first when the lead is short. */
    static String summary(Map<Integer, List<String>> spans) {
        return summary(spans, Answer.MAX_TEXT_CHARS);
    }

    /**
     * The summary led by the headline when the headline names what the lead does not ("Feather Duvet Lung" above a
     * lead about "a rare condition"): a headline is the article's own shortest summary.
     */
    static String summary(String title, Map<Integer, List<String>> spans) {
        String lead = summary(spans);
        if (title == null || title.isBlank() || addsLittle(title, lead)) {
            return lead;
        }
        String head = title.strip().replaceAll("[.!?:]+$", "") + ". ";
        return head + summary(spans, Answer.MAX_TEXT_CHARS - head.length());
    }

    /** True when most of the headline's longer words are in the lead already. */
    static boolean addsLittle(String title, String lead) {
        String lower = lead.toLowerCase(Locale.ROOT);
        List<String> words = java.util.Arrays.stream(
                        title.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> w.length() >= MIN_TITLE_WORD_CHARS)
                .toList();
        long known = words.stream().filter(lower::contains).count();
        return words.isEmpty() || known * 2 >= words.size();
    }

    private static String summary(Map<Integer, List<String>> spans, int limit) {
        StringBuilder summary = new StringBuilder();
        for (List<String> paragraph : spans.values()) {
            for (String sentence : paragraph) {
                if (summary.length() + 1 + sentence.length() > limit) {
                    if (summary.length() < SHORT_LEAD_CHARS) {
                        leadingClause(sentence, limit - summary.length() - 1)
                                .ifPresent(clause -> summary.append(' ').append(clause));
                    }
                    return summary.toString();
                }
                summary.append(summary.length() == 0 ? "" : " ").append(sentence);
            }
            if (summary.length() >= SHORT_LEAD_CHARS) {
                return summary.toString();
            }
        }
        return summary.toString();
    }
}
