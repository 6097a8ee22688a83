package dev.storybot.answering;

import dev.storybot.core.Language;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Formats computed figures in the unit and the number style of each language. */
final class Numbers {

    private static final BigDecimal TEN_THOUSANDS_PER_MILLION = BigDecimal.valueOf(100);

    private Numbers() {}

    /** Most decimals a computed amount is given with: the story's figures rarely have more. */
    static final int MAX_DECIMALS = 2;

    /** e.g. 39.1 "million" is "39.1 million" in English, "3910万" in Chinese and "3910만" in Korean. */
    static String format(BigDecimal value, String unit, Language language) {
        // as precise as the story's figures: 36.33 - 33.92 is 2.41, not 2.4; never more than two decimals
        int scale =
                Math.min(MAX_DECIMALS, Math.max(1, value.stripTrailingZeros().scale()));
        BigDecimal rounded = value.setScale(scale, RoundingMode.HALF_UP).stripTrailingZeros();
        String u = unit.toLowerCase(java.util.Locale.ROOT);
        if (u.startsWith("percent")) {
            return rounded.toPlainString() + (language == Language.EN ? " percentage points" : "%p");
        }
        if (u.equals("million") && language != Language.EN) {
            String tenThousands = value.multiply(TEN_THOUSANDS_PER_MILLION)
                    .setScale(0, RoundingMode.HALF_UP)
                    .toPlainString();
            return tenThousands + (language == Language.ZH ? "万" : "만");
        }
        // "10,013 dollars", "16,996,583": digits grouped as the story writes its own figures
        java.text.DecimalFormat grouped = new java.text.DecimalFormat(
                "#,##0.##", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT));
        grouped.setMaximumFractionDigits(Math.max(0, rounded.scale()));
        String number = grouped.format(rounded);
        return unit.isBlank() ? number : number + " " + unit;
    }
}
