package dev.storybot.state;

import java.util.List;

/** The last turns of each conversation, kept where every replica can read them. */
public interface ConversationTurns {

    /** The conversation's remembered turns, oldest first; empty once it has been idle too long. */
    List<StoredTurn> recent(String conversationId);

    /** Appends a turn, forgetting the oldest beyond the number kept. */
    void append(String conversationId, StoredTurn turn);
}
