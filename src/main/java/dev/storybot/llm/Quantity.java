package dev.storybot.llm;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number written in text, with its scale word and whether it is a percentage, e.g. "385.3 million",
 * "3.853亿", "385,300,000", "$1 billion", "40%".
 *
 * @param mantissa      the digits as written, e.g. 385.3
 * @param scale         the multiplier of the scale word, e.g. 1e6 for "million", 1 when there is none
 * @param decimals      digits written after the decimal point
 * @param trailingZeros zeros at the end of a whole number as written (2 for "400"), for rounding tolerance
 * @param percent       true for "40%", "40 percent", "40 percentage points"
 * @param start         where it starts in the text
 * @param end           where it ends in the text
 */
record Quantity(double mantissa, double scale, int decimals, int trailingZeros, boolean percent, int start, int end) {

    private static final Pattern NUMBER = Pattern.compile(
            "(?<![A-Za-z0-9_.])"
                    + "(?:\\p{Lu}{1,2}\\$|\\$|¥|￥|€|£)?\\s?"
                    + "(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)"
                    + "(?:\\s?(?<scale>trillion|billion|million|thousand|bn|mn|(?-i:[MBK])(?![A-Za-z])|万亿|亿|万|千|억|만|천)(?![a-z]))?"
                    + "(?:\\s?(?<pct>%|％|percent(?:age points?)?|per cent|퍼센트))?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final double TEN_THOUSAND = 1e4;
    private static final double HUNDRED_MILLION = 1e8;
    /** Whole numbers with at least this many digits may be rounded to their non-zero digits ("400 million"). */
    private static final int MIN_DIGITS_FOR_ROUNDED_WHOLE = 3;

    /** The number's value with its scale applied, e.g. 385,300,000 for "385.3 million". */
    double value() {
        return mantissa * scale;
    }

    /** True when a scale word follows the digits. */
    boolean scaled() {
        return scale != 1;
    }

    /**
     * True when this number, as written, is {@code target} rounded to the precision it was written with:
     * "385.3 million" for 385,300,000, "385 million" or "400 million" for 385,300,000, "11%" for 11.29.
     */
    boolean writtenFor(double target) {
        double epsilon = 1e-9 * Math.max(1, Math.abs(target));
        double diff = Math.abs(value() - target);
        double halfStep = 0.5 * Math.pow(10, -decimals) * scale;
        if (diff <= halfStep + epsilon) {
            return true;
        }
        if (decimals == 0 && trailingZeros > 0 && integerDigits() >= MIN_DIGITS_FOR_ROUNDED_WHOLE) {
            return diff < 0.5 * Math.pow(10, trailingZeros) * scale;
        }
        return false;
    }

    /** True when the digits alone, ignoring any scale word, are {@code target} as written ("385.3" for 385.3). */
    boolean digitsWrittenFor(double target) {
        return new Quantity(mantissa, 1, decimals, trailingZeros, percent, start, end).writtenFor(target);
    }

    private int integerDigits() {
        return Long.toString((long) Math.abs(mantissa)).length();
    }

    /** Every number in {@code text}, with "3亿8530万" style compounds joined into one. */
    static List<Quantity> findAll(String text) {
        List<Quantity> found = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            String digits = m.group("num").replace(",", "");
            double mantissa;
            try {
                mantissa = Double.parseDouble(digits);
            } catch (NumberFormatException e) {
                continue;
            }
            int dot = digits.indexOf('.');
            int decimals = dot < 0 ? 0 : digits.length() - dot - 1;
            int zeros = 0;
            if (dot < 0) {
                for (int i = digits.length() - 1; i > 0 && digits.charAt(i) == '0'; i--) {
                    zeros++;
                }
            }
            String scaleWord = m.group("scale");
            Quantity q = new Quantity(
                    mantissa, scaleOf(scaleWord), decimals, zeros, m.group("pct") != null, m.start(), m.end());
            Quantity previous = found.isEmpty() ? null : found.get(found.size() - 1);
            if (previous != null
                    && previous.scale == HUNDRED_MILLION
                    && q.scale == TEN_THOUSAND
                    && text.substring(previous.end, q.start).isBlank()) {
                found.set(found.size() - 1, previous.plus(q));
            } else {
                found.add(q);
            }
        }
        return found;
    }

    /** Joins "3亿" and "8530万" into 3.853亿. */
    private Quantity plus(Quantity lower) {
        double total = value() + lower.value();
        int lowerDecimals = lower.decimals + (int) Math.round(Math.log10(HUNDRED_MILLION / lower.scale));
        return new Quantity(
                total / HUNDRED_MILLION,
                HUNDRED_MILLION,
                Math.max(decimals, lowerDecimals),
                0,
                lower.percent,
                start,
                lower.end);
    }

    /** The multiplier of a figure's unit such as "million", "billion dollars", "percent". */
    static double scaleOfUnit(String unit) {
        String u = unit == null ? "" : unit.toLowerCase(Locale.ROOT);
        for (String word : new String[] {"trillion", "billion", "million", "thousand", "亿", "万"}) {
            if (u.contains(word)) {
                return scaleOf(word);
            }
        }
        return 1;
    }

    /** True when a figure's unit is a percentage. */
    static boolean isPercentUnit(String unit) {
        String u = unit == null ? "" : unit.toLowerCase(Locale.ROOT);
        return u.contains("percent") || u.contains("%");
    }

    private static double scaleOf(String word) {
        if (word == null) {
            return 1;
        }
        switch (word.toLowerCase(Locale.ROOT)) {
            case "trillion":
            case "万亿":
                return 1e12;
            case "billion":
            case "bn":
            case "b":
                return 1e9;
            case "亿":
            case "억":
                return HUNDRED_MILLION;
            case "million":
            case "mn":
            case "m":
                return 1e6;
            case "万":
            case "만":
                return TEN_THOUSAND;
            case "thousand":
            case "k":
            case "千":
            case "천":
                return 1e3;
            default:
                return 1;
        }
    }
}
