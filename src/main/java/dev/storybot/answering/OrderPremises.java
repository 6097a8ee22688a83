package dev.storybot.answering;

import dev.storybot.knowledge.Entity;
import dev.storybot.knowledge.Fact;
import dev.storybot.knowledge.Figure;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stage of the answering pipeline that catches a question taking for granted that one thing leads another ("so llama
 * beat qwen on downloads, by how much?") when the figures the story gives for the two put the other ahead: the fact
 * giving them corrects it. The words that say "leads" are a language resource.
 */
final class OrderPremises {

    /** The cue file (see its header). */
    static final String RESOURCE = "/language/order-claims.txt";

    /** A shorter word of a name ("AI", "of") says too little to find the entity by. */
    private static final int MIN_NAME_WORD_LENGTH = 3;

    private static final Pattern LEADS = CueFile.load(RESOURCE).get("leads");

    /**
     * The fact among {@code chosen} whose figures for the first two things {@code named} (in the question's order)
     * put the second ahead, when the question says after naming the first that it leads; empty otherwise, and for a
     * yes/no question, which asks rather than takes for granted.
     */
    Optional<Fact> contradicting(String question, List<Entity> named, List<Fact> chosen) {
        if (named.size() < 2 || QuestionCues.yesNo(question)) {
            return Optional.empty();
        }
        String lower = question.toLowerCase(Locale.ROOT);
        List<Entity> ordered = named.stream()
                .filter(e -> firstMention(lower, e) >= 0)
                .sorted(java.util.Comparator.comparingInt(e -> firstMention(lower, e)))
                .toList();
        if (ordered.size() < 2) {
            return Optional.empty();
        }
        Entity first = ordered.get(0);
        Entity second = ordered.get(1);
        Matcher leads = LEADS.matcher(lower);
        if (!leads.find(firstMention(lower, first))) {
            return Optional.empty();
        }
        for (Fact fact : chosen) {
            Optional<List<Figure>> pair = figuresFor(fact, first, second);
            if (pair.isPresent()) {
                Figure a = pair.get().get(0);
                Figure b = pair.get().get(1);
                if (a.sameUnitAs(b) && a.value() < b.valueInScaleOf(a)) {
                    return Optional.of(fact);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The fact's figures for {@code first} and {@code second}: those whose labels name them, else, when the fact
     * gives just two figures in one unit and names both, in the order it names them ("Tidal sold 120,000, while Gull
     * sold 95,000").
     */
    private static Optional<List<Figure>> figuresFor(Fact fact, Entity first, Entity second) {
        Optional<Figure> a = figureOf(fact, first);
        Optional<Figure> b = figureOf(fact, second);
        if (a.isPresent() && b.isPresent()) {
            return Optional.of(List.of(a.get(), b.get()));
        }
        List<Figure> figures = fact.figures();
        String quote = fact.quote().toLowerCase(Locale.ROOT);
        int firstAt = firstMention(quote, first);
        int secondAt = firstMention(quote, second);
        if (figures.size() != 2 || !figures.get(0).sameUnitAs(figures.get(1)) || firstAt < 0 || secondAt < 0) {
            return Optional.empty();
        }
        return Optional.of(firstAt < secondAt ? figures : List.of(figures.get(1), figures.get(0)));
    }

    private static Optional<Figure> figureOf(Fact fact, Entity entity) {
        return fact.figures().stream()
                .filter(f -> entity.allNames().stream()
                        .anyMatch(n -> f.label().toLowerCase(Locale.ROOT).contains(n.toLowerCase(Locale.ROOT))))
                .findFirst();
    }

    /**
     * Where {@code text} (in lower case) first mentions the entity: by one of its names, or by the first or last word
     * of one ("gull" for Gull Auto, "voss" for Mara Voss); -1 when it does not.
     */
    private static int firstMention(String lowerText, Entity entity) {
        return entity.allNames().stream()
                .flatMap(n -> {
                    String[] words = n.toLowerCase(Locale.ROOT).split("\\s+");
                    return java.util.stream.Stream.of(n.toLowerCase(Locale.ROOT), words[0], words[words.length - 1]);
                })
                .filter(n -> n.length() >= MIN_NAME_WORD_LENGTH)
                .mapToInt(lowerText::indexOf)
                .filter(i -> i >= 0)
                .min()
                .orElse(-1);
    }
}
