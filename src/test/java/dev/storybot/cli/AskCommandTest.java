package dev.storybot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storybot.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The stable machine interface: {@code ask --json}, run through the real command line. */
class AskCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;
    private InputStream originalIn;

    @BeforeEach
    void capture() {
        originalOut = System.out;
        originalErr = System.err;
        originalIn = System.in;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(originalOut);
        System.setErr(originalErr);
        System.setIn(originalIn);
    }

    private List<JsonNode> outputLines() throws Exception {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                lines.add(JSON.readTree(line));
            }
        }
        return lines;
    }

    @Test
    void should_answer_json_lines_from_stdin_in_order_keeping_conversations() throws Exception {
        String input = String.join(
                "\n",
                "{\"question\": \"Who founded Thinking Machines Lab?\", \"conversation\": \"t1\"}",
                "{\"question\": \"What was her job before that?\", \"conversation\": \"t1\"}",
                "not json",
                "{\"question\": \"What's the weather in Paris?\"}",
                "");
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));

        int exit = Main.run("ask", "--json");

        assertThat(exit).isEqualTo(0);
        List<JsonNode> lines = outputLines();
        assertThat(lines).hasSize(4);
        JsonNode first = lines.get(0);
        assertThat(first.get("question").asText()).isEqualTo("Who founded Thinking Machines Lab?");
        assertThat(first.get("answered").asBoolean()).isTrue();
        assertThat(first.get("mode").asText()).isEqualTo("retrieval");
        assertThat(first.get("conversation").asText()).isEqualTo("t1");
        assertThat(first.get("latency_ms").isIntegralNumber()).isTrue();
        assertThat(first.get("citations").get(0).get("paragraph").asInt()).isEqualTo(3);
        assertThat(first.get("citations").get(0).get("quote").asText()).contains("Mirra Murati");
        assertThat(lines.get(1).get("answer").asText()).contains("Chief Technology Officer");
        assertThat(lines.get(2).get("error").asText()).contains("not a JSON object");
        assertThat(lines.get(3).get("answered").asBoolean()).isFalse();
        assertThat(lines.get(3).get("citations")).isEmpty();
    }

    @Test
    void should_keep_the_json_stream_going_through_expensive_questions() throws Exception {
        StringBuilder cjk = new StringBuilder();
        for (int i = 0; i < 600; i++) {
            cjk.appendCodePoint(0x4E00 + i * 3);
        }
        List<String> input = new ArrayList<>();
        input.add(JSON.createObjectNode().put("question", cjk.toString()).toString());
        input.add("{\"question\": \"How many downloads did Qwen get?\", \"conversation\": \"f\"}");
        for (int i = 0; i < 30; i++) {
            input.add(JSON.createObjectNode()
                    .put("question", "and what about Llama" + " please".repeat(120))
                    .put("conversation", "f")
                    .toString());
        }
        input.add("{\"question\": \"Who founded Thinking Machines Lab?\"}");
        System.setIn(new ByteArrayInputStream(String.join("\n", input).getBytes(StandardCharsets.UTF_8)));

        int exit = Main.run("ask", "--json");

        assertThat(exit).isEqualTo(0);
        List<JsonNode> lines = outputLines();
        assertThat(lines).hasSize(input.size());
        assertThat(lines).allSatisfy(line -> assertThat(line.has("error")).isFalse());
        assertThat(lines.get(lines.size() - 1).get("answered").asBoolean()).isTrue();
    }

    @Test
    void should_print_one_json_object_for_one_question() throws Exception {
        int exit = Main.run("ask", "--json", "How many downloads did Qwen get?");

        assertThat(exit).isEqualTo(0);
        JsonNode answer = outputLines().get(0);
        assertThat(answer.get("answer").asText()).contains("385.3 million");
        assertThat(answer.get("answered").asBoolean()).isTrue();
    }

    @Test
    void should_print_the_answer_then_its_sources_as_text() {
        int exit = Main.run("ask", "Is Cursor using DeepSeek?");

        assertThat(exit).isEqualTo(0);
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("suspected").contains("Sources:").contains("[¶3] \"");
    }

    @Test
    void should_explain_usage_without_a_question() {
        int exit = Main.run("ask");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("give a QUESTION in quotes");
    }
}
