package dev.storybot.retrieval;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.store.embedding.CosineSimilarity;
import dev.storybot.knowledge.Fact;
import dev.storybot.knowledge.KnowledgeBase;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Cosine similarity between the question and each fact's answer, quote and sample questions, embedded in process
 * (a fact scores the best of its texts).
 */
public final class SemanticRanker implements FactRanker {

    private final EmbeddingModel model;
    private final List<Fact> owners = new ArrayList<>();
    private final List<Embedding> vectors;

    public SemanticRanker(KnowledgeBase knowledge, EmbeddingModel model) {
        this.model = model;
        List<TextSegment> texts = new ArrayList<>();
        for (Fact fact : knowledge.facts()) {
            List<String> variants = new ArrayList<>();
            variants.add(fact.answer());
            variants.add(fact.quote());
            variants.addAll(fact.paraphrases());
            for (String text : variants) {
                owners.add(fact);
                texts.add(TextSegment.from(text));
            }
        }
        this.vectors = model.embedAll(texts).content();
    }

    @Override
    public List<Hit> rank(String query, int limit) {
        if (query.isBlank()) {
            return List.of();
        }
        Embedding question = model.embed(query).content();
        var best = new java.util.LinkedHashMap<Fact, Double>();
        for (int i = 0; i < vectors.size(); i++) {
            double similarity = CosineSimilarity.between(question, vectors.get(i));
            best.merge(owners.get(i), similarity, Math::max);
        }
        return best.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .sorted(Comparator.comparingDouble((java.util.Map.Entry<Fact, Double> e) -> e.getValue()).reversed())
                .limit(limit)
                .map(e -> new Hit(e.getKey(), e.getValue()))
                .toList();
    }
}
