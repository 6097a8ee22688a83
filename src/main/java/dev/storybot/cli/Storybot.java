package dev.storybot.cli;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.storybot.answering.ConversationMemory;
import dev.storybot.answering.RetrievalAnswerer;
import dev.storybot.core.Answerer;
import dev.storybot.knowledge.KnowledgeBase;
import dev.storybot.knowledge.KnowledgeLoader;
import dev.storybot.llm.GroundingCheck;
import dev.storybot.llm.LlmAnswerer;
import dev.storybot.llm.LlmMetrics;
import dev.storybot.retrieval.EmbeddingCache;
import dev.storybot.retrieval.LexicalRanker;
import dev.storybot.retrieval.Misspellings;
import dev.storybot.retrieval.QuestionEmbeddingModel;
import dev.storybot.retrieval.SemanticRanker;
import dev.storybot.settings.KnowledgeSettings;
import dev.storybot.settings.LlmSettings;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The assembled bot: knowledge, retrieval and the answerer chosen by configuration. Built once per process by the
 * commands that need it.
 *
 * @param knowledge the validated story and facts
 * @param retrieval the no-LLM answerer (also the evidence source and fallback for a model)
 * @param llm       the model-backed answerer, when one is configured
 * @param answerer  what answers questions: {@code llm} when present, else {@code retrieval}
 */
public record Storybot(
        KnowledgeBase knowledge, RetrievalAnswerer retrieval, Optional<LlmAnswerer> llm, Answerer answerer) {

    private static final String OPT_OUT_TRACKING = "OPT_OUT_TRACKING";
    /**
     * Longest wait, before the JVM exits, for a model load in flight: it takes about a second, and an exit during it
     * crashes the native runtime; bounded so that a hung load cannot keep the process alive.
     */
    static final Duration MODEL_LOAD_EXIT_WAIT = Duration.ofSeconds(60);

    private static CompletableFuture<EmbeddingModel> loading;

    /** Builds the bot: retrieval always, a model on top when {@code llmConfig} is present. */
    public static Storybot create(KnowledgeSettings knowledgeSettings, Optional<LlmSettings> llmConfig) {
        return create(knowledgeSettings, llmConfig, LlmMetrics.NOOP);
    }

    /** As {@link #create(KnowledgeSettings, Optional)}, reporting model calls to {@code metrics}. */
    public static Storybot create(
            KnowledgeSettings knowledgeSettings, Optional<LlmSettings> llmConfig, LlmMetrics metrics) {
        return create(knowledgeSettings, llmConfig, metrics, new ConversationMemory());
    }

    /** As {@link #create(KnowledgeSettings, Optional, LlmMetrics)}, remembering conversations in {@code memory}. */
    public static Storybot create(
            KnowledgeSettings knowledgeSettings,
            Optional<LlmSettings> llmConfig,
            LlmMetrics metrics,
            ConversationMemory memory) {
        // a broken file stops here, before this method starts a model load (Main may have started one already: the
        // process then waits for it before exiting, see awaitEmbeddingModel)
        KnowledgeBase knowledge = loadKnowledge(knowledgeSettings);
        return create(knowledge, llmConfig, metrics, memory);
    }

    /** As {@link #create(KnowledgeSettings, Optional, LlmMetrics)}, for knowledge already loaded and validated. */
    public static Storybot create(KnowledgeBase knowledge, Optional<LlmSettings> llmConfig, LlmMetrics metrics) {
        return create(knowledge, llmConfig, metrics, new ConversationMemory());
    }

    /** As {@link #create(KnowledgeBase, Optional, LlmMetrics)}, remembering conversations in {@code memory}. */
    public static Storybot create(
            KnowledgeBase knowledge, Optional<LlmSettings> llmConfig, LlmMetrics metrics, ConversationMemory memory) {
        // the embedding model takes about a second to load: it loads on another core (started by Main) while this
        // one builds the BM25 index and takes the facts' vectors from the build-time cache
        CompletableFuture<EmbeddingModel> model = preloadEmbeddingModel();
        Misspellings.preload(); // the everyday-word list is read meanwhile too
        LexicalRanker lexical = new LexicalRanker(knowledge);
        SemanticRanker semantic =
                new SemanticRanker(knowledge, () -> join(model), EmbeddingCache.loadBundled(SemanticRanker.MODEL_NAME));
        RetrievalAnswerer retrieval = RetrievalAnswerer.create(knowledge, lexical, semantic, memory);
        Optional<LlmAnswerer> llm = llmConfig.map(
                config -> LlmAnswerer.create(config, retrieval, GroundingCheck.forKnowledge(knowledge), metrics));
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
     * Waits (at most {@link #MODEL_LOAD_EXIT_WAIT}) for a model load started by {@link #preloadEmbeddingModel()} to
     * end, successfully or not; the process calls it before exiting. Returns at once when no load was started.
     */
    public static void awaitEmbeddingModel() {
        CompletableFuture<EmbeddingModel> pending;
        synchronized (Storybot.class) {
            pending = loading;
        }
        if (pending == null) {
            return;
        }
        try {
            pending.get(MODEL_LOAD_EXIT_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // a failed load is reported by the command that needed the model; a hung one is not waited for longer
        }
    }

    /**
     * The in-process embedding model (shipped inside the jar). Its runtime's usage report to the vendor is switched
     * off first: the bot makes no network call it does not need.
     */
    public static EmbeddingModel embeddingModel() {
        if (System.getenv(OPT_OUT_TRACKING) == null && System.getProperty(OPT_OUT_TRACKING) == null) {
            System.setProperty(OPT_OUT_TRACKING, "true");
        }
        return QuestionEmbeddingModel.load();
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
    }

    /** The bundled knowledge, or the one in the configured directory. */
    public static KnowledgeBase loadKnowledge(KnowledgeSettings settings) {
        return settings.directory().map(KnowledgeLoader::load).orElseGet(KnowledgeLoader::loadBundled);
    }
}
