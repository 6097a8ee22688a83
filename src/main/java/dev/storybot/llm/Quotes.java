package dev.storybot.llm;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds text that a model put in quotation marks but that the article does not contain word for word. */
final class Quotes {

    /** "…", “…” and 「…」 (also 『…』); group 1, 2, 3 or 4 is the quoted span. */
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"|“([^”]+)”|「([^」]+)」|『([^』]+)』");

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final String article;

    /** @param articleTexts the headline and paragraphs; a quote must lie within one of them */
    Quotes(List<String> articleTexts) {
        StringBuilder all = new StringBuilder();
        for (String text : articleTexts) {
            all.append(normalized(text)).append('\n');
        }
        this.article = all.toString();
    }

    /** The first quoted span that is not in the article, if any. */
    Optional<String> findForeign(String text) {
        Matcher m = QUOTED.matcher(text);
        while (m.find()) {
            String span = firstGroup(m);
            String wanted = normalized(span);
            if (!wanted.isEmpty() && !article.contains(wanted)) {
                return Optional.of(span.strip());
            }
        }
        return Optional.empty();
    }

    private static String firstGroup(Matcher m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return m.group(g);
            }
        }
        return "";
    }

    /** One space for any run of white space, and straight quotes for curly and corner ones. */
    static String normalized(String text) {
        if (text == null) {
            return "";
        }
        String straight = text.replaceAll("[“”„‟「」『』]", "\"").replaceAll("[‘’‚‛]", "'");
        return WHITESPACE.matcher(straight).replaceAll(" ").strip();
    }
}
