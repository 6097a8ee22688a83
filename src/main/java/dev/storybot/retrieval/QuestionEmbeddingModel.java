package dev.storybot.retrieval;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The bundled all-MiniLM-L6-v2 (quantized) model, run by an ONNX session that computes each embedding on one thread,
 * so that a question embedded beside the other answering stages never competes with them for the second core.
 */
public final class QuestionEmbeddingModel extends AbstractInProcessEmbeddingModel {

    /** The model file the langchain4j artifact bundles. */
    private static final String MODEL_RESOURCE = "all-minilm-l6-v2-q.onnx";

    /** Its tokenizer, bundled beside it. */
    private static final String TOKENIZER_RESOURCE = "all-minilm-l6-v2-q-tokenizer.json";

    /** The vectors' length, known without embedding a probe text. */
    private static final int DIMENSION = 384;

    /**
     * Threads per embedding: a question is a few dozen tokens, which one core embeds about as fast as two (4.6 against
     * 4.9 ms, measured with {@code bench}), and the other core is left to the rest of answering.
     */
    private static final int INTRA_OP_THREADS = 1;

    /** Threads running independent parts of the model's graph at once: its layers run one after another anyway. */
    private static final int INTER_OP_THREADS = 1;

    private final OnnxBertBiEncoder encoder;

    private QuestionEmbeddingModel(OnnxBertBiEncoder encoder) {
        super(null);
        this.encoder = encoder;
    }

    /** Loads the bundled model. */
    public static QuestionEmbeddingModel load() {
        ClassLoader loader = QuestionEmbeddingModel.class.getClassLoader();
        try (InputStream model = loader.getResourceAsStream(MODEL_RESOURCE);
                InputStream tokenizer = loader.getResourceAsStream(TOKENIZER_RESOURCE);
                OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            if (model == null || tokenizer == null) {
                throw new IllegalStateException("the embedding model is missing from the classpath: "
                        + (model == null ? MODEL_RESOURCE : TOKENIZER_RESOURCE));
            }
            options.setIntraOpNumThreads(INTRA_OP_THREADS);
            options.setInterOpNumThreads(INTER_OP_THREADS);
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession session = environment.createSession(model.readAllBytes(), options);
            return new QuestionEmbeddingModel(new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (OrtException e) {
            throw new IllegalStateException("the embedding model could not be loaded", e);
        }
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return encoder;
    }

    @Override
    protected Integer knownDimension() {
        return DIMENSION;
    }
}
