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

    /** A count is written at most this many words before the thing it counts ("18 Northern and central ... counties"). */
    static final int MAX_WORDS_BETWEEN = 4;

    /** The thing a count question asks about, in English or as the glossary reads the asker's language. */
    private static final Pattern ASKED = Pattern.compile(
            "\\bhow many (?:more |of (?:the|their|its|his|her) )?([\\p{L}-]{3,})", Pattern.CASE_INSENSITIVE);
    /** Words after "how many" that name no thing counted ("how many times", "how many million"). */
    static final String UNCOUNTED_RESOURCE = "/language/en/uncounted-words.txt";

    private static final Set<String> NOT_THINGS = dev.storybot.core.WordList.load(UNCOUNTED_RESOURCE);

    private static final java.util.Properties NUMBER_WORDS =
            dev.storybot.core.WordList.properties("/language/en/number-words.properties");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N},.'’-]*");
    private static final Pattern DIGITS = Pattern.compile("\\d[\\d,.]*");
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

    /** True when {@code text} gives a number of {@code thing} (a stem): a number a few words before it. */
    static boolean counts(String text, String thing) {
        Matcher words = WORD.matcher(text);
        int sinceNumber = -1;
        while (words.find()) {
            String word = words.group().toLowerCase(Locale.ROOT).replaceAll("[,.]+$", "");
            if (DIGITS.matcher(word).matches() && !YEAR.matcher(word).matches() || NUMBER_WORDS.containsKey(word)) {
                sinceNumber = 0;
                continue;
            }
            if (sinceNumber >= 0 && sinceNumber < MAX_WORDS_BETWEEN + 1) {
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
        if (word.endsWith("ies") && word.length() > 4) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("sses") || word.endsWith("ches") || word.endsWith("shes") || word.endsWith("xes")) {
            return word.substring(0, word.length() - 2);
        }
        if (word.endsWith("s") && !word.endsWith("ss") && word.length() > 3) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}
