package dev.storybot.scoring;

import dev.storybot.core.Answer;
import dev.storybot.knowledge.KnowledgeBase;
import java.util.Optional;

/** What a correct reply to one evaluation turn looks like; says what is wrong with a reply, if anything. */
public interface Expectation {

    /** Whether a correct reply answers (true) or declines (false). */
    boolean answered();

    /** What is wrong with {@code answer}, or empty when it is correct. */
    Optional<String> problem(Answer answer, KnowledgeBase knowledge);

    /** Problems every answered reply shares: too long, or without a citation when one is due. */
    static Optional<String> answerShape(Answer answer, boolean citationDue) {
        if (answer.text().length() > Answer.MAX_TEXT_CHARS) {
            return Optional.of("answer is " + answer.text().length() + " characters");
        }
        if (citationDue && answer.citations().isEmpty()) {
            return Optional.of("no citation");
        }
        return Optional.empty();
    }
}
