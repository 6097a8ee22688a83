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

    /**
     * A sentence is complete at a terminator followed by white space, or ending the text after a non-digit (so the
     * "385." of a "385.3" still arriving is not an end), or at a CJK terminator, which never stands inside a number.
     */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s)|(?<!\\d)[.!?]$|[。！？]");
    private static final String ZERO_WIDTH_SPACE = "\u200B";

    private final GroundingCheck check;
    private final List<Fact> facts;
    private final Consumer<String> shown;
    private int shownLength;
    private boolean stopped;

    CheckedPartialText(GroundingCheck check, List<Fact> facts, Consumer<String> shown) {
        this.check = check;
        this.facts = facts;
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
        if (!check.check(complete, facts).passed()) {
            stopped = true;
            return;
        }
        shownLength = complete.length();
        shown.accept(neutralise(complete));
    }

    /** The text up to and including its last sentence terminator, or "" when no sentence is complete yet. */
    static String completeSentences(String text) {
        Matcher end = SENTENCE_END.matcher(text);
        int last = -1;
        while (end.find()) {
            last = end.end();
        }
        return last < 0 ? "" : text.substring(0, last).strip();
    }

    /**
     * {@code text} that cannot notify or link anyone: "@everyone" and mention syntax are broken with a zero-width
     * space, and a Markdown link's "](" is separated so that it renders as plain text.
     */
    static String neutralise(String text) {
        return text.replace("@", "@" + ZERO_WIDTH_SPACE).replace("](", "]" + ZERO_WIDTH_SPACE + "(")
                .replace("<!", "<" + ZERO_WIDTH_SPACE + "!");
    }
}
