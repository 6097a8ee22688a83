package dev.storybot.slack;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Converts between Slack's message markup and plain text: escaping output, decoding input. */
public final class SlackMarkup {

    /** A Slack control sequence such as {@code <@U123>}, {@code <!channel>}, {@code <#C1|general>} or a link. */
    private static final Pattern CONTROL = Pattern.compile("<([^<>]*)>");

    private SlackMarkup() {}

    /**
     * Escapes {@code &}, {@code <} and {@code >} so that Slack shows the text literally and no mention, broadcast
     * ({@code <!channel>}, {@code <!here>}, {@code <!everyone>}) or link can be produced from it.
     */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Turns a message as Slack delivers it into the plain text the user typed, for the answerer.
     *
     * <p>Mentions of {@code botUserId} are removed; other mentions and broadcasts become {@code @name},
     * channels {@code #name}, links their label or address; {@code &amp;}, {@code &lt;}, {@code &gt;} are decoded.
     * Example: {@code "<@UBOT> is <!here> &lt;ok&gt;?"} becomes {@code "is @here <ok>?"}.
     *
     * @param botUserId the bot's own user id, or null to keep every mention
     */
    public static String toPlain(String slackText, String botUserId) {
        if (slackText == null) {
            return "";
        }
        Matcher matcher = CONTROL.matcher(slackText);
        StringBuilder out = new StringBuilder(slackText.length());
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(plainControl(matcher.group(1), botUserId)));
        }
        matcher.appendTail(out);
        String decoded =
                out.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
        return decoded.replaceAll("[ \\t]{2,}", " ").strip();
    }

    private static String plainControl(String inner, String botUserId) {
        int bar = inner.indexOf('|');
        String target = bar >= 0 ? inner.substring(0, bar) : inner;
        String label = bar >= 0 ? inner.substring(bar + 1) : null;
        if (target.startsWith("@")) {
            String userId = target.substring(1);
            if (userId.equals(botUserId)) {
                return "";
            }
            return label != null ? "@" + stripLeading(label, '@') : "@" + userId;
        }
        if (target.startsWith("!")) {
            // <!channel>, <!here>, <!everyone>, <!subteam^S123|@team>, <!date^…|fallback>
            if (label != null) {
                return label;
            }
            String name = target.substring(1);
            int caret = name.indexOf('^');
            return "@" + (caret >= 0 ? name.substring(0, caret) : name);
        }
        if (target.startsWith("#")) {
            return label != null ? "#" + stripLeading(label, '#') : target;
        }
        return label != null ? label : target;
    }

    private static String stripLeading(String text, char prefix) {
        return !text.isEmpty() && text.charAt(0) == prefix ? text.substring(1) : text;
    }
}
