package dev.storybot.answering;

import dev.storybot.knowledge.Entity;
import dev.storybot.retrieval.EntityMatcher;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Stage of the answering pipeline that recognises questions about one named person or organisation as a whole:
 * everything it said ("what did X say?") or what the story says about it ("who is X?"). The cues are a language
 * resource; countries and places named beside the subject ("what did X say about China") do not count as subjects.
 */
final class EntityQuestions {

    /** What is asked about the entity. */
    enum Kind {
        /** Every statement the story attributes to it. */
        SAID,
        /** The last thing the story has it saying: how it ends or sums up its argument. */
        LAST_SAID,
        /** What the story says it is and did. */
        PROFILE
    }

    /**
     * A question about one entity.
     *
     * @param kind     what is asked
     * @param subject  the entity asked about
     * @param question the question as asked (its role words can lead from an organisation to its people)
     */
    record Request(Kind kind, Entity subject, String question) {}

    /** The cue file (see its header for the format). */
    static final String CUES_RESOURCE = "/language/entity-questions.txt";

    private static final Map<String, Pattern> CUES = CueFile.load(CUES_RESOURCE);
    private static final Pattern NOT_WORDS = Pattern.compile("[^\\p{L}\\p{N}\\s']+");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private final EntityMatcher matcher;
    private final List<String> settingTypes;

    /**
     * @param matcher      finds the story's entities in text
     * @param settingTypes entity types that set a scene rather than act in it (e.g. countries, places)
     */
    EntityQuestions(EntityMatcher matcher, List<String> settingTypes) {
        this.matcher = matcher;
        this.settingTypes = settingTypes;
    }

    /** The question's kind and subject, when it asks about one entity as a whole. */
    Optional<Request> classify(String question, List<Entity> named) {
        List<Entity> subjects = named.stream()
                .filter(e -> !settingTypes.contains(e.type().toLowerCase(Locale.ROOT)))
                .toList();
        if (subjects.size() != 1) {
            return Optional.empty();
        }
        Entity subject = subjects.get(0);
        if (CUES.get("last").matcher(question).find()) {
            return Optional.of(new Request(Kind.LAST_SAID, subject, question));
        }
        if (CUES.get("said").matcher(question).find()) {
            return Optional.of(new Request(Kind.SAID, subject, question));
        }
        String rest = SPACE.matcher(NOT_WORDS
                        .matcher(matcher.withoutEntities(question).toLowerCase(Locale.ROOT))
                        .replaceAll(" "))
                .replaceAll(" ")
                .strip();
        if (named.size() == 1
                && (rest.isEmpty() || CUES.get("profile").matcher(rest).matches())) {
            return Optional.of(new Request(Kind.PROFILE, subject, question));
        }
        return Optional.empty();
    }
}
