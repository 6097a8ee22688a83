package dev.storybot.knowledge;

/**
 * A number the article gives, so that arithmetic on it is computed rather than guessed.
 *
 * @param label what is counted, e.g. "Qwen's cumulative downloads on Hugging Face"
 * @param value the number in {@code unit}s, e.g. 385.3
 * @param unit  e.g. "million", "percent", "billion dollars"
 */
public record Figure(String label, double value, String unit) {}
