package dev.storybot.answering;

import dev.storybot.knowledge.Entity;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stage of the answering pipeline that restates a question written in a language the story's facts are not written
 * in as English words, from a general glossary of question and news words (a language resource per language), so
 * that retrieval over English facts can read it. Names and numbers are kept as written.
 */
final class EnglishGloss {

    /** The story's names as written by their sound in Korean or Japanese, when known. */
    private final Optional<SoundedNames> names;

    /** A gloss that knows no names beyond the Latin letters a question writes them in. */
    EnglishGloss() {
        this.names = Optional.empty();
    }

    /** A gloss that also reads the story's names written by their sound in Korean or Japanese script. */
    EnglishGloss(SoundedNames names) {
        this.names = Optional.of(names);
    }

    /** Where the glossaries live: {@code <code>.txt}, one {@code term = english | english} entry per line. */
    static final String RESOURCE_DIRECTORY = "/language/glossary/";
    /** The languages with a glossary. */
    static final Set<String> LANGUAGES = Set.of("zh", "ko", "ja", "es", "fr", "de");
    /** Scripts written without spaces between words: glossary terms are matched inside the text, longest first. */
    static final Set<String> UNSPACED = Set.of("zh", "ja", "ko");
    /**
     * The glossary line listing one-character particles ("@particles = 은 는 ..."): in a glossary that has one, a
     * one-character term matches only as a word of its own, perhaps followed by a particle.
     */
    static final String PARTICLES_LINE = "@particles";
    /** Longest multi-word term of a spaced language, in words ("a cuánto asciende"). */
    static final int MAX_PHRASE_WORDS = 4;
    /** Fewer English words than this from the glossary is too little to read the question by. */
    static final int MIN_GLOSSED_WORDS = 1;

    /**
     * Glosses that only point at the story itself ("記事" → "article story"): they say where to look, not what is
     * asked, and would match an article sentence about the article ("this story was updated") instead.
     */
    private static final Pattern STORY_ITSELF =
            Pattern.compile("(?:(?:article|articles|story|stories|news|report|piece|post|text)\\s*)+");

    private static final Pattern LATIN_RUN = Pattern.compile("[\\p{IsLatin}\\p{N}][\\p{IsLatin}\\p{N}.,'’\\-]*");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’\\-]*");

    private record Glossary(Map<String, String> terms, int longest, String particles) {}

    private static final Map<String, Glossary> GLOSSARIES = loadAll();
    /**
     * The question in English words (glossed terms, with names, numbers and unknown words kept as written), or empty
     * when {@code code} has no glossary or the glossary knows too few of its words.
     */
    Optional<String> toEnglish(String question, String code, Pattern functionWords) {
        Glossary glossary = GLOSSARIES.get(code);
        if (glossary == null) {
            return Optional.empty();
        }
        List<String> out = new ArrayList<>();
        int glossed = UNSPACED.contains(code)
                ? unspaced(question, glossary, names, out)
                : spaced(question, glossary, functionWords, out);
        return glossed < MIN_GLOSSED_WORDS ? Optional.empty() : Optional.of(String.join(" ", out) + "?");
    }

    /** Glosses a Chinese, Japanese or Korean question by the longest term at each place; Latin runs are kept. */
    private static int unspaced(String question, Glossary glossary, Optional<SoundedNames> names, List<String> out) {
        int glossed = 0;
        int i = 0;
        while (i < question.length()) {
            Matcher latin = LATIN_RUN.matcher(question).region(i, question.length());
            if (latin.lookingAt()) {
                out.add(latin.group());
                i = latin.end();
                continue;
            }
            int matched = 0;
            for (int len = Math.min(glossary.longest(), question.length() - i); len > 0; len--) {
                String english = glossary.terms().get(question.substring(i, i + len));
                if (english != null
                        && (glossary.particles().isEmpty() || len > 1 || standsAlone(question, i, glossary))) {
                    add(english, out);
                    glossed++;
                    matched = len;
                    break;
                }
            }
            if (matched == 0 && names.isPresent() && SoundedNames.soundScript(question.charAt(i))) {
                // a word the glossary does not know, written by its sound: perhaps one of the story's names
                int end = i;
                while (end < question.length()
                        && (SoundedNames.soundScript(question.charAt(end)) || question.charAt(end) == '・')) {
                    end++;
                }
                Optional<Entity> named = names.get().find(question.substring(i, end));
                if (named.isPresent()) {
                    if (out.isEmpty()
                            || !out.get(out.size() - 1).equals(named.get().name())) {
                        out.add(named.get().name());
                        glossed++;
                    }
                    i = end;
                    continue;
                }
            }
            i += Math.max(matched, 1);
        }
        return glossed;
    }

    /**
     * True when the character at {@code at} is a word of its own, perhaps with a particle ("새 모델", "배는"), not part
     * of a longer word ("새로", "배터리"): one syllable means too many things inside words.
     */
    private static boolean standsAlone(String text, int at, Glossary glossary) {
        boolean starts = at == 0 || !Character.isLetter(text.charAt(at - 1));
        int next = at + 1;
        boolean ends = next >= text.length()
                || !Character.isLetter(text.charAt(next))
                || glossary.particles().indexOf(text.charAt(next)) >= 0
                        && (next + 1 >= text.length() || !Character.isLetter(text.charAt(next + 1)));
        return starts && ends;
    }

    /** Glosses a Spanish, French or German question word by word, longest phrase first; function words are dropped. */
    private static int spaced(String question, Glossary glossary, Pattern functionWords, List<String> out) {
        List<String> words = new ArrayList<>();
        List<String> written = new ArrayList<>();
        Matcher m = WORD.matcher(question);
        while (m.find()) {
            String word = m.group().toLowerCase(Locale.ROOT).replace('’', '\'');
            List<String> parts = List.of(word.split("-"));
            if (parts.size() > 1
                    && !glossary.terms().containsKey(word)
                    && parts.stream().allMatch(glossary.terms()::containsKey)) {
                // a compound the glossary knows only in parts ("KI-Rennen", "course-poursuite"): its parts in turn
                parts.forEach(words::add);
                parts.forEach(written::add);
                continue;
            }
            written.add(m.group());
            words.add(word);
        }
        int glossed = 0;
        int i = 0;
        while (i < words.size()) {
            int matched = 0;
            for (int n = Math.min(MAX_PHRASE_WORDS, words.size() - i); n > 0; n--) {
                String english = glossary.terms().get(String.join(" ", words.subList(i, i + n)));
                if (english != null) {
                    add(english, out);
                    glossed++;
                    matched = n;
                    break;
                }
            }
            if (matched == 0) {
                if (functionWords == null
                        || !functionWords.matcher(words.get(i)).matches()) {
                    out.add(written.get(i)); // a name, a number or a word the glossary does not know
                }
                matched = 1;
            }
            i += matched;
        }
        return glossed;
    }

    private static void add(String english, List<String> out) {
        if (!STORY_ITSELF.matcher(english).matches()) {
            out.add(english);
        }
    }

    private static final Set<String> ENGLISH_WORDS = englishWordsOf(GLOSSARIES);

    /** Every English word the glossaries give (lower case): everyday words a question may use, names excepted. */
    static Set<String> englishWords() {
        return ENGLISH_WORDS;
    }

    private static Set<String> englishWordsOf(Map<String, Glossary> glossaries) {
        Set<String> words = new java.util.HashSet<>();
        for (Glossary glossary : glossaries.values()) {
            for (String english : glossary.terms().values()) {
                Matcher m = WORD.matcher(english.toLowerCase(Locale.ROOT));
                while (m.find()) {
                    words.add(m.group());
                }
            }
        }
        return Set.copyOf(words);
    }

    private static Map<String, Glossary> loadAll() {
        Map<String, Glossary> all = new HashMap<>();
        for (String code : LANGUAGES) {
            all.put(code, load(code));
        }
        return Map.copyOf(all);
    }

    private static Glossary load(String code) {
        Map<String, String> terms = new HashMap<>();
        int longest = 0;
        String particles = "";
        String resource = RESOURCE_DIRECTORY + code + ".txt";
        try (InputStream in = EnglishGloss.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing glossary " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String stripped = line.strip();
                int eq = stripped.indexOf(" = ");
                if (stripped.startsWith(PARTICLES_LINE) && eq > 0) {
                    particles = stripped.substring(eq + 3).replace(" ", "");
                    continue;
                }
                if (stripped.isEmpty() || stripped.startsWith("#") || eq < 0) {
                    continue;
                }
                String term = stripped.substring(0, eq).strip().toLowerCase(Locale.ROOT);
                String english = stripped.substring(eq + 3).replace(" | ", " ").strip();
                terms.putIfAbsent(term, english);
                longest = Math.max(longest, term.length());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read glossary " + resource, e);
        }
        return new Glossary(Map.copyOf(terms), longest, particles);
    }
}
