package dev.storybot.answering;

import dev.storybot.core.ChatRequest;

/** Finds the evidence for a question and records the turn in its conversation. */
public interface EvidenceSource {

    /** Retrieves, gates and composes the retrieval answer; never throws for bad input. */
    Evidence gather(ChatRequest request);
}
