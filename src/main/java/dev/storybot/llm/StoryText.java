package dev.storybot.llm;

import dev.storybot.core.Language;
import dev.storybot.core.Paragraph;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The article as the model reads it, and what to suggest when it finds no answer.
 *
 * @param headline         the article's headline, or "" when unknown
 * @param paragraphs       the numbered paragraphs, in article order
 * @param exampleQuestions questions to suggest in a refusal, per language; a language may be missing
 */
record StoryText(String headline, List<Paragraph> paragraphs, Map<Language, List<String>> exampleQuestions) {

    StoryText {
        headline = Objects.requireNonNullElse(headline, "").strip();
        paragraphs = List.copyOf(paragraphs);
        exampleQuestions = Map.copyOf(exampleQuestions);
    }

    /** Example questions in {@code language}, else in English, else none. */
    List<String> examples(Language language) {
        return exampleQuestions.getOrDefault(language, exampleQuestions.getOrDefault(Language.EN, List.of()));
    }

    /** True when some paragraph has {@code number}. */
    boolean hasParagraph(int number) {
        return paragraph(number) != null;
    }

    /** The paragraph numbered {@code number}, or null. */
    Paragraph paragraph(int number) {
        for (Paragraph p : paragraphs) {
            if (p.number() == number) {
                return p;
            }
        }
        return null;
    }
}
