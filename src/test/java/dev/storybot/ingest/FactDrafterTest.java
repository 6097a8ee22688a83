package dev.storybot.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.core.Paragraph;
import dev.storybot.llm.ChatGenerator;
import dev.storybot.llm.Generation;
import dev.storybot.llm.LlmPrompt;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The drafter's requests: a few paragraphs each, entities carried over, a bad reply costing only its paragraphs. */
class FactDrafterTest {

    /** Answers the requests in order with these replies (null: the model fails) and keeps every prompt. */
    private static final class ScriptedModel implements ChatGenerator {

        private final List<String> replies;
        private final List<LlmPrompt> prompts = new ArrayList<>();

        ScriptedModel(List<String> replies) {
            this.replies = replies;
        }

        @Override
        public Generation generate(LlmPrompt prompt, Duration timeout) {
            prompts.add(prompt);
            String reply = replies.get(prompts.size() - 1);
            return reply == null ? Generation.failed(Generation.Failure.TIMEOUT, "no response") : Generation.of(reply);
        }

        @Override
        public Generation stream(LlmPrompt prompt, Duration stall, Duration total, Consumer<String> partialText) {
            return generate(prompt, total);
        }

        @Override
        public String modelName() {
            return "scripted";
        }
    }

    private static final List<Paragraph> ARTICLE = IntStream.rangeClosed(1, 2 * FactDrafter.PARAGRAPHS_PER_REQUEST + 1)
            .mapToObj(n -> new Paragraph(n, "Paragraph number " + n + " says something."))
            .toList();

    @Test
    void should_send_the_article_a_few_paragraphs_at_a_time_and_reuse_the_entities_already_defined() {
        ScriptedModel model = new ScriptedModel(List.of(
                "```json\n{\"entities\": [{\"id\": \"acme\", \"name\": \"Acme\", \"type\": \"company\"}],"
                        + " \"facts\": [{\"id\": \"a\"}]}\n```",
                "{\"entities\": [{\"id\": \"acme\", \"name\": \"Other\", \"type\": \"company\"}], \"facts\": [{\"id\": \"b\"}]}",
                "{\"facts\": []}"));

        FactDraft draft = new FactDrafter(model, Duration.ofSeconds(1)).draft("Headline", ARTICLE);

        assertThat(draft.requests()).isEqualTo(3);
        assertThat(model.prompts.get(0).user())
                .contains("[1] Paragraph number 1")
                .contains("[" + FactDrafter.PARAGRAPHS_PER_REQUEST + "] ")
                .doesNotContain("[" + (FactDrafter.PARAGRAPHS_PER_REQUEST + 1) + "] ");
        assertThat(model.prompts.get(1).user()).contains("- acme: Acme");
        assertThat(model.prompts.get(2).user()).contains("[" + ARTICLE.size() + "] ");
        assertThat(model.prompts.get(0).system()).contains("\"facts\"");
        assertThat(draft.entities())
                .singleElement()
                .satisfies(e -> assertThat(e.name()).isEqualTo("Acme"));
        assertThat(draft.facts()).hasSize(2);
        assertThat(draft.failures()).isEmpty();
    }

    @Test
    void should_list_a_failed_or_unreadable_reply_and_keep_the_others() {
        ScriptedModel model =
                new ScriptedModel(Arrays.asList(null, "{\"facts\": [{\"id\": \"b\"}]}", "{\"facts\": [ broken"));

        FactDraft draft = new FactDrafter(model, Duration.ofSeconds(1)).draft("Headline", ARTICLE);

        assertThat(draft.facts()).hasSize(1);
        assertThat(draft.failures())
                .hasSize(2)
                .first()
                .asString()
                .startsWith("paragraphs 1-" + FactDrafter.PARAGRAPHS_PER_REQUEST + ": the model failed (timeout");
        assertThat(draft.failures().get(1)).contains("the model's reply is not JSON");
    }
}
