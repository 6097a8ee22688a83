package dev.storybot.feedback;

import dev.storybot.core.PrintableText;
import java.util.List;

/** Formats a {@link FeedbackSummary} as plain text for the {@code storybot feedback} command. */
public final class FeedbackReport {

    /** Down-voted answers listed by {@link #format(FeedbackSummary)}; the rest are counted. */
    public static final int DEFAULT_MAX_LISTED = 20;
    /** Longest excerpt of an answer shown per down-voted item, in characters. */
    public static final int ANSWER_EXCERPT_CHARS = 200;

    private FeedbackReport() {}

    /** The report with at most {@link #DEFAULT_MAX_LISTED} down-voted answers. */
    public static String format(FeedbackSummary summary) {
        return format(summary, DEFAULT_MAX_LISTED);
    }

    /**
     * The report: totals on the first line, then the down-voted questions, newest first.
     *
     * <p>Example: {@code "Feedback: 3 answers stored, 2 up-votes, 1 down-vote (latest vote per person and answer)."}
     */
    public static String format(FeedbackSummary summary, int maxListed) {
        StringBuilder out = new StringBuilder();
        out.append("Feedback: ")
                .append(count(summary.answers(), "answer"))
                .append(" stored, ")
                .append(count(summary.up(), "up-vote"))
                .append(", ")
                .append(count(summary.down(), "down-vote"))
                .append(" (latest vote per person and answer).\n");
        List<FeedbackSummary.DownVoted> downVoted = summary.downVoted();
        if (downVoted.isEmpty()) {
            out.append("\nNo down-voted answers yet.\n");
            return out.toString();
        }
        out.append("\nDown-voted answers, newest first:\n");
        int shown = Math.min(Math.max(maxListed, 0), downVoted.size());
        for (int i = 0; i < shown; i++) {
            FeedbackSummary.DownVoted item = downVoted.get(i);
            out.append(i + 1)
                    .append(". [")
                    .append(PrintableText.escape(item.platform()))
                    .append(", ")
                    .append(PrintableText.escape(item.mode()))
                    .append("] ")
                    .append(count(item.votes(), "down-vote"))
                    .append('\n')
                    .append("   Q: ")
                    .append(oneLine(item.question(), Integer.MAX_VALUE))
                    .append('\n')
                    .append("   A: ")
                    .append(oneLine(item.answer(), ANSWER_EXCERPT_CHARS))
                    .append('\n');
        }
        if (downVoted.size() > shown) {
            out.append("... and ").append(downVoted.size() - shown).append(" more.\n");
        }
        return out.toString();
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** Whitespace folded, then control characters escaped: a stored question cannot drive the operator's terminal. */
    private static String oneLine(String text, int maxChars) {
        String flat = PrintableText.escape(text.replaceAll("\\s+", " ").strip());
        if (flat.length() <= maxChars) {
            return flat;
        }
        int cut = maxChars - 1;
        if (Character.isHighSurrogate(flat.charAt(cut - 1))) {
            cut--;
        }
        return flat.substring(0, cut).stripTrailing() + "…";
    }
}
