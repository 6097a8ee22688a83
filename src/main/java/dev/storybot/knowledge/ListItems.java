package dev.storybot.knowledge;

import java.util.regex.Pattern;

/** Tells a sentence that introduces a list ("The newly selected five are:") and the short lines that are its items. */
public final class ListItems {

    /** A paragraph this short after a line ending in a colon is an item of its list ("Tyvak, Irvine, California"). */
    public static final int ITEM_MAX_WORDS = 12;

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…。！？\"”’]$");

    private ListItems() {}

    /** True when the text only introduces a list that follows it. */
    public static boolean introduces(String text) {
        return text.strip().endsWith(":");
    }

    /** True for a short line without a sentence's end: an item of a list. */
    public static boolean item(String text) {
        String stripped = text.strip();
        return stripped.split("\\s+").length <= ITEM_MAX_WORDS
                && !SENTENCE_END.matcher(stripped).find();
    }
}
