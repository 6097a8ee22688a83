package dev.storybot.answering;

import dev.storybot.knowledge.Fact;
import dev.storybot.knowledge.Figure;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Stage of fact selection for questions asking a measure of one dimension ("how cold is it, in degrees?", "湖有多深？",
 * "얼마나 빨라?"): only a fact giving a figure in a unit of that dimension answers them, so that the moon's diameter
 * in miles never answers how cold it is.
 */
final class MeasuredDimensions {

    /** The dimensions' question cues and units (a language resource). */
    static final String RESOURCE = "/language/measures.txt";

    private static final String ASK = "ask.";
    private static final String UNIT = "unit.";
    private static final String SAID = "said.";
    private static final String NAMES = "names.";
    private static final String OF_NAMED = "of-named.";
    private static final String COMPARED = "compared.";
    private static final String WRITTEN = "written.";

    private static final Map<String, Pattern> ASKS = new LinkedHashMap<>();
    private static final Map<String, Pattern> UNITS = new LinkedHashMap<>();
    private static final Map<String, Pattern> SAID_UNITS = new LinkedHashMap<>();
    private static final Map<String, Pattern> NAMED = new LinkedHashMap<>();
    private static final Map<String, Pattern> COMPARISONS = new LinkedHashMap<>();
    /** Dimensions whose measures are read from a fact's words, not its figures ("a three-hour interview"). */
    private static final Map<String, Pattern> WRITTEN_MEASURES = new LinkedHashMap<>();
    /** Dimensions asked only of a thing the question names that some fact measures so (see the resource). */
    private static final java.util.Set<String> OF_NAMED_ONLY = new java.util.HashSet<>();

    static {
        CueFile.sources(RESOURCE).forEach((name, source) -> {
            if (name.startsWith(ASK)) {
                ASKS.put(name.substring(ASK.length()), CueFile.compile(source));
            } else if (name.startsWith(NAMES)) {
                NAMED.put(name.substring(NAMES.length()), CueFile.compile(source));
            } else if (name.startsWith(SAID)) {
                SAID_UNITS.put(name.substring(SAID.length()), CueFile.compile(source));
            } else if (name.startsWith(COMPARED)) {
                COMPARISONS.put(name.substring(COMPARED.length()), CueFile.compile(source));
            } else if (name.startsWith(WRITTEN)) {
                WRITTEN_MEASURES.put(name.substring(WRITTEN.length()), CueFile.compile(source));
            } else if (name.startsWith(OF_NAMED)) {
                OF_NAMED_ONLY.add(name.substring(OF_NAMED.length()));
            } else if (name.startsWith(UNIT)) {
                UNITS.put(name.substring(UNIT.length()), CueFile.compile("^(?:" + source + ")$"));
            }
        });
    }

    private MeasuredDimensions() {}

    /** The dimension the question asks a measure of, if any; never for a comparison or a change. */
    static Optional<String> asked(String question) {
        // its own cues first: most questions ask no measure, and the shape of a question takes longer to read
        return ASKS.entrySet().stream()
                .filter(e -> e.getValue().matcher(question).find())
                .map(Map.Entry::getKey)
                .findFirst()
                .filter(d -> QuestionCues.intent(question) != Intent.DIFFERENCE && !QuestionCues.asksChange(question));
    }

    /**
     * The dimension the question asks a measure of in this story: only when the question names one of its units ("in
     * degrees") or the story gives some figure of it, so that "how fast is it growing" about a story with no speed
     * is an ordinary question.
     */
    static Optional<String> asked(String question, java.util.Collection<Fact> story) {
        return asked(question, story, java.util.Set.of());
    }

    /**
     * As {@link #asked(String, java.util.Collection)}, where a dimension asked only of a named thing ("how big is
     * Keld") is asked when a fact naming one of {@code named} (entity ids) gives a figure of it.
     */
    static Optional<String> asked(String question, java.util.Collection<Fact> story, java.util.Set<String> named) {
        return asked(question)
                .filter(d -> OF_NAMED_ONLY.contains(d)
                        ? story.stream()
                                .anyMatch(f ->
                                        gives(f, d) && f.entities().stream().anyMatch(named::contains))
                        : SAID_UNITS.containsKey(d)
                                        && SAID_UNITS.get(d).matcher(question).find()
                                || story.stream().anyMatch(f -> gives(f, d)));
    }

    /**
     * The dimension whose two measures the question compares ("how much older is A than B", "大几岁", "몇 살 더
     * 많아"), when the story gives at least two figures of it to compare.
     */
    static Optional<String> compared(String question, java.util.Collection<Fact> story) {
        return COMPARISONS.entrySet().stream()
                .filter(e -> e.getValue().matcher(question).find())
                .map(Map.Entry::getKey)
                .filter(d -> measuresOf(story, d) >= 2)
                .findFirst();
    }

    /** How many figures of {@code dimension} the story's facts give. */
    static long measuresOf(java.util.Collection<Fact> story, String dimension) {
        return story.stream()
                .filter(f -> gives(f, dimension))
                .flatMap(f -> f.figures().stream())
                .filter(figure -> measures(figure, dimension))
                .count();
    }

    /**
     * True when {@code dimension} is read from a fact's words: a span of time is written in too many ways to rule out a
     * fact that seems to give none, so a fact giving one is preferred, not required.
     */
    static boolean fromWords(String dimension) {
        return WRITTEN_MEASURES.containsKey(dimension);
    }

    /** The question without the words asking for {@code dimension} ("how long"), which name nothing asked about. */
    static String withoutAsking(String question, String dimension) {
        Pattern ask = ASKS.get(dimension);
        return ask == null ? question : ask.matcher(question).replaceAll(" ");
    }

    /** True when the figure is written in a unit of {@code dimension}. */
    static boolean measures(Figure figure, String dimension) {
        Pattern unit = UNITS.get(dimension);
        return unit != null && measures(figure, unit);
    }

    /**
     * True when the fact gives a figure in a unit of {@code dimension}, and, for a dimension sharing its units with
     * others (a depth, a diameter and a distance are all in miles), names which it gives.
     */
    static boolean gives(Fact fact, String dimension) {
        Pattern written = WRITTEN_MEASURES.get(dimension);
        if (written != null) {
            return written.matcher(fact.quote()).find();
        }
        Pattern unit = UNITS.get(dimension);
        Pattern named = NAMED.get(dimension);
        return unit != null
                && fact.figures().stream().anyMatch(f -> measures(f, unit))
                && (named == null
                        || named.matcher(fact.quote()).find()
                        || named.matcher(fact.answer()).find());
    }

    private static boolean measures(Figure figure, Pattern unit) {
        return unit.matcher(figure.unit().strip()).matches()
                || unit.matcher(figure.label().strip()).matches();
    }
}
