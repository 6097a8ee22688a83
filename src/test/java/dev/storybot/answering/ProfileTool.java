package dev.storybot.answering;

import dev.storybot.knowledge.KnowledgeBase;
import dev.storybot.retrieval.EntityMatcher;
import dev.storybot.retrieval.EntityRanker;
import dev.storybot.retrieval.LexicalRanker;
import dev.storybot.retrieval.SemanticRanker;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** A developer tool, not a test: rough per-stage cost of answering, run with -Dprofile=true. */
@EnabledIfSystemProperty(named = "profile", matches = "true")
class ProfileTool {

    @Test
    void profile() {
        KnowledgeBase kb = TestBots.knowledge();
        EntityMatcher matcher = new EntityMatcher(kb.entities());
        LexicalRanker lexical = new LexicalRanker(kb);
        SemanticRanker semantic = new SemanticRanker(kb, TestBots.embeddings());
        EntityRanker entity = new EntityRanker(kb, matcher);
        UnknownNames unknown = new UnknownNames(kb);
        List<String> qs = List.of(
                "How many downloads did Qwen get compared with Llama?",
                "Who founded Thinking Machines Lab?",
                "What is the weather in Seoul?",
                "Cursor值多少钱？");
        time("lexical", qs, q -> lexical.rank(q, 10));
        time("semantic", qs, q -> semantic.rank(q, 10));
        time("entity", qs, q -> entity.rank(q, 10));
        time("matcher.find", qs, matcher::find);
        time("matcher.without", qs, matcher::withoutEntities);
        time("unknown", qs, unknown::find);
        time("cues", qs, q -> {
            QuestionCues.asks(q);
            QuestionCues.intent(q);
            QuestionCues.injection(q);
            new SmallTalk().classify(q);
            QuestionCues.followsUp(q);
        });
        RetrievalAnswerer bot = TestBots.retrieval();
        time("answer", qs, q -> bot.answer(dev.storybot.core.ChatRequest.of("p", q)));
    }

    private static void time(String name, List<String> qs, Consumer<String> work) {
        for (int i = 0; i < 200; i++) {
            work.accept(qs.get(i % qs.size()));
        }
        int n = 400;
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            work.accept(qs.get(i % qs.size()));
        }
        System.out.printf("%-16s %8.3f ms/op%n", name, (System.nanoTime() - start) / 1e6 / n);
    }
}
