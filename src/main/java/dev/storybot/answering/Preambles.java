package dev.storybot.answering;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stage of the answering pipeline that finds the sentence a message ends with after sentences telling something
 * first ("my mom sent this in ALL CAPS and won't go to beijing lol. can u summarize it"), so that a request about the
 * whole story is read without what the preamble names.
 */
final class Preambles {

    /**
     * The end of a sentence that tells rather than asks: a full stop or exclamation mark, in any script; an ellipsis
     * ("the ex-cto's startup... whats it called") trails off within one question.
     */
    private static final Pattern TOLD_END = Pattern.compile("(?<![.…])[.!](?![.…])(?=\\s)|[。！]");
    /** A question mark: a message asking before its last sentence asks two things, which is no preamble. */
    private static final Pattern ASKED = Pattern.compile("[?？]");
    /** The cue file (see its header for the format). */
    static final String RESOURCE = "/language/preambles.txt";
    /** A last sentence saying what not to do ("dont summarize"): read with what comes before it. */
    private static final Pattern NEGATED = CueFile.load(RESOURCE).get("negated");
    /** A last sentence shorter than this is a fragment ("ok.", "lol!"), not the request. */
    static final int MIN_REQUEST_CHARS = 6;

    /** The sentence the message ends with, when sentences that ask nothing come before it. */
    Optional<String> lastSentence(String text) {
        Matcher end = TOLD_END.matcher(text);
        int last = -1;
        while (end.find()) {
            if (end.end() < text.strip().length()) {
                last = end.end();
            }
        }
        if (last < 0) {
            return Optional.empty();
        }
        String before = text.substring(0, last);
        String rest = text.substring(last).strip();
        return ASKED.matcher(before).find()
                        || rest.length() < MIN_REQUEST_CHARS
                        || NEGATED.matcher(rest).find()
                ? Optional.empty()
                : Optional.of(rest);
    }
}
