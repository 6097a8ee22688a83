package dev.storybot.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.core.Answer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AnswerShapingTest {

    @Test
    @DisplayName("an answer over 300 characters is cut at the last sentence end that fits")
    void should_cut_at_sentence_end() {
        String first = "Qwen reached 385.3 million downloads on Hugging Face, surpassing Meta's Llama [1]. ";
        String text = first.repeat(5).strip();

        String shortened = LlmAnswerer.shorten(text);

        assertThat(shortened).hasSizeLessThanOrEqualTo(Answer.MAX_TEXT_CHARS).endsWith("Llama [1].");
        assertThat(text).startsWith(shortened);
    }

    @Test
    @DisplayName("without a sentence end it is cut at a word, never inside a citation marker")
    void should_cut_at_word() {
        String text = ("Qwen leads Llama " + "[1] ").repeat(40);

        String shortened = LlmAnswerer.shorten(text);

        assertThat(shortened).hasSizeLessThanOrEqualTo(Answer.MAX_TEXT_CHARS).endsWith("…");
        assertThat(shortened.replace("…", "")).doesNotMatch("(?s).*\\[\\d*$");
    }

    @Test
    @DisplayName("short answers are kept as they are")
    void should_keep_short_answers() {
        assertThat(LlmAnswerer.shorten("Qwen leads [1].")).isEqualTo("Qwen leads [1].");
    }

    @Test
    @DisplayName("reasoning blocks are removed, including one still open at the end of a stream")
    void should_hide_thinking() {
        assertThat(LlmAnswerer.visible("<think>a\nb</think>\nQwen leads [1].")).isEqualTo("Qwen leads [1].");
        assertThat(LlmAnswerer.visible("<think>still thinking")).isEmpty();
        assertThat(LlmAnswerer.visible(null)).isEmpty();
    }
}
