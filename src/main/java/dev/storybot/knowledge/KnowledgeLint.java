package dev.storybot.knowledge;

import dev.storybot.core.WordList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what a valid knowledge base may still get wrong for the people asking: money typed as a plain number,
 * numbers without figures, entities only reachable by one spelling, facts no question wording reaches, and how many
 * facts lack a translation.
 */
public final class KnowledgeLint {

    private static final String CURRENCY_RESOURCE = "/language/currency.txt";
    private static final Set<String> CURRENCY = WordList.load(CURRENCY_RESOURCE);
    private static final Pattern WORD = Pattern.compile("[\\p{L}$]+");
    /** A number standing alone: digits inside a word, as in a product name like "Model3", are not one. */
    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\d])\\d+(?:[.,]\\d+)*(?![\\p{L}\\d])");
    /** Highest day of a month: a smaller number in a date fact's quote is taken as a day. */
    private static final int MAX_DAY_OF_MONTH = 31;
    /** The first year a date fact's quote may name without a figure (a four-digit number from here is a year). */
    private static final int FIRST_YEAR = 1000;
    /** The last year a date fact's quote may name without a figure. */
    private static final int LAST_YEAR = 2999;

    private KnowledgeLint() {}

    /**
     * One finding about one entry of the fact file.
     *
     * @param file    the file's name, e.g. "facts.json"
     * @param subject what it is about, e.g. "fact 'cursor-valuation'"
     * @param problem what is wrong and what to do, e.g. "has a money figure but does not answer money or price"
     */
    public record Warning(String file, String subject, String problem) {

        /** The line {@code storybot knowledge check} prints. */
        @Override
        public String toString() {
            return "warning: " + file + ": " + subject + " " + problem;
        }
    }

    /**
     * What the lint found.
     *
     * @param warnings        the findings, facts' before entities', each in file order
     * @param facts           how many facts there are
     * @param untranslatedZh  facts without a Chinese answer
     * @param untranslatedKo   facts without a Korean answer
     */
    public record Report(List<Warning> warnings, int facts, int untranslatedZh, int untranslatedKo) {

        public Report {
            warnings = List.copyOf(warnings);
        }

        /** The translation coverage line, e.g. "translations (optional): 2 of 26 facts have no zh answer, 0 ...". */
        public String translationSummary() {
            return "translations (optional): " + untranslatedZh + " of " + facts + " facts have no zh answer, "
                    + untranslatedKo + " have no ko answer";
        }
    }

    /** Lints a loaded, valid knowledge base. */
    public static Report lint(KnowledgeBase knowledge) {
        List<Warning> warnings = new ArrayList<>();
        int untranslatedZh = 0;
        int untranslatedKo = 0;
        for (Fact fact : knowledge.facts()) {
            factWarnings(fact).forEach(problem -> warnings.add(factWarning(fact, problem)));
            untranslatedZh += untranslated(fact.zh()) ? 1 : 0;
            untranslatedKo += untranslated(fact.ko()) ? 1 : 0;
        }
        for (Entity entity : knowledge.entities()) {
            if (entity.aliases().isEmpty()) {
                warnings.add(new Warning(
                        KnowledgeLoader.FACTS_FILE,
                        "entity '" + entity.id() + "'",
                        "has no aliases; add the other spellings and short forms people type (surname, acronym,"
                                + " the article's own spelling)"));
            }
        }
        return new Report(warnings, knowledge.facts().size(), untranslatedZh, untranslatedKo);
    }

    /** The problems of one fact, in a fixed order. */
    static List<String> factWarnings(Fact fact) {
        List<String> problems = new ArrayList<>();
        boolean typedMoney =
                fact.answers().contains(AnswerType.MONEY) || fact.answers().contains(AnswerType.PRICE);
        for (Figure figure : fact.figures()) {
            if (!typedMoney && isMoney(figure)) {
                problems.add("has the money figure '" + figure.label() + "' (" + figure.unit()
                        + ") but its answers do not include money or price, so \"how much\" questions miss it");
            }
        }
        if (fact.figures().isEmpty()) {
            String number = undeclaredNumber(fact);
            if (number != null) {
                problems.add("quotes the number " + number + " but has no figures; add {\"label\", \"value\","
                        + " \"unit\"} so comparisons are computed");
            }
        }
        if (fact.keywords().isEmpty() && fact.paraphrases().isEmpty()) {
            problems.add("has no keywords and no paraphrases, so only questions worded like its answer or quote"
                    + " reach it");
        }
        return problems;
    }

    /** True when the figure's unit or label names a currency, by symbol, name or code. */
    static boolean isMoney(Figure figure) {
        String text = ((figure.unit() == null ? "" : figure.unit()) + " "
                        + (figure.label() == null ? "" : figure.label()))
                .toLowerCase(Locale.ROOT);
        for (String currency : CURRENCY) {
            if (!Character.isLetter(currency.codePointAt(0)) && text.contains(currency)) {
                return true; // a symbol such as $, or a code written with one such as A$
            }
        }
        Matcher words = WORD.matcher(text);
        while (words.find()) {
            if (CURRENCY.contains(words.group())) {
                return true;
            }
        }
        return false;
    }

    /** The first number in the quote that needs a figure, or null; a date fact may give days and years without one. */
    private static String undeclaredNumber(Fact fact) {
        Matcher numbers = NUMBER.matcher(fact.quote());
        boolean date = fact.answers().contains(AnswerType.DATE);
        while (numbers.find()) {
            if (!date || !isDatePart(numbers.group())) {
                return numbers.group();
            }
        }
        return null;
    }

    private static boolean isDatePart(String number) {
        if (!number.chars().allMatch(Character::isDigit) || number.length() > 4) {
            return false;
        }
        int value = Integer.parseInt(number);
        return (value >= 1 && value <= MAX_DAY_OF_MONTH) || (value >= FIRST_YEAR && value <= LAST_YEAR);
    }

    private static boolean untranslated(Translation translation) {
        return translation == null
                || translation.answer() == null
                || translation.answer().isBlank();
    }

    private static Warning factWarning(Fact fact, String problem) {
        return new Warning(KnowledgeLoader.FACTS_FILE, "fact '" + fact.id() + "'", problem);
    }
}
