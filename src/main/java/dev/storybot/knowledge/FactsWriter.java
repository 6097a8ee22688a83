package dev.storybot.knowledge;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Writes knowledge as a {@code facts.json} that {@link KnowledgeLoader} reads back unchanged, for people to refine. */
public final class FactsWriter {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private FactsWriter() {}

    /** The {@code facts.json} text of the knowledge's story, entities and facts; facts without translations omit them. */
    public static String toJson(KnowledgeBase knowledge) {
        ObjectNode root = JSON.createObjectNode();
        root.set("story", JSON.valueToTree(knowledge.story()));
        root.set("entities", JSON.valueToTree(knowledge.entities()));
        ArrayNode facts = root.putArray("facts");
        for (Fact fact : knowledge.facts()) {
            ObjectNode node = JSON.valueToTree(fact);
            if (fact.zh() == Translation.NONE) {
                node.remove("zh");
            }
            if (fact.ko() == Translation.NONE) {
                node.remove("ko");
            }
            facts.add(node);
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("knowledge cannot be written as JSON", e);
        }
    }
}
