package dev.storybot.retrieval;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.store.embedding.CosineSimilarity;
import dev.storybot.knowledge.Fact;
import dev.storybot.knowledge.KnowledgeBase;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * Cosine similarity between the question and each fact's answer, quote and sample questions (or, for a sentence of
 * the article, its quote after the sentence before it), embedded in process (a fact scores the best of its texts).
 */
public final class SemanticRanker implements FactRanker {

    /** Names the embedding model, so that a cache made by another model is never used. */
    public static final String MODEL_NAME = "all-minilm-l6-v2-q";

    /** The divisor's floor, as langchain4j's {@link CosineSimilarity} has it, so that a zero vector scores zero. */
    private static final double MIN_NORM_PRODUCT = CosineSimilarity.EPSILON;

    /**
     * How many questions may wait, embedded ahead, for the ranking that takes them: one per answer being composed, and
     * the bot composes on a few threads at once; more only hold vectors of questions that were answered otherwise.
     */
    private static final int MAX_STARTED = 64;

    /** How long a question embedded ahead waits to be taken: an answer takes milliseconds, so it was answered otherwise. */
    private static final java.time.Duration STARTED_KEPT = java.time.Duration.ofSeconds(30);

    private final Supplier<EmbeddingModel> model;
    /** Questions whose embedding was started ahead of ranking ({@link #startEmbedding}), each taken once. */
    private final Cache<String, FutureTask<float[]>> started = Caffeine.newBuilder()
            .maximumSize(MAX_STARTED)
            .expireAfterWrite(STARTED_KEPT)
            .executor(Runnable::run)
            .build();

    private final List<Fact> owners = new ArrayList<>();
    private final List<Embedding> vectors = new ArrayList<>();
    /** The facts in story order, each once; {@link #ownerIndex} holds each vector's place among them. */
    private final List<Fact> facts = new ArrayList<>();

    private final int[] ownerIndex;
    /** Each vector's length, computed once rather than for every question. */
    private final double[] norms;

    /** Embeds every fact text with {@code model}, using the bundled build-time cache where it has the text. */
    public SemanticRanker(KnowledgeBase knowledge, EmbeddingModel model) {
        this(knowledge, () -> model, EmbeddingCache.loadBundled(MODEL_NAME));
    }

    /**
     * Takes cached vectors where it can and asks {@code model} only for texts the cache lacks and for questions, so
     * that with a complete cache it is ready before the model has even loaded.
     */
    public SemanticRanker(KnowledgeBase knowledge, Supplier<EmbeddingModel> model, EmbeddingCache cache) {
        this.model = model;
        List<Integer> missing = new ArrayList<>();
        List<TextSegment> missingTexts = new ArrayList<>();
        Fact before = null;
        for (Fact fact : knowledge.facts()) {
            for (String text : variants(fact, before)) {
                owners.add(fact);
                Optional<float[]> cached = cache.get(text);
                vectors.add(cached.map(Embedding::from).orElse(null));
                if (cached.isEmpty()) {
                    missing.add(vectors.size() - 1);
                    missingTexts.add(TextSegment.from(text));
                }
            }
            before = fact;
        }
        if (!missingTexts.isEmpty()) {
            List<Embedding> computed = model.get().embedAll(missingTexts).content();
            for (int i = 0; i < missing.size(); i++) {
                vectors.set(missing.get(i), computed.get(i));
            }
        }
        this.ownerIndex = new int[owners.size()];
        this.norms = new double[vectors.size()];
        for (int i = 0; i < owners.size(); i++) {
            if (i == 0 || owners.get(i) != owners.get(i - 1)) {
                facts.add(owners.get(i));
            }
            ownerIndex[i] = facts.size() - 1;
            norms[i] = Math.sqrt(squaredLength(vectors.get(i).vector()));
        }
    }

    private static double squaredLength(float[] vector) {
        double sum = 0;
        for (float v : vector) {
            sum += v * v;
        }
        return sum;
    }

    /** Every text embedded for the facts, in order: each fact's answer, quote and sample questions. */
    public static List<String> textsToEmbed(KnowledgeBase knowledge) {
        List<String> texts = new ArrayList<>();
        Fact before = null;
        for (Fact fact : knowledge.facts()) {
            texts.addAll(variants(fact, before));
            before = fact;
        }
        return texts;
    }

    /**
     * The texts a fact is found by: its answer, its quote and its sample questions; a fact with no sample questions
     * (one derived from a sentence of the article) also by its quote read after the sentence before it in the same
     * paragraph, as a reader meets it ("And there was quite a bit of the stuff" is about what that sentence named).
     */
    static List<String> variants(Fact fact, Fact before) {
        List<String> variants = new ArrayList<>();
        variants.add(fact.answer());
        variants.add(fact.quote());
        variants.addAll(fact.paraphrases());
        if (fact.paraphrases().isEmpty()
                && before != null
                && before.paragraph() == fact.paragraph()
                && !fact.quote().contains(before.quote())) {
            variants.add(before.quote() + " " + fact.quote());
        }
        return variants;
    }

    /**
     * Starts embedding {@code query} on another core, so that a later {@link #rank} of the same text finds its vector
     * ready (or nearly): the other stages of answering read the question meanwhile. A text never ranked is dropped.
     */
    public void startEmbedding(String query) {
        if (!query.isBlank()) {
            started.get(query, q -> {
                FutureTask<float[]> task = new FutureTask<>(() -> embed(q));
                Ahead.THREAD.execute(task);
                return task;
            });
        }
    }

    private float[] embed(String query) {
        return model.get().embed(query).content().vector();
    }

    /**
     * The question's vector: the one started ahead when there is one (taken, so it is used once; run on this thread
     * when the other has not reached it yet, so a busy moment never makes an answer wait on a queue), else computed.
     */
    private float[] questionVector(String query) {
        FutureTask<float[]> ahead = started.asMap().remove(query);
        if (ahead == null) {
            return embed(query);
        }
        ahead.run(); // does nothing when the other thread has started it
        try {
            return ahead.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause; // as the embedding would have failed on this thread
            }
            throw new IllegalStateException("the question could not be embedded", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while embedding the question", e);
        }
    }

    /** The thread that embeds questions ahead, made on first use: a daemon, so that it never holds the process up. */
    private static final class Ahead {
        /**
         * One: it runs beside the threads composing answers, and a question it has not reached yet is embedded by the
         * answer that needs it.
         */
        static final ExecutorService THREAD = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "storybot-question-embedding");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public List<Hit> rank(String query, int limit) {
        if (query.isBlank()) {
            return List.of();
        }
        float[] question = questionVector(query);
        double questionNorm = Math.sqrt(squaredLength(question));
        double[] best = new double[facts.size()];
        java.util.Arrays.fill(best, Double.NEGATIVE_INFINITY);
        for (int i = 0; i < norms.length; i++) {
            // the cosine as langchain4j computes it, with each fact vector's length computed once
            float[] vector = vectors.get(i).vector();
            double dot = 0;
            for (int d = 0; d < vector.length; d++) {
                dot += question[d] * vector[d];
            }
            double similarity = dot / Math.max(questionNorm * norms[i], MIN_NORM_PRODUCT);
            best[ownerIndex[i]] = Math.max(best[ownerIndex[i]], similarity);
        }
        return java.util.stream.IntStream.range(0, best.length)
                .filter(f -> best[f] > 0)
                .boxed()
                .sorted(Comparator.comparingDouble((Integer f) -> best[f]).reversed())
                .limit(limit)
                .map(f -> new Hit(facts.get(f), best[f]))
                .toList();
    }
}
