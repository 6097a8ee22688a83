package dev.storybot.llm;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Links in a model's answer: a masked Markdown link ({@code [text](address)}) is never shown, and an address or
 * domain is shown only when the story's own text contains it, so no answer can send anyone to a page of the model's
 * choosing.
 */
final class Links {

    private static final Pattern MASKED = Pattern.compile("\\[[^\\]\\n]*\\]\\s*\\(\\s*[^)\\s]+[^)]*\\)");
    private static final Pattern ADDRESS = Pattern.compile(
            "(?:\\b[a-z][a-z0-9+.-]*://|\\bwww\\.)[^\\s<>()\\[\\]\"'|]+"
                    + "|(?<![\\p{L}\\p{N}@._-])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,24}"
                    + "(?![\\p{L}\\p{N}_-])(?:/[^\\s<>()\\[\\]\"'|]*)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SCHEME = Pattern.compile("^[a-z][a-z0-9+.-]*://");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.,;:!?/]+$");

    private final String known;

    /** @param sources the article's paragraphs and the addresses the story gives for itself */
    Links(List<String> sources) {
        List<String> normalised = new ArrayList<>();
        for (String source : sources) {
            if (source != null) {
                normalised.add(source.toLowerCase(Locale.ROOT).replace("://www.", "://"));
            }
        }
        this.known = String.join("\n", normalised);
    }

    /** Why {@code answer} may not be shown because of a link in it, or empty when it has none the story lacks. */
    Optional<String> findForeign(String answer) {
        Matcher masked = MASKED.matcher(answer);
        if (masked.find()) {
            return Optional.of("a masked link " + shorten(masked.group()));
        }
        Matcher address = ADDRESS.matcher(answer);
        while (address.find()) {
            String bare = normalise(address.group());
            if (!bare.isEmpty() && !known.contains(bare)) {
                return Optional.of("the address " + shorten(address.group()) + " is not in the story");
            }
        }
        return Optional.empty();
    }

    /** {@code text} with every address blanked to spaces (same length), so that its digits are not read as numbers. */
    static String blankAddresses(String text) {
        Matcher address = ADDRESS.matcher(text);
        StringBuilder out = new StringBuilder(text);
        while (address.find()) {
            for (int i = address.start(); i < address.end(); i++) {
                out.setCharAt(i, ' ');
            }
        }
        return out.toString();
    }

    private static String normalise(String address) {
        String lower = address.toLowerCase(Locale.ROOT);
        lower = SCHEME.matcher(lower).replaceFirst("");
        if (lower.startsWith("www.")) {
            lower = lower.substring("www.".length());
        }
        return TRAILING_PUNCTUATION.matcher(lower).replaceFirst("");
    }

    private static String shorten(String text) {
        return text.length() <= 80 ? text : text.substring(0, 79) + "…";
    }
}
