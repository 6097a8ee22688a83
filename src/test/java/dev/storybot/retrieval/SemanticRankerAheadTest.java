package dev.storybot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import dev.storybot.answering.TestBots;
import dev.storybot.knowledge.KnowledgeBase;
import dev.storybot.knowledge.KnowledgeLoader;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A question embedded ahead of its ranking ranks exactly as one embedded when asked, and is taken only once. */
class SemanticRankerAheadTest {

    private static final KnowledgeBase STORY = KnowledgeLoader.derive("article.txt", """
            # A bridge reopens

            [1] The Harlow bridge reopened on Monday after two years of repairs costing 40 million euros.

            [2] Engineers replaced 300 steel cables, the city council said.

            [3] Traffic is expected to reach 20,000 cars a day by spring.
            """);

    /** The real model, counting the texts it is asked to embed. */
    private static final class Counting implements EmbeddingModel {
        final AtomicInteger texts = new AtomicInteger();

        @Override
        public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
            texts.addAndGet(segments.size());
            return TestBots.embeddings().embedAll(segments);
        }
    }

    @Test
    void should_rank_a_question_embedded_ahead_as_one_embedded_when_ranked() {
        SemanticRanker ahead = new SemanticRanker(STORY, TestBots::embeddings, EmbeddingCache.empty());
        SemanticRanker asked = new SemanticRanker(STORY, TestBots::embeddings, EmbeddingCache.empty());
        for (String question : List.of("how much did the repairs cost", "桥修了多久", "차가 몇 대 다녀?")) {
            ahead.startEmbedding(question);

            assertThat(ahead.rank(question, 3)).as(question).isEqualTo(asked.rank(question, 3));
        }
    }

    @Test
    void should_embed_a_question_started_ahead_once_and_take_it_for_one_ranking_only() {
        Counting model = new Counting();
        SemanticRanker ranker = new SemanticRanker(STORY, () -> model, EmbeddingCache.empty());
        int factTexts = model.texts.get();

        ranker.startEmbedding("who replaced the cables");
        ranker.startEmbedding("who replaced the cables");
        ranker.rank("who replaced the cables", 3);
        assertThat(model.texts.get() - factTexts).isEqualTo(1);

        // a later answer to the same question embeds it again: nothing is kept past the ranking that took it
        ranker.rank("who replaced the cables", 3);
        assertThat(model.texts.get() - factTexts).isEqualTo(2);
    }

    @Test
    void should_start_nothing_for_a_blank_question() {
        Counting model = new Counting();
        SemanticRanker ranker = new SemanticRanker(STORY, () -> model, EmbeddingCache.empty());
        int factTexts = model.texts.get();

        ranker.startEmbedding("   ");

        assertThat(ranker.rank("   ", 3)).isEmpty();
        assertThat(model.texts.get()).isEqualTo(factTexts);
    }

    @Test
    void should_fail_a_ranking_as_its_embedding_started_ahead_failed() {
        EmbeddingModel failsOnQuestions = new EmbeddingModel() {
            @Override
            public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
                if (segments.stream().anyMatch(s -> s.text().startsWith("when"))) {
                    throw new IllegalStateException("the model is gone");
                }
                return TestBots.embeddings().embedAll(segments);
            }
        };
        SemanticRanker ranker = new SemanticRanker(STORY, () -> failsOnQuestions, EmbeddingCache.empty());

        ranker.startEmbedding("when did it reopen");

        assertThatThrownBy(() -> ranker.rank("when did it reopen", 3))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the model is gone");
    }

    /** The real model, noting the thread each question text is embedded on, and able to hold one question back. */
    private static final class Watched implements EmbeddingModel {
        final java.util.Map<String, String> threads = new java.util.concurrent.ConcurrentHashMap<>();
        final java.util.concurrent.CountDownLatch held = new java.util.concurrent.CountDownLatch(1);
        final java.util.concurrent.CountDownLatch holding = new java.util.concurrent.CountDownLatch(1);
        final java.util.concurrent.CountDownLatch embedded = new java.util.concurrent.CountDownLatch(1);

        @Override
        public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
            for (TextSegment segment : segments) {
                threads.put(segment.text(), Thread.currentThread().getName());
                if (segment.text().equals("hold")) {
                    holding.countDown();
                    await(held);
                }
            }
            Response<List<Embedding>> response = TestBots.embeddings().embedAll(segments);
            embedded.countDown();
            return response;
        }
    }

    private static void await(java.util.concurrent.CountDownLatch latch) {
        try {
            assertThat(latch.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void should_embed_a_question_started_ahead_on_another_thread() {
        Watched model = new Watched();
        SemanticRanker ranker = new SemanticRanker(STORY, () -> model, cacheOf(STORY));

        ranker.startEmbedding("when did the bridge reopen");
        await(model.embedded);

        assertThat(model.threads).containsEntry("when did the bridge reopen", "storybot-question-embedding");
        assertThat(ranker.rank("when did the bridge reopen", 1)).isNotEmpty();
    }

    @Test
    void should_embed_on_the_answering_thread_a_question_the_other_thread_has_not_reached() {
        Watched model = new Watched();
        SemanticRanker ranker = new SemanticRanker(STORY, () -> model, cacheOf(STORY));
        ranker.startEmbedding("hold");
        await(model.holding); // the embedding thread is busy with another question

        ranker.startEmbedding("how many cables were replaced");
        List<Hit> hits = ranker.rank("how many cables were replaced", 1);
        model.held.countDown();

        assertThat(hits).isNotEmpty();
        assertThat(model.threads)
                .containsEntry(
                        "how many cables were replaced", Thread.currentThread().getName());
    }

    /** A cache holding every fact text, so that only questions reach the model under test. */
    private static EmbeddingCache cacheOf(KnowledgeBase story) {
        List<String> texts = SemanticRanker.textsToEmbed(story);
        List<Embedding> vectors = TestBots.embeddings()
                .embedAll(texts.stream().map(TextSegment::from).toList())
                .content();
        java.util.Map<String, float[]> byText = new java.util.HashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            byText.put(texts.get(i), vectors.get(i).vector());
        }
        return EmbeddingCache.of(byText);
    }
}
