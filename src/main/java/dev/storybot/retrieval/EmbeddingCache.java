package dev.storybot.retrieval;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.storybot.knowledge.KnowledgeBase;
import dev.storybot.knowledge.KnowledgeLoader;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Embeddings of the fact texts computed at build time, so that start-up need not wait for the model to embed them.
 *
 * <p>Vectors are keyed by a SHA-256 of the exact text, so an edited or added fact simply misses the cache and is
 * embedded at start-up; a cache made by another model is ignored as a whole.
 */
public final class EmbeddingCache {

    /** Where the build puts the cache, inside the jar. */
    public static final String RESOURCE = "knowledge/embeddings.bin";

    private static final int FORMAT_VERSION = 1;

    private final Map<String, float[]> vectors;

    private EmbeddingCache(Map<String, float[]> vectors) {
        this.vectors = vectors;
    }

    /** A cache with nothing in it. */
    public static EmbeddingCache empty() {
        return new EmbeddingCache(Map.of());
    }

    /** A cache of these vectors, each keyed by its text. */
    public static EmbeddingCache of(Map<String, float[]> byText) {
        Map<String, float[]> vectors = new HashMap<>();
        byText.forEach((text, vector) -> vectors.put(key(text), vector.clone()));
        return new EmbeddingCache(vectors);
    }

    /** The cache shipped in the jar for {@code modelName}, or an empty one when there is none or it is for another model. */
    public static EmbeddingCache loadBundled(String modelName) {
        try (InputStream in = EmbeddingCache.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            return in == null ? empty() : read(in, modelName);
        } catch (IOException e) {
            return empty(); // a damaged cache only costs start-up time
        }
    }

    static EmbeddingCache read(InputStream raw, String modelName) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(raw));
        if (in.readInt() != FORMAT_VERSION || !in.readUTF().equals(modelName)) {
            return empty();
        }
        int count = in.readInt();
        int dimension = in.readInt();
        Map<String, float[]> vectors = new HashMap<>(count * 2);
        for (int i = 0; i < count; i++) {
            String key = in.readUTF();
            float[] vector = new float[dimension];
            for (int d = 0; d < dimension; d++) {
                vector[d] = in.readFloat();
            }
            vectors.put(key, vector);
        }
        return new EmbeddingCache(vectors);
    }

    /** The vector for exactly this text, if cached. */
    public Optional<float[]> get(String text) {
        return Optional.ofNullable(vectors.get(key(text)));
    }

    /** How many vectors it holds. */
    public int size() {
        return vectors.size();
    }

    /** Embeds {@code texts} with {@code model} and writes them to {@code file}. */
    public static void write(Path file, String modelName, EmbeddingModel model, List<String> texts) {
        var embeddings =
                model.embedAll(texts.stream().map(TextSegment::from).toList()).content();
        try {
            Files.createDirectories(file.getParent());
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
                out.writeInt(FORMAT_VERSION);
                out.writeUTF(modelName);
                out.writeInt(texts.size());
                out.writeInt(embeddings.get(0).dimension());
                for (int i = 0; i < texts.size(); i++) {
                    out.writeUTF(key(texts.get(i)));
                    for (float value : embeddings.get(i).vector()) {
                        out.writeFloat(value);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the embedding cache " + file, e);
        }
    }

    static String key(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * Build step: {@code EmbeddingCache KNOWLEDGE_DIR OUTPUT_DIR} embeds the facts' texts and writes
     * {@code OUTPUT_DIR/knowledge/embeddings.bin}.
     */
    public static void main(String[] args) {
        KnowledgeBase knowledge = KnowledgeLoader.load(Path.of(args[0]));
        EmbeddingModel model = QuestionEmbeddingModel.load();
        Path file = Path.of(args[1]).resolve(RESOURCE);
        write(file, SemanticRanker.MODEL_NAME, model, SemanticRanker.textsToEmbed(knowledge));
        System.out.println("embedding cache: " + file + " ("
                + SemanticRanker.textsToEmbed(knowledge).size() + " texts)");
    }
}
