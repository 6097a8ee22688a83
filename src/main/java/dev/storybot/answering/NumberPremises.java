package dev.storybot.answering;

import dev.storybot.core.Paragraph;
import dev.storybot.knowledge.Fact;
import dev.storybot.knowledge.Figure;
import dev.storybot.knowledge.FigureFinder;
import dev.storybot.knowledge.KnowledgeBase;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Stage of the answering pipeline that catches a false premise in a number: the question takes for granted an
 * amount, a percentage or a count ("why did Apple raise the dividend to 50 cents?") that the story gives nowhere,
 * compared by value (so "385 million" is the story's 385.3 million and "$0.25" its 25 cents), while the best fact
 * gives a figure of that kind instead.
 */
final class NumberPremises {

    /** A question rounds the story's figures ("385 million" for 385.3 million): values this close are the same. */
    static final double SAME_VALUE_SHARE = 0.02;
    /** Plain counts below this ("3 bullet points", "the 2 companies") are too often the asker's own. */
    static final double MIN_COUNT = 10;
    /** Years are dates, not amounts: a plain number from this one ... */
    private static final double FIRST_YEAR = 1900;
    /** ... to this one is read as a year. */
    private static final double LAST_YEAR = 2100;
    /** Scale words in a figure's unit and what they multiply by (a language resource). */
    static final String SCALES_RESOURCE = "/language/en/scale-words.properties";

    private static final java.util.Properties SCALES = dev.storybot.core.WordList.properties(SCALES_RESOURCE);

    private static final Pattern CENTS = Pattern.compile("^cents?\\b", Pattern.CASE_INSENSITIVE);
    private static final String DOLLARS = "dollars";
    private static final String PERCENT = "percent";

    /** Numbers in designations ("787-9", "the -10", "A350", "F-35") name a thing, not an amount. */
    private static final Pattern DESIGNATION =
            Pattern.compile("(?<![\\p{N}.,])\\d+[-–]\\d+|(?<![\\p{L}\\p{N}])[-–]\\d+|\\p{L}+[-–]?\\d+");

    private static final Pattern HYPOTHETICAL = QuestionCues.shape("hypothetical");
    private static final Pattern ANSWER_SHAPE = QuestionCues.shape("answer-shape-number");
    private static final Pattern THRESHOLD = QuestionCues.shape("threshold-number");
    private static final Pattern ADDRESS = QuestionCues.shape("address");

    /** A figure reduced to a value in a base unit and what it measures. */
    record Amount(double value, String kind) {}

    /** A question without a digit states no figure this stage checks ("fifty cents" is rare in chat). */
    private static final Pattern DIGIT = Pattern.compile("\\d");

    private final FigureFinder figures = new FigureFinder();
    private final KnowledgeBase knowledge;
    /** The story's figures, read from its paragraphs and facts on the first question that states one. */
    private volatile List<Amount> story;

    NumberPremises(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    private List<Amount> story() {
        List<Amount> read = story;
        if (read == null) {
            List<Amount> amounts = new ArrayList<>();
            for (Paragraph p : knowledge.paragraphs()) {
                figures.find(p.text()).forEach(f -> amounts.add(amount(f)));
            }
            for (Fact fact : knowledge.facts()) {
                fact.figures().forEach(f -> amounts.add(amount(f)));
            }
            read = List.copyOf(amounts);
            story = read;
        }
        return read;
    }

    /**
     * The best of the chosen facts, when the (English) question takes for granted a figure the story gives nowhere
     * and that fact gives one of the same kind; empty otherwise, and for computations, thresholds ("more than 300
     * million"), addresses and hypotheticals, in the question or as {@code typed} in the asker's language.
     */
    Optional<Fact> contradicting(String question, String typed, List<Fact> chosen) {
        if (chosen.isEmpty()
                || !DIGIT.matcher(question).find()
                || HYPOTHETICAL.matcher(question).find()
                || HYPOTHETICAL.matcher(typed).find()
                || ArithmeticQuestions.computes(question)
                || QuestionCues.intent(question) == Intent.DIFFERENCE) {
            return Optional.empty();
        }
        String unshaped = question;
        for (Pattern noPremise : List.of(ADDRESS, THRESHOLD, ANSWER_SHAPE, DESIGNATION)) {
            unshaped = noPremise.matcher(unshaped).replaceAll(" ");
        }
        Fact best = chosen.get(0);
        for (Figure figure : figures.find(unshaped)) {
            Amount asked = amount(figure);
            if (!premise(asked)) {
                continue;
            }
            boolean given = story().stream().anyMatch(s -> same(asked, s));
            boolean bestGivesKind = best.figures().stream()
                    .map(NumberPremises::amount)
                    .anyMatch(a -> a.kind().equals(asked.kind()));
            if (!given && bestGivesKind) {
                return Optional.of(best);
            }
        }
        return Optional.empty();
    }

    /** Money and percentages always state a premise; a plain count only from {@link #MIN_COUNT}, and never a year. */
    private static boolean premise(Amount amount) {
        if (!amount.kind().isEmpty()) {
            return amount.kind().contains(DOLLARS) || amount.kind().equals(PERCENT);
        }
        boolean year = amount.value() >= FIRST_YEAR && amount.value() <= LAST_YEAR && amount.value() % 1 == 0;
        return amount.value() >= MIN_COUNT && !year;
    }

    private static boolean same(Amount asked, Amount given) {
        return asked.kind().equals(given.kind())
                && Math.abs(asked.value() - given.value()) <= SAME_VALUE_SHARE * Math.abs(given.value());
    }

    /** The figure's value in base units ("9 billion dollars" is 9e9 dollars, "25 cents" 0.25 dollars). */
    static Amount amount(Figure figure) {
        double value = figure.value();
        List<String> kind = new ArrayList<>();
        for (String word : figure.unit().toLowerCase(Locale.ROOT).split("\\s+")) {
            if (SCALES.containsKey(word)) {
                value *= Double.parseDouble(SCALES.getProperty(word));
            } else if (!word.isEmpty()) {
                kind.add(word);
            }
        }
        if (kind.isEmpty() && CENTS.matcher(figure.label()).find()) {
            return new Amount(value / 100, DOLLARS);
        }
        return new Amount(value, String.join(" ", kind));
    }
}
