package dev.storybot.answering;

import dev.storybot.core.Language;
import dev.storybot.knowledge.Entity;
import dev.storybot.knowledge.Fact;
import dev.storybot.knowledge.KnowledgeBase;
import dev.storybot.retrieval.EntityMatcher;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stage of the answering pipeline that names what a person's possessive points at ("what did Murati's startup
 * announce" → "what did Thinking Machines Lab announce"): the one organisation the story mentions together with that
 * person and describes by the same noun. The possessive forms are a language resource.
 */
final class OwnedThings {

    /** The possessive forms, per language (see the resource's header). */
    static final String RESOURCE = "/language/owned-things.txt";
    /** How near the noun ("startup") must be to an organisation's name in a fact to describe it, in characters. */
    static final int DESCRIBED_WITHIN_CHARS = 40;

    private static final Map<String, Pattern> FORMS = CueFile.load(RESOURCE);

    private final KnowledgeBase knowledge;
    private final EntityMatcher entities;

    OwnedThings(KnowledgeBase knowledge, EntityMatcher entities) {
        this.knowledge = knowledge;
        this.entities = entities;
    }

    /** The question with "<person>'s <startup>" replaced by the organisation's name; unchanged when not one. */
    String resolve(String question, Language language) {
        Pattern form = FORMS.get(language.code());
        if (form == null) {
            return question;
        }
        String lower = question.toLowerCase(Locale.ROOT);
        for (Entity owner : entities.find(question)) {
            if (!EntityKinds.person(owner)) {
                continue;
            }
            for (String name : owner.allNames()) {
                int at = lower.indexOf(name.toLowerCase(Locale.ROOT));
                if (name.isBlank() || at < 0) {
                    continue;
                }
                Matcher m = form.matcher(question).region(at + name.length(), question.length());
                if (!m.lookingAt()) {
                    continue;
                }
                Optional<Entity> owned = ownedBy(owner, m.group("kind"), language);
                if (owned.isPresent()) {
                    String ownedName = ListAnswers.localName(owned.get(), language);
                    return question.substring(0, at) + ownedName + question.substring(m.end());
                }
            }
        }
        return question;
    }

    /** The one organisation mentioned with {@code owner} that a fact describes as {@code kind}, or the only one. */
    private Optional<Entity> ownedBy(Entity owner, String kind, Language language) {
        Set<Entity> together = new LinkedHashSet<>();
        for (Fact fact : knowledge.facts()) {
            if (fact.entities().contains(owner.id())) {
                fact.entities().stream()
                        .map(knowledge.entitiesById()::get)
                        .filter(e -> e != null && !e.equals(owner) && !EntityKinds.person(e) && !EntityKinds.generic(e))
                        .forEach(together::add);
            }
        }
        // each distance scans every fact: measure each organisation once
        Map<Entity, Integer> distances = new java.util.HashMap<>();
        together.forEach(e -> distances.put(e, distance(e, kind, language)));
        List<Entity> described = together.stream()
                .filter(e -> distances.get(e) <= DESCRIBED_WITHIN_CHARS)
                .sorted(java.util.Comparator.comparingInt(distances::get))
                .toList();
        if (described.size() == 1
                || described.size() > 1 && distances.get(described.get(0)) < distances.get(described.get(1))) {
            return Optional.of(described.get(0));
        }
        return together.size() == 1 ? together.stream().findFirst() : Optional.empty();
    }

    /**
     * How near a fact puts {@code kind} to {@code entity}'s name, in characters ("the startup Thinking Machines": 1);
     * {@link Integer#MAX_VALUE} when no fact names both.
     */
    private int distance(Entity entity, String kind, Language language) {
        String noun = kind.toLowerCase(Locale.ROOT);
        int best = Integer.MAX_VALUE;
        for (Fact fact : knowledge.facts()) {
            for (String text : List.of(fact.answer(), fact.quote(), AnswerComposer.answerIn(fact, language))) {
                String lower = text.toLowerCase(Locale.ROOT);
                int word = lower.indexOf(noun);
                if (word < 0) {
                    continue;
                }
                for (String name : entity.allNames()) {
                    int at = name.isBlank() ? -1 : lower.indexOf(name.toLowerCase(Locale.ROOT));
                    if (at >= 0) {
                        int gap = at > word ? at - word - noun.length() : word - at - name.length();
                        best = Math.min(best, Math.max(gap, 0));
                    }
                }
            }
        }
        return best;
    }
}
