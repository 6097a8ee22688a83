package dev.storybot.answering;

import dev.storybot.core.Answer;
import dev.storybot.core.Citation;
import dev.storybot.core.Language;
import dev.storybot.core.Mode;
import dev.storybot.core.Outcome;
import dev.storybot.core.WordList;
import dev.storybot.knowledge.AnswerType;
import dev.storybot.knowledge.Entity;
import dev.storybot.knowledge.Fact;
import dev.storybot.knowledge.Figure;
import dev.storybot.knowledge.KnowledgeBase;
import dev.storybot.knowledge.ListItems;
import dev.storybot.retrieval.EntityMatcher;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes the direct answer from the facts that passed the evidence gate: one fact's sentence, two facts side by side
 * for comparisons, a list of the entities named, or a difference computed from the article's figures, always in
 * the question's language and within {@link Answer#MAX_TEXT_CHARS}.
 */
final class AnswerComposer {

    /** Most facts a list of things that are not names is made of: a short answer's worth of sentences. */
    static final int MAX_ITEM_FACTS = 4;

    /** Units a difference is given in when not its figures' own (a language resource: two ages differ in years). */
    static final String DIFFERENCE_UNITS_RESOURCE = "/language/en/difference-units.properties";

    private static final java.util.Properties DIFFERENCE_UNITS = WordList.properties(DIFFERENCE_UNITS_RESOURCE);

    private final KnowledgeBase knowledge;
    private final EntityMatcher entities;
    private final ListQuestions listQuestions = new ListQuestions();
    private final ListAnswers listAnswers;

    AnswerComposer(KnowledgeBase knowledge, EntityMatcher entities) {
        this.knowledge = knowledge;
        this.entities = entities;
        this.listAnswers = new ListAnswers(knowledge);
    }

    /**
     * The answer from the chosen facts, best first.
     *
     * @param question the question with follow-up references resolved (decides the answer's shape)
     * @param asked    the question as asked (its own names decide whether a second fact is needed)
     */
    Answer compose(List<Fact> chosen, String question, String asked, Language language) {
        Intent intent = QuestionCues.intent(question);
        // "which school people did the study" asks who stands in a relation, which the chosen facts state: not a
        // list of everyone of that kind
        if (intent == Intent.LIST && QuestionCues.requiredRole(question).isEmpty()) {
            Optional<Answer> list = listQuestions
                    .request(question, entities.find(question))
                    .flatMap(r -> listAnswers.answer(r, language));
            if (list.isPresent() && list.get().answered()) {
                return list.get();
            }
        }
        // "how much did it grow" about "2.35 billion, up from 2.2 billion": the change, unless the fact gives the
        // percentage asked for itself
        Fact first = chosen.get(0);
        if (QuestionCues.asksChange(question)
                && QuestionCues.givesBothEnds(first.quote())
                && !(QuestionCues.asksRelative(question)
                        && first.figures().stream().anyMatch(ArithmeticQuestions::percent))) {
            Optional<Answer> change =
                    differenceAnswer(List.of(first), question, language, QuestionCues.fellFrom(first.quote()));
            if (change.isPresent()) {
                return change.get();
            }
        }
        if (intent == Intent.DIFFERENCE) {
            // "how much more does A cost than B": the figures of the kind a cue insists on (prices), when facts give
            // them, rather than other figures about A and B
            Set<AnswerType> insisted = QuestionCues.insistedMeasures(question);
            List<Fact> ofKind = chosen.stream()
                    .filter(f -> f.answers().stream().anyMatch(insisted::contains))
                    .toList();
            Optional<Answer> difference = (ofKind.isEmpty()
                            ? Optional.<Answer>empty()
                            : differenceAnswer(ofKind, question, language, false))
                    .or(() -> differenceAnswer(chosen, question, language, false));
            if (difference.isPresent()) {
                return difference.get();
            }
        }
        List<Fact> parts = new ArrayList<>();
        parts.add(chosen.get(0));
        Set<String> named = entities.find(asked).stream().map(Entity::id).collect(Collectors.toSet());
        Set<String> missing = new LinkedHashSet<>(named);
        missing.removeAll(chosen.get(0).entities());
        if (QuestionCues.asksSeveral(question) && chosen.size() > 1) {
            parts.add(chosen.get(1));
        } else if (QuestionCues.asksItems(question)
                && !ListItems.introduces(chosen.get(0).answer())) {
            // "list the effects": every fact that passed, best first, as many as fit in one answer (a fact introducing
            // a list is followed by its items instead)
            for (Fact next : chosen.subList(1, Math.min(chosen.size(), MAX_ITEM_FACTS))) {
                List<Fact> more = new ArrayList<>(parts);
                more.add(next);
                String said = joinAnswers(parts, language);
                String adds = answerIn(next, language);
                // a fact of several sentences and one of its sentences say the same once
                boolean repeats =
                        said.contains(adds) || parts.stream().anyMatch(p -> adds.contains(answerIn(p, language)));
                if (!repeats && joinAnswers(more, language).length() <= Answer.MAX_TEXT_CHARS) {
                    parts.add(next);
                }
            }
        } else if (intent == Intent.COMPARE || !missing.isEmpty()) {
            chosen.stream()
                    .skip(1)
                    .filter(f -> f.entities().stream().anyMatch(missing::contains))
                    .findFirst()
                    .ifPresent(parts::add);
        }
        if (parts.size() == 1 && ListItems.introduces(parts.get(0).answer())) {
            Optional<Answer> list = withItems(parts.get(0), language);
            if (list.isPresent()) {
                return list.get();
            }
        }
        return answered(parts, language, null);
    }

    /**
     * A list's introduction with the items of the short paragraphs that follow it ("Blue Origin, Kent, Washington"),
     * each cited, as many as fit in one answer; empty when no such paragraph follows.
     */
    private Optional<Answer> withItems(Fact intro, Language language) {
        List<Fact> items = new ArrayList<>();
        for (int paragraph = intro.paragraph() + 1; ; paragraph++) {
            int number = paragraph;
            List<Fact> facts = knowledge.facts().stream()
                    .filter(f -> f.paragraph() == number)
                    .toList();
            if (facts.size() != 1 || !ListItems.item(facts.get(0).answer())) {
                break;
            }
            items.add(facts.get(0));
        }
        if (items.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder(answerIn(intro, language));
        List<Fact> cited = new ArrayList<>(List.of(intro));
        for (Fact item : items) {
            String next =
                    (cited.size() == 1 ? " " : "; ") + answerIn(item, language).replaceAll("[.;]+$", "");
            if (text.length() + next.length() + 1 > Answer.MAX_TEXT_CHARS) {
                break;
            }
            text.append(next);
            cited.add(item);
        }
        text.append('.');
        String note = cited.stream().anyMatch(f -> !f.translated(language)) ? Messages.untranslated(language) : null;
        return Optional.of(
                new Answer(text.toString(), citations(cited), Outcome.ANSWERED, Mode.RETRIEVAL, null, note, language));
    }

    /**
     * The difference between two figures of one unit of {@code chosen}, relative (a percentage) when asked: of the
     * larger figure when {@code fromLarger} (a fall from it), else of the smaller.
     */
    private Optional<Answer> differenceAnswer(
            List<Fact> chosen, String question, Language language, boolean fromLarger) {
        List<Entity> named = entities.find(question);
        // "how much older": only the figures of the dimension compared (ages, not the minutes beside one)
        Optional<String> compared = MeasuredDimensions.compared(question, knowledge.facts());
        List<Map.Entry<Figure, Fact>> figures = new ArrayList<>();
        for (Fact fact : chosen) {
            for (Figure figure : fact.figures()) {
                if (compared.isEmpty() || MeasuredDimensions.measures(figure, compared.get())) {
                    figures.add(Map.entry(figure, fact));
                }
            }
        }
        if (figures.size() < 2) {
            return Optional.empty();
        }
        // prefer the figures whose labels name the entities asked about, in the order asked
        List<Map.Entry<Figure, Fact>> picked = new ArrayList<>();
        for (Entity entity : named) {
            figures.stream()
                    .filter(e -> !picked.contains(e))
                    .filter(e -> e.getKey().labelNames(entity))
                    .findFirst()
                    .ifPresent(picked::add);
        }
        if (picked.isEmpty()) {
            // no figure names an asked entity: start from the first figure whose unit another figure shares
            figures.stream()
                    .filter(e ->
                            figures.stream().anyMatch(o -> o != e && o.getKey().sameUnitAs(e.getKey())))
                    .findFirst()
                    .ifPresent(picked::add);
        }
        for (var entry : figures) {
            if (picked.size() >= 2) {
                break;
            }
            if (!picked.contains(entry)
                    && (picked.isEmpty()
                            || entry.getKey().sameUnitAs(picked.get(0).getKey()))) {
                picked.add(entry);
            }
        }
        if (picked.size() < 2
                || !picked.get(0).getKey().sameUnitAs(picked.get(1).getKey())) {
            return Optional.empty();
        }
        Figure a = picked.get(0).getKey();
        Figure b = picked.get(1).getKey();
        BigDecimal larger = BigDecimal.valueOf(Math.max(a.value(), b.valueInScaleOf(a)));
        BigDecimal smaller = BigDecimal.valueOf(Math.min(a.value(), b.valueInScaleOf(a)));
        BigDecimal difference = larger.subtract(smaller);
        boolean relative =
                QuestionCues.asksRelative(question) && !ArithmeticQuestions.percent(a) && smaller.signum() > 0;
        String amount = relative
                ? difference
                                .multiply(BigDecimal.valueOf(100))
                                .divide(fromLarger ? larger : smaller, 1, RoundingMode.HALF_UP)
                                .stripTrailingZeros()
                                .toPlainString()
                        + "%"
                : Numbers.format(difference, DIFFERENCE_UNITS.getProperty(a.unit(), a.unit()), language);
        List<Fact> parts = new ArrayList<>();
        parts.add(picked.get(0).getValue());
        if (!parts.contains(picked.get(1).getValue())) {
            parts.add(picked.get(1).getValue());
        }
        String text = joinAnswers(parts, language) + " " + Messages.difference(language, amount);
        if (text.length() > Answer.MAX_TEXT_CHARS) {
            text = Messages.difference(language, amount);
        }
        return Optional.of(new Answer(text, citations(parts), Outcome.ANSWERED, Mode.RETRIEVAL, null, null, language));
    }

    private Answer answered(List<Fact> parts, Language language, String note) {
        String text = joinAnswers(parts, language);
        if (text.length() > Answer.MAX_TEXT_CHARS) {
            parts = List.of(parts.get(0));
            text = joinAnswers(parts, language);
        }
        if (note == null && parts.stream().anyMatch(f -> !f.translated(language))) {
            note = Messages.untranslated(language);
        }
        return new Answer(text, citations(parts), Outcome.ANSWERED, Mode.RETRIEVAL, null, note, language);
    }

    private static String joinAnswers(List<Fact> facts, Language language) {
        return facts.stream()
                .map(f -> answerIn(f, language))
                .collect(Collectors.joining(language == Language.ZH ? "" : " "));
    }

    /** The fact's answer sentence in the language asked, English when no translation exists. */
    public static String answerIn(Fact fact, Language language) {
        String translated = switch (language) {
            case ZH -> fact.zh().answer();
            case KO -> fact.ko().answer();
            case EN -> fact.answer();
        };
        return translated == null || translated.isBlank() ? fact.answer() : translated;
    }

    private static List<Citation> citations(List<Fact> facts) {
        return facts.stream()
                .map(f -> new Citation(f.paragraph(), f.quote()))
                .distinct()
                .toList();
    }
}
