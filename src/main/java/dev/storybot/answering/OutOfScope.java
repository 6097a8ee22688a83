package dev.storybot.answering;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Stage of the answering pipeline that recognises requests no news story answers: advice ("should I use X for my
 * project"), the bot's own opinion, and predictions. The cues are a language resource.
 */
final class OutOfScope {

    /** The cue file (see its header for the format). */
    static final String RESOURCE = "/language/out-of-scope.txt";

    private static final Map<String, Pattern> CUES = CueFile.load(RESOURCE);

    /** True when {@code question} asks for advice, an opinion or a prediction rather than what the story says. */
    boolean matches(String question) {
        return CUES.values().stream().anyMatch(cue -> cue.matcher(question).find());
    }
}
