package dev.storybot.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Tells whether a drafted figure's value is a number its quote gives, in any of the ways the number may be written. */
final class FigureCheck {

    /** Values this close, relative to their size, are the same number (rounding in the model's JSON). */
    private static final double RELATIVE_TOLERANCE = 1e-6;
    /** A percentage may be drafted as a fraction: 45% as 0.45. */
    private static final double PERCENT = 100.0;

    private static final Pattern NUMBER = Pattern.compile(
            "(?<number>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)"
                    + "(?:\\s?(?<scale>thousand|million|billion|trillion|bn|mn|m|k)\\b)?"
                    + "(?<percent>\\s?%|\\s?percent\\b|\\s?per cent\\b)?",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, Double> SCALES = Map.of(
            "thousand",
            1e3,
            "k",
            1e3,
            "million",
            1e6,
            "mn",
            1e6,
            "m",
            1e6,
            "billion",
            1e9,
            "bn",
            1e9,
            "trillion",
            1e12);

    private FigureCheck() {}

    /** True when {@code value} is a number written in {@code quote}, as written, scaled out or as a fraction of 100. */
    static boolean appears(double value, String quote) {
        for (double candidate : numbers(quote)) {
            if (same(value, candidate)) {
                return true;
            }
        }
        return false;
    }

    /** Every reading of every number in the text: as written, times its scale word, and a percentage as a fraction. */
    static List<Double> numbers(String text) {
        List<Double> values = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            double n = Double.parseDouble(m.group("number").replace(",", ""));
            values.add(n);
            String scale = m.group("scale");
            if (scale != null) {
                values.add(n * SCALES.get(scale.toLowerCase(Locale.ROOT)));
            }
            if (m.group("percent") != null) {
                values.add(n / PERCENT);
            }
        }
        return values;
    }

    private static boolean same(double a, double b) {
        return Math.abs(a - b) <= RELATIVE_TOLERANCE * Math.max(1.0, Math.max(Math.abs(a), Math.abs(b)));
    }
}
