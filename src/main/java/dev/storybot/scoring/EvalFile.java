package dev.storybot.scoring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads evaluation files, JSON lines in either of two formats: one question per line judged by fact ids
 * ({@code {"id", "category", "question", "answered", "facts", "any", "language", "conversation"}}), or one
 * conversation per line judged by what the replies must mention
 * ({@code {"id", "family", "turns": [{"question", "expect", "paragraphs", "must_mention"}]}}).
 */
public final class EvalFile {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EvalFile() {}

    /**
     * The turns of the file, in order.
     *
     * @throws IllegalArgumentException naming the line when a line is not a valid case
     */
    public static List<EvalTurn> read(BufferedReader in) throws IOException {
        List<EvalTurn> turns = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = in.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("line " + number + ": not JSON (" + e.getOriginalMessage() + ")");
            }
            if (node == null || !node.isObject() || !node.path("id").isTextual()) {
                throw new IllegalArgumentException("line " + number + ": expected an object with an \"id\"");
            }
            if (node.has("turns")) {
                addConversation(node, number, turns);
            } else {
                turns.add(factCase(node, number));
            }
        }
        return turns;
    }

    private static EvalTurn factCase(JsonNode node, int number) {
        if (!node.path("question").isTextual()) {
            throw new IllegalArgumentException("line " + number + ": missing \"question\"");
        }
        List<String> facts = new ArrayList<>();
        node.path("facts").forEach(f -> facts.add(f.asText()));
        String id = node.get("id").asText();
        String conversation =
                node.hasNonNull("conversation") ? node.get("conversation").asText() : id;
        return new EvalTurn(
                id,
                node.path("category").asText("uncategorised"),
                conversation,
                node.get("question").asText(),
                new FactExpectation(
                        node.path("answered").asBoolean(),
                        facts,
                        node.path("any").asBoolean(false),
                        node.hasNonNull("language") ? node.get("language").asText() : null));
    }

    private static void addConversation(JsonNode node, int number, List<EvalTurn> into) {
        String id = node.get("id").asText();
        String family = node.path("family").asText("uncategorised");
        int index = 0;
        for (JsonNode turn : node.get("turns")) {
            index++;
            if (!turn.path("question").isTextual() || !turn.path("expect").isTextual()) {
                throw new IllegalArgumentException(
                        "line " + number + ", turn " + index + ": needs \"question\" and \"expect\"");
            }
            List<Integer> paragraphs = new ArrayList<>();
            turn.path("paragraphs").forEach(p -> paragraphs.add(p.asInt()));
            List<List<String>> groups = new ArrayList<>();
            for (JsonNode group : turn.path("must_mention")) {
                List<String> alternatives = new ArrayList<>();
                group.forEach(s -> alternatives.add(s.asText()));
                groups.add(alternatives);
            }
            into.add(new EvalTurn(
                    id + "#" + index,
                    family,
                    id,
                    turn.get("question").asText(),
                    new MentionExpectation(turn.get("expect").asText(), paragraphs, groups)));
        }
    }
}
