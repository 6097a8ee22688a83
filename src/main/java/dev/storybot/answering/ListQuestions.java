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
    /** The cue name for words asking which item of one kind goes with which of another. */
    static final String PAIR = "pair";
    /** The cue name for words that ask for pairs on their own ("match", "->", "which ... which"). */
    static final String PAIR_EXPLICIT = "pair-explicit";
    /** The cue name for the words right before the first kind's noun that ask for its items ("which startups"). */
    static final String PAIR_ASK_BEFORE = "pair-ask-before";
    /** The cue name for counts, reasons and superlatives, which no list of pairs answers. */
    static final String PAIR_NOT = "pair-not";
    /** The kind that lists every figure instead of entities. */
    static final String FIGURE = "figure";
    /** Entity type of countries, which narrow a list rather than end it. */
    static final String COUNTRY_TYPE = "country";

    /** A country narrows the kind whose noun follows within this many characters ("US AI startups"). */
    private static final int COUNTRY_REACH_CHARS = 20;

    private static final Map<String, Pattern> CUES = CueFile.load(CUES_RESOURCE);

    /**
     * A request for a list.
     *
     * @param kind    an entity type, or {@link #FIGURE}
     * @param country the country entity narrowing it, or null
     * @param excludingCountry the list leaves that country out instead ("other outlets besides the Korean one")
     * @param before  the question up to the kind's noun, whose last words may say which are meant ("ai coding")
     */
    record Request(String kind, Entity country, boolean excludingCountry, String before) {

        /** A list of one kind, narrowed to {@code country} when it is not null. */
        Request(String kind, Entity country) {
            this(kind, country, false, "");
        }
    }

    /**
     * A request for pairs: which item of one kind goes with which of another ("startup -> model").
     *
     * @param first         the kind listed first (named first by the question)
     * @param firstCountry  the country narrowing the first kind, or null
     * @param second        the kind each first item is paired with
     * @param secondCountry the country narrowing the second kind ("Chinese models"), or null
     */
    record Pairs(String first, Entity firstCountry, String second, Entity secondCountry) {}

    /**
     * The pairs asked for, when the question (not a yes/no one) names exactly two kinds and says they go together
     * ("match each startup to the chinese model it used"); a country named just before a kind's noun narrows that
     * kind. Empty when it names any entity other than countries.
     */
    Optional<Pairs> pairs(String question, List<Entity> named) {
        if (!CUES.get(PAIR).matcher(question).find()
                || CUES.get(PAIR_NOT).matcher(question).find()
                || QuestionCues.yesNo(question)
                || named.stream().anyMatch(e -> !COUNTRY_TYPE.equalsIgnoreCase(e.type()))) {
            return Optional.empty();
        }
        Map<String, Integer> kindsAt = new java.util.TreeMap<>();
        for (Map.Entry<String, Pattern> cue : CUES.entrySet()) {
            String kind = cue.getKey();
            if (kind.equals(ASK)
                    || kind.equals(EXCEPT)
                    || kind.startsWith(PAIR)
                    || kind.equals(FIGURE)
                    || kind.endsWith(NOT_SUFFIX)) {
                continue;
            }
            java.util.regex.Matcher noun = cue.getValue().matcher(question);
            if (noun.find()) {
                kindsAt.put(kind, noun.start());
            }
        }
        if (kindsAt.size() != 2) {
            return Optional.empty();
        }
        List<String> kinds = kindsAt.entrySet().stream()
                .sorted(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .toList();
        // "which startups use chinese models" asks for the first kind's items with the second's they go with
        boolean asks = CUES.get(ASK).matcher(question).find()
                || CUES.get(PAIR_EXPLICIT).matcher(question).find()
                || CUES.get(PAIR_ASK_BEFORE)
                        .matcher(question.substring(0, kindsAt.get(kinds.get(0))))
                        .find();
        if (!asks) {
            return Optional.empty();
        }
        return Optional.of(new Pairs(
                kinds.get(0),
                countryBefore(question, named, kindsAt.get(kinds.get(0)), -1),
                kinds.get(1),
                countryBefore(question, named, kindsAt.get(kinds.get(1)), kindsAt.get(kinds.get(0)))));
    }

    /** The country named last before {@code at} (and after {@code after}), within a few characters of it, or null. */
    private static Entity countryBefore(String question, List<Entity> countries, int at, int after) {
        String lower = question.toLowerCase(java.util.Locale.ROOT);
        Entity best = null;
        int bestAt = -1;
        for (Entity country : countries) {
            for (String name : country.allNames()) {
                int found = lower.lastIndexOf(name.toLowerCase(java.util.Locale.ROOT), at);
                if (found > after && found > bestAt && at - found <= COUNTRY_REACH_CHARS) {
                    best = country;
                    bestAt = found;
                }
            }
        }
        return best;
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
            java.util.regex.Matcher noun = cue.getValue().matcher(question);
            if (!cue.getKey().equals(ASK)
                    && !cue.getKey().equals(EXCEPT)
                    && !cue.getKey().startsWith(PAIR)
                    && !cue.getKey().endsWith(NOT_SUFFIX)
                    && noun.find()
                    && (not == null || !not.matcher(question).find())) {
                Entity country = countries.isEmpty() ? null : countries.get(0);
                boolean excluding =
                        country != null && CUES.get(EXCEPT).matcher(question).find();
                return Optional.of(new Request(cue.getKey(), country, excluding, question.substring(0, noun.start())));
            }
        }
        return Optional.empty();
    }
}
