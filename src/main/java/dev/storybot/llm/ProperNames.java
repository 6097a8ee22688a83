package dev.storybot.llm;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a capitalised name in English text that no known source spells: a name the model brought in itself (another
 * country, person or company) rather than one it read.
 */
final class ProperNames {

    /** A capitalised word: a name, or an ordinary word that starts a sentence. */
    private static final Pattern CAPITALISED = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{L}\\p{M}\\p{N}]*");

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");
    /** What may stand before a sentence's first word: its end mark, a list bullet, a colon, an opening quote. */
    private static final String SENTENCE_STARTS = ".!?:;•*-–—)\"“‘(\n";
    /**
     * Ordinary words that open an answer's sentences but may be missing from the article: at a sentence's start, a
     * capitalised one of these is no name.
     */
    private static final Set<String> OPENERS = Set.of(
            "yes",
            "no",
            "overall",
            "however",
            "also",
            "briefly",
            "summary",
            "tl",
            "dr",
            "i",
            "in",
            "short",
            "according",
            "together",
            "meanwhile",
            "additionally",
            "moreover",
            "furthermore",
            "first",
            "second",
            "third",
            "finally",
            "then",
            "this",
            "that",
            "these",
            "those",
            "there",
            "here",
            "its",
            "their",
            "they",
            "he",
            "she",
            "we",
            "you",
            "both",
            "while",
            "although",
            "because",
            "since",
            "after",
            "before",
            "when",
            "as",
            "at",
            "by",
            "for",
            "from",
            "on",
            "with",
            "unlike",
            "like",
            "despite",
            "some",
            "many",
            "most",
            "several",
            "one",
            "two",
            "three",
            "all",
            "not",
            "only",
            "instead",
            "still",
            "so",
            "thus",
            "but",
            "and",
            "what",
            "which",
            "who",
            "where",
            "why",
            "how",
            "a",
            "an",
            "the",
            "if",
            "even",
            "see",
            "read",
            "sign",
            "about",
            "key",
            "main",
            "points",
            "point",
            "bullet",
            "note",
            "answer",
            "sources",
            "source",
            "story",
            "article",
            "report",
            "over",
            "more",
            "less",
            "fewer",
            "under",
            "nearly",
            "almost",
            "roughly",
            "around",
            "just",
            "now",
            "today",
            "recently",
            "currently",
            "during",
            "among",
            "between",
            "each",
            "every",
            "any",
            "none",
            "neither",
            "either",
            "whether",
            "though",
            "yet",
            "later",
            "earlier",
            "next",
            "last");

    private final Set<String> known = new HashSet<>();
    private final Set<String> knownLower = new HashSet<>();

    /** @param sources texts whose words are known: the headline, the paragraphs, the story's entity names */
    ProperNames(List<String> sources) {
        sources.forEach(this::learn);
    }

    private void learn(String text) {
        learn(text, known, knownLower);
    }

    private static void learn(String text, Set<String> words, Set<String> lower) {
        if (text == null) {
            return;
        }
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group());
            lower.add(m.group().toLowerCase(Locale.ROOT));
        }
    }

    /**
     * The first capitalised word of {@code text} that is not a word of the sources, {@code facts} or
     * {@code context}; a sentence's first word passes when its lower-case form is known.
     */
    Optional<String> findUnknown(String text, List<String> facts, List<String> context) {
        Set<String> words = new HashSet<>(known);
        Set<String> lower = new HashSet<>(knownLower);
        facts.forEach(t -> learn(t, words, lower));
        context.forEach(t -> learn(t, words, lower));
        Matcher m = CAPITALISED.matcher(text);
        while (m.find()) {
            String word = m.group();
            String folded = word.toLowerCase(Locale.ROOT);
            if (words.contains(word)) {
                continue;
            }
            if (startsSentence(text, m.start()) && (lower.contains(folded) || OPENERS.contains(folded))) {
                continue;
            }
            return Optional.of(word);
        }
        return Optional.empty();
    }

    private static boolean startsSentence(String text, int start) {
        int i = start - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i--;
        }
        return i < 0 || SENTENCE_STARTS.indexOf(text.charAt(i)) >= 0;
    }
}
