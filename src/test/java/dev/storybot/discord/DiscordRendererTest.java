package dev.storybot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.core.Answer;
import dev.storybot.core.Citation;
import dev.storybot.core.Language;
import dev.storybot.core.Mode;
import dev.storybot.core.Outcome;
import dev.storybot.core.Paragraph;
import dev.storybot.core.StoryBrief;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiscordRendererTest {

    private static Answer answer(String text, List<Citation> citations, String note) {
        return new Answer(text, citations, Outcome.ANSWERED, Mode.RETRIEVAL, null, note, Language.EN);
    }

    @Test
    void should_render_the_answer_then_quoted_citations_with_paragraph_numbers_then_the_note() {
        Answer answer = answer(
                "It reopened on 3 May.",
                List.of(new Citation(1, "reopened on 3 May"), new Citation(2, "Repairs took\n14 months.")),
                "Generation is unavailable; this answer comes from the curated facts.");

        assertThat(DiscordRenderer.answer(answer))
                .containsExactly("It reopened on 3 May.\n\n"
                        + "> reopened on 3 May (¶1)\n"
                        + "> Repairs took 14 months. (¶2)\n\n"
                        + "_Generation is unavailable; this answer comes from the curated facts._");
    }

    @Test
    void should_number_citations_to_match_the_markers_of_a_model_answer() {
        Answer answer = new Answer(
                "Qwen leads [1], Meta fell [2].",
                List.of(new Citation(4, "Qwen model reached"), new Citation(4, "dropped sharply to 15%")),
                Outcome.ANSWERED,
                Mode.LLM,
                "qwen2.5",
                null,
                Language.EN);

        assertThat(DiscordRenderer.answer(answer))
                .containsExactly("Qwen leads [1], Meta fell [2].\n\n"
                        + "> [1] Qwen model reached (¶4)\n"
                        + "> [2] dropped sharply to 15% (¶4)");
    }

    @Test
    void should_render_a_refusal_as_plain_text() {
        Answer refusal = new Answer(
                "The story does not say.", List.of(), Outcome.REFUSED, Mode.RETRIEVAL, null, null, Language.EN);

        assertThat(DiscordRenderer.answer(refusal)).containsExactly("The story does not say.");
    }

    @Test
    void should_break_everyone_and_here_so_they_cannot_ping() {
        List<String> messages = DiscordRenderer.answer(answer("Hi @everyone and @HERE", List.of(), null));

        assertThat(messages).containsExactly("Hi @\u200Beveryone and @\u200BHERE");
        assertThat(DiscordRenderer.partial("@here")).isEqualTo("@\u200Bhere");
    }

    @Test
    void should_split_a_long_answer_into_messages_within_discords_limit() {
        String text = "A sentence that goes on for a while. ".repeat(140).strip();

        List<String> messages = DiscordRenderer.answer(answer(text, List.of(new Citation(3, "cost 210")), null));

        assertThat(text.length()).isGreaterThan(5_000);
        assertThat(messages)
                .hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(message -> assertThat(message)
                        .hasSizeLessThanOrEqualTo(DiscordRenderer.MAX_MESSAGE_CHARS)
                        .isNotBlank());
        assertThat(messages.get(messages.size() - 1)).endsWith("> cost 210 (¶3)");
    }

    @Test
    void should_never_leave_a_code_block_open_across_messages() {
        String code = "```\n" + "line of code\n".repeat(300) + "```";

        List<String> messages = DiscordRenderer.answer(answer(code, List.of(), null));

        assertThat(messages).hasSizeGreaterThan(1).allSatisfy(message -> {
            assertThat(message).hasSizeLessThanOrEqualTo(DiscordRenderer.MAX_MESSAGE_CHARS);
            assertThat(message.split("```", -1).length % 2)
                    .as("even number of fences")
                    .isEqualTo(1);
        });
    }

    @Test
    void should_cut_partial_text_to_one_message() {
        String partial = DiscordRenderer.partial("x".repeat(3_000));

        assertThat(partial).hasSize(DiscordRenderer.MAX_MESSAGE_CHARS).endsWith("…");
    }

    @Test
    void should_render_story_sources_and_help_from_the_brief() {
        StoryBrief story = TestStory.BRIEF;

        assertThat(DiscordRenderer.story(story))
                .singleElement()
                .asString()
                .startsWith("**Harbour bridge reopens after repairs**")
                .contains("210 million dollars", "Source: City Desk", "<https://example.com/bridge>");
        assertThat(DiscordRenderer.sources(story))
                .singleElement()
                .asString()
                .contains("**[1]** The harbour bridge reopened on 3 May.", "**[4]** Traffic is expected");
        assertThat(DiscordRenderer.help(story))
                .singleElement()
                .asString()
                .contains(
                        "/ask",
                        "/story",
                        "/sources",
                        "mention me",
                        "direct message",
                        "• How much did the repairs cost?");
    }

    @Test
    void should_split_long_sources_into_several_messages() {
        List<Paragraph> paragraphs =
                List.of(new Paragraph(1, "Word ".repeat(500)), new Paragraph(2, "Text ".repeat(500)));
        StoryBrief story = new StoryBrief("T", "Source", "https://example.com", "S", paragraphs, List.of());

        List<String> messages = DiscordRenderer.sources(story);

        assertThat(messages)
                .hasSizeGreaterThan(1)
                .allSatisfy(message -> assertThat(message).hasSizeLessThanOrEqualTo(DiscordRenderer.MAX_MESSAGE_CHARS));
    }
}
