package dev.storybot.scoring;

import dev.storybot.core.Paragraph;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Maps the paragraph numbers an evaluation set was written against to those of another version of the same article
 * (an article ingested from its web page numbers captions and notes too), by the words the paragraphs share.
 */
public final class ParagraphMap {

    /** A paragraph is the same when at least this share of its words is found in the other one. */
    static final double SAME_PARAGRAPH_SHARE = 0.6;

    private final Map<Integer, Integer> numbers;

    private ParagraphMap(Map<Integer, Integer> numbers) {
        this.numbers = Map.copyOf(numbers);
    }

    /** The map from each paragraph of {@code written} to the paragraph of {@code scored} that holds its words. */
    public static ParagraphMap between(List<Paragraph> written, List<Paragraph> scored) {
        Map<Integer, Integer> numbers = new HashMap<>();
        for (Paragraph w : written) {
            Set<String> words = words(w.text());
            double best = 0;
            for (Paragraph s : scored) {
                Set<String> shared = new HashSet<>(words);
                shared.retainAll(words(s.text()));
                double share = words.isEmpty() ? 0 : (double) shared.size() / words.size();
                if (share > best) {
                    best = share;
                    if (share >= SAME_PARAGRAPH_SHARE) {
                        numbers.put(w.number(), s.number());
                    }
                }
            }
        }
        return new ParagraphMap(numbers);
    }

    /** The turn with its expected paragraphs renumbered; a paragraph with no counterpart is dropped. */
    public EvalTurn apply(EvalTurn turn) {
        if (!(turn.expectation() instanceof MentionExpectation m)
                || m.paragraphs().isEmpty()) {
            return turn;
        }
        List<Integer> renumbered = m.paragraphs().stream()
                .filter(numbers::containsKey)
                .map(numbers::get)
                .distinct()
                .toList();
        MentionExpectation expectation =
                new MentionExpectation(m.expect(), renumbered.isEmpty() ? m.paragraphs() : renumbered, m.mustMention());
        return new EvalTurn(turn.id(), turn.category(), turn.conversation(), turn.question(), expectation);
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }
}
