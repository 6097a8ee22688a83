package dev.storybot.ingest;

import java.util.ArrayList;
import java.util.List;

/** Cuts plain text into paragraphs at blank lines and makes each one line of single-spaced text. */
public final class ParagraphSplitter {

    private ParagraphSplitter() {}

    /** The non-empty paragraphs of {@code text}, lines inside a paragraph joined with a space. */
    public static List<String> split(String text) {
        List<String> paragraphs = new ArrayList<>();
        for (String block : text.replace("\uFEFF", "").split("\\R\\s*\\R")) {
            String paragraph = normalize(block);
            if (!paragraph.isEmpty()) {
                paragraphs.add(paragraph);
            }
        }
        return paragraphs;
    }

    /** One line: every run of whitespace (non-breaking spaces included) becomes one space, ends trimmed. */
    public static String normalize(String text) {
        return text.replaceAll("[\\s\\u00A0\\u2007\\u202F\\u200B]+", " ").strip();
    }
}
