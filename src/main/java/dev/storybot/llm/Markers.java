package dev.storybot.llm;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Citation markers such as [1] in model text, in the forms models actually write them. */
final class Markers {

    /** "[1]", "[1, 2]", "[1,2]", "【1】", "［1］", "[1、2]". */
    private static final Pattern ANY_FORM =
            Pattern.compile("[\\[【［]\\s*(\\d{1,3}(?:\\s*[,，、;]\\s*\\d{1,3})*)\\s*[\\]】］]");
    /** A single normalized marker. */
    static final Pattern MARKER = Pattern.compile("\\[(\\d{1,3})]");

    private static final Pattern SEPARATOR = Pattern.compile("\\s*[,，、;]\\s*");

    private Markers() {}

    /** Rewrites every marker form to single markers: "[1, 2]" and "【1】【2】" both become "[1][2]". */
    static String normalize(String text) {
        Matcher m = ANY_FORM.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            StringBuilder markers = new StringBuilder();
            for (String n : SEPARATOR.split(m.group(1).strip())) {
                markers.append('[').append(Integer.parseInt(n)).append(']');
            }
            m.appendReplacement(out, Matcher.quoteReplacement(markers.toString()));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The numbers of the normalized markers in order of appearance, repeats included. */
    static List<Integer> numbers(String normalizedText) {
        List<Integer> numbers = new ArrayList<>();
        Matcher m = MARKER.matcher(normalizedText);
        while (m.find()) {
            numbers.add(Integer.parseInt(m.group(1)));
        }
        return numbers;
    }

    /** The text with its normalized markers replaced by a space, so that "[2]" is not read as the number 2. */
    static String strip(String normalizedText) {
        return MARKER.matcher(normalizedText).replaceAll(" ");
    }
}
