package dev.storybot.llm;

import dev.storybot.core.Language;

/**
 * Whether a model's answer is written in the asker's language, judged by the script most of its letters are in:
 * Han for Chinese, Hangul for Korean, anything else for English (names and numbers in Latin letters inside a Chinese
 * or Korean answer are fine, as long as most letters are the asker's script).
 */
final class AnswerLanguage {

    private AnswerLanguage() {}

    /** True when most letters of {@code text} are in the script of {@code language}. */
    static boolean writtenIn(String text, Language language) {
        int han = 0;
        int hangul = 0;
        int other = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (script == Character.UnicodeScript.HAN) {
                han++;
            } else if (script == Character.UnicodeScript.HANGUL) {
                hangul++;
            } else {
                other++;
            }
        }
        return switch (language) {
            case ZH -> han > hangul && han >= other;
            case KO -> hangul > han && hangul >= other;
            case EN -> other >= han + hangul;
        };
    }
}
