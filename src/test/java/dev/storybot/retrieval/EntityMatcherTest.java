package dev.storybot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.knowledge.Entity;
import dev.storybot.knowledge.KnowledgeLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntityMatcherTest {

    private static final EntityMatcher MATCHER =
            new EntityMatcher(KnowledgeLoader.loadBundled().entities());

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Who is Mirra Murati?                 | murati",
                "what did mira murati found           | murati",
                "Is Huggingface popular?              | hugging-face",
                "how big is HF                        | hugging-face",
                "NVIDIA's CEO                         | nvidia",
                "Nvidia's CEO                         | nvidia",
                "黄仁勋说了什么                          | huang",
                "차마스는 문샷이 OpenAI보다 어떻다고 했어? | chamath,moonshot,openai",
                "Qwen的下载量                           | qwen"
            })
    void should_find_entities_by_any_name(String text, String expectedIds) {
        assertThat(MATCHER.find(text).stream().map(Entity::id)).containsExactlyInAnyOrder(expectedIds.split(","));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"tell us about it", "a metaphor for llamas", "moonshots are hard"})
    void should_not_mistake_ordinary_words_for_names(String text) {
        assertThat(MATCHER.find(text)).isEmpty();
    }
}
