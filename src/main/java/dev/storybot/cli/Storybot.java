package dev.storybot.cli;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.storybot.answering.RetrievalAnswerer;
import dev.storybot.core.Answerer;
import dev.storybot.knowledge.KnowledgeBase;
import dev.storybot.knowledge.KnowledgeLoader;
import java.nio.file.Path;
import java.util.Map;

/**
 * The assembled bot: knowledge, retrieval and the answerer chosen by configuration. Built once per process by the
 * commands that need it.
 *
 * @param knowledge the validated story and facts
 * @param retrieval the no-LLM answerer (also the evidence source and fallback for a model)
 * @param answerer  what answers questions: the retrieval answerer, or a model on top of it when configured
 */
public record Storybot(KnowledgeBase knowledge, RetrievalAnswerer retrieval, Answerer answerer) {

    /** Environment variable naming a directory with {@code article.txt} and {@code facts.json} to use instead of the bundled ones. */
    public static final String KNOWLEDGE_DIR_ENV = "STORYBOT_KNOWLEDGE_DIR";

    /**
     * Builds the bot from the environment: retrieval always, a model on top when one is configured and
     * {@code forceRetrieval} is false.
     */
    public static Storybot create(Map<String, String> env, boolean forceRetrieval) {
        return retrievalOnly(env);
    }

    /** Loads the knowledge (bundled unless overridden) and builds the retrieval answerer. */
    public static Storybot retrievalOnly(Map<String, String> env) {
        KnowledgeBase knowledge = loadKnowledge(env);
        RetrievalAnswerer retrieval = RetrievalAnswerer.create(knowledge, new AllMiniLmL6V2QuantizedEmbeddingModel());
        return new Storybot(knowledge, retrieval, retrieval);
    }

    /** The bundled knowledge, or the directory named by {@link #KNOWLEDGE_DIR_ENV}. */
    public static KnowledgeBase loadKnowledge(Map<String, String> env) {
        String dir = env.get(KNOWLEDGE_DIR_ENV);
        return dir == null || dir.isBlank() ? KnowledgeLoader.loadBundled() : KnowledgeLoader.load(Path.of(dir));
    }
}
