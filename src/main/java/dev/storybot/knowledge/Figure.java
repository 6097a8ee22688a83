package dev.storybot.knowledge;

import java.util.Locale;
import java.util.Map;

/**
 * A number the article gives, so that arithmetic on it is computed rather than guessed.
 *
 * @param label what is counted, e.g. "Qwen's cumulative downloads on Hugging Face"
 * @param value the number in {@code unit}s, e.g. 385.3
 * @param unit  e.g. "million", "percent", "billion dollars"
 */
public record Figure(String label, double value, String unit) {

    /** The scale words a unit can start with, and what each multiplies the value by. */
    private static final Map<String, Double> SCALES =
            Map.of("thousand", 1e3, "million", 1e6, "mn", 1e6, "billion", 1e9, "bn", 1e9, "trillion", 1e12);

    /** True when the label names the entity by one of its names, in any case ("Qwen's cumulative downloads"). */
    public boolean labelNames(Entity entity) {
        String lower = label.toLowerCase(Locale.ROOT);
        return entity.allNames().stream().anyMatch(name -> lower.contains(name.toLowerCase(Locale.ROOT)));
    }

    /** The unit without its scale word: "billion dollars" is "dollars", "million" and "" are "". */
    public String baseUnit() {
        String[] words = unit.strip().split("\\s+", 2);
        return SCALES.containsKey(words[0].toLowerCase(Locale.ROOT))
                ? (words.length > 1 ? words[1] : "")
                : unit.strip();
    }

    /**
     * Figures in one unit written in different scales that are further apart than this count different things (a
     * price per share of "$2.40" beside "$124.3 billion" of revenue), not two amounts of one.
     */
    static final double MAX_TIMES_APART = 1000;

    /**
     * True when both figures count in one unit: in the same words, or in different scales of one unit and within
     * {@link #MAX_TIMES_APART} of each other ("2.5 million" people and "375,000" people).
     */
    public boolean sameUnitAs(Figure other) {
        if (unit.strip().equalsIgnoreCase(other.unit().strip())) {
            return true;
        }
        if (!baseUnit().equalsIgnoreCase(other.baseUnit()) || value == 0 || other.value() == 0) {
            return false;
        }
        double times = Math.abs(valueInScaleOf(other) / other.value());
        return times <= MAX_TIMES_APART && times >= 1 / MAX_TIMES_APART;
    }

    /** This figure's value written in {@code other}'s scale: 375,000 is 0.375 in millions. */
    public double valueInScaleOf(Figure other) {
        return value * scale() / other.scale();
    }

    private double scale() {
        String first = unit.strip().split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        return SCALES.getOrDefault(first, 1.0);
    }
}
