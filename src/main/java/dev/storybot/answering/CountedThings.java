package dev.storybot.answering;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stage of fact selection for "how many counties ...": a fact that counts the thing asked about ("18 Northern and
 * central California counties") answers before one that merely gives some other number.
 */
final class CountedThings {

    /** At most this many words stand between a count and what it counts ("18 Northern and central ... counties"). */
    static final int MAX_WORDS_BETWEEN = 4;
    /** Shortest word after "how many" that can name a thing counted. */
    static final int MIN_THING_CHARS = 3;
    /** Words after "how many" that name no thing counted ("how many times", "how many million"). */
    static final String UNCOUNTED_RESOURCE = "/language/en/uncounted-words.txt";
    /** Words that end the phrase a number counts ("... in Kern counties", "$5 billion last year"). */
    static final String BREAKS_RESOURCE = "/language/en/count-breaks.txt";

    /** The thing a count question asks about, in English or as the glossary reads the asker's language. */
    private static final Pattern ASKED = Pattern.compile(
            "\\bhow many (?:more |of (?:the|their|its|his|her) )?([\\p{L}-]{" + MIN_THING_CHARS + ",})",
            Pattern.CASE_INSENSITIVE);

    private static final Set<String> NOT_THINGS = dev.storybot.core.WordList.load(UNCOUNTED_RESOURCE);
    private static final Set<String> BREAKS = dev.storybot.core.WordList.load(BREAKS_RESOURCE);
    private static final java.util.Properties NUMBER_WORDS =
            dev.storybot.core.WordList.properties(dev.storybot.knowledge.FigureFinder.NUMBER_WORDS);
    /** A word, a number (with its separators) or a mark of punctuation, which ends a counted phrase. */
    private static final Pattern TOKEN =
            Pattern.compile("\\d[\\d,.]*\\d|\\d|[\\p{L}][\\p{L}\\p{N}'’-]*|[,;:.!?()\\[\\]—–]");

    private static final Pattern DIGITS = Pattern.compile("\\d[\\d,.]*");
    private static final Pattern PUNCTUATION = Pattern.compile("[,;:.!?()\\[\\]—–]");
    /** A year counts nothing ("in 2019 the counties agreed"). */
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d{2}");

    private CountedThings() {}

    /** The thing "how many" asks about, by its stem ("counties" is "county"); empty for other questions. */
    static Optional<String> asked(String question) {
        Matcher m = ASKED.matcher(question);
        if (!m.find()) {
            return Optional.empty();
        }
        String word = m.group(1).toLowerCase(Locale.ROOT);
        return NOT_THINGS.contains(word) ? Optional.empty() : Optional.of(stem(word));
    }

    /**
     * True when {@code text} gives a number of {@code thing} (a stem): a number at most {@link #MAX_WORDS_BETWEEN}
     * words before it, in one phrase.
     */
    static boolean counts(String text, String thing) {
        Matcher tokens = TOKEN.matcher(text);
        int sinceNumber = -1;
        while (tokens.find()) {
            String word = tokens.group().toLowerCase(Locale.ROOT);
            if (DIGITS.matcher(word).matches() && !YEAR.matcher(word).matches() || NUMBER_WORDS.containsKey(word)) {
                sinceNumber = 0;
            } else if (PUNCTUATION.matcher(word).matches() || BREAKS.contains(word)) {
                sinceNumber = -1; // the counted phrase has ended
            } else if (sinceNumber >= 0 && sinceNumber <= MAX_WORDS_BETWEEN) {
                if (stem(word).equals(thing)) {
                    return true;
                }
                sinceNumber++;
            }
        }
        return false;
    }

    /** The word without a plural ending: "counties" is "county", "planes" "plane", "glasses" "glass". */
    static String stem(String word) {
        if (word.endsWith("ies") && word.length() > "ies".length() + 1) {
            return word.substring(0, word.length() - "ies".length()) + "y";
        }
        if (word.endsWith("sses") || word.endsWith("ches") || word.endsWith("shes") || word.endsWith("xes")) {
            return word.substring(0, word.length() - "es".length());
        }
        if (word.endsWith("s") && !word.endsWith("ss") && word.length() > "s".length() + 2) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}
