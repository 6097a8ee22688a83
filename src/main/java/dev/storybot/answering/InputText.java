package dev.storybot.answering;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises what people type: control characters removed; chat markup that is not words taken out (code fences and
 * backticks, Markdown emphasis, headings and quote markers, mention syntax, emoji shortcodes; a link keeps its label
 * and address); white space collapsed; shouting read in lower case.
 */
final class InputText {

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\n\\t]]|\\uFFFD");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern FENCE = Pattern.compile("```[\\w+-]*");
    private static final Pattern LINE_MARKUP = Pattern.compile("(?m)^\\s*(?:>+|#{1,6}(?=\\s)|[-*•](?=\\s))\\s*");
    private static final Pattern EMPHASIS =
            Pattern.compile("(\\*\\*|__|~~|`)|(?<![\\p{L}\\p{N}])[*_](?=\\S)|(?<=\\S)[*_](?![\\p{L}\\p{N}])");
    private static final Pattern MENTION =
            Pattern.compile("<[@#][!&]?[\\w-]+(?:\\|[^>]*)?>|<!(?:here|channel|everyone)[^>]*>");
    private static final Pattern CHAT_LINK = Pattern.compile("<((?:https?|mailto)://?[^|>\\s]+)(?:\\|([^>]*))?>");
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\]]*)\\]\\((\\S+?)\\)");
    private static final Pattern SHORTCODE = Pattern.compile(":(?=[a-z0-9_+-]*[a-z])[a-z0-9_+-]{2,40}:");

    /** Chat shorthand and what it stands for (a language resource). */
    static final String SHORTHAND_RESOURCE = "/language/en/chat-abbreviations.properties";

    private static final java.util.Properties SHORTHANDS = dev.storybot.core.WordList.properties(SHORTHAND_RESOURCE);
    private static final Pattern SHORTHAND = Pattern.compile(
            "(?<![\\p{L}\\p{N}/])(?:"
                    + SHORTHANDS.stringPropertyNames().stream()
                            .sorted(java.util.Comparator.comparingInt(String::length)
                                    .reversed())
                            .map(Pattern::quote)
                            .collect(java.util.stream.Collectors.joining("|"))
                    + ")(?![\\p{L}\\p{N}/]|\\.\\p{L})",
            Pattern.CASE_INSENSITIVE);

    private InputText() {}

    /** Shouting needs this many letters before it is told apart from an acronym or two ("US AI?"). */
    static final int MIN_SHOUTED_LETTERS = 12;
    /** Share of upper-case letters above which a message is shouted, not written with a few names in capitals. */
    static final double SHOUTED_UPPER_SHARE = 0.8;

    static String clean(String raw) {
        String text = CONTROL.matcher(raw).replaceAll("");
        text = MARKDOWN_LINK.matcher(text).replaceAll("$1 $2");
        text = CHAT_LINK
                .matcher(text)
                .replaceAll(m -> Matcher.quoteReplacement(
                        m.group(2) == null || m.group(2).isBlank() ? m.group(1) : m.group(2) + " " + m.group(1)));
        text = MENTION.matcher(text).replaceAll(" ");
        text = FENCE.matcher(text).replaceAll(" ");
        text = LINE_MARKUP.matcher(text).replaceAll("");
        text = EMPHASIS.matcher(text).replaceAll("");
        text = SHORTCODE.matcher(text).replaceAll(" ");
        text = SPACE.matcher(text).replaceAll(" ").strip();
        text = shouted(text) ? text.toLowerCase(Locale.ROOT) : text;
        return expandShorthand(text);
    }

    /** The text with chat shorthand ("ppl", "w/", "qtr") written out, so later stages see ordinary words. */
    static String expandShorthand(String text) {
        return SHORTHAND
                .matcher(text)
                .replaceAll(m -> Matcher.quoteReplacement(
                        SHORTHANDS.getProperty(m.group().toLowerCase(Locale.ROOT), m.group())));
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
