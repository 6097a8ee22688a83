package dev.storybot.llm;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers written in English words ("seven billion", "three hundred eighty-five million", "forty percent"), read as
 * {@link Quantity} values so that the grounding check holds them to the same standard as digits.
 */
final class NumberWords {

    private static final Map<String, Integer> SMALL = Map.ofEntries(
            Map.entry("zero", 0),
            Map.entry("a", 1),
            Map.entry("an", 1),
            Map.entry("one", 1),
            Map.entry("two", 2),
            Map.entry("three", 3),
            Map.entry("four", 4),
            Map.entry("five", 5),
            Map.entry("six", 6),
            Map.entry("seven", 7),
            Map.entry("eight", 8),
            Map.entry("nine", 9),
            Map.entry("ten", 10),
            Map.entry("eleven", 11),
            Map.entry("twelve", 12),
            Map.entry("thirteen", 13),
            Map.entry("fourteen", 14),
            Map.entry("fifteen", 15),
            Map.entry("sixteen", 16),
            Map.entry("seventeen", 17),
            Map.entry("eighteen", 18),
            Map.entry("nineteen", 19),
            Map.entry("twenty", 20),
            Map.entry("thirty", 30),
            Map.entry("forty", 40),
            Map.entry("fifty", 50),
            Map.entry("sixty", 60),
            Map.entry("seventy", 70),
            Map.entry("eighty", 80),
            Map.entry("ninety", 90));
    private static final Map<String, Double> SCALES =
            Map.of("thousand", 1e3, "million", 1e6, "billion", 1e9, "trillion", 1e12);
    private static final String DIGIT_WORDS = "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
            + "|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty"
            + "|sixty|seventy|eighty|ninety";
    private static final String WORD_ALTERNATION = DIGIT_WORDS + "|hundred|thousand|million|billion|trillion";
    /**
     * A run of number words that starts with a number ("seven", or "a" before "hundred"/"billion"), joined by
     * spaces, hyphens or "and", with an optional percent after it; a lone "million" belongs to digits before it.
     */
    private static final Pattern RUN = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:(?:" + DIGIT_WORDS + ")"
                    + "|an?(?=\\s+(?:hundred|thousand|million|billion|trillion)))"
                    + "(?:(?:[\\s-]+|\\s+and\\s+)(?:" + WORD_ALTERNATION + "))*(?![\\p{L}])"
                    + "(?<pct>\\s*(?:%|percent(?:age points?)?|per cent))?",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern PERCENT_TAIL =
            Pattern.compile("\\s*(?:%|percent(?:age points?)?|per cent)$", Pattern.CASE_INSENSITIVE);
    /**
     * Word numbers below this are counts ("two startups", "one of my investments") that a faithful paraphrase may
     * use freely; from twenty on, or with a scale word or a percent, a number is a claim to check.
     */
    static final int MIN_CHECKED_VALUE = 20;
    /** "seven billion three hundred million" is 7.3 billion: word numbers never need more decimals than this. */
    private static final int MAX_DECIMALS = 6;

    private NumberWords() {}

    /**
     * {@code text} with every checked number-word run written in digits ("seven billion" → "7 billion", "forty
     * percent" → "40 percent"), so that the number and comparison checks see it as they see digits.
     */
    static String rewrite(String text) {
        List<Quantity> found = findAll(text);
        if (found.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (Quantity q : found) {
            String run = text.substring(q.start(), q.end());
            Matcher pct = PERCENT_TAIL.matcher(run);
            out.append(text, from, q.start()).append(digits(q)).append(pct.find() ? pct.group() : "");
            from = q.end();
        }
        return out.append(text.substring(from)).toString();
    }

    private static String digits(Quantity q) {
        String mantissa = BigDecimal.valueOf(q.mantissa()).stripTrailingZeros().toPlainString();
        for (Map.Entry<String, Double> scale : SCALES.entrySet()) {
            if (scale.getValue() == q.scale()) {
                return mantissa + " " + scale.getKey();
            }
        }
        return mantissa;
    }

    /** The checked number-word quantities in {@code text} (see {@link #MIN_CHECKED_VALUE}). */
    static List<Quantity> findAll(String text) {
        List<Quantity> found = new ArrayList<>();
        Matcher m = RUN.matcher(text);
        while (m.find()) {
            String words = m.group()
                    .substring(
                            0,
                            m.group().length()
                                    - (m.group("pct") == null
                                            ? 0
                                            : m.group("pct").length()));
            Quantity q = parse(words, m.group("pct") != null, m.start(), m.end());
            if (q != null && (q.scaled() || q.percent() || q.value() >= MIN_CHECKED_VALUE)) {
                found.add(q);
            }
        }
        return found;
    }

    /** Reads "three hundred eighty-five million" as mantissa 385, scale 1e6; null when it is not one number. */
    private static Quantity parse(String words, boolean percent, int start, int end) {
        double value = 0;
        long group = 0;
        double largestScale = 1;
        boolean any = false;
        for (String raw : words.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
            if (SMALL.containsKey(raw)) {
                group += SMALL.get(raw);
                any = true;
            } else if (raw.equals("hundred")) {
                group = Math.max(group, 1) * 100;
                any = true;
            } else if (SCALES.containsKey(raw)) {
                double scale = SCALES.get(raw);
                if (largestScale != 1 && scale >= largestScale) {
                    return null; // "million billion" is not one number
                }
                largestScale = Math.max(largestScale, scale);
                value += Math.max(group, 1) * scale;
                group = 0;
                any = true;
            }
        }
        if (!any) {
            return null;
        }
        value += group;
        double mantissa = value / largestScale;
        int decimals = 0;
        while (decimals < MAX_DECIMALS
                && Math.abs(mantissa * Math.pow(10, decimals) - Math.rint(mantissa * Math.pow(10, decimals))) > 1e-9) {
            decimals++;
        }
        int zeros = 0;
        if (decimals == 0) {
            for (long n = Math.round(mantissa); n > 0 && n % 10 == 0; n /= 10) {
                zeros++;
            }
        }
        return new Quantity(mantissa, largestScale, decimals, zeros, percent, start, end);
    }
}
