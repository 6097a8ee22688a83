package dev.storybot.answering;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The last few turns of each conversation, so that follow-ups ("What was her job before that?") can be resolved.
 * Bounded in both directions: old turns and least recently used conversations are forgotten.
 */
public final class ConversationMemory {

    /** Turns kept per conversation. */
    public static final int TURNS_KEPT = 6;
    /** Conversations kept before the least recently used one is dropped. */
    public static final int CONVERSATIONS_KEPT = 10_000;

    /**
     * One remembered turn.
     *
     * @param question         as asked
     * @param resolvedQuestion with references resolved
     * @param answer           the answer text
     * @param factIds          the facts the answer cited, empty for refusals
     * @param entityIds        the entities those facts (or the question) are about
     */
    public record Remembered(String question, String resolvedQuestion, String answer, List<String> factIds,
                             List<String> entityIds) {
    }

    private final Map<String, Deque<Remembered>> conversations =
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Deque<Remembered>> eldest) {
                    return size() > CONVERSATIONS_KEPT;
                }
            };

    /** The conversation's turns, oldest first. */
    public synchronized List<Remembered> turns(String conversationId) {
        Deque<Remembered> turns = conversations.get(conversationId);
        return turns == null ? List.of() : List.copyOf(turns);
    }

    /** The most recent turn that was answered from the story, if any. */
    public synchronized Optional<Remembered> lastAnswered(String conversationId) {
        Deque<Remembered> turns = conversations.get(conversationId);
        if (turns == null) {
            return Optional.empty();
        }
        var it = turns.descendingIterator();
        while (it.hasNext()) {
            Remembered turn = it.next();
            if (!turn.factIds().isEmpty()) {
                return Optional.of(turn);
            }
        }
        return Optional.empty();
    }

    /** Appends a turn, forgetting the oldest beyond {@link #TURNS_KEPT}. */
    public synchronized void remember(String conversationId, Remembered turn) {
        Deque<Remembered> turns = conversations.computeIfAbsent(conversationId, id -> new ArrayDeque<>());
        turns.addLast(turn);
        while (turns.size() > TURNS_KEPT) {
            turns.removeFirst();
        }
    }
}
