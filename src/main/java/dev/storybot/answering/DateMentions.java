package dev.storybot.answering;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dates a text writes ("November 3", "Nov. 3, 2019", "26 April", "May 2017", "in 1997", "2019-11-19",
 * "11月3日", "2019년 11월"), each to the precision it is written with.
 */
final class DateMentions {

    /** How precisely a date is written. */
    enum Precision {
        YEAR,
        MONTH,
        DAY
    }

    /**
     * A date as written.
     *
     * @param year      the year, empty when the text leaves it to the reader ("November 3")
     * @param month     1-12, or 0 when only a year is written
     * @param day       1-31, or 0 when no day is written
     * @param written   the words as the text has them
     */
    record Written(OptionalInt year, int month, int day, String written) {

        Precision precision() {
            return day > 0 ? Precision.DAY : month > 0 ? Precision.MONTH : Precision.YEAR;
        }

        /** This date in {@code year} when it writes none itself ("November 3" of a 2019 story). */
        Written inYear(int year) {
            return this.year.isPresent() ? this : new Written(OptionalInt.of(year), month, day, written);
        }

        /** The day it names, when it is written to the day and its year is known. */
        Optional<LocalDate> date() {
            if (year.isEmpty() || day == 0) {
                return Optional.empty();
            }
            try {
                return Optional.of(LocalDate.of(year.getAsInt(), month, day));
            } catch (DateTimeException e) {
                return Optional.empty(); // "February 30" is no day
            }
        }

        /** True when both write the same time to the same precision. */
        boolean sameAs(Written other) {
            return year.equals(other.year) && month == other.month && day == other.day;
        }
    }

    /**
     * A year as an article writes one: four digits from 1800 to 2099 that are no part of a larger number, an amount
     * or a decade ("the 2020s", "the 1990's").
     */
    private static final String YEAR = "(?<![\\p{N}.,$€£])(?:18|19|20)\\d{2}(?![\\p{N}%])(?!(?:s|'s|’s)\\b)";

    /** A decade as an article writes one, with a hyphenated qualifier if it has one ("the 1990s", "the mid-2020s"). */
    private static final Pattern DECADE =
            Pattern.compile("(?<![\\p{L}\\p{N}'’-])(?:\\p{L}+-)?(?:18|19|20)\\d0(?:s|'s|’s)\\b");
    /** A day of a month, with an English ordinal ending if it has one. */
    private static final String DAY = "(?<!\\p{N})[0-3]?\\d(?:st|nd|rd|th)?(?![\\p{N}%])";
    /** A month's name: its English abbreviation, perhaps written out further ("Sept", "September"), checked in code. */
    private static final String MONTH = monthNames();

    private static final Pattern DATE = Pattern.compile(
            String.join(
                    "|",
                    "(?<isoY>" + YEAR + ")-(?<isoM>[01]\\d)-(?<isoD>[0-3]\\d)",
                    "(?<m1>" + MONTH + ")\\.?\\s+(?<d1>" + DAY + ")(?:,?\\s+(?<y1>" + YEAR + "))?(?![\\p{N}:])",
                    "(?<d2>" + DAY + ")\\s+(?:of\\s+)?(?<m2>" + MONTH + ")\\.?(?:,?\\s+(?<y2>" + YEAR + "))?",
                    "(?<m3>" + MONTH + ")\\.?,?\\s+(?:of\\s+)?(?<y3>" + YEAR + ")",
                    "(?:(?<cjkY>" + YEAR
                            + ")\\s*[年년]\\s*)?(?<cjkM>1[0-2]|0?[1-9])\\s*[月월]\\s*(?:(?<cjkD>[0-3]?\\d)\\s*[日일号])?",
                    "(?<y4>" + YEAR + ")(?:\\s*[年년])?",
                    "(?<m5>" + MONTH + ")"),
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private DateMentions() {}

    /** The dates and decades {@code text} writes, as written, in the order it writes them. */
    static List<String> timesIn(String text) {
        List<java.util.Map.Entry<Integer, String>> found = new ArrayList<>();
        Matcher date = DATE.matcher(text);
        while (date.find()) {
            int start = date.start();
            parse(date, text).ifPresent(d -> found.add(java.util.Map.entry(start, d.written())));
        }
        DECADE.matcher(text).results().forEach(m -> found.add(java.util.Map.entry(m.start(), m.group())));
        found.sort(java.util.Map.Entry.comparingByKey());
        return found.stream().map(java.util.Map.Entry::getValue).toList();
    }

    /** The dates {@code text} writes, in order. */
    static List<Written> in(String text) {
        List<Written> dates = new ArrayList<>();
        Matcher m = DATE.matcher(text);
        while (m.find()) {
            parse(m, text).ifPresent(dates::add);
        }
        return dates;
    }

    private static Optional<Written> parse(Matcher m, String text) {
        String written = m.group();
        if (m.group("isoY") != null) {
            return Optional.of(new Written(
                    year(m.group("isoY")),
                    Integer.parseInt(m.group("isoM")),
                    Integer.parseInt(m.group("isoD")),
                    written));
        }
        for (String at : List.of("1", "2")) {
            if (m.group("m" + at) != null) {
                int month = month(m.group("m" + at));
                int day = Integer.parseInt(m.group("d" + at).replaceAll("\\D", ""));
                return month == 0 || day < 1 || day > 31
                        ? Optional.empty()
                        : Optional.of(new Written(year(m.group("y" + at)), month, day, written));
            }
        }
        if (m.group("m3") != null) {
            int month = month(m.group("m3"));
            return month == 0 ? Optional.empty() : Optional.of(new Written(year(m.group("y3")), month, 0, written));
        }
        if (m.group("cjkM") != null) {
            int day = m.group("cjkD") == null ? 0 : Integer.parseInt(m.group("cjkD"));
            return day > 31
                    ? Optional.empty()
                    : Optional.of(new Written(year(m.group("cjkY")), Integer.parseInt(m.group("cjkM")), day, written));
        }
        if (m.group("y4") != null) {
            return Optional.of(new Written(year(m.group("y4")), 0, 0, written));
        }
        // a month's name alone is a date only as a name is written, capitalised and not opening a sentence ("May I")
        int month = month(written);
        boolean capitalised = Character.isUpperCase(written.charAt(0));
        boolean opens = text.substring(0, m.start()).strip().isEmpty()
                || text.substring(0, m.start()).strip().matches("(?s).*[.!?]$");
        return month == 0 || !capitalised || opens
                ? Optional.empty()
                : Optional.of(new Written(OptionalInt.empty(), month, 0, written));
    }

    private static OptionalInt year(String digits) {
        return digits == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(digits));
    }

    /** 1-12 for a word that a month's name starts with (at least its abbreviation), else 0 ("Marching" is none). */
    static int month(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (Month month : Month.values()) {
            String full = month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            String shortName =
                    month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (lower.startsWith(shortName) && full.startsWith(lower)) {
                return month.getValue();
            }
        }
        return 0;
    }

    /** The months' English abbreviations, each perhaps written on further, as whole words. */
    private static String monthNames() {
        List<String> names = new ArrayList<>();
        for (Month month : Month.values()) {
            names.add(Pattern.quote(month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH)) + "\\p{L}*");
        }
        return "\\b(?:" + String.join("|", names) + ")\\b";
    }
}
