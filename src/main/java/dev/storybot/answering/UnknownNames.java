package dev.storybot.answering;

import dev.storybot.core.Paragraph;
import dev.storybot.core.WordList;
import dev.storybot.knowledge.Countries;
import dev.storybot.knowledge.Entity;
import dev.storybot.knowledge.Fact;
import dev.storybot.knowledge.KnowledgeBase;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spots capitalised names in an English question that the story never uses ("Sam Altman", "Mistral", "Google"),
 * a sign the question is about something the story does not cover.
 */
final class UnknownNames {

    private static final int ACRONYM_MAX_LENGTH = 4;
    /** An honorific is followed by a first name and a surname at most. */
    private static final int NAME_WORDS_AFTER_HONORIFIC = 2;

    private static final Pattern WORD = Pattern.compile("\\p{IsLatin}[\\p{IsLatin}\\p{N}'’.-]*");
    private static final Pattern SENTENCE_START = Pattern.compile("(^|[.!?:;\"“(]\\s*)$");
    /** Capitalised words that are never names: question words, fillers, language names (a language resource). */
    static final String COMMON_WORDS_RESOURCE = "/language/en/common-words.txt";

    private static final Set<String> COMMON = WordList.load(COMMON_WORDS_RESOURCE);
    /** Honorifics: the word after one is a name, capitalised or not (a language resource). */
    static final String HONORIFICS_RESOURCE = "/language/en/honorifics.txt";

    private static final Set<String> HONORIFICS = WordList.load(HONORIFICS_RESOURCE);
    /** Titles written before a person's name ("analyst", "ceo"), shared with the answers that give them. */
    private static final Set<String> TITLES = WordList.load(EntityAnswers.TITLES_RESOURCE);
    /** Shorter words after a title ("the ceo of it") are no name typed in lower case. */
    private static final int MIN_NAME_WORD_CHARS = 3;
    /** Function words, which never follow an honorific as a name ("the president of ..."). */
    private static final Set<String> FUNCTION_WORDS = WordList.load("/language/en/function-words.txt");

    private final Set<String> known = new HashSet<>(COMMON);
    /** Words of the places the story never names, each standing for its place, and those counting capitalised only. */
    private final Set<String> strangePlaces = new HashSet<>();

    private final Set<String> capitalisedPlaces = new HashSet<>();
    /** The words the story itself uses (without the common words every story is taken to know). */
    private final Set<String> storyWords = new HashSet<>();

    UnknownNames(KnowledgeBase knowledge) {
        for (Paragraph p : knowledge.paragraphs()) {
            addWords(p.text());
        }
        addWords(knowledge.story().title());
        for (Entity entity : knowledge.entities()) {
            entity.allNames().forEach(this::addWords);
        }
        for (Fact fact : knowledge.facts()) {
            addWords(fact.answer());
            fact.keywords().forEach(this::addWords);
            fact.paraphrases().forEach(this::addWords);
        }
        // a place is strange when the story uses none of its words (its language's name counts: a story saying
        // "French" names France); a language's name in a question ("answer in japanese") never stands for it
        for (Countries.Place place : Countries.places()) {
            if (place.all().stream().noneMatch(storyWords::contains)) {
                strangePlaces.addAll(place.names());
                strangePlaces.addAll(place.words());
                capitalisedPlaces.addAll(place.capitalised());
            }
        }
    }

    private void addWords(String text) {
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            known.add(normalize(m.group()));
            storyWords.add(normalize(m.group()));
        }
    }

    private static String normalize(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("[.’']+$", "");
        if (w.endsWith("'s") || w.endsWith("’s")) {
            w = w.substring(0, w.length() - 2);
        }
        return w;
    }

    /**
     * Capitalised words that are not at the start of a sentence and that the story never uses, and a name typed in
     * lower case after a title ("what did analyst mark rivera say"): two words the story never uses, the second no
     * everyday English word either.
     */
    List<String> find(String text) {
        List<String> unknown = new ArrayList<>();
        List<String> lower = new ArrayList<>();
        Matcher each = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (each.find()) {
            lower.add(normalize(each.group()));
        }
        for (int i = 0; i + 2 < lower.size(); i++) {
            String first = lower.get(i + 1);
            String last = lower.get(i + 2);
            if (TITLES.contains(lower.get(i))
                    && !HONORIFICS.contains(lower.get(i)) // (after an honorific every word counts, below)
                    && first.length() >= MIN_NAME_WORD_CHARS
                    && last.length() >= MIN_NAME_WORD_CHARS
                    && !knownInflected(first)
                    && !knownInflected(last)
                    && !FUNCTION_WORDS.contains(first)
                    && !EnglishGloss.englishWords().contains(last)) {
                unknown.add(first + " " + last);
            }
        }
        Matcher m = WORD.matcher(text);
        int nameWordsLeft = 0;
        while (m.find()) {
            String word = m.group();
            boolean named = nameWordsLeft > 0 && word.length() >= 2 && !FUNCTION_WORDS.contains(normalize(word));
            boolean honorific = HONORIFICS.contains(normalize(word))
                    && (m.start() == 0 || Character.isWhitespace(text.charAt(m.start() - 1))); // not "tl;dr"
            nameWordsLeft = honorific ? NAME_WORDS_AFTER_HONORIFIC : named ? nameWordsLeft - 1 : 0;
            if (named) {
                if (known.contains(normalize(word))) {
                    nameWordsLeft = 0; // a known first name has a known surname
                } else {
                    unknown.add(word);
                }
                continue;
            }
            boolean ordinaryToo = capitalisedPlaces.contains(normalize(word));
            if (strangePlaces.contains(normalize(word))
                    && (!ordinaryToo || Character.isUpperCase(word.codePointAt(0)))) {
                unknown.add(word); // "japan" in lower case, or "Japan" starting the sentence
                continue;
            }
            boolean capitalised = Character.isUpperCase(word.codePointAt(0));
            if (!capitalised || word.length() < 2) {
                continue;
            }
            boolean startsSentence =
                    SENTENCE_START.matcher(text.substring(0, m.start())).find();
            if (startsSentence || isAcronym(word)) {
                continue; // "Compare ..." or "Tell ...": capitalised because it starts the sentence
            }
            String normalized = normalize(word);
            // "Meta-derived" is about Meta: only the capitalised head of a hyphenated word must be known
            String head = normalized.split("-")[0];
            boolean headUnknown = !knownInflected(head);
            if (headUnknown && !known.contains(normalized)) {
                unknown.add(word);
            }
        }
        return unknown;
    }

    /** True when the story uses the word, in the singular or plural the question does not ("PILLOW" for "pillows"). */
    private boolean knownInflected(String word) {
        return known.contains(word)
                || known.contains(stripPlural(word))
                || known.contains(word + "s")
                || known.contains(word + "es");
    }

    /** Short all-capital words such as "IDE", "API" or "GPU", and their plurals ("LLMs", "GPUs"), are terms, not names. */
    private static boolean isAcronym(String word) {
        String singular = word.length() > 2 && word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
        return singular.length() <= ACRONYM_MAX_LENGTH && singular.equals(singular.toUpperCase(Locale.ROOT));
    }

    private static String stripPlural(String word) {
        return word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
    }
}
