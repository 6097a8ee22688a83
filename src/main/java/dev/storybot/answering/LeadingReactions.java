package dev.storybot.answering;

import dev.storybot.core.Paragraph;
import dev.storybot.knowledge.Entity;
import dev.storybot.knowledge.KnowledgeBase;
import dev.storybot.retrieval.EntityMatcher;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stage of input cleaning that drops a short reaction typed before the question in the same message ("lol classic.
 * and the roadmap, how many priorities?", "哈哈。那路线图呢？", "ㅋㅋ 대박. 그럼 로드맵은?"), so that the question is read
 * as the follow-up it is: a leading sentence that ends without a question mark, is a few words long, and uses no word
 * and no name of the story; then the fillers before the question itself ("ngl", "说真的", "솔직히"), a language
 * resource.
 */
final class LeadingReactions {

    /** A reaction is a word or three ("lol wow", "ok cool thanks"); a longer sentence may say what is asked about. */
    static final int MAX_REACTION_WORDS = 3;

    /** A question after a filler has this many words at least ("who won"); fewer are a greeting ("hey there"). */
    static final int MIN_QUESTION_WORDS = 2;

    /** A reaction is short: a longer lead sentence is read as part of the question. */
    static final int MAX_REACTION_CHARS = 40;

    private static final Pattern LEADING = Pattern.compile(
            "^\\s*(?<lead>[^.!?。！？\\n]{1," + MAX_REACTION_CHARS + "}?)\\s*[.!。！]+\\s*(?<rest>\\S.*)$", Pattern.DOTALL);
    /** Chinese, Korean or Japanese script, whose words the story's English words cannot vouch for. */
    private static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\p{IsHangul}\\p{IsHiragana}\\p{IsKatakana}ㄱ-ㅣ]");
    /** Reactions in those scripts (a language resource). */
    static final String REACTIONS_RESOURCE = "/language/reactions.txt";

    private static final Pattern CJK_REACTION = CueFile.load(REACTIONS_RESOURCE).get("reaction");
    /** Fillers before a question with no stop after them ("ngl who is Ann Lee"). */
    private static final Pattern FILLER = CueFile.load(REACTIONS_RESOURCE).get("filler");

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'’]+");
    /** A stop with more text after it: the message holds more than one sentence. */
    private static final Pattern SENTENCE_STOP = Pattern.compile("[.!。！]+\\s*\\S");

    private static final Pattern QUESTION_MARK = Pattern.compile("[?？]\\s*$");

    private final Set<String> storyWords = new HashSet<>();
    private final EntityMatcher entities;

    LeadingReactions(KnowledgeBase knowledge, EntityMatcher entities) {
        this.entities = entities;
        for (Paragraph p : knowledge.paragraphs()) {
            addWords(p.text());
        }
        for (Entity entity : knowledge.entities()) {
            entity.allNames().forEach(this::addWords);
        }
    }

    private void addWords(String text) {
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            storyWords.add(m.group().toLowerCase(Locale.ROOT));
        }
    }

    /**
     * The question without a leading reaction or filler ("ngl who is Ann Lee" reads "who is Ann Lee"); unchanged when
     * it has none or nothing but a question follows.
     */
    String drop(String text) {
        String withoutReaction = dropReaction(text);
        Matcher filler = FILLER.matcher(withoutReaction);
        if (!filler.lookingAt()) {
            return withoutReaction;
        }
        // (a filler before a sentence that is kept, "lol classic. and the roadmap?", stays with it; so does one
        // before a word or two, "hey there", "ok thanks", which are no question)
        String rest = withoutReaction.substring(filler.end());
        Matcher words = WORD.matcher(rest);
        int count = 0;
        while (count < MIN_QUESTION_WORDS && words.find()) {
            // (Chinese and Japanese write no spaces: a character counts as a word)
            count += CJK.matcher(words.group()).find() ? words.group().length() : 1;
        }
        return count >= MIN_QUESTION_WORDS && !SENTENCE_STOP.matcher(rest).find() ? rest : withoutReaction;
    }

    private String dropReaction(String text) {
        Matcher m = LEADING.matcher(text);
        if (!m.matches() || !QUESTION_MARK.matcher(m.group("rest")).find()) {
            return text;
        }
        String lead = m.group("lead");
        if (!entities.find(lead).isEmpty()) {
            return text;
        }
        if (CJK.matcher(lead).find()) {
            return CJK_REACTION.matcher(lead.strip()).matches() ? m.group("rest") : text;
        }
        Matcher words = WORD.matcher(lead);
        int count = 0;
        while (words.find()) {
            String word = words.group().toLowerCase(Locale.ROOT);
            if (++count > MAX_REACTION_WORDS
                    || storyWords.contains(word)
                    || word.chars().anyMatch(Character::isDigit)) {
                return text;
            }
        }
        return count == 0 ? text : m.group("rest");
    }
}
