package dev.storybot.retrieval;

import java.util.List;

/** Ranks the story's facts for a query, best first; one implementation per retrieval signal. */
public interface FactRanker {

    /** At most {@code limit} hits with a positive score, best first. */
    List<Hit> rank(String query, int limit);
}
