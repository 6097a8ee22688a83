package dev.storybot.answering;

import dev.storybot.knowledge.Entity;
import dev.storybot.knowledge.Fact;
import dev.storybot.knowledge.Figure;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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

    /** Function words, which a name may open with ("The Verge") but which never stand for it. */
    private static final java.util.Set<String> FUNCTION_WORDS =
            dev.storybot.core.WordList.load(QuestionCues.FUNCTION_WORDS_RESOURCE);

    private static final Pattern LEADS = CueFile.load(RESOURCE).get("leads");
    private static final Pattern LEADS_AFTER = CueFile.load(RESOURCE).get("leads-after");

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
        if (!saysLeads(lower, first, second)) {
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
     * True when the question says the first name leads the second: a lead word right before the second name
     * ("llama beat qwen"), or after it where the verb comes last ("llama가 qwen을 제쳤어").
     */
    private static boolean saysLeads(String lower, Entity first, Entity second) {
        int firstAt = firstMention(lower, first);
        int secondAt = firstMention(lower, second);
        if (firstAt < 0 || secondAt <= firstAt) {
            return false;
        }
        if (LEADS.matcher(lower.substring(firstAt, secondAt)).find()) {
            return true;
        }
        String after = lower.substring(secondAt);
        int nameEnd = names(second)
                .filter(after::startsWith)
                .mapToInt(String::length)
                .max()
                .orElse(0);
        return LEADS_AFTER.matcher(after.substring(nameEnd)).find();
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
        return fact.figures().stream().filter(f -> f.labelNames(entity)).findFirst();
    }

    /**
     * Where {@code text} (in lower case) first mentions the entity: by one of its names, or by the first or last word
     * of one ("gull" for Gull Auto, "voss" for Mara Voss), as a whole word; -1 when it does not.
     */
    private static int firstMention(String lowerText, Entity entity) {
        return names(entity)
                .mapToInt(n -> wholeWordAt(lowerText, n))
                .filter(i -> i >= 0)
                .min()
                .orElse(-1);
    }

    private static java.util.stream.Stream<String> names(Entity entity) {
        return entity.allNames().stream()
                .flatMap(n -> {
                    String[] words = n.toLowerCase(Locale.ROOT).split("\\s+");
                    return java.util.stream.Stream.of(n.toLowerCase(Locale.ROOT), words[0], words[words.length - 1]);
                })
                .filter(n -> n.length() >= MIN_NAME_WORD_LENGTH && !FUNCTION_WORDS.contains(n));
    }

    /** Where {@code word} first stands in {@code text} not inside a longer Latin word ("gull", not "seagulls"). */
    private static int wholeWordAt(String text, String word) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            int end = at + word.length();
            boolean before = at == 0 || !isLatinLetter(text.charAt(at - 1));
            boolean after = end == text.length() || !isLatinLetter(text.charAt(end));
            if (before && after) {
                return at;
            }
        }
        return -1;
    }

    private static boolean isLatinLetter(char c) {
        return c < 0x250 && Character.isLetterOrDigit(c);
    }
}
