package dev.storybot.ingest;

import java.util.ArrayList;
import java.util.List;

/** Cuts plain text into paragraphs at blank lines and makes each one line of single-spaced text. */
public final class ParagraphSplitter {

    private ParagraphSplitter() {}

    /** The non-empty paragraphs of {@code text}, lines inside a paragraph joined with a space. */
    public static List<String> split(String text) {
        return blocks(text).stream().map(ParagraphSplitter::normalize).toList();
    }

    /** The non-blank blocks of {@code text} between blank lines, their line breaks kept. */
    public static List<String> blocks(String text) {
        List<String> blocks = new ArrayList<>();
        for (String block : text.replace("\uFEFF", "").split("\\R\\s*\\R")) {
            if (!block.isBlank()) {
                blocks.add(block.strip());
            }
        }
        return blocks;
    }

    /** One line: every run of whitespace (non-breaking spaces included) becomes one space, ends trimmed. */
    public static String normalize(String text) {
        return text.replaceAll("[\\s\\u00A0\\u2007\\u202F\\u200B]+", " ").strip();
    }
}
