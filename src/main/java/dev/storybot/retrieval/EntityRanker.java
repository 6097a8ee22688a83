package dev.storybot.retrieval;

import dev.storybot.knowledge.Entity;
import dev.storybot.knowledge.Fact;
import dev.storybot.knowledge.KnowledgeBase;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks facts by the entities the question names, weighting rare entities above common ones: a question naming
 * Cursor ranks Cursor's two facts above the many facts about China.
 */
public final class EntityRanker implements FactRanker {

    private final List<Fact> facts;
    private final EntityMatcher matcher;
    private final Map<String, Double> weights = new HashMap<>();

    public EntityRanker(KnowledgeBase knowledge, EntityMatcher matcher) {
        this.facts = knowledge.facts();
        this.matcher = matcher;
        Map<String, Integer> counts = new HashMap<>();
        facts.forEach(f -> f.entities().forEach(id -> counts.merge(id, 1, Integer::sum)));
        counts.forEach((id, n) -> weights.put(id, 1.0 / Math.log(1.0 + n)));
    }

    @Override
    public List<Hit> rank(String query, int limit) {
        List<Entity> named = matcher.find(query);
        if (named.isEmpty()) {
            return List.of();
        }
        return facts.stream()
                .map(f -> new Hit(
                        f,
                        named.stream()
                                .filter(e -> f.entities().contains(e.id()))
                                .mapToDouble(e -> weights.getOrDefault(e.id(), 0.0))
                                .sum()))
                .filter(h -> h.score() > 0)
                .sorted(Comparator.comparingDouble(Hit::score).reversed())
                .limit(limit)
                .toList();
    }
}
