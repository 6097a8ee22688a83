package dev.storybot.answering;

import dev.storybot.core.WordList;
import dev.storybot.knowledge.Entity;
import dev.storybot.knowledge.Fact;
import dev.storybot.knowledge.KnowledgeBase;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Narrows the entities of a kind to those the story describes with the words a question puts before the kind's noun
 * ("the coding startups" are those a fact calls programming startups), so a list or "the other one" means them.
 */
final class DescribedKinds {

    /** Words that stand before a kind's noun without saying which are meant ("all the other"), a language resource. */
    static final String UNQUALIFYING_RESOURCE = "/language/en/unqualifying-words.txt";
    /** Words a question may use for the story's, one group per line. */
    static final String SYNONYMS_RESOURCE = "/language/en/synonyms.txt";
    /** Function words, which qualify nothing. */
    static final String FUNCTION_WORDS_RESOURCE = "/language/en/function-words.txt";
    /** Words right before the kind's noun that may qualify it: "ai coding startups" has two; more are the sentence. */
    static final int QUALIFIER_WORDS = 2;
    /**
     * A word that at least a quarter of the facts use is the story's topic ("AI" in a story about AI): it tells none
     * of its entities apart, and the facts naming some of them may say it in other words.
     */
    static final double TOPIC_SHARE = 0.25;

    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[\\p{L}\\p{N}'’-]+");
    private static final Set<String> UNQUALIFYING = WordList.load(UNQUALIFYING_RESOURCE);
    private static final Set<String> FUNCTION_WORDS = WordList.load(FUNCTION_WORDS_RESOURCE);

    private final KnowledgeBase knowledge;
    /** Each word of a synonym group, with the words of its group, as written (a stem would take "program" of a podcast for "programming"). */
    private final java.util.Map<String, Set<String>> groups = new java.util.HashMap<>();

    DescribedKinds(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
        for (String line : WordList.lines(SYNONYMS_RESOURCE)) {
            Set<String> group = Set.copyOf(
                    java.util.Arrays.asList(line.toLowerCase(Locale.ROOT).split("\\s+")));
            group.forEach(w -> groups.put(w, group));
        }
    }

    /**
     * The words among the last few of {@code before} (the question up to a kind's noun) that may say which of the
     * kind are meant: not function words, words like "other", nor the story's topic words.
     */
    List<String> qualifiers(String before) {
        String[] words = before.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}'’-]+");
        List<String> kept = new ArrayList<>();
        for (int i = Math.max(0, words.length - QUALIFIER_WORDS); i < words.length; i++) {
            String word = words[i];
            if (word.isBlank() || FUNCTION_WORDS.contains(word) || UNQUALIFYING.contains(word) || topic(word)) {
                continue;
            }
            kept.add(word);
        }
        return kept;
    }

    /**
     * Those of {@code candidates} a fact describes with every qualifier, in their order: in a fact's quote, each
     * qualifier's word is nearer the entity's name than any other candidate's ("Cognition AI, another AI programming
     * startup, used the model of the startup Zhipu" describes Cognition AI, not Zhipu, as a programming startup). All
     * of them when there are no qualifiers or none is so described (the words then narrow nothing the story says).
     */
    List<Entity> narrow(List<Entity> candidates, List<String> qualifiers) {
        if (qualifiers.isEmpty()) {
            return candidates;
        }
        List<Entity> described = candidates.stream()
                .filter(e -> knowledge.facts().stream()
                        .filter(f -> f.entities().contains(e.id()))
                        .anyMatch(f -> qualifiers.stream().allMatch(q -> describes(f.quote(), e, q, candidates))))
                .toList();
        return described.isEmpty() ? candidates : described;
    }

    /** True when {@code text} uses {@code word} (or a synonym) nearer {@code entity}'s name than any other's. */
    private boolean describes(String text, Entity entity, String word, List<Entity> candidates) {
        java.util.regex.Matcher token = WORD.matcher(text);
        while (token.find()) {
            if (!sameWord(word, token.group())) {
                continue;
            }
            int distance = distance(text, entity, token.start());
            int from = token.start();
            if (distance < Integer.MAX_VALUE
                    && candidates.stream()
                            .filter(other -> !other.equals(entity))
                            .allMatch(other -> distance(text, other, from) > distance)) {
                return true;
            }
        }
        return false;
    }

    /** Characters between {@code at} and the nearest mention of {@code entity} in {@code text}; none: the most. */
    private static int distance(String text, Entity entity, int at) {
        int nearest = Integer.MAX_VALUE;
        for (int[] span : Mentions.spans(text, entity)) {
            int d = at < span[0] ? span[0] - at : at >= span[1] ? at - span[1] : 0;
            nearest = Math.min(nearest, d);
        }
        return nearest;
    }

    private boolean topic(String word) {
        List<Fact> facts = knowledge.facts();
        long using = facts.stream().filter(f -> uses(f, word)).count();
        return !facts.isEmpty() && using >= TOPIC_SHARE * facts.size();
    }

    private boolean uses(Fact fact, String word) {
        java.util.regex.Matcher token = WORD.matcher(fact.quote() + " " + fact.answer());
        while (token.find()) {
            if (sameWord(word, token.group())) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code token} is {@code word}, its plural ("ferries") or singular, or a word of its synonym group. */
    private boolean sameWord(String word, String token) {
        String t = token.toLowerCase(Locale.ROOT);
        return t.equals(word)
                || t.equals(word + "s")
                || word.endsWith("y") && t.equals(word.substring(0, word.length() - 1) + "ies")
                || word.endsWith("s") && t.equals(word.substring(0, word.length() - 1))
                || groups.getOrDefault(word, Set.of()).contains(t);
    }
}
