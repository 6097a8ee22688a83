package dev.storybot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.element.ButtonElement;
import com.slack.api.util.json.GsonFactory;
import dev.storybot.core.Answer;
import dev.storybot.core.Citation;
import dev.storybot.core.Language;
import dev.storybot.core.Mode;
import dev.storybot.core.Outcome;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Block Kit rendering: layout, escaping and Slack's size limits. */
class SlackRendererTest {

    private static Answer answer(String text, List<Citation> citations, String note) {
        return new Answer(text, citations, Outcome.ANSWERED, Mode.RETRIEVAL, null, note, Language.EN);
    }

    @Test
    @DisplayName("an answer is a section, then citations as ¶N quotes in a context block, the note, then 👍/👎")
    void should_render_answer_citations_note_and_buttons() {
        Answer answer = answer(
                "The vote was on Sunday.",
                List.of(new Citation(2, "held on Sunday"), new Citation(4, "turnout was 61%")),
                "Generation is off.");

        List<SlackMessage> messages = SlackRenderer.answer("when was it?", answer, "ans-7");

        assertThat(messages).hasSize(1);
        SlackMessage message = messages.get(0);
        assertThat(message.text()).isEqualTo("The vote was on Sunday.");
        List<LayoutBlock> blocks = message.blocks();
        assertThat(blocks).hasSize(5);
        assertThat(sectionText(blocks.get(0))).isEqualTo("> when was it?");
        assertThat(sectionText(blocks.get(1))).isEqualTo("The vote was on Sunday.");
        assertThat(contextTexts(blocks.get(2))).containsExactly("¶2 “held on Sunday”", "¶4 “turnout was 61%”");
        assertThat(contextTexts(blocks.get(3))).containsExactly("Generation is off.");
        ActionsBlock actions = (ActionsBlock) blocks.get(4);
        assertThat(actions.getElements())
                .map(element -> (ButtonElement) element)
                .extracting(
                        ButtonElement::getActionId,
                        ButtonElement::getValue,
                        button -> button.getText().getText())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("feedback_up", "ans-7", "👍"),
                        org.assertj.core.groups.Tuple.tuple("feedback_down", "ans-7", "👎"));
    }

    @Test
    @DisplayName("without an answer id there are no buttons, and without a question nothing is quoted")
    void should_omit_buttons_and_quote_when_absent() {
        List<LayoutBlock> blocks = SlackRenderer.answer(null, answer("Hi!", List.of(), null), null)
                .get(0)
                .blocks();

        assertThat(blocks).hasSize(1);
        assertThat(sectionText(blocks.get(0))).isEqualTo("Hi!");
    }

    @Test
    @DisplayName("&, < and > are escaped everywhere, so no broadcast, mention or link can be produced")
    void should_escape_answer_question_citations_and_note() throws Exception {
        String hostile = "<!channel> <!here> <!everyone> <@U123> <https://evil.example|click> & more";
        Answer answer = answer(hostile, List.of(new Citation(1, hostile)), hostile);

        List<SlackMessage> messages = SlackRenderer.answer(hostile, answer, "ans-1");

        String json = GsonFactory.createSnakeCase().toJson(messages.get(0).blocks())
                + messages.get(0).text();
        assertThat(json)
                .doesNotContain("<!", "<@", "<http")
                .contains("&lt;!channel&gt; &lt;!here&gt; &lt;!everyone&gt; &lt;@U123&gt;")
                .contains("&amp; more");
    }

    @Test
    @DisplayName("all mrkdwn texts are verbatim, so Slack does not parse names or mentions in them")
    void should_mark_every_text_verbatim() {
        Answer answer = answer("text", List.of(new Citation(1, "quote")), "note");

        List<LayoutBlock> blocks =
                SlackRenderer.answer("question", answer, "ans-1").get(0).blocks();

        List<MarkdownTextObject> texts = new ArrayList<>();
        for (LayoutBlock block : blocks) {
            if (block instanceof SectionBlock section) {
                texts.add((MarkdownTextObject) section.getText());
            } else if (block instanceof ContextBlock context) {
                context.getElements().forEach(element -> texts.add((MarkdownTextObject) element));
            }
        }
        assertThat(texts)
                .hasSize(4)
                .allSatisfy(text -> assertThat(text.getVerbatim()).isTrue());
    }

    @Test
    @DisplayName("a long answer full of characters to escape is split into sections of at most 3,000 characters")
    void should_split_sections_after_escaping() {
        String text = "<&> ".repeat(5_000); // 20,000 characters, 60,000 once escaped

        List<SlackMessage> messages = SlackRenderer.answer(null, answer(text, List.of(), null), null);

        List<String> sections = messages.stream()
                .flatMap(message -> message.blocks().stream())
                .map(SlackRendererTest::sectionText)
                .toList();
        assertThat(sections).allSatisfy(section -> {
            assertThat(section.length()).isLessThanOrEqualTo(SlackRenderer.MAX_SECTION_CHARS);
            assertThat(section).doesNotContain("<", ">").doesNotEndWith("&").doesNotEndWith("&am");
        });
        String rejoined = String.join(" ", sections)
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&");
        assertThat(rejoined).isEqualTo(text.strip());
    }

    @Test
    @DisplayName("over 50 blocks continue in a second message, with the buttons at the very end")
    void should_continue_in_next_message_beyond_fifty_blocks() {
        String text = "word ".repeat(40_000); // 200,000 characters: 67 sections

        List<SlackMessage> messages = SlackRenderer.answer("q", answer(text, List.of(), null), "ans-9");

        assertThat(messages).hasSize(2);
        assertThat(messages).allSatisfy(message -> {
            assertThat(message.blocks()).hasSizeLessThanOrEqualTo(SlackRenderer.MAX_BLOCKS_PER_MESSAGE);
            assertThat(message.text()).isNotBlank().hasSizeLessThanOrEqualTo(SlackRenderer.MAX_SECTION_CHARS);
        });
        assertThat(messages.get(0).blocks()).hasSize(SlackRenderer.MAX_BLOCKS_PER_MESSAGE);
        List<LayoutBlock> last = messages.get(1).blocks();
        assertThat(last.get(last.size() - 1)).isInstanceOf(ActionsBlock.class);
        assertThat(messages.get(0).blocks()).noneMatch(block -> block instanceof ActionsBlock);
    }

    @Test
    @DisplayName("long and many citations stay within 2,000 characters per element and 10 elements per block")
    void should_split_citations_within_context_limits() {
        List<Citation> citations = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            citations.add(new Citation(i, "quote " + i));
        }
        citations.add(new Citation(3, "x".repeat(5_000)));

        List<LayoutBlock> blocks = SlackRenderer.answer(null, answer("a", citations, null), null)
                .get(0)
                .blocks();

        List<ContextBlock> contexts = blocks.stream()
                .filter(block -> block instanceof ContextBlock)
                .map(block -> (ContextBlock) block)
                .toList();
        assertThat(contexts)
                .hasSize(2)
                .allSatisfy(context ->
                        assertThat(context.getElements()).hasSizeLessThanOrEqualTo(SlackRenderer.MAX_CONTEXT_ELEMENTS));
        List<String> elements = contexts.stream()
                .flatMap(context -> contextTexts(context).stream())
                .toList();
        assertThat(elements)
                .hasSize(15)
                .allSatisfy(element ->
                        assertThat(element.length()).isLessThanOrEqualTo(SlackRenderer.MAX_CONTEXT_ELEMENT_CHARS));
        assertThat(elements.get(12)).startsWith("¶3 “xxx");
    }

    @Test
    @DisplayName("a very long question is quoted on one line, shortened to 500 characters with an ellipsis")
    void should_shorten_quoted_question() {
        String question = "why\n\nso " + "long ".repeat(300);

        String quote = sectionText(SlackRenderer.answer(question, answer("a", List.of(), null), null)
                .get(0)
                .blocks()
                .get(0));

        assertThat(quote).startsWith("> why so long").endsWith("…").doesNotContain("\n");
        assertThat(quote).hasSize(2 + SlackRenderer.MAX_QUOTED_QUESTION_CHARS + 1);
    }

    @Test
    @DisplayName("partial text shows with an ellipsis; notices are escaped too")
    void should_render_partial_and_notice() {
        assertThat(SlackRenderer.partial("The vote <was>").text()).isEqualTo("The vote &lt;was&gt; …");
        assertThat(SlackRenderer.partial("x".repeat(10_000)).text().length())
                .isLessThanOrEqualTo(SlackRenderer.MAX_SECTION_CHARS);
        assertThat(SlackRenderer.notice("Limit: 3 < 4").text()).isEqualTo("Limit: 3 &lt; 4");
    }

    @Test
    @DisplayName("the blocks serialize to the Block Kit JSON Slack expects")
    void should_serialize_to_block_kit_json() throws Exception {
        List<LayoutBlock> blocks = SlackRenderer.answer(
                        null, answer("Sunday.", List.of(new Citation(2, "on Sunday")), null), "ans-3")
                .get(0)
                .blocks();

        JsonNode json =
                new ObjectMapper().readTree(GsonFactory.createSnakeCase().toJson(blocks));

        assertThat(json.get(0).path("type").asText()).isEqualTo("section");
        assertThat(json.get(0).path("text").path("type").asText()).isEqualTo("mrkdwn");
        assertThat(json.get(1).path("type").asText()).isEqualTo("context");
        assertThat(json.get(2).path("type").asText()).isEqualTo("actions");
        assertThat(json.get(2).path("elements").get(0).path("action_id").asText())
                .isEqualTo("feedback_up");
        assertThat(json.get(2).path("elements").get(0).path("text").path("type").asText())
                .isEqualTo("plain_text");
    }

    private static String sectionText(LayoutBlock block) {
        return ((SectionBlock) block).getText().getText();
    }

    private static List<String> contextTexts(LayoutBlock block) {
        return ((ContextBlock) block)
                .getElements().stream()
                        .map(element -> ((MarkdownTextObject) element).getText())
                        .toList();
    }
}
