package dev.storybot.llm;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Citation markers in model text, in the forms models actually write them: [1] cites a supplied fact, [¶1] a
 * paragraph of the article.
 */
final class Markers {

    /** "[1]", "[1, 2]", "[1,2]", "【1】", "［1］", "[1、2]". */
    private static final Pattern ANY_FORM =
            Pattern.compile("[\\[【［]\\s*(\\d{1,3}(?:\\s*[,，、;]\\s*\\d{1,3})*)\\s*[\\]】］]");
    /** A single normalized fact marker. */
    static final Pattern MARKER = Pattern.compile("\\[(\\d{1,3})]");
    /** "[¶3]", "[¶ 3]", "[¶3, ¶4]", "[¶3,4]", "【¶3】". */
    private static final Pattern ANY_PARAGRAPH_FORM =
            Pattern.compile("[\\[【［]\\s*¶\\s*(\\d{1,3}(?:\\s*[,，、;]\\s*¶?\\s*\\d{1,3})*)\\s*[\\]】］]");
    /** A single normalized paragraph marker. */
    static final Pattern PARAGRAPH = Pattern.compile("\\[¶(\\d{1,3})]");
    /** Either normalized marker: group 1 is "¶" for a paragraph, group 2 the number. */
    static final Pattern ANY_MARKER = Pattern.compile("\\[(¶?)(\\d{1,3})]");

    private static final Pattern SEPARATOR = Pattern.compile("\\s*[,，、;]\\s*");

    private Markers() {}

    /**
     * Rewrites every marker form to single markers: "[1, 2]" and "【1】【2】" both become "[1][2]", "[¶3, ¶4]"
     * becomes "[¶3][¶4]".
     */
    static String normalize(String text) {
        return single(single(text, ANY_PARAGRAPH_FORM, "¶"), ANY_FORM, "");
    }

    private static String single(String text, Pattern form, String prefix) {
        Matcher m = form.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            StringBuilder markers = new StringBuilder();
            for (String n : SEPARATOR.split(m.group(1).strip())) {
                markers.append('[')
                        .append(prefix)
                        .append(Integer.parseInt(n.replace("¶", "").strip()))
                        .append(']');
            }
            m.appendReplacement(out, Matcher.quoteReplacement(markers.toString()));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The numbers of the normalized fact markers in order of appearance, repeats included. */
    static List<Integer> numbers(String normalizedText) {
        return numbers(normalizedText, MARKER);
    }

    /** The numbers of the normalized paragraph markers in order of appearance, repeats included. */
    static List<Integer> paragraphs(String normalizedText) {
        return numbers(normalizedText, PARAGRAPH);
    }

    private static List<Integer> numbers(String normalizedText, Pattern marker) {
        List<Integer> numbers = new ArrayList<>();
        Matcher m = marker.matcher(normalizedText);
        while (m.find()) {
            numbers.add(Integer.parseInt(m.group(1)));
        }
        return numbers;
    }

    /** The text with its normalized markers replaced by a space, so that "[2]" is not read as the number 2. */
    static String strip(String normalizedText) {
        return ANY_MARKER.matcher(normalizedText).replaceAll(" ");
    }
}
