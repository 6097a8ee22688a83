package dev.storybot.answering;

import dev.storybot.core.WordList;
import dev.storybot.retrieval.LexicalRanker;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells whether an English question asks about something besides the names it mentions: its words other than
 * question words, auxiliaries, pronouns and fillers (a language resource) leave search terms.
 */
final class QuestionWords {

    /** The English shaping words (see the file's header). */
    static final String RESOURCE = "/language/en/question-words.txt";

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}']+");
    private static final Set<String> SHAPING = WordList.load(RESOURCE);

    private final LexicalRanker lexical;

    QuestionWords(LexicalRanker lexical) {
        this.lexical = lexical;
    }

    /** True when {@code textWithoutNames} has a word that is neither a shaping word nor a stop word. */
    boolean asksMore(String textWithoutNames) {
        StringBuilder rest = new StringBuilder();
        Matcher m = WORD.matcher(textWithoutNames.toLowerCase(Locale.ROOT));
        while (m.find()) {
            if (!SHAPING.contains(m.group())) {
                rest.append(m.group()).append(' ');
            }
        }
        return !rest.isEmpty() && !lexical.englishTerms(rest.toString()).isEmpty();
    }
}
