package dev.storybot.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storybot.core.Answer;
import dev.storybot.core.ChatRequest;
import dev.storybot.core.PrintableText;
import dev.storybot.settings.SettingsReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Answers one question, or with {@code --json} and no question, a stream of JSON lines from stdin (the stable
 * machine interface).
 */
@Command(
        name = "ask",
        mixinStandardHelpOptions = true,
        description = {
            "Answer one question and exit.",
            "With --json and no question, read JSON lines {\"question\": \"...\", \"conversation\": \"id\"} from"
                    + " stdin and write one JSON answer line per input, in order."
        })
public final class AskCommand implements Callable<Integer> {

    @Mixin
    ConfigOption config = new ConfigOption();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Logger LOG = LoggerFactory.getLogger(AskCommand.class);
    /** A conversation id is the caller's text: logged escaped and no longer than this. */
    private static final int MAX_LOGGED_ID_CHARS = 100;

    @Parameters(arity = "0..1", paramLabel = "QUESTION", description = "The question, in quotes.")
    String question;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @Option(names = "--no-llm", description = "Answer from the story's facts only, even when a model is configured.")
    boolean noLlm;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (question == null && !json) {
            System.err.println("storybot ask: give a QUESTION in quotes, or use --json to read JSON lines from stdin");
            return 2;
        }
        SettingsReader settings = config.reader();
        Storybot bot = Storybot.create(settings.knowledge(), noLlm ? Optional.empty() : settings.llm());
        if (question != null) {
            String conversation = "cli:" + UUID.randomUUID();
            long start = System.nanoTime();
            Answer answer;
            try {
                answer = bot.answerer().answer(new ChatRequest("cli", conversation, "console", question));
            } catch (RuntimeException e) {
                LOG.error(
                        "Answering failed for conversation {}",
                        PrintableText.escape(conversation, MAX_LOGGED_ID_CHARS),
                        e);
                System.err.println("storybot ask: could not answer this question ("
                        + e.getClass().getSimpleName() + ")");
                return 1;
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            out.println(json ? AnswerFormat.json(question, conversation, answer, millis) : AnswerFormat.text(answer));
            return 0;
        }
        return answerJsonLines(bot, out);
    }

    private static int answerJsonLines(Storybot bot, PrintStream out) {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        try {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                out.println(answerLine(bot, line));
            }
            return 0;
        } catch (IOException e) {
            System.err.println("storybot ask: cannot read stdin: " + e.getMessage());
            return 1;
        }
    }

    static String answerLine(Storybot bot, String line) {
        JsonNode input;
        try {
            input = JSON.readTree(line);
        } catch (IOException e) {
            return AnswerFormat.jsonError("not a JSON object: expected {\"question\": \"...\"}");
        }
        if (input == null || !input.isObject() || !input.path("question").isTextual()) {
            return AnswerFormat.jsonError("missing \"question\" (a string)");
        }
        String question = input.get("question").asText();
        JsonNode conv = input.get("conversation");
        String conversation =
                conv != null && conv.isValueNode() && !conv.asText().isBlank()
                        ? conv.asText()
                        : "cli:" + UUID.randomUUID();
        long start = System.nanoTime();
        Answer answer;
        try {
            answer = bot.answerer().answer(new ChatRequest("cli", conversation, "console", question));
        } catch (RuntimeException e) {
            // one question that breaks the answerer must not end the stream: the lines after it still get answers
            LOG.error(
                    "Answering failed for conversation {}", PrintableText.escape(conversation, MAX_LOGGED_ID_CHARS), e);
            return AnswerFormat.jsonError(
                    "could not answer this question (" + e.getClass().getSimpleName() + ")");
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        return AnswerFormat.json(question, conversation, answer, millis);
    }
}
