package dev.storybot.answering;

import dev.storybot.knowledge.KnowledgeBase;
import dev.storybot.retrieval.Candidate;
import dev.storybot.retrieval.EntityMatcher;
import dev.storybot.retrieval.EntityRanker;
import dev.storybot.retrieval.HybridRetriever;
import dev.storybot.retrieval.LexicalRanker;
import dev.storybot.retrieval.SemanticRanker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** A developer tool, not a test: prints retrieval signals for questions given in -Dexplain="q1|q2". */
@EnabledIfSystemProperty(named = "explain", matches = ".+")
class ExplainTool {

    @Test
    void explain() {
        KnowledgeBase kb = TestBots.knowledge();
        EntityMatcher matcher = new EntityMatcher(kb.entities());
        LexicalRanker lexical = new LexicalRanker(kb);
        HybridRetriever retriever = new HybridRetriever(
                lexical, new SemanticRanker(kb, TestBots.embeddings()), new EntityRanker(kb, matcher));
        for (String q : System.getProperty("explain").split("\\|")) {
            System.out.println("Q: " + q + "  asks=" + QuestionCues.asks(q) + " intent=" + QuestionCues.intent(q)
                    + " entities=" + matcher.find(q).stream().map(e -> e.id()).toList()
                    + " unknown=" + new UnknownNames(kb).find(q));
            var content = new java.util.HashMap<String, Double>();
            lexical.rank(matcher.withoutEntities(q), 100)
                    .forEach(h -> content.put(h.fact().id(), h.score()));
            int i = 0;
            for (Candidate c : retriever.retrieve(q)) {
                if (i++ >= 6) {
                    break;
                }
                System.out.printf(
                        "   %-28s sem=%.3f lex=%.2f content=%.2f ent=%.2f answers=%s%n",
                        c.fact().id(),
                        c.semantic(),
                        c.lexical(),
                        content.getOrDefault(c.fact().id(), 0.0),
                        c.entity(),
                        c.fact().answers());
            }
        }
    }
}
