package dev.storybot.answering;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    /** Shortest word that can name a thing counted (the count questions' resource asks the same after "how many"). */
    static final int MIN_THING_CHARS = 3;
    /** Words after "how many" that name no thing counted ("how many times", "how many million"). */
    static final String UNCOUNTED_RESOURCE = "/language/en/uncounted-words.txt";
    /** Words that end the phrase a number counts ("... in Kern counties", "$5 billion last year"). */
    static final String BREAKS_RESOURCE = "/language/en/count-breaks.txt";

    /** How a question asks for a count (a language resource). */
    static final String QUESTIONS_RESOURCE = "/language/count-questions.txt";

    private static final Map<String, Pattern> QUESTIONS = CueFile.load(QUESTIONS_RESOURCE);
    /** The thing a count question asks about, in English or as the glossary reads the asker's language. */
    private static final Pattern ASKED = QUESTIONS.get("asked");
    /** "How many" as the glossary writes it, perhaps twice over ("how many how much"). */
    private static final Pattern HOW_MANY = QUESTIONS.get("how-many");
    /**
     * Counter words the glossary writes for "몇 명", "多少人", "何人" ("how many people"): they say people are counted,
     * not which.
     */
    private static final Set<String> COUNTERS = Set.of("people", "persons");

    private static final Set<String> NOT_THINGS = dev.storybot.core.WordList.load(UNCOUNTED_RESOURCE);
    /** Words right after "how many" asking how many of those counted did something: a language resource. */
    static final String COUNT_VERBS_RESOURCE = "/language/en/count-verbs.txt";

    private static final Set<String> COUNT_VERBS = dev.storybot.core.WordList.load(COUNT_VERBS_RESOURCE);
    private static final Set<String> BREAKS = dev.storybot.core.WordList.load(BREAKS_RESOURCE);
    private static final Set<String> FUNCTION_WORDS =
            dev.storybot.core.WordList.load("/language/en/function-words.txt");
    private static final java.util.Properties NUMBER_WORDS =
            dev.storybot.core.WordList.properties(dev.storybot.knowledge.FigureFinder.NUMBER_WORDS);
    /** A word, a number (with its separators) or a mark of punctuation, which ends a counted phrase. */
    private static final Pattern TOKEN =
            Pattern.compile("\\d[\\d,.]*\\d|\\d|[\\p{L}][\\p{L}\\p{N}'’-]*|[,;:.!?()\\[\\]—–]");

    private static final Pattern DIGITS = Pattern.compile("\\d[\\d,.]*");
    private static final Pattern PUNCTUATION = Pattern.compile("[,;:.!?()\\[\\]—–]");
    /** A year counts nothing ("in 2019 the counties agreed"). */
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d{2}");

    /** A glossed word comes with at most this many English alternatives ("towns villages"). */
    static final int GLOSS_ALTERNATIVES = 3;
    /** Words shorter than this are not read as slips of a longer one: too many short words are one letter apart. */
    static final int MIN_SLIP_CHARS = 5;
    /** Units of time, whose counts are computed from dates rather than named ("how many years did it take"). */
    private static final Set<String> TIMES = Set.of("year", "month", "week", "day", "hour", "minute", "second");

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*");

    private CountedThings() {}

    /** The thing "how many" asks about, by its stem ("counties" is "county"); empty for other questions. */
    static Optional<String> asked(String question) {
        Matcher m = ASKED.matcher(question);
        if (!m.find()) {
            return Optional.empty();
        }
        String word = m.group(1).toLowerCase(Locale.ROOT);
        return NOT_THINGS.contains(word) || COUNT_VERBS.contains(word) ? Optional.empty() : Optional.of(stem(word));
    }

    /**
     * The things a count question asks about, by their stems: for a question in English the one word after "how
     * many"; for one the glossary read as English words ({@code glossed}), each alternative the glossary gives ("how
     * many towns villages ..."), or those just before it for a language putting the thing first ({@code thingBefore}:
     * "staff workers how many people?" from Korean). Empty for other questions, and for a glossed one whose words show it asks a percentage or a unit.
     */
    static List<String> askedThings(String question, boolean glossed, boolean thingBefore) {
        if (!glossed) {
            return asked(question).map(List::of).orElse(List.of());
        }
        Matcher howMany = HOW_MANY.matcher(question);
        if (!howMany.find()) {
            return List.of();
        }
        // the glossary keeps the asker's word order: the thing stands before "how many" in Korean or Japanese
        List<String> words;
        if (thingBefore) {
            List<String> before = words(question.substring(0, howMany.start()));
            words = before.subList(Math.max(0, before.size() - GLOSS_ALTERNATIVES), before.size());
        } else {
            List<String> after = words(question.substring(howMany.end()));
            words = after.subList(0, Math.min(GLOSS_ALTERNATIVES, after.size()));
        }
        List<String> lower = words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
        // "how many percentage points", "비율 몇 %": one of the glossary's words says no thing is counted
        if (lower.stream().anyMatch(NOT_THINGS::contains)) {
            return List.of();
        }
        // "how many didn't die": a verb right after the words asks how many of those counted did it
        if (!thingBefore && !lower.isEmpty() && COUNT_VERBS.contains(lower.get(0))) {
            return List.of();
        }
        return lower.stream()
                .filter(w -> w.length() >= MIN_THING_CHARS && !FUNCTION_WORDS.contains(w) && !COUNTERS.contains(w))
                .map(CountedThings::stem)
                .toList();
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
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

    /**
     * True when the story names the thing (a stem) at all, in any form or with one typing slip ("paramters",
     * "donwloads"):
     * {@code storyStems} are the stems of the story's words. A thing it never names ("how many parameters does it
     * have") is something it does not count; times ("how many years") are computed, not named.
     */
    static boolean named(String thing, Set<String> storyStems) {
        return TIMES.contains(thing) || asWritten(thing, storyStems).isPresent();
    }

    /** The story's stem the thing is, as written or with one typing slip ("busines" is "business"); else empty. */
    static Optional<String> asWritten(String thing, Set<String> storyStems) {
        if (storyStems.contains(thing)) {
            return Optional.of(thing);
        }
        if (thing.length() < MIN_SLIP_CHARS) {
            return Optional.empty();
        }
        return storyStems.stream()
                .filter(s -> dev.storybot.retrieval.EntityMatcher.withinOneEdit(thing, s))
                .sorted()
                .findFirst();
    }

    /** The stems of every word in {@code text}. */
    static Set<String> stems(String text) {
        Set<String> stems = new java.util.HashSet<>();
        Matcher words = WORD.matcher(text);
        while (words.find()) {
            stems.add(stem(words.group().toLowerCase(Locale.ROOT)));
        }
        return stems;
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
