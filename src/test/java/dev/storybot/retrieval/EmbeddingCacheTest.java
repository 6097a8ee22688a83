package dev.storybot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.storybot.answering.TestBots;
import dev.storybot.knowledge.KnowledgeBase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddingCacheTest {

    @Test
    void should_give_back_exactly_what_the_model_computed(@TempDir Path dir) throws IOException {
        EmbeddingModel model = TestBots.embeddings();
        Path file = dir.resolve("cache.bin");
        EmbeddingCache.write(file, "m", model, List.of("Who founded Thinking Machines Lab?", "qwen downloads"));

        EmbeddingCache cache;
        try (InputStream in = Files.newInputStream(file)) {
            cache = EmbeddingCache.read(in, "m");
        }

        assertThat(cache.size()).isEqualTo(2);
        Embedding computed = model.embed("qwen downloads").content();
        assertThat(cache.get("qwen downloads"))
                .hasValueSatisfying(v -> assertThat(v).containsExactly(computed.vector()));
        assertThat(cache.get("something else")).isEmpty();
    }

    @Test
    void should_ignore_a_cache_made_by_another_model(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("cache.bin");
        EmbeddingCache.write(file, "other-model", TestBots.embeddings(), List.of("text"));

        try (InputStream in = Files.newInputStream(file)) {
            assertThat(EmbeddingCache.read(in, SemanticRanker.MODEL_NAME).size())
                    .isZero();
        }
    }

    @Test
    void should_ship_a_vector_for_every_fact_text_so_start_up_never_waits_for_the_model() {
        KnowledgeBase knowledge = TestBots.knowledge();
        EmbeddingCache bundled = EmbeddingCache.loadBundled(SemanticRanker.MODEL_NAME);
        AtomicInteger modelCalls = new AtomicInteger();

        new SemanticRanker(
                knowledge,
                () -> {
                    modelCalls.incrementAndGet();
                    return TestBots.embeddings();
                },
                bundled);

        assertThat(SemanticRanker.textsToEmbed(knowledge))
                .allSatisfy(t -> assertThat(bundled.get(t)).isPresent());
        assertThat(modelCalls).hasValue(0);
    }

    @Test
    void should_embed_only_the_texts_the_cache_lacks() {
        KnowledgeBase knowledge = TestBots.knowledge();
        SemanticRanker fromCache = new SemanticRanker(
                knowledge, TestBots::embeddings, EmbeddingCache.loadBundled(SemanticRanker.MODEL_NAME));
        SemanticRanker computed = new SemanticRanker(knowledge, TestBots::embeddings, EmbeddingCache.empty());

        var a = fromCache.rank("How many downloads did Qwen get?", 3);
        var b = computed.rank("How many downloads did Qwen get?", 3);

        assertThat(a)
                .extracting(h -> h.fact().id())
                .isEqualTo(b.stream().map(h -> h.fact().id()).toList());
        assertThat(a.get(0).score()).isCloseTo(b.get(0).score(), org.assertj.core.data.Offset.offset(1e-4));
    }
}
