package dev.storybot.retrieval;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.aggregator.ReciprocalRankFuser;
import dev.storybot.knowledge.Fact;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the lexical, semantic and entity rankers and fuses their rankings with reciprocal rank fusion.
 *
 * <p>Fusion uses ranks only, so BM25 scores and cosine similarities never need to share a scale; each candidate
 * still carries its raw signals for the evidence gate.
 */
public final class HybridRetriever {

    /** How many hits each ranker contributes to fusion. */
    public static final int HITS_PER_RANKER = 10;

    private final LexicalRanker lexical;
    private final SemanticRanker semantic;
    private final EntityRanker entity;

    public HybridRetriever(LexicalRanker lexical, SemanticRanker semantic, EntityRanker entity) {
        this.lexical = lexical;
        this.semantic = semantic;
        this.entity = entity;
    }

    /**
     * Starts the work on {@code query} that can run beside the stages before retrieval (its embedding), for a later
     * {@link #retrieve} of the same text.
     */
    public void prepare(String query) {
        semantic.startEmbedding(query);
    }

    /** The fused candidates, best first. */
    public List<Candidate> retrieve(String query) {
        List<Hit> lexicalHits = lexical.rank(query, HITS_PER_RANKER);
        List<Hit> semanticHits = semantic.rank(query, HITS_PER_RANKER);
        List<Hit> entityRanked = entity.rank(query, HITS_PER_RANKER + 1);
        List<Hit> entityHits = entityRanked.subList(0, Math.min(HITS_PER_RANKER, entityRanked.size()));

        Map<String, Fact> facts = new HashMap<>();
        List<List<Content>> rankings = new ArrayList<>();
        for (List<Hit> hits : List.of(lexicalHits, semanticHits, aboveCut(entityRanked, HITS_PER_RANKER))) {
            List<Content> ranking = new ArrayList<>();
            for (Hit hit : hits) {
                facts.put(hit.fact().id(), hit.fact());
                ranking.add(Content.from(TextSegment.from(hit.fact().id())));
            }
            rankings.add(ranking);
        }
        Map<String, Double> lexicalScores = scores(lexicalHits);
        Map<String, Double> semanticScores = scores(semanticHits);
        Map<String, Double> entityScores = scores(entityHits);

        List<Content> fused = ReciprocalRankFuser.fuse(rankings);
        List<Candidate> candidates = new ArrayList<>(fused.size());
        for (int rank = 0; rank < fused.size(); rank++) {
            String id = fused.get(rank).textSegment().text();
            candidates.add(new Candidate(
                    facts.get(id),
                    1.0 / (rank + 1),
                    lexicalScores.getOrDefault(id, 0.0),
                    semanticScores.getOrDefault(id, 0.0),
                    entityScores.getOrDefault(id, 0.0)));
        }
        return candidates;
    }

    /**
     * The first {@code limit} hits, less those tied with the first hit left out: a ranking that cuts through a tie
     * (the story's subject, which most facts name, ties them all) orders those facts by nothing but their place in
     * the story, and would outweigh a rare word another ranker found.
     */
    static List<Hit> aboveCut(List<Hit> hits, int limit) {
        if (hits.size() <= limit) {
            return hits;
        }
        double cut = hits.get(limit).score();
        return hits.subList(0, limit).stream().filter(h -> h.score() > cut).toList();
    }

    /** Cosine similarity of the question to a fact even when it fell outside the semantic top hits. */
    private static Map<String, Double> scores(List<Hit> hits) {
        Map<String, Double> byId = new HashMap<>();
        hits.forEach(h -> byId.put(h.fact().id(), h.score()));
        return byId;
    }
}
