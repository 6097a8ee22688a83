package dev.storybot.answering;

import dev.storybot.knowledge.Entity;
import dev.storybot.retrieval.EntityMatcher;
import java.util.Comparator;
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
    private static final Pattern ABOUT = CUES.get("about");
    private static final Pattern POSTPOSITION = CUES.get("about-after");
    /** A reported clause right after a "said" cue ("say he did"): the question asks about what was reported. */
    private static final Pattern REPORTED = CUES.get("reported");

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

    /** The one of two subjects named before the question's "about" ("what did X say about Y"), when just one is. */
    private static Optional<Entity> speakerBeforeAbout(String question, List<Entity> subjects) {
        java.util.regex.Matcher about = ABOUT.matcher(question);
        if (!about.find()) {
            return Optional.empty();
        }
        String before = question.substring(0, about.start()).toLowerCase(Locale.ROOT);
        String after = question.substring(about.end()).toLowerCase(Locale.ROOT);
        if (POSTPOSITION.matcher(about.group()).matches()) {
            // "젠슨 황은 커서에 대해": the topic is the name right before the marker, the speaker the other one
            Entity topic = subjects.stream()
                    .max(Comparator.comparingInt(e -> Mentions.last(before, e)))
                    .orElseThrow();
            return subjects.stream()
                    .filter(e -> !e.equals(topic) && Mentions.last(before, e) >= 0)
                    .findFirst();
        }
        List<Entity> speakers = subjects.stream()
                .filter(e -> Mentions.names(before, e))
                .filter(e -> !Mentions.names(after, e))
                .toList();
        return speakers.size() == 1 ? Optional.of(speakers.get(0)) : Optional.empty();
    }

    /** The question's kind and subject, when it asks about one entity as a whole. */
    Optional<Request> classify(String question, List<Entity> named) {
        List<Entity> subjects = named.stream()
                .filter(e -> !settingTypes.contains(e.type().toLowerCase(Locale.ROOT)))
                .toList();
        if (subjects.size() == 2 && CUES.get("said").matcher(question).find()) {
            // "what did X say about Y": the one named before "about" speaks, the other is the topic
            return speakerBeforeAbout(question, subjects).map(speaker -> new Request(Kind.SAID, speaker, question));
        }
        if (subjects.isEmpty() && named.size() == 1) {
            // "what's Enceladus?": a place asked about on its own is no scene but the subject of its profile
            return profile(question, named, named.get(0));
        }
        if (subjects.size() != 1) {
            return Optional.empty();
        }
        Entity subject = subjects.get(0);
        if (CUES.get("last").matcher(question).find()) {
            return Optional.of(new Request(Kind.LAST_SAID, subject, question));
        }
        java.util.regex.Matcher said = CUES.get("said").matcher(question);
        if (said.find()) {
            return REPORTED.matcher(question.substring(said.end())).find()
                    ? Optional.empty()
                    : Optional.of(new Request(Kind.SAID, subject, question));
        }
        return profile(question, named, subject);
    }

    /** A profile of {@code subject} when the question names nothing else and, besides the name, only asks what it is. */
    private Optional<Request> profile(String question, List<Entity> named, Entity subject) {
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
