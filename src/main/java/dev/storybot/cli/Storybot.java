package dev.storybot.cli;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.storybot.answering.RetrievalAnswerer;
import dev.storybot.core.Answerer;
import dev.storybot.knowledge.KnowledgeBase;
import dev.storybot.knowledge.KnowledgeLoader;
import dev.storybot.llm.GroundingCheck;
import dev.storybot.llm.LlmAnswerer;
import dev.storybot.llm.LlmConfig;
import dev.storybot.llm.LlmMetrics;
import dev.storybot.retrieval.EmbeddingCache;
import dev.storybot.retrieval.LexicalRanker;
import dev.storybot.retrieval.SemanticRanker;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The assembled bot: knowledge, retrieval and the answerer chosen by configuration. Built once per process by the
 * commands that need it.
 *
 * @param knowledge the validated story and facts
 * @param retrieval the no-LLM answerer (also the evidence source and fallback for a model)
 * @param llm       the model-backed answerer, when one is configured
 * @param answerer  what answers questions: {@code llm} when present, else {@code retrieval}
 */
public record Storybot(KnowledgeBase knowledge, RetrievalAnswerer retrieval, Optional<LlmAnswerer> llm,
                       Answerer answerer) {

    /** Environment variable naming a directory with {@code article.txt} and {@code facts.json} to use instead of the bundled ones. */
    public static final String KNOWLEDGE_DIR_ENV = "STORYBOT_KNOWLEDGE_DIR";
    private static final String OPT_OUT_TRACKING = "OPT_OUT_TRACKING";
    private static CompletableFuture<EmbeddingModel> loading;

    /**
     * Builds the bot from the configuration: retrieval always, a model on top when one is configured and
     * {@code forceRetrieval} is false.
     */
    public static Storybot create(Map<String, String> settings, boolean forceRetrieval) {
        return create(settings, forceRetrieval, LlmMetrics.NOOP);
    }

    /** As {@link #create(Map, boolean)}, reporting model calls to {@code metrics}. */
    public static Storybot create(Map<String, String> settings, boolean forceRetrieval, LlmMetrics metrics) {
        // configuration errors first, so that a typo is reported before a second of model loading
        Optional<LlmConfig> llmConfig = forceRetrieval ? Optional.empty() : LlmConfig.fromEnv(settings);
        // the embedding model takes about a second to load: it loads on another core (started by Main) while this
        // one reads the story, builds the BM25 index and takes the facts' vectors from the build-time cache
        CompletableFuture<EmbeddingModel> model = preloadEmbeddingModel();
        KnowledgeBase knowledge = loadKnowledge(settings);
        LexicalRanker lexical = new LexicalRanker(knowledge);
        SemanticRanker semantic = new SemanticRanker(knowledge, () -> join(model),
                EmbeddingCache.loadBundled(SemanticRanker.MODEL_NAME));
        RetrievalAnswerer retrieval = RetrievalAnswerer.create(knowledge, lexical, semantic);
        Optional<LlmAnswerer> llm = llmConfig.map(config -> LlmAnswerer.create(config, retrieval,
                GroundingCheck.forKnowledge(knowledge), metrics));
        return new Storybot(knowledge, retrieval, llm, llm.<Answerer>map(a -> a).orElse(retrieval));
    }

    /**
     * Starts loading the embedding model on a background thread, once per process, and returns the pending model.
     * {@code Main} calls it before parsing the command line so that loading overlaps everything else.
     */
    public static synchronized CompletableFuture<EmbeddingModel> preloadEmbeddingModel() {
        if (loading == null) {
            loading = CompletableFuture.supplyAsync(Storybot::embeddingModel);
        }
        return loading;
    }

    /**
     * The in-process embedding model (shipped inside the jar). Its runtime's usage report to the vendor is switched
     * off first: the bot makes no network call it does not need.
     */
    public static EmbeddingModel embeddingModel() {
        if (System.getenv(OPT_OUT_TRACKING) == null && System.getProperty(OPT_OUT_TRACKING) == null) {
            System.setProperty(OPT_OUT_TRACKING, "true");
        }
        return new AllMiniLmL6V2QuantizedEmbeddingModel();
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
    }

    /** The bundled knowledge, or the directory named by {@link #KNOWLEDGE_DIR_ENV}. */
    public static KnowledgeBase loadKnowledge(Map<String, String> settings) {
        String dir = settings.get(KNOWLEDGE_DIR_ENV);
        return dir == null || dir.isBlank() ? KnowledgeLoader.loadBundled() : KnowledgeLoader.load(Path.of(dir));
    }
}
