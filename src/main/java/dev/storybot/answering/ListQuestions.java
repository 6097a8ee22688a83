package dev.storybot.answering;

import dev.storybot.knowledge.Entity;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Stage of the answering pipeline that recognises requests for every item of a kind ("list every company", "all the
 * numbers", "哪些中国模型", "기사에 나오는 모든 사람"), optionally narrowed to a country the question names. The
 * words are a language resource; the kinds are the fact file's entity types.
 */
final class ListQuestions {

    /** The cue file (see its header for the format). */
    static final String CUES_RESOURCE = "/language/list-questions.txt";
    /** The cue name for asking words; every other cue names a kind. */
    static final String ASK = "ask";
    /** The cue name for words that leave the named country out of the list ("besides", "除了", "말고"). */
    static final String EXCEPT = "except";
    /** Suffix of a kind's cue for questions that name the kind but ask for one thing ("how much cheaper, numbers?"). */
    static final String NOT_SUFFIX = ".not";
    /** The kind that lists every figure instead of entities. */
    static final String FIGURE = "figure";
    /** Entity type of countries, which narrow a list rather than end it. */
    static final String COUNTRY_TYPE = "country";

    private static final Map<String, Pattern> CUES = CueFile.load(CUES_RESOURCE);

    /**
     * A request for a list.
     *
     * @param kind    an entity type, or {@link #FIGURE}
     * @param country the country entity narrowing it, or null
     * @param excludingCountry the list leaves that country out instead ("other outlets besides the Korean one")
     */
    record Request(String kind, Entity country, boolean excludingCountry) {

        /** A list of one kind, narrowed to {@code country} when it is not null. */
        Request(String kind, Entity country) {
            this(kind, country, false);
        }
    }

    /**
     * The list asked for, if the question asks for one: an asking word and a kind's noun, and no named entity other
     * than at most one country (a question naming a company asks about that company, not for a list).
     */
    Optional<Request> classify(String question, List<Entity> named) {
        return CUES.get(ASK).matcher(question).find() ? request(question, named) : Optional.empty();
    }

    /**
     * The kind and country a question already known to ask for a list names, when it names one kind and no entity
     * besides at most one country.
     */
    Optional<Request> request(String question, List<Entity> named) {
        List<Entity> countries = named.stream()
                .filter(e -> COUNTRY_TYPE.equalsIgnoreCase(e.type()))
                .toList();
        if (countries.size() != named.size() || countries.size() > 1) {
            return Optional.empty();
        }
        for (Map.Entry<String, Pattern> cue : CUES.entrySet()) {
            Pattern not = CUES.get(cue.getKey() + NOT_SUFFIX);
            if (!cue.getKey().equals(ASK)
                    && !cue.getKey().equals(EXCEPT)
                    && !cue.getKey().endsWith(NOT_SUFFIX)
                    && cue.getValue().matcher(question).find()
                    && (not == null || !not.matcher(question).find())) {
                Entity country = countries.isEmpty() ? null : countries.get(0);
                boolean excluding =
                        country != null && CUES.get(EXCEPT).matcher(question).find();
                return Optional.of(new Request(cue.getKey(), country, excluding));
            }
        }
        return Optional.empty();
    }
}
