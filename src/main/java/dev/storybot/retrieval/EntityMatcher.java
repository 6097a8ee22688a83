package dev.storybot.retrieval;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
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

    /**
     * One name of an entity.
     *
     * @param entity  the entity named
     * @param name    the name as the story spells it
     * @param folded  the name with case folded, to skip the pattern cheaply when the text cannot hold it
     * @param pattern the name bounded as a whole word
     */
    private record Alias(Entity entity, String name, String folded, Pattern pattern) {
        Alias(Entity entity, String name) {
            this(entity, name, foldCase(name), compile(name));
        }
    }

    /** A name typed with one slip: the alias meant and where it was typed. */
    private record Slip(Alias alias, int start, int end) {}

    /** Words and names shorter than this are never matched with a typo: too many ordinary words are that close. */
    static final int MISSPELT_MIN_CHARS = 6;

    /** Spaces and hyphens inside a name, which people often leave out. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-]+");

    private static final Pattern LATIN_WORD = Pattern.compile("\\p{IsLatin}+");
    /** Latin words with one space between each ("Alex Holt"). */
    private static final Pattern SPACED_WORDS = Pattern.compile("\\p{IsLatin}+(?: \\p{IsLatin}+)*");

    /**
     * Texts whose entities are remembered: a few questions' worth of texts and every fact answer; beyond it the
     * least recently used are dropped, since matching again is only slower, never different.
     */
    static final int MAX_REMEMBERED_TEXTS = 4_096;

    private final Cache<String, List<Entity>> found = Caffeine.newBuilder()
            .maximumSize(MAX_REMEMBERED_TEXTS)
            .executor(Runnable::run)
            .build();
    private final List<Alias> aliases = new ArrayList<>();
    private final List<Alias> oneWordAliases = new ArrayList<>();
    private final List<Alias> manyWordAliases = new ArrayList<>();

    public EntityMatcher(List<Entity> entities) {
        for (Entity entity : entities) {
            for (String name : entity.allNames()) {
                if (!name.isBlank()) {
                    aliases.add(new Alias(entity, name));
                    // people type "harbourlabs", "harbour-labs" or "하버랩스" for "Harbour Labs" / "하버 랩스"
                    String joined = SEPARATORS.matcher(name).replaceAll("");
                    if (!joined.equals(name) && joined.length() >= MISSPELT_MIN_CHARS) {
                        aliases.add(new Alias(entity, joined));
                    }
                }
            }
        }
        // longest names first, so "Ana Ruiz" is consumed before "Ana"
        aliases.sort(Comparator.comparingInt((Alias a) -> a.name().length()).reversed());
        aliases.stream()
                .filter(a -> a.name().length() >= MISSPELT_MIN_CHARS
                        && a.name().chars().allMatch(Character::isLetter)
                        && a.name().codePoints().noneMatch(EntityMatcher::isCjk))
                .forEach(oneWordAliases::add);
        aliases.stream()
                .filter(a -> a.name().length() >= MISSPELT_MIN_CHARS
                        && a.name().contains(" ")
                        && SPACED_WORDS.matcher(a.name()).matches())
                .forEach(manyWordAliases::add);
    }

    private static Pattern compile(String name) {
        boolean cjk = name.codePoints().anyMatch(EntityMatcher::isCjk);
        String quoted = Pattern.quote(name);
        if (cjk) {
            return Pattern.compile(quoted);
        }
        boolean shortUpper = name.length() <= CASE_SENSITIVE_MAX_LENGTH && name.equals(name.toUpperCase(Locale.ROOT));
        // Latin names end at any non-Latin character, so "Norland보다" and "Harbour的" still name Norland and Harbour
        String bounded = "(?<![\\p{IsLatin}\\p{N}])" + quoted + "(?![\\p{IsLatin}\\p{N}])";
        return shortUpper
                ? Pattern.compile(bounded)
                : Pattern.compile(bounded, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /**
     * {@code text} with each character's case folded as a case-insensitive pattern compares it, one character for
     * one, so that a name matching in any case is a substring of the folded text.
     */
    static String foldCase(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(Character.toUpperCase(chars[i]));
        }
        return new String(chars);
    }

    static boolean isCjk(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HANGUL
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }

    /**
     * The entities named in {@code text}, in order of first match, each once. One question looks up the same texts
     * (itself, its resolved form, earlier turns, fact answers) many times, so results are remembered, bounded.
     */
    public List<Entity> find(String text) {
        return found.get(text, this::match);
    }

    private List<Entity> match(String text) {
        Set<Entity> found = new LinkedHashSet<>();
        List<Mention> exact = new ArrayList<>();
        StringBuilder rest = blankExact(text, exact);
        exact.forEach(mention -> found.add(mention.entity()));
        misspelt(rest).forEach(slip -> found.add(slip.alias().entity()));
        return List.copyOf(found);
    }

    /**
     * Names typed with one letter wrong, missing, extra or two letters swapped ("orbxi", "lumoo"), among the words
     * exact matching left over: only words and one-word names of at least {@link #MISSPELT_MIN_CHARS} letters, so that
     * short names ("Meta", "Qwen") are never guessed from ordinary words, and names of several words typed whole
     * ("alex hlot").
     */
    private List<Slip> misspelt(CharSequence rest) {
        List<Slip> found = new ArrayList<>();
        List<int[]> words = new ArrayList<>();
        Matcher latin = LATIN_WORD.matcher(rest);
        while (latin.find()) {
            words.add(new int[] {latin.start(), latin.end()});
        }
        // "alex hlot", "mara qeull": a name of several words typed with one slip, its other words typed right
        boolean[] taken = new boolean[words.size()];
        for (Alias alias : manyWordAliases) {
            int size = alias.name().split(" ").length;
            for (int i = 0; i + size <= words.size(); i++) {
                int from = words.get(i)[0];
                int to = words.get(i + size - 1)[1];
                if (Math.abs(to - from - alias.name().length()) > 1) {
                    continue; // one edit changes the length by one at most
                }
                String typed = foldCase(rest.subSequence(from, to).toString());
                if (!anyTaken(taken, i, i + size)
                        && SPACED_WORDS.matcher(typed).matches()
                        && withinOneEdit(typed, alias.folded())) {
                    found.add(new Slip(alias, from, to));
                    java.util.Arrays.fill(taken, i, i + size, true);
                }
            }
        }
        for (int w = 0; w < words.size(); w++) {
            if (taken[w]) {
                continue;
            }
            String typed =
                    foldCase(rest.subSequence(words.get(w)[0], words.get(w)[1]).toString());
            if (typed.length() < MISSPELT_MIN_CHARS) {
                continue;
            }
            for (Alias alias : oneWordAliases) {
                if (withinOneEdit(typed, alias.folded())) {
                    found.add(new Slip(alias, words.get(w)[0], words.get(w)[1]));
                    break;
                }
            }
        }
        return found;
    }

    private static boolean anyTaken(boolean[] taken, int from, int to) {
        for (int i = from; i < to; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code a} becomes {@code b} by at most one insertion, deletion, substitution or adjacent swap. */
    public static boolean withinOneEdit(String a, String b) {
        if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) {
            return a.equals(b);
        }
        if (a.length() == b.length() + 1 && a.startsWith(b)) {
            return false; // a name with a letter added at the end is a plural or an ordinary word, not a typo
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (a.length() == b.length()) {
            boolean swap = i + 1 < a.length()
                    && a.charAt(i) == b.charAt(i + 1)
                    && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2));
            return swap || a.substring(i + 1).equals(b.substring(i + 1));
        }
        return a.length() > b.length()
                ? a.substring(i + 1).equals(b.substring(i))
                : a.substring(i).equals(b.substring(i + 1));
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
        StringBuilder rest = blankExact(text, found);
        misspelt(rest).forEach(slip -> found.add(new Mention(slip.alias().entity(), slip.start(), slip.end())));
        found.sort(Comparator.comparingInt(Mention::start));
        return found;
    }

    /**
     * {@code text} with every name typed with one slip spelt as the story spells it ("who's the orbxi guy" becomes
     * "who's the Orbix guy"), so that what reads the question sees the name it means.
     */
    public String spelledOut(String text) {
        List<Slip> slips = misspelt(blankExact(text, new ArrayList<>()));
        if (slips.isEmpty()) {
            return text;
        }
        StringBuilder spelled = new StringBuilder();
        int from = 0;
        for (Slip slip :
                slips.stream().sorted(Comparator.comparingInt(Slip::start)).toList()) {
            spelled.append(text, from, slip.start()).append(slip.alias().name());
            from = slip.end();
        }
        return spelled.append(text.substring(from)).toString();
    }

    /**
     * {@code text} with every name spelt as the story spells it blanked out, longest names first, each naming added
     * to {@code hits}.
     */
    private StringBuilder blankExact(String text, List<Mention> hits) {
        StringBuilder rest = new StringBuilder(text);
        // a name whose letters the text does not hold in any case cannot match; most names are absent from a text
        String folded = foldCase(text);
        for (Alias alias : aliases) {
            if (!folded.contains(alias.folded())) {
                continue;
            }
            Matcher m = alias.pattern().matcher(rest);
            while (m.find()) {
                hits.add(new Mention(alias.entity(), m.start(), m.end()));
                for (int i = m.start(); i < m.end(); i++) {
                    rest.setCharAt(i, ' ');
                }
            }
        }
        return rest;
    }

    /** {@code text} with every entity name, typed right or with one slip, blanked out: what the question says besides. */
    public String withoutEntities(String text) {
        return replacing(text, mention -> true, " ");
    }

    /** {@code text} with each mention that {@code replaced} accepts written as {@code standIn}. */
    public String replacing(String text, java.util.function.Predicate<Mention> replaced, String standIn) {
        StringBuilder rest = new StringBuilder();
        int from = 0;
        for (Mention mention : mentions(text)) {
            if (replaced.test(mention)) {
                rest.append(text, from, mention.start()).append(standIn);
                from = mention.end();
            }
        }
        return rest.append(text.substring(from)).toString();
    }
}
