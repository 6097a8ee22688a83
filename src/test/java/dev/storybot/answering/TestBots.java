package dev.storybot.answering;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.storybot.core.Answer;
import dev.storybot.core.ChatRequest;
import dev.storybot.knowledge.KnowledgeBase;
import dev.storybot.knowledge.KnowledgeLoader;
import java.util.UUID;

/** Shared, lazily built real components for tests (the embedding model takes about a second to load). */
public final class TestBots {

    private static KnowledgeBase knowledge;
    private static EmbeddingModel embeddings;

    private TestBots() {}

    /** The bundled knowledge, loaded once. */
    public static synchronized KnowledgeBase knowledge() {
        if (knowledge == null) {
            knowledge = KnowledgeLoader.loadBundled();
        }
        return knowledge;
    }

    /** The real in-process embedding model, loaded once. */
    public static synchronized EmbeddingModel embeddings() {
        if (embeddings == null) {
            embeddings = dev.storybot.cli.Storybot.embeddingModel();
        }
        return embeddings;
    }

    /** Asks every turn of {@code turns} (separated by " >> ") in one fresh conversation; returns the last answer. */
    public static Answer lastAnswer(RetrievalAnswerer bot, String turns) {
        String conversation = UUID.randomUUID().toString();
        Answer answer = null;
        for (String turn : turns.split(" >> ")) {
            answer = bot.answer(new ChatRequest("test", conversation, "user", turn.strip()));
        }
        return answer;
    }

    /** Asks each of {@code questions} in turn in one fresh conversation; returns every answer, in order. */
    public static java.util.List<Answer> answers(RetrievalAnswerer bot, String... questions) {
        String conversation = UUID.randomUUID().toString();
        return java.util.Arrays.stream(questions)
                .map(q -> bot.answer(new ChatRequest("test", conversation, "user", q.strip())))
                .toList();
    }

    /** A fresh retrieval answerer (its own conversation memory) over the bundled knowledge. */
    public static RetrievalAnswerer retrieval() {
        return RetrievalAnswerer.create(knowledge(), embeddings());
    }
}
