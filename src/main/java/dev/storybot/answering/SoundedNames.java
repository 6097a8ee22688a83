package dev.storybot.answering;

import dev.storybot.knowledge.Entity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Recognises a name written by its sound in Korean or Japanese script ("주르부헨", "パリハピティヤ") as the story's
 * name in Latin letters ("Zurbuchen", "Palihapitiya"): both are reduced to their consonants, read alike where the
 * scripts differ (l and r, v and b, f and p), and compared.
 */
final class SoundedNames {

    /** Consonant outlines shorter than this ("gs" for "기사") match too many names to point at one. */
    static final int MIN_OUTLINE = 3;
    /** Share of an outline that must agree: a transliteration loses a sound or two ("Zurbuchen" as "주르부헨"). */
    static final double MIN_SIMILARITY = 0.75;

    private static final String[] INITIALS = {
        "g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"
    };
    private static final String[] MEDIALS = {
        "a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu",
        "ui", "i"
    };
    private static final String[] FINALS = {
        "", "g", "kk", "gs", "n", "nj", "nh", "d", "l", "lg", "lm", "lb", "ls", "lt", "lp", "lh", "m", "b", "bs", "s",
        "ss", "ng", "j", "ch", "k", "t", "p", "h"
    };
    private static final int HANGUL_FIRST = 0xAC00;
    private static final int HANGUL_LAST = 0xD7A3;
    /** Katakana in the order of the Unicode block from ァ (U+30A1), each with its sound. */
    private static final String[] KATAKANA = {
        "a", "a", "i", "i", "u", "u", "e", "e", "o", "o", "ka", "ga", "ki", "gi", "ku", "gu", "ke", "ge", "ko", "go",
        "sa", "za", "shi", "ji", "su", "zu", "se", "ze", "so", "zo", "ta", "da", "chi", "ji", "", "tsu", "zu", "te",
        "de", "to", "do", "na", "ni", "nu", "ne", "no", "ha", "ba", "pa", "hi", "bi", "pi", "fu", "bu", "pu", "he",
        "be", "pe", "ho", "bo", "po", "ma", "mi", "mu", "me", "mo", "ya", "ya", "yu", "yu", "yo", "yo", "ra", "ri",
        "ru", "re", "ro", "wa", "wa", "wi", "we", "wo", "n", "vu"
    };

    private static final int KATAKANA_FIRST = 0x30A1;

    private record Outline(String outline, Entity entity) {}

    private final List<Outline> outlines = new ArrayList<>();

    SoundedNames(List<Entity> entities) {
        for (Entity entity : entities) {
            List<String> names = new ArrayList<>(entity.aliases());
            names.add(entity.name());
            for (String name : names) {
                for (String word : name.split("[^\\p{IsLatin}]+")) {
                    String outline = outline(word);
                    if (outline.length() >= MIN_OUTLINE) {
                        outlines.add(new Outline(outline, entity));
                    }
                }
            }
        }
    }

    /** True for a letter of the Korean or Japanese sound scripts, in which foreign names are written. */
    static boolean soundScript(int c) {
        return c >= HANGUL_FIRST && c <= HANGUL_LAST || c >= KATAKANA_FIRST && c <= 0x30FA || c == 'ー';
    }

    /** The entity whose name {@code word}, in Korean or Japanese script, sounds like; empty when none is close. */
    Optional<Entity> find(String word) {
        String outline = outline(romanize(word));
        if (outline.length() < MIN_OUTLINE) {
            return Optional.empty();
        }
        Outline best = null;
        double bestSimilarity = 0;
        for (Outline candidate : outlines) {
            double similarity = similarity(outline, candidate.outline());
            if (similarity > bestSimilarity) {
                bestSimilarity = similarity;
                best = candidate;
            }
        }
        return bestSimilarity >= MIN_SIMILARITY ? Optional.of(best.entity()) : Optional.empty();
    }

    /** Korean syllables and katakana in Latin letters, by their sound. */
    static String romanize(String word) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= HANGUL_FIRST && c <= HANGUL_LAST) {
                int index = c - HANGUL_FIRST;
                out.append(INITIALS[index / (21 * 28)])
                        .append(MEDIALS[index % (21 * 28) / 28])
                        .append(FINALS[index % 28]);
            } else if (c >= KATAKANA_FIRST && c - KATAKANA_FIRST < KATAKANA.length) {
                out.append(KATAKANA[c - KATAKANA_FIRST]);
            } else if (Character.isLetter(c)) {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }

    /** The consonants of a romanized word, those the scripts write differently read alike, doubles merged. */
    static String outline(String word) {
        String w = word.toLowerCase(Locale.ROOT)
                .replaceAll("th$", "s") // a final "th" is heard as s ("Smith" as "スミス"), another as t ("Thomas")
                .replace("th", "t")
                .replace("ph", "p")
                .replace("ch", "c")
                .replace("sh", "s")
                .replace("ts", "s")
                .replace('l', 'r')
                .replace('v', 'b')
                .replace('f', 'p')
                .replace('z', 'j')
                .replace('x', 's')
                .replace('q', 'k')
                .replace('c', 'k');
        StringBuilder out = new StringBuilder();
        for (char c : w.toCharArray()) {
            if ("aeiouyhw".indexOf(c) < 0
                    && Character.isLetter(c)
                    && (out.length() == 0 || out.charAt(out.length() - 1) != c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** One minus the edit distance over the longer length. */
    static double similarity(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return 1.0 - (double) previous[b.length()] / Math.max(a.length(), b.length());
    }
}
