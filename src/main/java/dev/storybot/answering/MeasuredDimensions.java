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

    private static final Map<String, Pattern> ASKS = new LinkedHashMap<>();
    private static final Map<String, Pattern> UNITS = new LinkedHashMap<>();

    static {
        CueFile.sources(RESOURCE).forEach((name, source) -> {
            if (name.startsWith(ASK)) {
                ASKS.put(name.substring(ASK.length()), CueFile.compile(source));
            } else if (name.startsWith(UNIT)) {
                UNITS.put(name.substring(UNIT.length()), CueFile.compile("^(?:" + source + ")$"));
            }
        });
    }

    private MeasuredDimensions() {}

    /** The dimension the question asks a measure of, if any; never for a comparison or a change. */
    static Optional<String> asked(String question) {
        if (QuestionCues.intent(question) == Intent.DIFFERENCE || QuestionCues.asksChange(question)) {
            return Optional.empty();
        }
        return ASKS.entrySet().stream()
                .filter(e -> e.getValue().matcher(question).find())
                .map(Map.Entry::getKey)
                .findFirst();
    }

    /** True when the fact gives a figure in a unit of {@code dimension}. */
    static boolean gives(Fact fact, String dimension) {
        Pattern unit = UNITS.get(dimension);
        return unit != null && fact.figures().stream().anyMatch(f -> measures(f, unit));
    }

    private static boolean measures(Figure figure, Pattern unit) {
        return unit.matcher(figure.unit().strip()).matches()
                || unit.matcher(figure.label().strip()).matches();
    }
}
