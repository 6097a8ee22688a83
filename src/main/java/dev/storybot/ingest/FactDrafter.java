package dev.storybot.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.storybot.core.Paragraph;
import dev.storybot.knowledge.Entity;
import dev.storybot.llm.ChatGenerator;
import dev.storybot.llm.Generation;
import dev.storybot.llm.LlmPrompt;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Asks a chat model to draft the facts and entities of an article as {@code facts.json} JSON, a few paragraphs per
 * request; it parses the replies but trusts none of them (see {@link DraftValidator}).
 */
public final class FactDrafter {

    /** Paragraphs per request: a reply for this many stays well inside a model's output budget. */
    public static final int PARAGRAPHS_PER_REQUEST = 6;
    /** Output tokens per request: a handful of rich facts per paragraph, with keywords and paraphrases. */
    public static final int MAX_OUTPUT_TOKENS = 8_000;
    /** Shortest wait for one request: drafting takes far longer than answering a question. */
    public static final Duration MIN_REQUEST_TIMEOUT = Duration.ofSeconds(180);
    /** The instructions sent as the system message. */
    static final String PROMPT_RESOURCE = "/prompts/draft-facts.txt";
    /** Longest part of a failure detail shown to the user. */
    private static final int MAX_DETAIL_CHARS = 160;

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final ChatGenerator model;
    private final Duration timeout;
    private final String instructions;

    /** A drafter asking {@code model}, waiting up to {@code timeout} per request. */
    public FactDrafter(ChatGenerator model, Duration timeout) {
        this.model = model;
        this.timeout = timeout;
        this.instructions = PromptResource.read(PROMPT_RESOURCE);
    }

    /** The model's draft for the article's paragraphs under {@code headline}. */
    public FactDraft draft(String headline, List<Paragraph> paragraphs) {
        Map<String, Entity> entities = new LinkedHashMap<>();
        List<JsonNode> facts = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (int from = 0; from < paragraphs.size(); from += PARAGRAPHS_PER_REQUEST) {
            List<Paragraph> chunk =
                    paragraphs.subList(from, Math.min(paragraphs.size(), from + PARAGRAPHS_PER_REQUEST));
            String range = "paragraphs " + chunk.get(0).number() + "-"
                    + chunk.get(chunk.size() - 1).number();
            requests++;
            Generation reply =
                    model.generate(new LlmPrompt(instructions, userMessage(headline, chunk, entities)), timeout);
            if (!reply.succeeded()) {
                failures.add(
                        range + ": the model failed (" + reply.failure().code() + ": " + shorten(reply.detail()) + ")");
                continue;
            }
            JsonNode root;
            try {
                root = parse(reply.text());
            } catch (IllegalArgumentException e) {
                failures.add(range + ": " + e.getMessage());
                continue;
            }
            for (JsonNode node : root.path("entities")) {
                entity(node).ifPresent(e -> entities.putIfAbsent(e.id(), e));
            }
            root.path("facts").forEach(facts::add);
        }
        return new FactDraft(List.copyOf(entities.values()), facts, failures, requests);
    }

    /** The reply's JSON object, code fences and text around it ignored; a reply without one is a one-line error. */
    static JsonNode parse(String reply) {
        return parseObject(reply, "facts");
    }

    /** The reply's JSON object, which must hold an array named {@code array}; else a one-line error. */
    static JsonNode parseObject(String reply, String array) {
        int start = reply.indexOf('{');
        int end = reply.lastIndexOf('}');
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("the model's reply is not JSON");
        }
        JsonNode root;
        try {
            root = JSON.readTree(reply.substring(start, end + 1));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the model's reply is not valid JSON (" + e.getOriginalMessage() + ")");
        }
        if (!root.isObject() || !root.path(array).isArray()) {
            throw new IllegalArgumentException("the model's reply has no \"" + array + "\" array");
        }
        return root;
    }

    private static Optional<Entity> entity(JsonNode node) {
        String id = DraftValidator.text(node, "id");
        String name = DraftValidator.text(node, "name");
        String type = DraftValidator.text(node, "type");
        if (id.isEmpty() || name.isEmpty() || type.isEmpty()) {
            return Optional.empty();
        }
        String country = DraftValidator.text(node, "country");
        return Optional.of(new Entity(
                id,
                name,
                type,
                country.isEmpty() || country.equalsIgnoreCase("null") ? null : country,
                DraftValidator.strings(node, "aliases"),
                List.of(),
                List.of()));
    }

    private static String userMessage(String headline, List<Paragraph> chunk, Map<String, Entity> known) {
        StringBuilder out = new StringBuilder();
        out.append("Headline: ").append(headline).append("\n\n");
        if (!known.isEmpty()) {
            out.append("Known entities (reuse these ids; define only new ones):\n");
            known.values()
                    .forEach(e -> out.append("- ")
                            .append(e.id())
                            .append(": ")
                            .append(e.name())
                            .append('\n'));
            out.append('\n');
        }
        out.append("Paragraphs:\n");
        for (Paragraph p : chunk) {
            out.append('[').append(p.number()).append("] ").append(p.text()).append('\n');
        }
        return out.toString();
    }

    private static String shorten(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() <= MAX_DETAIL_CHARS ? line : line.substring(0, MAX_DETAIL_CHARS) + "…";
    }
}
