package dev.storybot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.Main;
import dev.storybot.knowledge.Fact;
import dev.storybot.knowledge.KnowledgeBase;
import dev.storybot.knowledge.KnowledgeLoader;
import dev.storybot.knowledge.Translation;
import dev.storybot.testing.FakeOpenAiServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code storybot ingest SOURCE --out DIR --llm} against the fake OpenAI-compatible server on 127.0.0.1. */
class IngestLlmCommandTest {

    /** Two good facts (one quoting across the article's line break) and four that the checks must drop. */
    private static final String DRAFT = """
            {"entities": [
              {"id": "harbour-bridge", "name": "Harbour Bridge", "type": "place", "country": null, "aliases": ["the harbour bridge"]},
              {"id": "council", "name": "The council", "type": "organization", "aliases": []}],
             "facts": [
              {"id": "bridge-reopened", "paragraph": 1,
               "quote": "The harbour bridge reopened to traffic on Friday\\n morning",
               "answer": "The harbour bridge reopened to traffic on Friday morning.", "attribution": "the article",
               "certainty": "stated", "entities": ["harbour-bridge"], "keywords": ["reopen", "bridge", "traffic", "Friday"],
               "answers": ["event", "date"], "figures": [], "paraphrases": ["When did the bridge reopen?"]},
              {"id": "repair-cost", "paragraph": 2, "quote": "The repair cost 310 million dollars",
               "answer": "The repair of the harbour bridge cost 310 million dollars.", "attribution": "the article",
               "certainty": "stated", "entities": ["harbour-bridge"], "keywords": ["cost", "price", "money", "repair"],
               "answers": ["money"], "figures": [{"label": "repair cost", "value": 310, "unit": "million dollars"}],
               "paraphrases": ["How much did the repair cost?"]},
              {"id": "paraphrased-quote", "paragraph": 1, "quote": "The bridge opened again on Friday",
               "answer": "The bridge opened again on Friday.", "attribution": "the article", "certainty": "stated"},
              {"id": "figure-not-quoted", "paragraph": 2, "quote": "about a third more than the council",
               "answer": "The repair cost a third more than the council estimated.", "attribution": "the article",
               "certainty": "stated", "figures": [{"label": "first estimate", "value": 230, "unit": "million dollars"}]},
              {"id": "unknown-entity", "paragraph": 2, "quote": "first estimated",
               "answer": "The council first estimated the cost.", "attribution": "the article", "certainty": "stated",
               "entities": ["mayor"]},
              {"id": "long-answer", "paragraph": 1, "quote": "inspectors found corrosion in its steel cables",
               "answer": "%s", "attribution": "the article", "certainty": "stated"}]}
            """.formatted("Inspectors found corrosion. ".repeat(12));

    @TempDir
    Path dir;

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @Test
    void should_write_the_checked_model_facts_drop_the_bad_ones_and_keep_derived_facts_for_uncovered_paragraphs()
            throws Exception {
        try (FakeOpenAiServer model = FakeOpenAiServer.start().enqueue(FakeOpenAiServer.json(DRAFT))) {
            Path out = dir.resolve("story");

            int exit = Main.run(ingest(model, out));

            assertThat(exit).isEqualTo(0);
            KnowledgeBase written = KnowledgeLoader.load(out);
            assertThat(written.facts()).extracting(Fact::id).contains("bridge-reopened", "repair-cost");
            assertThat(written.fact("bridge-reopened").orElseThrow().quote())
                    .isEqualTo("The harbour bridge reopened to traffic on Friday morning");
            assertThat(written.fact("repair-cost").orElseThrow().figures()).hasSize(1);
            assertThat(written.facts())
                    .extracting(Fact::id)
                    .doesNotContain("paraphrased-quote", "figure-not-quoted", "unknown-entity", "long-answer");
            assertThat(written.facts().stream().filter(f -> f.paragraph() == 3)).isNotEmpty();
            assertThat(written.facts().stream().filter(f -> f.paragraph() == 1))
                    .extracting(Fact::id)
                    .containsExactly("bridge-reopened");
            assertThat(written.entities()).extracting(e -> e.id()).contains("harbour-bridge");
            assertThat(console.stdout())
                    .contains("6 facts drafted, 2 kept, 4 dropped")
                    .contains("dropped paraphrased-quote: quote is not verbatim in paragraph 1")
                    .contains("dropped figure-not-quoted: figure 'first estimate' value 230 is not in the quote")
                    .contains("dropped unknown-entity: unknown entity id 'mayor'")
                    .contains("dropped long-answer: answer is 335 characters; the limit is 300")
                    .contains("derived facts kept for paragraphs without a model fact: 3");
            String prompt = model.takeRequest(Duration.ofSeconds(10)).body();
            assertThat(prompt)
                    .contains("[2] The repair cost 310 million dollars")
                    .contains("\\\"facts\\\"");
        }
    }

    @Test
    void should_keep_only_translations_whose_numbers_are_the_fact_s_own() throws Exception {
        String translations = """
                {"translations": [
                  {"id": "bridge-reopened", "zh": {"answer": "港口大桥于周五上午重新通车。", "keywords": ["大桥", "通车"]},
                   "ko": {"answer": "항구 다리가 금요일 아침에 다시 개통되었다.", "keywords": ["다리", "개통"]}},
                  {"id": "repair-cost", "zh": {"answer": "港口大桥的维修费用为3.2亿美元。", "keywords": ["费用"]},
                   "ko": {"answer": "항구 다리 수리 비용은 3.1억 달러였다.", "keywords": ["비용"]}}]}
                """;
        try (FakeOpenAiServer model =
                FakeOpenAiServer.start().enqueue(FakeOpenAiServer.json(DRAFT), FakeOpenAiServer.json(translations))) {

            int exit = Main.run(append(ingest(model, dir), "--translate"));

            assertThat(exit).isEqualTo(0);
            KnowledgeBase written = KnowledgeLoader.load(dir);
            Fact reopened = written.fact("bridge-reopened").orElseThrow();
            assertThat(reopened.zh().answer()).isEqualTo("港口大桥于周五上午重新通车。");
            assertThat(reopened.ko().keywords()).containsExactly("다리", "개통");
            Fact cost = written.fact("repair-cost").orElseThrow();
            assertThat(cost.zh()).isEqualTo(Translation.NONE);
            assertThat(cost.ko().answer()).isEqualTo("항구 다리 수리 비용은 3.1억 달러였다.");
            assertThat(console.stdout())
                    .contains("translated: 1 of " + written.facts().size() + " answers into Chinese and Korean")
                    .contains("translation dropped repair-cost zh: \"3.2亿")
                    .doesNotContain("translation dropped bridge-reopened");
        }
    }

    @Test
    void should_refuse_translate_without_llm() throws Exception {
        int exit = Main.run(
                "ingest", IngestCommandTest.resource("story.txt").toString(), "--out", dir.toString(), "--translate");

        assertThat(exit).isEqualTo(1);
        assertThat(console.stderr().strip()).isEqualTo("storybot: --translate needs --llm");
    }

    @Test
    void should_write_the_derived_facts_with_a_message_when_the_model_replies_garbage() throws Exception {
        try (FakeOpenAiServer model =
                FakeOpenAiServer.start().enqueue(FakeOpenAiServer.json("Sure! Here are the facts you asked for."))) {

            int exit = Main.run(ingest(model, dir));

            assertThat(exit).isEqualTo(0);
            KnowledgeBase written = KnowledgeLoader.load(dir);
            KnowledgeBase derived = KnowledgeLoader.derive("article.txt", Files.readString(dir.resolve("article.txt")));
            assertThat(written.facts()).isEqualTo(derived.facts());
            assertThat(console.stdout())
                    .contains("model draft not used for paragraphs 1-3: the model's reply is not JSON")
                    .contains("writing the derived facts instead");
            assertThat(console.stderr()).doesNotContain("Exception");
        }
    }

    @Test
    void should_write_the_derived_facts_with_a_message_when_the_model_fails() throws Exception {
        try (FakeOpenAiServer model = FakeOpenAiServer.start()
                .enqueue(FakeOpenAiServer.status(500, "{\"error\":{\"message\":\"overloaded\"}}"))) {

            int exit = Main.run(ingest(model, dir));

            assertThat(exit).isEqualTo(0);
            assertThat(KnowledgeLoader.load(dir).facts()).isNotEmpty();
            assertThat(console.stdout())
                    .contains("model draft not used for paragraphs 1-3: the model failed (server_error")
                    .contains("writing the derived facts instead");
            assertThat(console.stderr()).doesNotContain("Exception").doesNotContain("\tat ");
        }
    }

    @Test
    void should_fail_with_one_line_naming_the_settings_when_no_model_is_configured() throws Exception {
        Path config = Files.writeString(dir.resolve("storybot.properties"), "STORYBOT_LOG_LEVEL=INFO\n");

        int exit = Main.run(
                "ingest",
                IngestCommandTest.resource("story.txt").toString(),
                "--out",
                dir.resolve("story").toString(),
                "--llm",
                "--config",
                config.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(console.stderr().strip().lines()).hasSize(1);
        assertThat(console.stderr())
                .contains("--llm needs a model: set STORYBOT_LLM_BASE_URL and STORYBOT_LLM_MODEL")
                .doesNotContain("Exception");
        assertThat(dir.resolve("story")).doesNotExist();
    }

    private static String[] append(String[] args, String arg) {
        String[] all = Arrays.copyOf(args, args.length + 1);
        all[args.length] = arg;
        return all;
    }

    private String[] ingest(FakeOpenAiServer model, Path out) throws Exception {
        Path config = Files.writeString(
                dir.resolve("storybot.properties"),
                "STORYBOT_LLM_BASE_URL=" + model.baseUrl() + "\nSTORYBOT_LLM_MODEL=" + FakeOpenAiServer.MODEL + "\n");
        return new String[] {
            "ingest",
            IngestCommandTest.resource("story.txt").toString(),
            "--out",
            out.toString(),
            "--llm",
            "--config",
            config.toString()
        };
    }
}
