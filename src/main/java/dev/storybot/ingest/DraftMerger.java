package dev.storybot.ingest;

import dev.storybot.core.Paragraph;
import dev.storybot.knowledge.Entity;
import dev.storybot.knowledge.Fact;
import dev.storybot.knowledge.KnowledgeBase;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Merges a model's validated draft with the facts derived without a model: the model's facts are written, and each
 * paragraph the model left without a fact keeps its derived facts, so every paragraph stays reachable.
 */
public final class DraftMerger {

    /** Added to a derived fact's id that a model fact already uses. */
    static final String DERIVED_SUFFIX = "-derived";

    private DraftMerger() {}

    /**
     * The outcome of a merge.
     *
     * @param knowledge         the facts to write
     * @param kept              the model's facts that passed validation
     * @param dropped           the drafts that failed, each with its reason
     * @param derivedParagraphs the paragraphs that kept derived facts, having no model fact
     */
    public record Result(
            KnowledgeBase knowledge, List<Fact> kept, List<DraftVerdict> dropped, List<Integer> derivedParagraphs) {}

    /** Validates every drafted fact and merges the accepted ones with the derived knowledge. */
    public static Result merge(KnowledgeBase derived, FactDraft draft) {
        Set<String> modelEntityIds = draft.entities().stream().map(Entity::id).collect(Collectors.toSet());
        DraftValidator validator = new DraftValidator(derived.paragraphs(), modelEntityIds);
        List<Fact> kept = new ArrayList<>();
        List<DraftVerdict> dropped = new ArrayList<>();
        for (var node : draft.facts()) {
            DraftVerdict verdict = validator.check(node);
            if (verdict.isAccepted()) {
                kept.add(verdict.fact().orElseThrow());
            } else {
                dropped.add(verdict);
            }
        }
        Set<Integer> covered = kept.stream().map(Fact::paragraph).collect(Collectors.toSet());
        Set<String> factIds = kept.stream().map(Fact::id).collect(Collectors.toCollection(HashSet::new));
        List<Fact> facts = new ArrayList<>(kept);
        List<Integer> derivedParagraphs = new ArrayList<>();
        Set<String> derivedEntityIds = new HashSet<>();
        for (Paragraph p : derived.paragraphs()) {
            if (covered.contains(p.number())) {
                continue;
            }
            derivedParagraphs.add(p.number());
            for (Fact fact : derived.facts()) {
                if (fact.paragraph() == p.number()) {
                    Fact added = factIds.contains(fact.id()) ? renamed(fact) : fact;
                    factIds.add(added.id());
                    facts.add(added);
                    derivedEntityIds.addAll(fact.entities());
                }
            }
        }
        facts.sort(Comparator.comparingInt(Fact::paragraph));
        Map<String, Entity> entities = new LinkedHashMap<>();
        draft.entities().forEach(e -> entities.put(e.id(), e));
        for (Entity e : derived.entities()) {
            if (derivedEntityIds.contains(e.id())) {
                entities.putIfAbsent(e.id(), e);
            }
        }
        KnowledgeBase merged = new KnowledgeBase(
                derived.story(), derived.paragraphs(), List.copyOf(entities.values()), facts, derived.header());
        return new Result(merged, kept, dropped, derivedParagraphs);
    }

    private static Fact renamed(Fact f) {
        return new Fact(
                f.id() + DERIVED_SUFFIX,
                f.paragraph(),
                f.quote(),
                f.answer(),
                f.attribution(),
                f.certainty(),
                f.entities(),
                f.keywords(),
                f.answers(),
                f.figures(),
                f.paraphrases(),
                f.zh(),
                f.ko());
    }
}
