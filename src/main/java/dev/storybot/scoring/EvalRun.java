package dev.storybot.scoring;

import dev.storybot.core.Answer;
import dev.storybot.core.Answerer;
import dev.storybot.core.ChatRequest;
import dev.storybot.knowledge.KnowledgeBase;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Runs evaluation turns through an answerer, conversations in order, and scores every reply. */
public final class EvalRun {

    private EvalRun() {}

    /** One judged reply. */
    public record Miss(EvalTurn turn, String problem, String reply) {}

    /**
     * The outcome of a run.
     *
     * @param total      turns asked
     * @param correct    turns answered correctly
     * @param byCategory per category: {correct, total}
     * @param misses     the wrong replies, in order
     */
    public record Result(int total, int correct, Map<String, int[]> byCategory, List<Miss> misses) {

        /** Correct turns as a fraction of all (1 for an empty run). */
        public double accuracy() {
            return total == 0 ? 1 : (double) correct / total;
        }

        /** A readable report: the total, one line per category, then up to {@code maxMisses} misses. */
        public String report(int maxMisses) {
            StringBuilder out = new StringBuilder(
                    String.format("score: %d/%d correct (%.1f%%)%n", correct, total, accuracy() * 100));
            byCategory.forEach((category, counts) -> out.append(String.format(
                    "  %-16s %3d/%3d (%.0f%%)%n", category, counts[0], counts[1], 100.0 * counts[0] / counts[1])));
            misses.stream()
                    .limit(maxMisses)
                    .forEach(miss -> out.append("  miss ")
                            .append(miss.turn().id())
                            .append(" [")
                            .append(miss.turn().category())
                            .append("] ")
                            .append(miss.turn().question().replace("\n", " "))
                            .append("\n    -> ")
                            .append(miss.problem())
                            .append("\n    got: ")
                            .append(miss.reply().replace("\n", " | "))
                            .append('\n'));
            if (misses.size() > maxMisses) {
                out.append("  ... and ").append(misses.size() - maxMisses).append(" more misses\n");
            }
            return out.toString();
        }
    }

    /** Asks every turn (each conversation under a fresh id, so runs do not share memory) and judges the replies. */
    public static Result run(Answerer answerer, KnowledgeBase knowledge, List<EvalTurn> turns) {
        String run = UUID.randomUUID().toString();
        Map<String, int[]> byCategory = new LinkedHashMap<>();
        List<Miss> misses = new ArrayList<>();
        int correct = 0;
        for (EvalTurn turn : turns) {
            Answer answer = answerer.answer(
                    new ChatRequest("eval", "eval:" + turn.conversation() + ":" + run, "evaluator", turn.question()));
            Optional<String> problem = turn.expectation().problem(answer, knowledge);
            int[] counts = byCategory.computeIfAbsent(turn.category(), c -> new int[2]);
            counts[1]++;
            if (problem.isEmpty()) {
                counts[0]++;
                correct++;
            } else {
                misses.add(new Miss(turn, problem.get(), answer.text()));
            }
        }
        return new Result(turns.size(), correct, byCategory, misses);
    }
}
