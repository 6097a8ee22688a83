package dev.storybot.answering;

import dev.storybot.knowledge.Fact;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stage of the evidence check: a number the question quotes from the story ("the 15% number", "385.3 downloads?")
 * points at the facts that give it, as a name points at the facts about it, in any language.
 */
final class NumberMentions {

    /** Shorter numbers ("3 bullet points", "top 5") are too common to point at one fact. */
    static final int MIN_DIGITS = 2;

    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{N}.,])\\d+(?:[.,]\\d+)*(?![\\p{N}])");

    private NumberMentions() {}

    /** The numbers the text mentions, decimal commas read as points, thousands separators dropped. */
    static Set<String> in(String text) {
        Set<String> numbers = new LinkedHashSet<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            String number = normalize(m.group());
            if (number.replace(".", "").length() >= MIN_DIGITS) {
                numbers.add(number);
            }
        }
        return numbers;
    }

    /** True when the fact's quote or answer gives one of the numbers. */
    static boolean shares(Fact fact, Set<String> numbers) {
        if (numbers.isEmpty()) {
            return false;
        }
        Set<String> given = in(fact.quote() + " " + fact.answer());
        return numbers.stream().anyMatch(given::contains);
    }

    private static String normalize(String number) {
        // "1,000" and "1.000" are thousands; "385,3" is a decimal comma
        if (number.matches("\\d{1,3}([.,]\\d{3})+")) {
            return number.replaceAll("[.,]", "");
        }
        return number.replace(',', '.');
    }
}
