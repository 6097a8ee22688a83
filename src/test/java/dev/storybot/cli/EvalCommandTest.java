package dev.storybot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.Main;
import dev.storybot.testing.FakeOpenAiServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code storybot eval FILE}, run through the real command line on both evaluation formats. */
class EvalCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;

    @BeforeEach
    void capture() {
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    @Test
    void should_print_per_category_scores_and_the_misses() throws Exception {
        Path file = Files.writeString(
                dir.resolve("eval.jsonl"),
                String.join(
                        "\n",
                        "{\"id\": \"f1\", \"category\": \"fact\", \"question\": \"How many downloads did Qwen get?\","
                                + " \"answered\": true, \"facts\": [\"qwen-llama-downloads\"]}",
                        "{\"id\": \"c1\", \"family\": \"followup\", \"language\": \"en\", \"turns\": ["
                                + "{\"question\": \"who founded thinking machines lab?\", \"expect\": \"answer\","
                                + " \"paragraphs\": [3], \"must_mention\": [[\"murati\"]]},"
                                + "{\"question\": \"Who won the football match last night?\", \"expect\": \"refuse\","
                                + " \"paragraphs\": [], \"must_mention\": []},"
                                + "{\"question\": \"who founded thinking machines lab?\", \"expect\": \"answer\","
                                + " \"paragraphs\": [3], \"must_mention\": [[\"no such name\"]]}]}"));

        int exit = Main.run("eval", "--no-llm", file.toString());

        String report = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).isEqualTo(0);
        assertThat(report)
                .contains("score: 3/4 correct (75.0%)")
                .containsPattern("fact +1/ +1")
                .containsPattern("followup +2/ +3")
                .contains("miss c1#3 [followup]")
                .contains("does not mention any of [no such name]");
    }

    @Test
    void should_name_the_line_of_a_broken_file() throws Exception {
        Path file =
                Files.writeString(dir.resolve("broken.jsonl"), "{\"id\": \"a\", \"question\": \"ok?\"}\nnot json\n");

        int exit = Main.run("eval", file.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("broken.jsonl: line 2: not JSON");
    }

    @Test
    void should_say_when_the_file_does_not_exist() {
        int exit = Main.run("eval", dir.resolve("missing.jsonl").toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no such eval file");
    }

    @Test
    void should_score_the_configured_model_when_one_is_configured() throws Exception {
        try (FakeOpenAiServer model = FakeOpenAiServer.start().replyAlways(FakeOpenAiServer.echo())) {
            Path config = Files.writeString(
                    dir.resolve("storybot.properties"),
                    String.join(
                            "\n",
                            "STORYBOT_LLM_BASE_URL=" + model.baseUrl(),
                            "STORYBOT_LLM_MODEL=" + FakeOpenAiServer.MODEL));
            Path file = Files.writeString(
                    dir.resolve("eval.jsonl"),
                    "{\"id\": \"f1\", \"category\": \"fact\", \"question\": \"How many downloads did Qwen get?\","
                            + " \"answered\": true, \"facts\": [\"qwen-llama-downloads\"]}");

            int exit = Main.run("eval", "--config", config.toString(), file.toString());

            assertThat(exit).isEqualTo(0);
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("score: 1/1 correct");
            assertThat(model.completions()).isEqualTo(1);
        }
    }
}
