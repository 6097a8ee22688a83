package dev.storybot.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.storybot.core.Paragraph;
import dev.storybot.knowledge.Fact;
import dev.storybot.knowledge.Translation;
import dev.storybot.llm.ChatGenerator;
import dev.storybot.llm.Generation;
import dev.storybot.llm.GroundingCheck;
import dev.storybot.llm.GroundingResult;
import dev.storybot.llm.LlmPrompt;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Asks a chat model for Chinese and Korean translations of the facts' answers, and keeps a translation only when it
 * is short and every number in it is a number of its fact or the fact's paragraph.
 */
public final class AnswerTranslator {

    /** Answers per request: their translations fit well inside {@link FactDrafter#MAX_OUTPUT_TOKENS}. */
    public static final int FACTS_PER_REQUEST = 15;
    /** The instructions sent as the system message. */
    static final String PROMPT_RESOURCE = "/prompts/translate-answers.txt";

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    /**
     * The facts with the translations that passed, and one line per translation or request that did not.
     *
     * @param facts    the facts in the order given, translated where a translation passed
     * @param problems one line each: a request that failed, or a fact id, language and reason
     */
    public record Result(List<Fact> facts, List<String> problems) {}

    private final ChatGenerator model;
    private final Duration timeout;
    private final String instructions;

    /** A translator asking {@code model}, waiting up to {@code timeout} per request. */
    public AnswerTranslator(ChatGenerator model, Duration timeout) {
        this.model = model;
        this.timeout = timeout;
        this.instructions = PromptResource.read(PROMPT_RESOURCE);
    }

    /** The facts, each with the checked translations the model gave for its answer. */
    public Result translate(List<Fact> facts, List<Paragraph> paragraphs) {
        Map<String, JsonNode> replies = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (int from = 0; from < facts.size(); from += FACTS_PER_REQUEST) {
            List<Fact> batch = facts.subList(from, Math.min(facts.size(), from + FACTS_PER_REQUEST));
            Generation reply = model.generate(new LlmPrompt(instructions, userMessage(batch)), timeout);
            String range = "answers " + (from + 1) + "-" + (from + batch.size());
            if (!reply.succeeded()) {
                problems.add("translations of " + range + " not used: the model failed ("
                        + reply.failure().code() + ")");
                continue;
            }
            JsonNode root;
            try {
                root = FactDrafter.parseObject(reply.text(), "translations");
            } catch (IllegalArgumentException e) {
                problems.add("translations of " + range + " not used: " + e.getMessage());
                continue;
            }
            for (JsonNode t : root.path("translations")) {
                replies.putIfAbsent(DraftValidator.text(t, "id"), t);
            }
        }
        List<Fact> translated = new ArrayList<>();
        for (Fact fact : facts) {
            JsonNode reply = replies.get(fact.id());
            if (reply == null) {
                translated.add(fact);
                continue;
            }
            GroundingCheck check = GroundingCheck.forArticle(paragraphs.stream()
                    .filter(p -> p.number() == fact.paragraph())
                    .toList());
            Translation zh = checked(fact, reply.path("zh"), "zh", check, problems);
            Translation ko = checked(fact, reply.path("ko"), "ko", check, problems);
            translated.add(new Fact(
                    fact.id(),
                    fact.paragraph(),
                    fact.quote(),
                    fact.answer(),
                    fact.attribution(),
                    fact.certainty(),
                    fact.entities(),
                    fact.keywords(),
                    fact.answers(),
                    fact.figures(),
                    fact.paraphrases(),
                    zh == null ? fact.zh() : zh,
                    ko == null ? fact.ko() : ko));
        }
        return new Result(translated, problems);
    }

    /** The translation when it passes the checks; else null, with the reason added to {@code problems}. */
    private static Translation checked(
            Fact fact, JsonNode node, String language, GroundingCheck check, List<String> problems) {
        String answer = DraftValidator.text(node, "answer");
        if (answer.isEmpty()) {
            problems.add("translation dropped " + fact.id() + " " + language + ": no answer");
            return null;
        }
        if (answer.length() > DraftValidator.MAX_ANSWER_CHARS) {
            problems.add("translation dropped " + fact.id() + " " + language + ": answer is " + answer.length()
                    + " characters; the limit is " + DraftValidator.MAX_ANSWER_CHARS);
            return null;
        }
        GroundingResult grounded = check.check(answer, List.of(fact));
        if (!grounded.passed()) {
            problems.add("translation dropped " + fact.id() + " " + language + ": " + grounded.detail());
            return null;
        }
        return new Translation(answer, DraftValidator.strings(node, "keywords"));
    }

    private static String userMessage(List<Fact> batch) {
        StringBuilder out = new StringBuilder("Answers to translate:\n");
        for (Fact f : batch) {
            out.append("- id: ")
                    .append(f.id())
                    .append("\n  answer: ")
                    .append(f.answer())
                    .append('\n');
        }
        return out.toString();
    }
}
