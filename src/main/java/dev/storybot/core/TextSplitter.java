package dev.storybot.core;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits long text into chunks that fit a platform's message limit, preferring paragraph, line, sentence and
 * word boundaries, in that order, and never leaving a Markdown code block open across chunks.
 */
public final class TextSplitter {

    private static final String FENCE = "```";

    private TextSplitter() {}

    /**
     * Splits {@code text} into non-blank chunks of at most {@code maxChars} characters each.
     *
     * <p>Example with {@code maxChars = 12}: {@code "One two. Three four."} becomes {@code ["One two.", "Three four."]}.
     * A code block that must be cut is closed at the end of one chunk and reopened at the start of the next, so
     * every chunk renders on its own.
     */
    public static List<String> split(String text, int maxChars) {
        if (maxChars < 2 * (FENCE.length() + 1) + 1) {
            throw new IllegalArgumentException("maxChars too small: " + maxChars);
        }
        List<String> chunks = new ArrayList<>();
        String rest = text.strip();
        boolean reopenFence = false;
        while (!rest.isEmpty()) {
            if (reopenFence) {
                rest = FENCE + "\n" + rest;
            }
            if (rest.length() <= maxChars) {
                chunks.add(rest);
                break;
            }
            // leave room to close a code block that would stay open
            int budget = maxChars - (FENCE.length() + 1);
            int cut = bestCut(rest, budget);
            String chunk = rest.substring(0, cut).stripTrailing();
            reopenFence = fenceOpen(chunk);
            if (reopenFence) {
                chunk = chunk + "\n" + FENCE;
            }
            if (!chunk.isBlank()) {
                chunks.add(chunk);
            }
            rest = rest.substring(cut).strip();
        }
        return chunks;
    }

    private static int bestCut(String text, int budget) {
        String window = text.substring(0, budget);
        for (String boundary : new String[] {"\n\n", "\n", ". ", "。", "! ", "? ", " "}) {
            int at = window.lastIndexOf(boundary);
            if (at > budget / 3) {
                return at + boundary.length();
            }
        }
        // no boundary in a sensible place: hard cut, but never between the two halves of a surrogate pair
        return Character.isHighSurrogate(text.charAt(budget - 1)) ? budget - 1 : budget;
    }

    private static boolean fenceOpen(String chunk) {
        int count = 0;
        for (int at = chunk.indexOf(FENCE); at >= 0; at = chunk.indexOf(FENCE, at + FENCE.length())) {
            count++;
        }
        return count % 2 == 1;
    }
}
