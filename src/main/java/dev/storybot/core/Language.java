package dev.storybot.core;

/** The languages the bot answers in; a question is answered in its own language. */
public enum Language {
    EN("en"),
    ZH("zh"),
    KO("ko");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    /** ISO 639-1 code. */
    public String code() {
        return code;
    }

    /** Detects the language of a question from its script: Hangul means Korean, Han ideographs Chinese, else English. */
    public static Language detect(String text) {
        int han = 0;
        int hangul = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (script == Character.UnicodeScript.HANGUL) {
                hangul++;
            } else if (script == Character.UnicodeScript.HAN) {
                han++;
            }
            i += Character.charCount(cp);
        }
        if (hangul > 0 && hangul >= han / 2) {
            return KO;
        }
        return han > 0 ? ZH : EN;
    }
}
