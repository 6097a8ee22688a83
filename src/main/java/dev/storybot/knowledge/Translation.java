package dev.storybot.knowledge;

import java.util.List;

/**
 * A fact's answer sentence and search keywords in another language.
 *
 * @param answer   the answer sentence, translated
 * @param keywords words a person asking in that language would use
 */
public record Translation(String answer, List<String> keywords) {

    /** No translation: answers fall back to English with a note. */
    public static final Translation NONE = new Translation(null, List.of());

    public Translation {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }
}
