package dev.storybot.answering;

import dev.storybot.core.Language;
import dev.storybot.core.Paragraph;
import dev.storybot.core.WordList;
import dev.storybot.knowledge.KnowledgeBase;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * Stage of the answering pipeline that spots a question taking for granted something done to its subject that the
 * story never names ("why was the firm fined", "为什么那家公司被罚款", "그 회사는 왜 해킹당했어"): a premise the story does not
 * support, refused rather than answered with another fact about the same subject.
 */
final class UnnamedEvents {

    /** What a question takes to have been done, by language (a language resource). */
    static final String PASSIVES_RESOURCE = "/language/passives.txt";

    private static final Map<String, Pattern> PASSIVES = CueFile.load(PASSIVES_RESOURCE);
    /** "was fined", "why was the firm fined": a passive whose verb is regular, perhaps with its subject between. */
    private static final Pattern PASSIVE = PASSIVES.get("en");
    /** "被罚款": the Chinese passive marker and the verb after it. */
    private static final Pattern PASSIVE_ZH = PASSIVES.get("zh");
    /** "해킹당했", "처벌받았": a Korean noun made passive by 당하다 or 받다. */
    private static final Pattern PASSIVE_KO = PASSIVES.get("ko");

    /**
     * Participles about the telling or the reading, not about an event ("was it mentioned", "who was quoted"), and
     * ones too general to be a premise (a language resource).
     */
    static final String TELLING_RESOURCE = "/language/en/telling-participles.txt";

    private static final Set<String> TELLING = WordList.load(TELLING_RESOURCE);
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /** Stems shorter than this are not matched to longer words or misspellings: too many short stems are alike. */
    static final int MIN_RELATED_CHARS = 4;

    private final Set<String> storyStems = new HashSet<>();
    private final EnglishGloss gloss = new EnglishGloss();
    private final dev.storybot.retrieval.LexicalRanker lexical;

    UnnamedEvents(KnowledgeBase knowledge, dev.storybot.retrieval.LexicalRanker lexical) {
        this.lexical = lexical;
        StringBuilder words = new StringBuilder(knowledge.story().title());
        for (Paragraph p : knowledge.paragraphs()) {
            words.append(' ').append(p.text());
        }
        storyStems.addAll(stems(words.toString()));
    }

    /**
     * The verb of what the question takes to have happened that the story never names, in English; empty when it
     * takes nothing for granted or the story names it. A Chinese or Korean question ({@code language}) is read
     * through the glossary.
     */
    Optional<String> find(String question, Language language) {
        if (language == Language.ZH || language == Language.KO) {
            Matcher m = (language == Language.ZH ? PASSIVE_ZH : PASSIVE_KO).matcher(question);
            while (m.find()) {
                Optional<String> english = gloss.toEnglish(m.group(1), language.code(), null);
                if (english.isPresent()
                        && stems(english.get()).stream().noneMatch(storyStems::contains)
                        && !saidOtherwise(english.get())) {
                    return english;
                }
            }
            return Optional.empty();
        }
        Matcher m = PASSIVE.matcher(question);
        while (m.find()) {
            String verb = m.group(1).toLowerCase(Locale.ROOT);
            if (!TELLING.contains(verb) && !named(stem(verb)) && !saidOtherwise(verb)) {
                return Optional.of(verb);
            }
        }
        return Optional.empty();
    }

    /**
     * True when the story uses the stem, in another form of the word ("valued" beside "valuation") or with one typing
     * slip ("donwloaded").
     */
    private boolean named(String stem) {
        if (storyStems.contains(stem)) {
            return true;
        }
        if (stem.length() < MIN_RELATED_CHARS) {
            return false;
        }
        return storyStems.stream()
                .anyMatch(s -> s.startsWith(stem) || dev.storybot.retrieval.EntityMatcher.withinOneEdit(stem, s));
    }

    /** True when the story tells it in another word of its synonym group ("snatched" of a girl it says was "grabbed"). */
    private boolean saidOtherwise(String words) {
        return lexical.usesSynonymOf(words);
    }

    private static Set<String> stems(String text) {
        Set<String> stems = new HashSet<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            stems.add(stem(m.group()));
        }
        return stems;
    }

    private static String stem(String word) {
        EnglishStemmer stemmer = new EnglishStemmer();
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }
}
