package dev.storybot.answering;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stage of the answering pipeline that splits a message asking two questions ("who founded it and what model
 * inspired them") at the joint the language resource describes, so that each part is answered on its own.
 */
final class TwoQuestions {

    /** The joints (see the file's header). */
    static final String RESOURCE = "/language/two-questions.txt";
    /** A part shorter than this is a fragment ("and why"), which the whole message answers better. */
    static final int MIN_PART_CHARS = 8;

    private static final Pattern SPLIT = CueFile.load(RESOURCE).get("split");
    /** A second part that only asks which one the first meant ("which one?"): no question of its own. */
    private static final Pattern CONTINUES = CueFile.load(RESOURCE).get("continues");

    /** The two questions of {@code text}, or empty when it asks one. */
    Optional<List<String>> split(String text) {
        Matcher joint = SPLIT.matcher(text);
        while (joint.find()) {
            String first = text.substring(0, joint.start()).strip();
            String second = text.substring(joint.end()).strip();
            if (first.length() >= MIN_PART_CHARS
                    && second.length() >= MIN_PART_CHARS
                    && !CONTINUES.matcher(second).matches()) {
                return Optional.of(List.of(first, second));
            }
        }
        return Optional.empty();
    }
}
