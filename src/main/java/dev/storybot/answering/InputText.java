package dev.storybot.answering;

import java.util.Locale;
import java.util.regex.Pattern;

/** Normalises what people type: control characters removed, whitespace collapsed, ends trimmed. */
final class InputText {

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\n\\t]]|\\uFFFD");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private InputText() {}

    /** Shouting needs this many letters before it is told apart from an acronym or two ("US AI?"). */
    static final int MIN_SHOUTED_LETTERS = 12;
    /** Share of upper-case letters above which a message is shouted, not written with a few names in capitals. */
    static final double SHOUTED_UPPER_SHARE = 0.8;

    static String clean(String raw) {
        String text = SPACE.matcher(CONTROL.matcher(raw).replaceAll(""))
                .replaceAll(" ")
                .strip();
        return shouted(text) ? text.toLowerCase(Locale.ROOT) : text;
    }

    /** True for a message typed in capitals ("WHAT IS THIS ARTICLE ABOUT"): its capitals mark no names. */
    static boolean shouted(String text) {
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c) && (Character.isUpperCase(c) || Character.isLowerCase(c))) {
                letters++;
                upper += Character.isUpperCase(c) ? 1 : 0;
            }
        }
        return letters >= MIN_SHOUTED_LETTERS && upper > SHOUTED_UPPER_SHARE * letters;
    }
}
