package dev.storybot.answering;

import dev.storybot.knowledge.Entity;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Which kinds of entity a question's names count as: a person, or something specific rather than a country or place. */
final class EntityKinds {

    /** Entity types too many facts mention to say what a question is about. */
    static final List<String> GENERIC_TYPES = List.of("country", "place");

    /**
     * Entity types that act, so that one answers "who": people and the bodies they form (types of the knowledge files;
     * a model, product, place or country does not make or say things).
     */
    static final List<String> AGENT_TYPES =
            List.of("person", "organization", "company", "publication", "agency", "university", "team");

    private EntityKinds() {}

    /** True when {@code entity} is a person or a body of people, one that can answer "who". */
    static boolean agent(Entity entity) {
        return AGENT_TYPES.contains(entity.type());
    }

    /** True when {@code entity} is a country or place rather than something specific. */
    static boolean generic(Entity entity) {
        return GENERIC_TYPES.contains(entity.type());
    }

    /** True when {@code entity} is a person. */
    static boolean person(Entity entity) {
        return EntityAnswers.PERSON.equalsIgnoreCase(entity.type());
    }

    /** Ids of the given entities, except countries and places, which too many facts mention. */
    static Set<String> specific(List<Entity> named) {
        Set<String> ids = new LinkedHashSet<>();
        for (Entity entity : named) {
            if (!generic(entity)) {
                ids.add(entity.id());
            }
        }
        return ids;
    }
}
