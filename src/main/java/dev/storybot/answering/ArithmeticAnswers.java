package dev.storybot.answering;

import dev.storybot.core.Answer;
import dev.storybot.core.Citation;
import dev.storybot.core.Language;
import dev.storybot.core.Mode;
import dev.storybot.core.Outcome;
import dev.storybot.knowledge.Fact;
import dev.storybot.knowledge.Figure;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Stage of the answering pipeline that computes the arithmetic an {@link ArithmeticQuestions.Request} asks for, shows
 * the figures it used, and cites the facts that give them.
 */
final class ArithmeticAnswers {

    /** Ratios and shares are shown to this many decimals: enough to tell 2.67 from 2.6. */
    private static final int DECIMALS = 2;
    /**
     * Sums, gaps and distances keep up to this many decimals (trailing zeros dropped): a figure written in another's
     * scale keeps its digits (375,000 is 0.375 million).
     */
    private static final int AMOUNT_DECIMALS = 3;

    /** The whole that shares are of, in percent. */
    private static final BigDecimal WHOLE_PERCENT = BigDecimal.valueOf(100);

    /** The computed answer, or empty when it cannot be computed (a zero base, say). */
    Optional<Answer> answer(ArithmeticQuestions.Request request, Language language) {
        List<ArithmeticQuestions.Given> figures = request.figures();
        Figure a = figures.get(0).figure();
        BigDecimal av = BigDecimal.valueOf(a.value());
        String text;
        switch (request.operation()) {
            case REACH -> {
                BigDecimal left = request.target().subtract(av);
                text = Messages.reach(
                        language,
                        amount(av, a),
                        amount(request.target(), a),
                        amount(left.abs(), a),
                        left.signum() <= 0);
            }
            case GAP_SHARE -> {
                Figure b = figures.get(1).figure();
                BigDecimal bv = BigDecimal.valueOf(b.valueInScaleOf(a));
                // the base is the figure the question names after "of" ("as a % of Tidal's"), else the larger
                BigDecimal base = request.base() == 1 ? bv : request.base() == 0 ? av : av.max(bv);
                if (base.signum() == 0) {
                    return Optional.empty();
                }
                BigDecimal gap = av.subtract(bv).abs();
                text = Messages.gapShare(
                        language,
                        amount(av, a),
                        amount(BigDecimal.valueOf(b.value()), b),
                        amount(gap, a),
                        plain(gap.multiply(BigDecimal.valueOf(100)).divide(base, MathContext.DECIMAL64), 1),
                        amount(base, a));
            }
            case PART -> {
                Figure b = figures.get(1).figure();
                BigDecimal whole = av.add(BigDecimal.valueOf(b.valueInScaleOf(a)));
                if (whole.signum() == 0) {
                    return Optional.empty();
                }
                BigDecimal part = request.base() == 0 ? av : BigDecimal.valueOf(b.valueInScaleOf(a));
                text = Messages.share(
                        language,
                        request.base() == 0 ? amount(av, a) : amount(BigDecimal.valueOf(b.value()), b),
                        amount(whole, a),
                        plain(
                                part.multiply(BigDecimal.valueOf(100)).divide(whole, MathContext.DECIMAL64),
                                DECIMALS - 1));
            }
            case SHARE, RATIO -> {
                Figure b = figures.get(1).figure();
                BigDecimal bv = BigDecimal.valueOf(b.valueInScaleOf(a));
                if (bv.signum() == 0) {
                    return Optional.empty();
                }
                // "what share of B is A" names A second as often as first: the smaller is the share of the larger
                boolean share = request.operation() == ArithmeticQuestions.Operation.SHARE;
                BigDecimal part = share ? av.min(bv) : av;
                BigDecimal whole = share ? av.max(bv) : bv;
                BigDecimal quotient = part.divide(whole, MathContext.DECIMAL64);
                text = share
                        ? Messages.share(
                                language,
                                amount(part, a),
                                amount(whole, a),
                                plain(quotient.multiply(BigDecimal.valueOf(100)), DECIMALS - 1))
                        : Messages.ratio(
                                language,
                                amount(av, a),
                                amount(BigDecimal.valueOf(b.value()), b),
                                plain(quotient, DECIMALS));
                if (!share && request.target() != null) {
                    // "is A more than double B?": yes or no first, then the ratio that says so
                    boolean more = quotient.compareTo(request.target()) > 0; // "more than double" at 2.0 is not
                    text = Messages.yesNo(language, more != request.lessAsked()) + " " + text;
                }
            }
            case REST -> {
                Figure b = figures.get(1).figure();
                if (!ArithmeticQuestions.percent(a) || !ArithmeticQuestions.percent(b)) {
                    return Optional.empty(); // only shares of one whole leave a rest
                }
                BigDecimal total = av.add(BigDecimal.valueOf(b.value()));
                BigDecimal rest = WHOLE_PERCENT.subtract(total);
                if (rest.signum() < 0) {
                    return Optional.empty();
                }
                text = Messages.rest(
                        language,
                        amount(av, a),
                        amount(BigDecimal.valueOf(b.value()), b),
                        amount(total, a),
                        amount(rest, a));
            }
            case SUM -> {
                Figure b = figures.get(1).figure();
                BigDecimal total = av.add(BigDecimal.valueOf(b.valueInScaleOf(a)));
                text = Messages.sum(
                        language, amount(av, a), amount(BigDecimal.valueOf(b.value()), b), amount(total, a));
            }
            case POINTS -> {
                Figure b = figures.get(1).figure();
                BigDecimal gap =
                        av.subtract(BigDecimal.valueOf(b.valueInScaleOf(a))).abs();
                text = Messages.points(
                        language, amount(av, a), amount(BigDecimal.valueOf(b.value()), b), plain(gap, AMOUNT_DECIMALS));
            }
            case SCALE -> {
                BigDecimal share = BigDecimal.valueOf(figures.get(1).figure().value())
                        .divide(BigDecimal.valueOf(100), MathContext.DECIMAL64);
                // grown: base × (1 + p); cut: base × (1 − p); else p of base
                BigDecimal factor = request.lessAsked()
                        ? BigDecimal.ONE.subtract(share)
                        : request.base() == 1 ? BigDecimal.ONE.add(share) : share;
                text = Messages.scale(
                        language,
                        amount(av, a),
                        plain(share.multiply(BigDecimal.valueOf(100)), AMOUNT_DECIMALS),
                        amount(av.multiply(factor), a),
                        request.lessAsked() ? -1 : request.base() == 1 ? 1 : 0);
            }
            case YEARS -> {
                int year = (int) a.value();
                int other = (int) figures.get(1).figure().value();
                text = request.base() == 1
                        ? Messages.born(language, year, other, year - other)
                        : Messages.yearsBetween(language, other, year, year - other);
            }
            default -> throw new IllegalStateException("unknown operation " + request.operation());
        }
        List<Citation> citations = new ArrayList<>();
        for (ArithmeticQuestions.Given given : figures) {
            Fact fact = given.fact();
            Citation citation = new Citation(fact.paragraph(), fact.quote());
            if (!citations.contains(citation)) {
                citations.add(citation);
            }
        }
        return text.length() > Answer.MAX_TEXT_CHARS
                ? Optional.empty()
                : Optional.of(new Answer(text, citations, Outcome.ANSWERED, Mode.RETRIEVAL, null, null, language));
    }

    /** A figure's value with its unit as the story writes it: "385.3 million", "40%", "1 billion dollars". */
    private static String amount(BigDecimal value, Figure figure) {
        String number = plain(value, AMOUNT_DECIMALS);
        return ArithmeticQuestions.percent(figure) ? number + "%" : (number + " " + figure.unit()).strip();
    }

    private static String plain(BigDecimal value, int decimals) {
        return value.setScale(decimals, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }
}
