package dev.storybot.answering;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a request for the gist that names no topic ("can u break this down in like 3 bullets", "这篇讲的是啥"):
 * at least one word asking for a summary, explanation or shorter version, and nothing else but filler. The words are a
 * language resource.
 */
final class GistRequests {

    /** The word lists (see the file's header for the format). */
    static final String RESOURCE = "/language/gist-requests.txt";

    /** A count this small says how short the answer should be ("3 bullets", "like im 5"); a larger number is a topic. */
    static final int MAX_COUNT = 10;

    private static final Map<String, String> SOURCES = CueFile.sources(RESOURCE);
    private static final Pattern SIGNAL = compile(SOURCES.get("signal"));
    private static final Pattern FILLER = compile(SOURCES.get("filler"));
    private static final Pattern CJK_SIGNAL = compile(SOURCES.get("cjk-signal"));
    private static final Pattern CJK_FILLER = compile(SOURCES.get("cjk-filler"));
    /** A word of a Latin-script language, with its apostrophes and hyphens ("i'm", "explique-moi"). */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’-][\\p{L}\\p{N}]+)*");

    private static final Pattern COUNT = Pattern.compile("\\d{1,2}");
    /** A letter of Chinese, Japanese or Korean, which leaves a topic behind when no list names it. */
    private static final Pattern CJK_LETTER =
            Pattern.compile("[\\p{IsHan}\\p{IsHangul}\\p{IsHiragana}\\p{IsKatakana}]");

    /** True when {@code question} asks for the gist and names nothing else. */
    boolean asksGist(String question) {
        String text = question.toLowerCase(Locale.ROOT).replace('’', '\'');
        int signals = 0;
        Matcher cjkSignal = CJK_SIGNAL.matcher(text);
        while (cjkSignal.find()) {
            signals++;
        }
        text = CJK_FILLER.matcher(CJK_SIGNAL.matcher(text).replaceAll(" ")).replaceAll(" ");
        if (CJK_LETTER.matcher(text).find()) {
            return false;
        }
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            String w = word.group();
            if (SIGNAL.matcher(w).matches()) {
                signals++;
            } else if (!FILLER.matcher(w).matches() && !smallCount(w)) {
                return false;
            }
        }
        return signals > 0;
    }

    private static boolean smallCount(String word) {
        return COUNT.matcher(word).matches() && Integer.parseInt(word) <= MAX_COUNT;
    }

    private static Pattern compile(String alternatives) {
        return Pattern.compile(
                "(?:" + alternatives + ")",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    }
}
