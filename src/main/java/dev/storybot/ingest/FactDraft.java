package dev.storybot.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storybot.knowledge.Entity;
import java.util.List;

/**
 * What a model drafted for an article, not yet validated.
 *
 * @param entities the entities it defined, first definition of each id kept
 * @param facts    the fact objects as it wrote them
 * @param failures one line per request whose reply could not be used (those paragraphs keep their derived facts)
 * @param requests how many requests were sent
 */
public record FactDraft(List<Entity> entities, List<JsonNode> facts, List<String> failures, int requests) {

    public FactDraft {
        entities = List.copyOf(entities);
        facts = List.copyOf(facts);
        failures = List.copyOf(failures);
    }
}
