package dev.storybot.answering;

import dev.storybot.core.Language;
import dev.storybot.knowledge.Entity;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stage of the answering pipeline that puts the person a follow-up's pronoun stands for into the question ("what
 * did he say about China" after an answer about one person), so that the stages after it see the name.
 */
final class Pronouns {

    /** The pronouns per language (a language resource). */
    static final String RESOURCE = "/language/pronouns.txt";

    private static final Map<String, Pattern> CUES = CueFile.load(RESOURCE);

    /** The question with its first pronoun replaced by {@code person}'s name; unchanged without one. */
    String resolve(String question, Language language, Optional<Entity> person) {
        if (person.isEmpty()) {
            return question;
        }
        String code = language.name().toLowerCase(java.util.Locale.ROOT);
        String name = person.get().name();
        Pattern possessive = CUES.get(code + ".possessive");
        Pattern plain = CUES.get(code + ".name");
        Matcher owner = possessive == null ? null : possessive.matcher(question);
        Matcher subject = plain == null ? null : plain.matcher(question);
        boolean ownerFound = owner != null && owner.find();
        boolean subjectFound = subject != null && subject.find();
        if (subjectFound && (!ownerFound || subject.start() <= owner.start())) {
            return question.substring(0, subject.start()) + name + question.substring(subject.end());
        }
        if (ownerFound) {
            String suffix = language == Language.KO ? "의" : "'s";
            return question.substring(0, owner.start()) + name + suffix + question.substring(owner.end());
        }
        return question;
    }
}
