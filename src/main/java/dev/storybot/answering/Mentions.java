package dev.storybot.answering;

import dev.storybot.knowledge.Entity;
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

    /** True when {@code text} names {@code entity}. */
    static boolean names(String text, Entity entity) {
        return first(text, entity, 0) >= 0;
    }
}
