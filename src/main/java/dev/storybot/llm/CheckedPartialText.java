package dev.storybot.llm;

import dev.storybot.knowledge.Fact;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shows streamed model text only up to its last complete sentence that passes the {@link GroundingCheck}, with
 * mentions and link syntax neutralised; once a sentence fails, nothing more is shown and the final check decides.
 * Not thread-safe: one instance per streamed answer.
 */
final class CheckedPartialText implements Consumer<String> {

    /** A sentence terminator and the citation markers right after it, which belong to the sentence. */
    private static final Pattern TERMINATOR = Pattern.compile("([.!?。！？])((?:\\s*\\[\\d+])*)");

    private static final String CJK_TERMINATORS = "。！？";
    private static final String ZERO_WIDTH_SPACE = "\u200B";

    private final GroundingCheck check;
    private final List<Fact> facts;
    private final List<String> context;
    private final Consumer<String> shown;
    private int shownLength;
    private boolean stopped;

    CheckedPartialText(GroundingCheck check, List<Fact> facts, Consumer<String> shown) {
        this(check, facts, List.of(), shown);
    }

    CheckedPartialText(GroundingCheck check, List<Fact> facts, List<String> context, Consumer<String> shown) {
        this.check = check;
        this.facts = facts;
        this.context = List.copyOf(context);
        this.shown = shown;
    }

    /** Takes the whole visible text so far; passes on its checked complete sentences when they have grown. */
    @Override
    public void accept(String textSoFar) {
        if (stopped) {
            return;
        }
        String complete = completeSentences(textSoFar);
        if (complete.length() <= shownLength) {
            return;
        }
        if (!check.check(complete, facts, context).passed()) {
            stopped = true;
            return;
        }
        shownLength = complete.length();
        shown.accept(neutralise(complete));
    }

    /**
     * The text up to and including its last complete sentence (with its citation markers), or "" when none is
     * complete yet. A Latin terminator ends a sentence only before white space or at the end of the text, and a
     * final "." after a digit does not (it may be the "385." of a "385.3" still arriving); a CJK terminator always
     * does, since it never stands inside a number.
     */
    static String completeSentences(String text) {
        Matcher end = TERMINATOR.matcher(text);
        int last = -1;
        while (end.find()) {
            char terminator = end.group(1).charAt(0);
            int after = end.end();
            boolean atEnd = after == text.length();
            boolean complete = CJK_TERMINATORS.indexOf(terminator) >= 0
                    || (atEnd || Character.isWhitespace(text.charAt(after)))
                            && !(atEnd
                                    && terminator == '.'
                                    && end.group(2).isEmpty()
                                    && end.start() > 0
                                    && Character.isDigit(text.charAt(end.start() - 1)));
            if (complete) {
                last = after;
            }
        }
        return last < 0 ? "" : text.substring(0, last).strip();
    }

    /**
     * {@code text} that cannot notify or link anyone: "@everyone" and mention syntax are broken with a zero-width
     * space, and a Markdown link's "](" is separated so that it renders as plain text.
     */
    static String neutralise(String text) {
        return text.replace("@", "@" + ZERO_WIDTH_SPACE)
                .replace("](", "]" + ZERO_WIDTH_SPACE + "(")
                .replace("<!", "<" + ZERO_WIDTH_SPACE + "!");
    }
}
