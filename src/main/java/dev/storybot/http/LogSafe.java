package dev.storybot.http;

/**
 * Makes text that came from outside (headers, paths, parts of a request) safe to put into a log line: control and
 * formatting characters (newlines, escape sequences, bidirectional overrides) become {@code \\uXXXX} escapes, and the
 * text is cut short so that nobody can flood or forge log lines through it.
 */
public final class LogSafe {

    /** Enough to recognise a header value or path in a log line; anything longer is cut. */
    public static final int MAX_LOGGED_CHARS = 80;

    private static final String CUT_MARK = "…";

    private LogSafe() {
    }

    /** {@code raw} escaped and cut to {@link #MAX_LOGGED_CHARS}; "null" for null. */
    public static String text(String raw) {
        return text(raw, MAX_LOGGED_CHARS);
    }

    /** {@code raw} escaped and cut to {@code maxChars} characters of the original. */
    public static String text(String raw, int maxChars) {
        if (raw == null) {
            return "null";
        }
        int end = Math.min(raw.length(), maxChars);
        StringBuilder out = new StringBuilder(end + 8);
        for (int i = 0; i < end; i++) {
            char c = raw.charAt(i);
            if (needsEscape(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        if (end < raw.length()) {
            out.append(CUT_MARK);
        }
        return out.toString();
    }

    private static boolean needsEscape(char c) {
        int type = Character.getType(c);
        return c == '\\' || Character.isISOControl(c) || type == Character.FORMAT
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.SURROGATE || type == Character.UNASSIGNED;
    }
}
