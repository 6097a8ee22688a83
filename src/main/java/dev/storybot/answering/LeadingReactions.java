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
 * and no name of the story.
 */
final class LeadingReactions {

    /** A reaction is a word or three ("lol wow", "ok cool thanks"); a longer sentence may say what is asked about. */
    static final int MAX_REACTION_WORDS = 3;

    /** A reaction is short: a longer lead sentence is read as part of the question. */
    static final int MAX_REACTION_CHARS = 40;

    private static final Pattern LEADING = Pattern.compile(
            "^\\s*(?<lead>[^.!?。！？\\n]{1," + MAX_REACTION_CHARS + "}?)\\s*[.!。！]+\\s*(?<rest>\\S.*)$", Pattern.DOTALL);
    /** Chinese, Korean or Japanese script, whose words the story's English words cannot vouch for. */
    private static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\p{IsHangul}\\p{IsHiragana}\\p{IsKatakana}ㄱ-ㅣ]");
    /** Reactions in those scripts (a language resource). */
    static final String REACTIONS_RESOURCE = "/language/reactions.txt";

    private static final Pattern CJK_REACTION = CueFile.load(REACTIONS_RESOURCE).get("reaction");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'’]+");
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

    /** The question without a leading reaction; unchanged when it has none or nothing but a question follows. */
    String drop(String text) {
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
