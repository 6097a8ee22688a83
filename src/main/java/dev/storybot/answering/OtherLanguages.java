package dev.storybot.answering;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stage of the answering pipeline that recognises questions in languages the bot reads but has no translations for
 * (Spanish, French, German, Portuguese, Japanese, ...): they are answered in English, with a note in the asker's
 * language, and judged by the names they mention rather than by English words.
 */
final class OtherLanguages {

    /** The resource of function words and notes (see its header). */
    static final String RESOURCE = "/language/other-languages.txt";
    /** Distinct function words that make a Latin-script question one language's: one alone may be a loan word. */
    static final int MIN_FUNCTION_WORDS = 2;
    /** Japanese is told by its script (kana), not by words. */
    static final String JAPANESE = "ja";

    /** The notes, by language code. */
    static final String NOTES_RESOURCE = "/language/other-language-notes.properties";

    private static final Map<String, Pattern> WORDS = CueFile.load(RESOURCE);
    private static final Properties NOTES = dev.storybot.core.WordList.properties(NOTES_RESOURCE);

    /** The language code of a question written in one of these languages, or empty (English or unknown). */
    Optional<String> detect(String text) {
        String best = null;
        int bestCount = 0;
        for (Map.Entry<String, Pattern> language : WORDS.entrySet()) {
            Matcher m = language.getValue().matcher(text.toLowerCase(Locale.ROOT));
            Set<String> found = new HashSet<>();
            while (m.find()) {
                found.add(m.group());
            }
            int needed = JAPANESE.equals(language.getKey()) ? 1 : MIN_FUNCTION_WORDS;
            // a function word with a letter English never uses ("cuánto", "über") counts twice: it is no loan word
            int count = found.size()
                    + (int) found.stream().filter(w -> !w.matches("[a-z']+")).count();
            if (count >= needed && count > bestCount) {
                best = language.getKey();
                bestCount = count;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The common function words of language {@code code} ("el", "der", "les"), or null when it has none listed. */
    java.util.regex.Pattern functionWords(String code) {
        return WORDS.get(code);
    }

    /** The one-line note for answers in English to a question in {@code code}. */
    String note(String code) {
        return NOTES.getProperty(code, "");
    }
}
