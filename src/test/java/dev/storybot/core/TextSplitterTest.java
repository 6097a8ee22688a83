package dev.storybot.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextSplitterTest {

    @Test
    void should_keep_short_text_whole() {
        assertThat(TextSplitter.split("  Short answer.  ", 2000)).containsExactly("Short answer.");
    }

    @Test
    void should_split_on_sentence_boundaries() {
        assertThat(TextSplitter.split("One two three. Four five six.", 20))
                .containsExactly("One two three.", "Four five six.");
    }

    @Test
    void should_prefer_paragraph_breaks() {
        String text = "a".repeat(30) + "\n\n" + "b".repeat(30);

        assertThat(TextSplitter.split(text, 50)).containsExactly("a".repeat(30), "b".repeat(30));
    }

    @Test
    void should_fit_every_chunk_and_lose_no_words_in_a_5000_character_text() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < 5000; i++) {
            text.append("Sentence number ").append(i).append(" says something. ");
        }

        List<String> chunks = TextSplitter.split(text.toString(), 2000);

        assertThat(chunks).hasSize(3).allSatisfy(c -> assertThat(c.length()).isLessThanOrEqualTo(2000));
        assertThat(String.join(" ", chunks).replaceAll("\\s+", " "))
                .isEqualTo(text.toString().strip());
    }

    @Test
    void should_close_and_reopen_a_code_block_that_is_cut() {
        String code = "```\n" + "line of code\n".repeat(20) + "```";

        List<String> chunks = TextSplitter.split(code, 120);

        assertThat(chunks).hasSizeGreaterThan(1).allSatisfy(chunk -> {
            assertThat(chunk.length()).isLessThanOrEqualTo(120);
            assertThat(chunk.split("```", -1).length % 2)
                    .as("balanced fences in %s", chunk)
                    .isEqualTo(1);
        });
    }

    @Test
    void should_hard_cut_text_without_spaces_without_splitting_surrogate_pairs() {
        String emoji = "😀".repeat(100);

        List<String> chunks = TextSplitter.split(emoji, 51);

        assertThat(String.join("", chunks)).isEqualTo(emoji);
        chunks.forEach(c -> assertThat(Character.isLowSurrogate(c.charAt(0))).isFalse());
    }
}
