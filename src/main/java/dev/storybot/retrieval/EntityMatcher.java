package dev.storybot.retrieval;

import dev.storybot.knowledge.Entity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the story's entities in free text by any of their names, in any language: "Mirra Murati", "murati",
 * "穆拉蒂" and "무라티" all find the same person. Short all-capital aliases such as "US" or "HF" match only in
 * capitals, so the pronoun "us" is not the United States.
 */
public final class EntityMatcher {

    private static final int CASE_SENSITIVE_MAX_LENGTH = 4;

    private record Alias(Entity entity, String name, Pattern pattern) {}

    private final List<Alias> aliases = new ArrayList<>();

    public EntityMatcher(List<Entity> entities) {
        for (Entity entity : entities) {
            for (String name : entity.allNames()) {
                if (!name.isBlank()) {
                    aliases.add(new Alias(entity, name, compile(name)));
                }
            }
        }
        // longest names first, so "Mira Murati" is consumed before "Mira"
        aliases.sort(Comparator.comparingInt((Alias a) -> a.name().length()).reversed());
    }

    private static Pattern compile(String name) {
        boolean cjk = name.codePoints().anyMatch(EntityMatcher::isCjk);
        String quoted = Pattern.quote(name);
        if (cjk) {
            return Pattern.compile(quoted);
        }
        boolean shortUpper = name.length() <= CASE_SENSITIVE_MAX_LENGTH && name.equals(name.toUpperCase(Locale.ROOT));
        // Latin names end at any non-Latin character, so "OpenAI보다" and "Qwen的" still name OpenAI and Qwen
        String bounded = "(?<![\\p{IsLatin}\\p{N}])" + quoted + "(?![\\p{IsLatin}\\p{N}])";
        return shortUpper
                ? Pattern.compile(bounded)
                : Pattern.compile(bounded, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    static boolean isCjk(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HANGUL
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }

    /** The entities named in {@code text}, in order of first match, each once. */
    public List<Entity> find(String text) {
        Set<Entity> found = new LinkedHashSet<>();
        StringBuilder rest = new StringBuilder(text);
        for (Alias alias : aliases) {
            Matcher m = alias.pattern().matcher(rest);
            boolean hit = false;
            while (m.find()) {
                hit = true;
                for (int i = m.start(); i < m.end(); i++) {
                    rest.setCharAt(i, ' ');
                }
            }
            if (hit) {
                found.add(alias.entity());
            }
        }
        return List.copyOf(found);
    }

    /**
     * Where an entity is named in text.
     *
     * @param entity the entity
     * @param start  the first character of the name
     * @param end    one past its last character
     */
    public record Mention(Entity entity, int start, int end) {}

    /** Every naming of an entity in {@code text}, longest names first where they overlap, in text order. */
    public List<Mention> mentions(String text) {
        List<Mention> found = new ArrayList<>();
        StringBuilder rest = new StringBuilder(text);
        for (Alias alias : aliases) {
            Matcher m = alias.pattern().matcher(rest);
            while (m.find()) {
                found.add(new Mention(alias.entity(), m.start(), m.end()));
                for (int i = m.start(); i < m.end(); i++) {
                    rest.setCharAt(i, ' ');
                }
            }
        }
        found.sort(Comparator.comparingInt(Mention::start));
        return found;
    }

    /** {@code text} with every entity name blanked out, to look for names the story does not know. */
    public String withoutEntities(String text) {
        String rest = text;
        for (Alias alias : aliases) {
            rest = alias.pattern().matcher(rest).replaceAll(" ");
        }
        return rest;
    }
}
