package dev.storybot.state;

import java.util.List;

/**
 * One turn of a conversation as stored.
 *
 * @param question         as asked
 * @param resolvedQuestion with references resolved
 * @param answer           the answer text
 * @param factIds          the facts the answer cited, empty for refusals
 * @param entityIds        the entities those facts (or the question) are about
 */
public record StoredTurn(
        String question, String resolvedQuestion, String answer, List<String> factIds, List<String> entityIds) {

    public StoredTurn {
        factIds = List.copyOf(factIds);
        entityIds = List.copyOf(entityIds);
    }
}
