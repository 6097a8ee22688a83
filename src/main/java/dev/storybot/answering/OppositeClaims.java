package dev.storybot.answering;

import dev.storybot.core.Language;
import dev.storybot.knowledge.Certainty;
import dev.storybot.knowledge.Fact;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Stage of the answering pipeline that catches a false premise the best fact contradicts: an information question
 * taking for granted a rise the fact says was a fall, a beat the fact says was a miss, or a confirmation ("why did
 * Cursor admit ...") of what the fact only says is suspected. The claim pairs are a language resource.
 */
final class OppositeClaims {

    /** The pair file (see its header for the format). */
    static final String RESOURCE = "/language/opposites.txt";
    /** The pair whose first side is a confirmation; a suspected or reported fact states its second side. */
    static final String CERTAIN_PAIR = "certain";

    /** One pair of opposite claims. */
    private record Pair(String name, Pattern a, Pattern b) {}

    private static final List<Pair> PAIRS = load();

    /** True when {@code question} says one side of a pair, so that a fact could contradict it (a cheap first check). */
    boolean presupposes(String question) {
        return !QuestionCues.yesNo(question) && !askedSides(question).isEmpty();
    }

    /**
     * True when the first of {@code facts} (the best answer) contradicts what {@code question} takes for granted and
     * none of the others (also fit to answer) states it: "so it went up? why" is not corrected by a fact saying sales
     * fell when another says shares rose.
     */
    boolean contradicts(String question, List<Fact> facts, Language language) {
        if (facts.isEmpty() || QuestionCues.yesNo(question)) {
            return false;
        }
        for (Pattern asked : askedSides(question)) {
            if (facts.stream()
                    .skip(1)
                    .anyMatch(f -> asked.matcher(stated(f, language)).find())) {
                return false;
            }
        }
        Fact fact = facts.get(0);
        String stated = stated(fact, language);
        for (Pair pair : PAIRS) {
            boolean saysA = pair.a().matcher(question).find();
            boolean saysB = pair.b().matcher(question).find();
            if (saysA == saysB) {
                continue; // neither side, or both ("did it go up or down")
            }
            Pattern asked = saysA ? pair.a() : pair.b();
            Pattern other = saysA ? pair.b() : pair.a();
            boolean uncertain = fact.certainty() == Certainty.SUSPECTED || fact.certainty() == Certainty.REPORTED;
            boolean statesOther =
                    other.matcher(stated).find() || saysA && uncertain && CERTAIN_PAIR.equals(pair.name());
            if (statesOther && !asked.matcher(stated).find()) {
                return true;
            }
        }
        return false;
    }

    private static String stated(Fact fact, Language language) {
        return fact.quote() + " " + AnswerComposer.answerIn(fact, language);
    }

    /** The side of each pair the question alone says. */
    private static List<Pattern> askedSides(String question) {
        List<Pattern> sides = new ArrayList<>();
        for (Pair pair : PAIRS) {
            boolean saysA = pair.a().matcher(question).find();
            boolean saysB = pair.b().matcher(question).find();
            if (saysA != saysB) {
                sides.add(saysA ? pair.a() : pair.b());
            }
        }
        return sides;
    }

    private static List<Pair> load() {
        Map<String, Pattern> cues = CueFile.load(RESOURCE);
        List<Pair> pairs = new ArrayList<>();
        cues.forEach((name, pattern) -> {
            if (name.endsWith(".a")) {
                String pair = name.substring(0, name.length() - 2);
                pairs.add(new Pair(pair, pattern, cues.get(pair + ".b")));
            }
        });
        return List.copyOf(pairs);
    }
}
