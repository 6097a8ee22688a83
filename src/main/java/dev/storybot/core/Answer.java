package dev.storybot.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The bot's reply to one {@link ChatRequest}: a direct answer first, then the citations that support it.
 *
 * @param text      the direct answer (at most {@link #MAX_TEXT_CHARS} characters for grounded answers), plain text
 * @param citations verbatim quotes from the article; empty unless {@code outcome} is {@link Outcome#ANSWERED}
 * @param outcome   answered, refused, small talk or invalid input
 * @param mode      retrieval or LLM
 * @param model     the model name when {@code mode} is {@link Mode#LLM}, else null
 * @param note      an optional short notice shown after the answer (e.g. "generation is unavailable"), else null
 * @param language  the language the answer is written in
 */
public record Answer(
        String text,
        List<Citation> citations,
        Outcome outcome,
        Mode mode,
        String model,
        String note,
        Language language) {

    /** Longest direct answer, in characters, before citations. */
    public static final int MAX_TEXT_CHARS = 300;

    public Answer {
        Objects.requireNonNull(text, "text");
        citations = List.copyOf(citations);
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(language, "language");
    }

    /** True when the story covers the question and the answer is grounded in it. */
    public boolean answered() {
        return outcome.answered();
    }

    /** The note, if any. */
    public Optional<String> optionalNote() {
        return Optional.ofNullable(note);
    }

    /**
     * The label to show before citation {@code index} (0-based): {@code "[1] "} in LLM mode, whose text refers to its
     * sources by number, else empty.
     */
    public String citationLabel(int index) {
        return mode == Mode.LLM ? "[" + (index + 1) + "] " : "";
    }

    /** A copy with a notice appended (e.g. that generation fell back to retrieval). */
    public Answer withNote(String newNote) {
        return new Answer(text, citations, outcome, mode, model, newNote, language);
    }
}
