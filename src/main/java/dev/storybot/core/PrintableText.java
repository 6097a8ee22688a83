package dev.storybot.core;

/**
 * Makes text from outside (questions, payload fields) safe to print on a terminal or in a log line: control
 * characters, including escape sequences and line breaks, become visible {@code \\uXXXX} escapes.
 */
public final class PrintableText {

    private PrintableText() {}

    /**
     * {@code text} with every C0/C1 control character and every Unicode format or line/paragraph separator replaced
     * by its {@code \\uXXXX} escape; null becomes {@code "null"}.
     *
     * <p>Example: {@code "a\u001B[2Jb\n"} becomes {@code "a\\u001b[2Jb\\u000a"}.
     */
    public static String escape(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (needsEscape(c)) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                out.append(String.format("\\u%04x", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /** As {@link #escape(String)}, cut to at most {@code maxChars} characters of the original text, with "…". */
    public static String escape(String text, int maxChars) {
        if (text != null && text.length() > maxChars) {
            int cut = Character.isHighSurrogate(text.charAt(maxChars - 1)) ? maxChars - 1 : maxChars;
            return escape(text.substring(0, cut)) + "…";
        }
        return escape(text);
    }

    private static boolean needsEscape(char c) {
        int type = Character.getType(c);
        return type == Character.CONTROL
                || type == Character.FORMAT
                || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }
}
