package dev.storybot.answering;

import dev.storybot.core.Answer;
import dev.storybot.core.Citation;
import dev.storybot.core.Language;
import dev.storybot.core.Mode;
import dev.storybot.core.Outcome;
import dev.storybot.knowledge.Fact;
import dev.storybot.knowledge.KnowledgeBase;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Stage of the answering pipeline that computes how much time passed between two dates ("how many days from them
 * arriving to the third case", "how long before this article came out is that"): the dates the question writes, the
 * article's own date when it asks about "now", then those of the fact found and of the latest answers.
 */
final class ElapsedTime {

    /** The cue file (see its header for the format). */
    static final String RESOURCE = "/language/elapsed-time.txt";

    private static final Map<String, Pattern> CUES = CueFile.load(RESOURCE);
    /** The units a question may ask for, as the cue file and the answer name them, shortest first. */
    private static final List<String> UNITS = List.of("days", "weeks", "months", "years");

    /** A gap shorter than this many days is told in days when the question names no unit ("13 days"). */
    static final int DAYS_TOLD_IN_DAYS = 62;
    /** A gap shorter than this many months is told in months when the question names no unit ("5 months"). */
    static final int MONTHS_TOLD_IN_MONTHS = 24;
    /** How many of the best facts found may give a date: those further down are about other things. */
    static final int DATED_FACTS_CONSIDERED = 3;
    /** The days in a week. */
    private static final int WEEK_DAYS = 7;
    /** Months in a year. */
    private static final int YEAR_MONTHS = 12;

    /** One end of the time asked about: a date the question or a fact writes, or the article's own date. */
    record End(DateMentions.Written date, Optional<Fact> fact, boolean article) {}

    /** The time between two ends, earlier end first, in {@code unit}. */
    record Request(End from, End to, String unit, BigDecimal amount) {}

    private final Optional<DateMentions.Written> articleDate;
    private final KnowledgeBase knowledge;

    ElapsedTime(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
        String header = knowledge.header().getOrDefault(StoryAnswers.DATE_HEADER, "");
        this.articleDate = DateMentions.in(header).stream()
                .filter(d -> d.year().isPresent())
                .findFirst();
    }

    /**
     * The time the question asks for, when it asks how long passed between two moments and two dates can be found:
     * those it writes, the article's date when it asks about "now" or the article, then the dates of the best fact
     * found that gives any ({@code chosen}) and of the latest answers ({@code earlier}, the ids of each answer's facts, oldest
     * first); empty when it asks no such thing or a source gives more dates than are missing (which one is meant?).
     */
    Optional<Request> asked(String question, List<Fact> chosen, List<List<String>> earlier) {
        if (!CUES.get("asked").matcher(question).find()) {
            return Optional.empty();
        }
        boolean aboutArticle = CUES.get("article").matcher(question).find() && articleDate.isPresent();
        if (!aboutArticle && !CUES.get("between").matcher(question).find()) {
            return Optional.empty(); // "how long was the trial" asks how long something lasted
        }
        List<End> ends = new ArrayList<>();
        DateMentions.in(question).forEach(d -> add(ends, new End(d, Optional.empty(), false)));
        if (aboutArticle) {
            add(ends, new End(articleDate.get(), Optional.empty(), true));
        }
        // the best fact found that writes a date (the first may say what happened, the next one when)
        List<Fact> sources = new ArrayList<>(chosen.stream()
                .limit(DATED_FACTS_CONSIDERED)
                .filter(f -> !DateMentions.in(f.quote()).isEmpty())
                .limit(1)
                .toList());
        for (int i = earlier.size() - 1; i >= 0; i--) {
            earlier.get(i).stream()
                    .flatMap(id -> knowledge.fact(id).stream())
                    .filter(f -> !sources.contains(f))
                    .forEach(sources::add);
        }
        for (Fact fact : sources) {
            if (ends.size() >= 2) {
                break;
            }
            List<DateMentions.Written> dates = DateMentions.in(fact.quote()).stream()
                    .filter(d -> ends.stream().noneMatch(e -> e.date().sameAs(d)))
                    .toList();
            if (dates.size() > 2 - ends.size()) {
                return Optional.empty();
            }
            dates.forEach(d -> add(ends, new End(d, Optional.of(fact), false)));
        }
        if (ends.size() < 2) {
            return Optional.empty();
        }
        return between(ends.get(0), ends.get(1), unit(question));
    }

    /** The answer giving the time and the dates it was computed from, citing the facts that give them. */
    Optional<Answer> answer(Request request, Language language, List<Fact> chosen) {
        List<Citation> citations = new ArrayList<>();
        for (End end : List.of(request.from(), request.to())) {
            end.fact().ifPresent(f -> citations.add(new Citation(f.paragraph(), f.quote())));
        }
        if (citations.isEmpty() && !chosen.isEmpty()) {
            citations.add(new Citation(chosen.get(0).paragraph(), chosen.get(0).quote()));
        }
        String text = Messages.elapsed(
                language,
                shown(request.from(), language),
                shown(request.to(), language),
                request.amount().toPlainString(),
                request.unit());
        return text.length() > Answer.MAX_TEXT_CHARS
                ? Optional.empty()
                : Optional.of(new Answer(text, citations, Outcome.ANSWERED, Mode.RETRIEVAL, null, null, language));
    }

    /** A date as the story writes it; the article's own date (a header's "2019-11-19") as the asker's language does. */
    private static String shown(End end, Language language) {
        DateMentions.Written d = end.date();
        if (!end.article()) {
            return d.written();
        }
        String date = d.precision() != DateMentions.Precision.DAY
                ? d.written()
                : switch (language) {
                    case ZH -> d.year().getAsInt() + "年" + d.month() + "月" + d.day() + "日";
                    case KO -> d.year().getAsInt() + "년 " + d.month() + "월 " + d.day() + "일";
                    case EN ->
                        Month.of(d.month()).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + d.day() + ", "
                                + d.year().getAsInt();
                };
        return Messages.articleDate(language, date);
    }

    private static void add(List<End> ends, End end) {
        if (ends.stream().noneMatch(e -> e.date().sameAs(end.date()))) {
            ends.add(end);
        }
    }

    /** The unit the question names, or empty for the unit that fits the gap. */
    private static Optional<String> unit(String question) {
        return UNITS.stream().filter(u -> CUES.get(u).matcher(question).find()).findFirst();
    }

    /** The time from the earlier end to the later one, each without a year taking the article's or the other's. */
    private Optional<Request> between(End one, End other, Optional<String> asked) {
        OptionalInt fallback = articleDate.map(DateMentions.Written::year).orElse(OptionalInt.empty());
        End a = withYear(one, fallback.isPresent() ? fallback : other.date().year());
        End b = withYear(other, fallback.isPresent() ? fallback : one.date().year());
        if (a.date().year().isEmpty() || b.date().year().isEmpty()) {
            return Optional.empty();
        }
        boolean aFirst = start(a.date()).isBefore(start(b.date()));
        End from = aFirst ? a : b;
        End to = aFirst ? b : a;
        int years = to.date().year().getAsInt() - from.date().year().getAsInt();
        boolean months = from.date().month() > 0 && to.date().month() > 0;
        int monthGap = years * YEAR_MONTHS + to.date().month() - from.date().month();
        Optional<LocalDate> fromDay = from.date().date();
        Optional<LocalDate> toDay = to.date().date();
        long days = fromDay.isPresent() && toDay.isPresent() ? ChronoUnit.DAYS.between(fromDay.get(), toDay.get()) : -1;
        String unit = asked.orElseGet(() -> days >= 0 && days < DAYS_TOLD_IN_DAYS
                ? "days"
                : months && monthGap < MONTHS_TOLD_IN_MONTHS ? "months" : "years");
        BigDecimal amount;
        switch (unit) {
            case "days", "weeks" -> {
                if (days < 0) {
                    return Optional.empty(); // "how many days" of dates written without their days
                }
                amount = unit.equals("days")
                        ? BigDecimal.valueOf(days)
                        : BigDecimal.valueOf(days)
                                .divide(BigDecimal.valueOf(WEEK_DAYS), 1, RoundingMode.HALF_UP)
                                .stripTrailingZeros();
            }
            case "months" -> {
                if (!months) {
                    return Optional.empty();
                }
                amount = BigDecimal.valueOf(monthGap);
            }
            default -> amount = BigDecimal.valueOf(years);
        }
        return amount.signum() == 0 ? Optional.empty() : Optional.of(new Request(from, to, unit, amount));
    }

    private static End withYear(End end, OptionalInt year) {
        return year.isEmpty() ? end : new End(end.date().inYear(year.getAsInt()), end.fact(), end.article());
    }

    /** The first day a date can mean: "May 2017" starts on May 1. */
    private static LocalDate start(DateMentions.Written date) {
        return LocalDate.of(date.year().getAsInt(), Math.max(1, date.month()), Math.max(1, Math.min(date.day(), 28)));
    }
}
