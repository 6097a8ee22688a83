package dev.storybot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.storybot.core.Answer;
import dev.storybot.core.Citation;

/** Renders answers for the terminal: readable text, or the stable one-line JSON of {@code ask --json}. */
public final class AnswerFormat {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AnswerFormat() {}

    /** The answer, a blank line, then each citation as {@code [¶N] "quote"}, then the note. */
    public static String text(Answer answer) {
        StringBuilder out = new StringBuilder(answer.text());
        if (!answer.citations().isEmpty()) {
            out.append("\n\nSources:");
            for (int i = 0; i < answer.citations().size(); i++) {
                Citation c = answer.citations().get(i);
                out.append("\n  ")
                        .append(answer.citationLabel(i))
                        .append("[¶")
                        .append(c.paragraph())
                        .append("] \"")
                        .append(c.quote())
                        .append('"');
            }
        }
        answer.optionalNote().ifPresent(note -> out.append("\n\n(").append(note).append(')'));
        return out.toString();
    }

    /**
     * One JSON object: {@code question, answer, answered, citations[{paragraph, quote}], mode, conversation,
     * latency_ms}, plus {@code model} in LLM mode, {@code outcome}, {@code language} and {@code note} when present.
     */
    public static String json(String question, String conversation, Answer answer, long latencyMillis) {
        ObjectNode node = JSON.createObjectNode();
        node.put("question", question);
        node.put("answer", answer.text());
        node.put("answered", answer.answered());
        ArrayNode citations = node.putArray("citations");
        for (Citation c : answer.citations()) {
            citations.addObject().put("paragraph", c.paragraph()).put("quote", c.quote());
        }
        node.put("mode", answer.mode().wireName());
        if (answer.model() != null) {
            node.put("model", answer.model());
        }
        node.put("conversation", conversation);
        node.put("latency_ms", latencyMillis);
        node.put("outcome", answer.outcome().name().toLowerCase(java.util.Locale.ROOT));
        node.put("language", answer.language().code());
        if (answer.note() != null) {
            node.put("note", answer.note());
        }
        return node.toString();
    }

    /** A JSON line reporting input that could not be read, so that output stays one line per input. */
    public static String jsonError(String error) {
        ObjectNode node = JSON.createObjectNode();
        node.put("error", error);
        node.put("answered", false);
        return node.toString();
    }
}
