package dev.storybot.answering;

import java.util.regex.Pattern;

/** Normalises what people type: control characters removed, whitespace collapsed, ends trimmed. */
final class InputText {

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\n\\t]]|\\uFFFD");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private InputText() {
    }

    static String clean(String raw) {
        return SPACE.matcher(CONTROL.matcher(raw).replaceAll("")).replaceAll(" ").strip();
    }
}
