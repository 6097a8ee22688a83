package dev.storybot.answering;

import dev.storybot.knowledge.Entity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Where a text names an entity, by any of its names, ignoring case. */
final class Mentions {

    private Mentions() {}

    /** Where {@code text} first names {@code entity} at or after {@code from}, or -1. */
    static int first(String text, Entity entity, int from) {
        String lower = text.toLowerCase(Locale.ROOT);
        return entity.allNames().stream()
                .mapToInt(name -> lower.indexOf(name.toLowerCase(Locale.ROOT), from))
                .filter(at -> at >= 0)
                .min()
                .orElse(-1);
    }

    /** Where {@code text} last names {@code entity}, or -1. */
    static int last(String text, Entity entity) {
        String lower = text.toLowerCase(Locale.ROOT);
        return entity.allNames().stream()
                .mapToInt(name -> lower.lastIndexOf(name.toLowerCase(Locale.ROOT)))
                .max()
                .orElse(-1);
    }

    /**
     * Each place {@code text} names {@code entity} as a whole word, as {start, end}: no Latin letter or digit right
     * before or after it (a name written against Chinese or Korean, "除了Orbix还", counts).
     */
    static List<int[]> spans(String text, Entity entity) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<int[]> spans = new ArrayList<>();
        for (String name : entity.allNames()) {
            if (name.isBlank()) {
                continue;
            }
            String wanted = name.toLowerCase(Locale.ROOT);
            for (int at = lower.indexOf(wanted); at >= 0; at = lower.indexOf(wanted, at + 1)) {
                int end = at + wanted.length();
                if (!wordCharAt(lower, at - 1) && !wordCharAt(lower, end)) {
                    spans.add(new int[] {at, end});
                }
            }
        }
        return spans;
    }

    private static boolean wordCharAt(String text, int index) {
        if (index < 0 || index >= text.length()) {
            return false;
        }
        char c = text.charAt(index);
        return Character.isDigit(c) || Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
    }

    /** True when {@code text} names {@code entity}. */
    static boolean names(String text, Entity entity) {
        return first(text, entity, 0) >= 0;
    }
}
