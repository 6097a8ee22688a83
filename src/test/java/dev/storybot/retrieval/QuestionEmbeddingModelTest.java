package dev.storybot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.store.embedding.CosineSimilarity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one-thread session embeds as langchain4j's own bundled model does, so cached vectors stay valid. */
class QuestionEmbeddingModelTest {

    @Test
    void should_embed_as_the_bundled_langchain4j_model() {
        QuestionEmbeddingModel ours = QuestionEmbeddingModel.load();
        AllMiniLmL6V2QuantizedEmbeddingModel theirs = new AllMiniLmL6V2QuantizedEmbeddingModel();

        for (String text : List.of("who founded it?", "tl;dr 🙏", "这家公司值多少钱", "비용이 얼마나 들었어?")) {
            var mine = ours.embed(text).content();
            var reference = theirs.embed(text).content();

            assertThat(mine.dimension()).isEqualTo(384).isEqualTo(ours.dimension());
            assertThat(CosineSimilarity.between(mine, reference)).as(text).isGreaterThan(0.9999);
        }
    }
}
