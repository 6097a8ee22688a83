package dev.storybot.answering;

import dev.storybot.core.Language;
import dev.storybot.core.WordList;
import dev.storybot.knowledge.AnswerType;
import dev.storybot.retrieval.EntityMatcher;
import dev.storybot.retrieval.LexicalRanker;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the premise of an English "why" question against the story's words: "why did his wife get sick" in a story
 * that never mentions a wife asks about something the story does not say happened, so no reason in it answers.
 */
final class ReasonPremises {

    private static final Pattern WORD = Pattern.compile("[\\p{L}']+");
    private static final Set<String> SHAPING = WordList.load(QuestionWords.RESOURCE);
    /** Words of emphasis or stance that say nothing of what happened (see the file's header). */
    static final String NEUTRAL_RESOURCE = "/language/en/premise-neutral-words.txt";

    private static final Set<String> NEUTRAL = WordList.load(NEUTRAL_RESOURCE);
    /** An adverb ("literally", "secretly") colours a premise rather than stating it; shorter words ("only") vary. */
    private static final Pattern ADVERB = Pattern.compile("\\p{L}{3,}ly");
    /** The ending of a contraction ("why'd", "it's"), left out before a word is looked up. */
    private static final Pattern CONTRACTION = Pattern.compile("'(?:d|s|re|ve|ll|m|t)$");
    /**
     * A premise is taken as one the story does not state when at least this share of its search terms are words the
     * story never uses: a single unknown word among several may be the asker's own way of saying it.
     */
    static final double UNSUPPORTED_SHARE = 1.0 / 3;
    /**
     * ... and at least this many of them: one word the story lacks is as often the asker's paraphrase ("why did he
     * get better" of "he recovered") or another form of a story word ("fall" of "fell") as a premise of its own.
     */
    static final int MIN_UNSUPPORTED_TERMS = 2;
    /** A sentence of the message; the premise is the one asking why. */
    private static final Pattern SENTENCE = Pattern.compile("[^.?!\\n]+[.?!]*");

    private final LexicalRanker lexical;
    private final EntityMatcher entities;

    ReasonPremises(LexicalRanker lexical, EntityMatcher entities) {
        this.lexical = lexical;
        this.entities = entities;
    }

    /**
     * True when at least {@link #MIN_UNSUPPORTED_TERMS} and {@link #UNSUPPORTED_SHARE} of the search terms of the
     * question's premise (its words besides names, question words, fillers and words of stress) are words the story
     * never uses. Only an English question
     * is checked: the story's words are English, and a Chinese or Korean question is left to the other checks.
     */
    boolean unsupported(String question, Language language) {
        if (language != Language.EN) {
            return false;
        }
        String words = premiseWords(question);
        List<String> premise = lexical.englishTerms(words);
        List<String> lacking = lexical.termsTheStoryLacks(words);
        return lacking.size() >= MIN_UNSUPPORTED_TERMS && lacking.size() >= UNSUPPORTED_SHARE * premise.size();
    }

    private String premiseWords(String question) {
        String asking = question;
        Matcher sentences = SENTENCE.matcher(question);
        while (sentences.find()) {
            if (QuestionCues.asks(sentences.group()).contains(AnswerType.REASON)) {
                asking = sentences.group(); // the last sentence asking why: what came before is the asker's story
            }
        }
        StringBuilder premise = new StringBuilder();
        Matcher m = WORD.matcher(entities.withoutEntities(asking).toLowerCase(Locale.ROOT));
        while (m.find()) {
            String word = CONTRACTION.matcher(m.group()).replaceFirst("").replace("'", "");
            if (word.length() > 1
                    && !SHAPING.contains(word)
                    && !NEUTRAL.contains(word)
                    && !ADVERB.matcher(word).matches()) {
                premise.append(word).append(' ');
            }
        }
        return premise.toString();
    }
}
