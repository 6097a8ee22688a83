package dev.storybot.answering;

import dev.storybot.core.Answer;
import dev.storybot.core.ChatRequest;
import dev.storybot.core.Language;
import dev.storybot.knowledge.Fact;
import java.util.List;

/**
 * What retrieval found for one question, before any model writes text: the basis for every answer mode.
 *
 * @param request         the question as received
 * @param language        the question's language, which the answer must use
 * @param resolvedQuestion the question with follow-up references resolved (e.g. "her" replaced by "Mira Murati")
 * @param facts           the facts that passed the evidence gate, best first; empty when refused
 * @param retrievalAnswer the complete answer composed from {@code facts} alone (also the fallback for a model)
 * @param history         the conversation's earlier turns, oldest first, excluding this one
 */
public record Evidence(
        ChatRequest request,
        Language language,
        String resolvedQuestion,
        List<Fact> facts,
        Answer retrievalAnswer,
        List<Turn> history) {

    public Evidence {
        facts = List.copyOf(facts);
        history = List.copyOf(history);
    }

    /** True when the story covers the question, so a model may be asked to phrase the answer. */
    public boolean covered() {
        return retrievalAnswer.answered();
    }

    /** The same evidence with {@code note} added to the answer's note (e.g. that it is in English). */
    public Evidence withNote(String note) {
        if (note == null || note.isBlank()) {
            return this;
        }
        String merged = retrievalAnswer.optionalNote().map(n -> n + " " + note).orElse(note);
        return new Evidence(request, language, resolvedQuestion, facts, retrievalAnswer.withNote(merged), history);
    }
}
