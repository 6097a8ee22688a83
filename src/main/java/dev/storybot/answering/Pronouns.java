package dev.storybot.answering;

import dev.storybot.core.Language;
import dev.storybot.knowledge.Entity;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stage of the answering pipeline that puts the person a follow-up's pronoun stands for into the question ("what
 * did he say about China" after an answer about one person), or the company, lab or model a plural or neuter pronoun
 * stands for ("which model inspired their research"), so that the stages after it see the name.
 */
final class Pronouns {

    /** The pronouns per language (a language resource). */
    static final String RESOURCE = "/language/pronouns.txt";

    private static final Map<String, Pattern> CUES = CueFile.load(RESOURCE);

    /** The question with its first pronoun replaced by {@code person}'s name; unchanged without one. */
    String resolve(String question, Language language, Optional<Entity> person) {
        return person.map(p -> replace(question, language, p, ".name", ".possessive"))
                .orElse(question);
    }

    /** True when the question has a pronoun for a company, lab or model ("they", "their", "它们", "그들"). */
    boolean hasGroupPronoun(String question, Language language) {
        String code = language.name().toLowerCase(java.util.Locale.ROOT);
        return java.util.stream.Stream.of(".group", ".group-possessive")
                .map(kind -> CUES.get(code + kind))
                .anyMatch(p -> p != null && p.matcher(question).find());
    }

    /** True when the question has a pronoun for a thing ("it", "它", "그거"). */
    boolean hasThingPronoun(String question, Language language) {
        Pattern thing = CUES.get(language.name().toLowerCase(java.util.Locale.ROOT) + ".thing");
        return thing != null && thing.matcher(question).find();
    }

    /** The question with its first pronoun for a company, lab or model replaced by {@code group}'s name. */
    String resolveGroup(String question, Language language, Entity group) {
        return replace(question, language, group, ".group", ".group-possessive");
    }

    private static String replace(
            String question, Language language, Entity entity, String plainKind, String possessiveKind) {
        String code = language.name().toLowerCase(java.util.Locale.ROOT);
        String name = entity.name();
        Pattern possessive = CUES.get(code + possessiveKind);
        Pattern plain = CUES.get(code + plainKind);
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
