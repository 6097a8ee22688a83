package dev.storybot.knowledge;

import dev.storybot.core.WordList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the figures of a sentence (amounts, percentages, counts) with their units and a label from nearby words. */
public final class FigureFinder {

    /** Date words: a number right after one is a day, not a figure. */
    static final String DATE_WORDS = "/language/en/date-words.txt";
    /** Words that say nothing about what a figure measures. */
    static final String COMMON_WORDS = "/language/en/common-words.txt";

    /** A label takes at most this many words from beside its figure: enough for "iPhone revenue in China". */
    private static final int LABEL_WORDS = 4;
    /** A "Label: figure" line has a label of at most this many characters. */
    private static final int MAX_COLON_LABEL_CHARS = 60;
    /** Years are dates, not figures, when they stand alone. */
    private static final int FIRST_YEAR = 1800;

    private static final int LAST_YEAR = 2100;

    private static final Pattern FIGURE = Pattern.compile(
            "(?<currency>[$€£¥])?\\s?(?<number>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)"
                    + "(?:\\s?(?<scale>thousand|million|billion|trillion|bn)\\b)?"
                    + "(?:\\s?(?<percent>%|percent\\b|per cent\\b|percentage points?\\b))?",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> CURRENCIES =
            Map.of("$", "dollars", "€", "euros", "£", "pounds", "¥", "yen");
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "with", "from", "and", "or", "but", "vs",
            "its", "their", "his", "her", "was", "were", "is", "are", "be", "been", "about", "around", "nearly",
            "almost", "over", "more", "than", "less", "some", "only", "just", "rose", "fell", "up", "down", "that",
            "which", "during", "between", "because", "since", "while", "after", "before", "they", "it", "as");
    /** Verbs of change: a figure after one measures the words before it ("China sales declined 11% to $18 billion"). */
    private static final Set<String> CHANGE_VERBS = Set.of(
            "rose",
            "fell",
            "grew",
            "declined",
            "increased",
            "decreased",
            "dropped",
            "jumped",
            "climbed",
            "slipped",
            "gained",
            "lost",
            "surged",
            "slumped",
            "rise",
            "fall",
            "grow",
            "decline",
            "increase",
            "decrease",
            "drop");
    /** A dash, colon or bracket right before a number: what stands before it is no date the number is a day of. */
    private static final Pattern DASHED = Pattern.compile("[\u2014\u2013:;()]\\s*$");
    /** Punctuation that ends the phrase after a figure: its label stops there. */
    private static final Pattern PHRASE_END = Pattern.compile("[\u2014\u2013();:,.!?\\[\\]]");
    /** A capitalised word and a comma right before a number: "Ann Lee, 51," sets off the person's age. */
    private static final Pattern NAME_BEFORE = Pattern.compile("\\b\\p{Lu}[\\p{L}'’-]*,\\s*$");
    /** No one's age reaches this: a larger number set off after a name is a count. */
    private static final int MAX_AGE = 130;
    /** The unit an age set off after a name gets, one of the units a question about age looks for. */
    static final String AGE_UNIT = "years old";
    /** A bare number right after a word with a capital letter is part of a name ("iPhone 16", "Falcon 9"). */
    private static final Pattern NAMED_BEFORE = Pattern.compile("\\b\\p{L}*\\p{Lu}\\p{L}*\\s$");

    /** Units of measure a figure can carry (a language resource). */
    static final String UNITS = "/language/en/units.txt";
    /** A unit after a figure: "per" or "/" then any unit, or a unit of two letters or more right after it. */
    private static final Pattern UNIT_AFTER = unitPattern(WordList.lines(UNITS));
    /** The units listed, to give a unit joined by a hyphen in its plural form ("1,900-mile-wide": miles). */
    private static final Set<String> UNIT_NAMES = Set.copyOf(WordList.lines(UNITS));

    /** Units written in several forms, each form with the one unit it reads as (a language resource). */
    static final String UNIT_FORMS_RESOURCE = "/language/en/unit-forms.properties";

    private static final java.util.Properties UNIT_FORMS = WordList.properties(UNIT_FORMS_RESOURCE);

    /**
     * What joins the two ends of a range ("$0.23/W today to $0.10"): a few words, then "to" or a dash ("and" joins two
     * things: "$2.40/mi for fares and $5 for tolls").
     */
    private static final Pattern RANGE_LINK =
            Pattern.compile("(?:\\s*\\p{L}+){0,2}\\s*(?:to|-|–|—)\\s*", Pattern.CASE_INSENSITIVE);

    private final Set<String> dateWords = WordList.load(DATE_WORDS);
    private final Set<String> commonWords = WordList.load(COMMON_WORDS);
    private final Set<String> speechVerbs = WordList.load(NameFinder.SPEECH_VERBS);

    /** Numbers written as words and their values (a language resource). */
    public static final String NUMBER_WORDS = "/language/en/number-words.properties";

    private static final java.util.Properties NUMBER_WORD_VALUES = WordList.properties(NUMBER_WORDS);
    /** A number written in words, tens and units joined by a hyphen ("twenty-five"), before what it counts. */
    private static final Pattern COUNT_WORDS = Pattern.compile(
            "\\b(?<tens>" + String.join("|", NUMBER_WORD_VALUES.stringPropertyNames()) + ")(?:-(?<units>\\p{L}+))?"
                    + "\\s+(?<counted>\\p{L}[\\p{L}-]*)",
            Pattern.CASE_INSENSITIVE);

    /** The sentence's figures, in order. */
    public List<Figure> find(String sentence) {
        List<Map.Entry<Integer, Figure>> found = new ArrayList<>();
        found.addAll(digits(sentence));
        found.addAll(countWords(sentence));
        found.sort(Map.Entry.comparingByKey());
        return found.stream().map(Map.Entry::getValue).toList();
    }

    /**
     * Counts written in words ("Sixteen energy technology priorities"), where a thing counted follows: a number
     * word before a function word ("two of them") counts nothing named.
     */
    private List<Map.Entry<Integer, Figure>> countWords(String sentence) {
        List<Map.Entry<Integer, Figure>> figures = new ArrayList<>();
        Matcher m = COUNT_WORDS.matcher(sentence);
        while (m.find()) {
            String counted = m.group("counted").toLowerCase(Locale.ROOT);
            if (FUNCTION_WORDS.contains(counted) || dateWords.contains(counted)) {
                continue; // "two of them" counts nothing named; "two years" is a time, not a count
            }
            double value = Double.parseDouble(
                    NUMBER_WORD_VALUES.getProperty(m.group("tens").toLowerCase(Locale.ROOT)));
            if (m.group("units") != null) {
                String units = NUMBER_WORD_VALUES.getProperty(m.group("units").toLowerCase(Locale.ROOT));
                if (units == null || value < 20 || Double.parseDouble(units) >= 10) {
                    continue;
                }
                value += Double.parseDouble(units);
            }
            int end = m.group("units") != null ? m.end("units") : m.end("tens");
            figures.add(Map.entry(m.start(), new Figure(label(sentence, m.start(), end), value, "")));
        }
        return figures;
    }

    private List<Map.Entry<Integer, Figure>> digits(String sentence) {
        List<Map.Entry<Integer, Figure>> figures = new ArrayList<>();
        int lastEnd = 0;
        Matcher m = FIGURE.matcher(sentence);
        while (m.find()) {
            if (insideWord(sentence, m.start("number"), m.end("number"))
                    || partOfClockTime(sentence, m.start("number"), m.end("number"))) {
                continue;
            }
            double value;
            try {
                value = Double.parseDouble(m.group("number").replace(",", ""));
            } catch (NumberFormatException e) {
                continue;
            }
            String currency = m.group("currency");
            String scale = m.group("scale") == null ? null : m.group("scale").toLowerCase(Locale.ROOT);
            boolean percent = m.group("percent") != null;
            if (currency == null
                    && scale == null
                    && !percent
                    && (isYear(value, m.group("number"))
                            || afterDate(sentence, m.start())
                            || partOfName(sentence, m.start("number")))) {
                continue;
            }
            String unit = unit(currency, scale, percent, m);
            int end = m.end();
            Matcher measure = UNIT_AFTER.matcher(sentence).region(m.end(), sentence.length());
            if (!percent && measure.lookingAt()) {
                String symbol = measure.group("per") == null ? joined(measure) : measure.group("unit");
                unit = measure.group("per") == null
                        ? (unit.isEmpty() ? symbol : unit + " " + symbol)
                        : (unit.isEmpty() ? "per " + symbol : unit + " per " + symbol);
                end = measure.end();
            }
            // "8-year-old" and "51 years old" count in one unit
            unit = UNIT_FORMS.getProperty(unit.toLowerCase(Locale.ROOT), unit);
            if (unit.isEmpty()
                    && value < MAX_AGE
                    && currency == null
                    && NAME_BEFORE
                            .matcher(sentence.substring(0, m.start("number")))
                            .find()
                    && sentence.startsWith(",", m.end())) {
                unit = AGE_UNIT; // "convicting Ann Lee, 51, of fraud": a number set off after a name is an age
            }
            if (!figures.isEmpty() && !unit.isEmpty()) {
                // "from $0.23/W today to $0.10": the second end of a range is in the first's unit
                Map.Entry<Integer, Figure> last = figures.get(figures.size() - 1);
                String between = sentence.substring(Math.min(lastEnd, m.start()), m.start());
                if (last.getValue().unit().startsWith(unit + " per ")
                        && RANGE_LINK.matcher(between).matches()) {
                    unit = last.getValue().unit();
                }
            }
            figures.add(Map.entry(m.start(), new Figure(label(sentence, m.start(), end), value, unit)));
            lastEnd = end;
        }
        return figures;
    }

    /** The pattern of a unit after a figure, from the resource's lines (see its header). */
    private static Pattern unitPattern(List<String> units) {
        List<String> any = new ArrayList<>();
        List<String> bare = new ArrayList<>();
        for (String unit : units) {
            String quoted = unit.equals(unit.toLowerCase(Locale.ROOT)) && unit.length() > 2
                    ? "(?i:" + Pattern.quote(unit) + ")"
                    : Pattern.quote(unit);
            any.add(quoted);
            if (unit.length() > 1) {
                bare.add(quoted);
            }
        }
        // longest first, so that "kWh" is not read as "kW"
        java.util.Comparator<String> longest =
                java.util.Comparator.comparingInt(String::length).reversed();
        any.sort(longest);
        bare.sort(longest);
        return Pattern.compile("(?:(?<per>\\s?/\\s?|\\s?per\\s)(?<unit>" + String.join("|", any) + ")"
                + "|(?<joiner>\\s?|-)(?<unit2>" + String.join("|", bare) + "))(?![\\p{L}\\p{N}])");
    }

    /** The unit written after a figure; joined by a hyphen ("a 10-ton truck"), in its plural form when listed. */
    private static String joined(Matcher measure) {
        String unit = measure.group("unit2");
        if (!"-".equals(measure.group("joiner"))) {
            return unit;
        }
        for (String plural : List.of(unit + "s", unit + "es")) {
            if (UNIT_NAMES.contains(plural)) {
                return plural;
            }
        }
        return unit;
    }

    /** True when the figure has a money unit. */
    static boolean money(Figure figure) {
        // a price per unit of measure ("dollars per kWh") is money too
        return CURRENCIES.values().stream()
                .anyMatch(c -> figure.unit().endsWith(c) || figure.unit().contains(c + " per "));
    }

    /** True when the figure is a percentage. */
    static boolean percentage(Figure figure) {
        return figure.unit().startsWith("percent");
    }

    private static String unit(String currency, String scale, boolean percent, Matcher m) {
        if (percent) {
            return m.group("percent").toLowerCase(Locale.ROOT).startsWith("percentage")
                    ? "percentage points"
                    : "percent";
        }
        String money = currency == null ? null : CURRENCIES.get(currency);
        String size = "bn".equals(scale) ? "billion" : scale;
        if (money != null) {
            return size == null ? money : size + " " + money;
        }
        return size == null ? "" : size;
    }

    private String label(String sentence, int start, int end) {
        int colon = sentence.indexOf(':');
        if (colon > 0 && colon < start && colon <= MAX_COLON_LABEL_CHARS) {
            return sentence.substring(0, colon).strip();
        }
        // "1,900-mile-wide": the word joined after a unit joined by a hyphen says what the figure measures
        String rest = sentence.substring(end).replaceFirst("^-(?=\\p{L})", "");
        Matcher stop = PHRASE_END.matcher(rest);
        List<String> after = words(stop.find() ? rest.substring(0, stop.start()) : rest);
        if (!after.isEmpty() && !FUNCTION_WORDS.contains(after.get(0).toLowerCase(Locale.ROOT))) {
            return String.join(" ", content(after, false));
        }
        String before = sentence.substring(0, start);
        int clause = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'));
        List<String> clauseWords = words(before.substring(clause + 1));
        for (int i = clauseWords.size() - 1; i > 0; i--) {
            if (CHANGE_VERBS.contains(clauseWords.get(i).toLowerCase(Locale.ROOT))) {
                List<String> subject = content(clauseWords.subList(0, i), true);
                if (!subject.isEmpty()) {
                    return String.join(" ", subject);
                }
                break;
            }
        }
        return String.join(" ", content(clauseWords, true));
    }

    /** True when a bare number follows a word with a capital letter in the middle of a sentence ("iPhone 16"). */
    private static boolean partOfName(String sentence, int start) {
        String before = sentence.substring(0, start);
        return before.strip().contains(" ") && NAMED_BEFORE.matcher(before).find();
    }

    /** Up to {@link #LABEL_WORDS} content words: the last ones before a figure, or the first ones after it. */
    private List<String> content(List<String> words, boolean last) {
        List<String> kept = new ArrayList<>();
        List<String> ordered = new ArrayList<>(words);
        if (last) {
            java.util.Collections.reverse(ordered);
        }
        for (String w : ordered) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (speechVerbs.contains(lower)) {
                break;
            }
            if (FUNCTION_WORDS.contains(lower) || commonWords.contains(lower) || w.matches("\\d.*")) {
                if (!kept.isEmpty()) {
                    break;
                }
                continue;
            }
            kept.add(w);
            if (kept.size() == LABEL_WORDS) {
                break;
            }
        }
        if (last) {
            java.util.Collections.reverse(kept);
        }
        return kept;
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.split("[^\\p{L}\\p{N}'’\\-]+"))
                .filter(w -> !w.isBlank())
                .toList();
    }

    private static boolean insideWord(String s, int start, int end) {
        return start > 0 && Character.isLetter(s.charAt(start - 1))
                || end < s.length() && Character.isLetter(s.charAt(end));
    }

    /** True for the hour or the minutes of a time of day ("at 6:38 p.m."): a time, not an amount. */
    private static boolean partOfClockTime(String s, int start, int end) {
        return start > 1 && s.charAt(start - 1) == ':' && Character.isDigit(s.charAt(start - 2))
                || end + 1 < s.length() && s.charAt(end) == ':' && Character.isDigit(s.charAt(end + 1));
    }

    private static boolean isYear(double value, String digits) {
        return digits.length() == 4 && value >= FIRST_YEAR && value <= LAST_YEAR && value == Math.rint(value);
    }

    private boolean afterDate(String sentence, int start) {
        String text = sentence.substring(0, start);
        List<String> before = words(text);
        // "in recent years—26 cases": a dash or other mark between them makes the number no day of a date
        boolean adjoining = !DASHED.matcher(text).find();
        return adjoining
                && !before.isEmpty()
                && dateWords.contains(
                        before.get(before.size() - 1).toLowerCase(Locale.ROOT).replaceAll("\\.$", ""));
    }
}
