package dev.storybot.scoring;

import dev.storybot.core.Answer;
import dev.storybot.core.Citation;
import dev.storybot.core.Outcome;
import dev.storybot.knowledge.KnowledgeBase;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A turn judged by what the reply must say (the blind corpus's format, written without the fact file): the right
 * kind of reply, and for an answer at most 300 characters, citing one of the supporting paragraphs (when the
 * article's body supports it), with one string of every {@code mustMention} group in its text.
 *
 * @param expect      {@code answer}, {@code refuse}, {@code chat} or {@code invalid}
 * @param paragraphs  the supporting paragraph numbers; empty when the answer lies outside the numbered body
 * @param mustMention groups of alternatives; a correct answer contains one string of each (case-insensitive)
 */
public record MentionExpectation(String expect, List<Integer> paragraphs, List<List<String>> mustMention)
        implements Expectation {

    /** A reply that answers. */
    public static final String ANSWER = "answer";
    /** A greeting or help reply. */
    public static final String CHAT = "chat";

    public MentionExpectation {
        paragraphs = List.copyOf(paragraphs);
        mustMention = mustMention.stream().map(List::copyOf).toList();
    }

    @Override
    public boolean answered() {
        return ANSWER.equals(expect);
    }

    @Override
    public Optional<String> problem(Answer answer, KnowledgeBase knowledge) {
        if (answered() != answer.answered()) {
            return Optional.of(
                    "expected " + expect + " but was " + answer.outcome().name().toLowerCase(Locale.ROOT));
        }
        if (CHAT.equals(expect) && answer.outcome() != Outcome.SMALL_TALK) {
            return Optional.of(
                    "expected chat but was " + answer.outcome().name().toLowerCase(Locale.ROOT));
        }
        if (!answered()) {
            return Optional.empty();
        }
        Optional<String> shape = Expectation.answerShape(answer, !paragraphs.isEmpty());
        if (shape.isPresent()) {
            return shape;
        }
        if (!paragraphs.isEmpty()
                && answer.citations().stream().map(Citation::paragraph).noneMatch(paragraphs::contains)) {
            return Optional.of("expected a citation of ¶" + paragraphs + " but cited ¶"
                    + answer.citations().stream()
                            .map(Citation::paragraph)
                            .distinct()
                            .toList());
        }
        String text = answer.text().toLowerCase(Locale.ROOT);
        for (List<String> group : mustMention) {
            if (group.stream().noneMatch(s -> text.contains(s.toLowerCase(Locale.ROOT)))) {
                return Optional.of("does not mention any of " + group);
            }
        }
        return Optional.empty();
    }
}
