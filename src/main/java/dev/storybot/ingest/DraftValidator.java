package dev.storybot.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storybot.core.Answer;
import dev.storybot.core.Paragraph;
import dev.storybot.knowledge.AnswerType;
import dev.storybot.knowledge.Certainty;
import dev.storybot.knowledge.Fact;
import dev.storybot.knowledge.Figure;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks one fact a model drafted against the article, trusting nothing it says: the quote must be a verbatim span of
 * its paragraph (whitespace aside), every figure a number of the quote, the answer short, every entity id defined,
 * every answer type and the certainty known values, the id new.
 */
public final class DraftValidator {

    /** An answer longer than the bot may say in one reply cannot be written (the loader rejects it too). */
    public static final int MAX_ANSWER_CHARS = Answer.MAX_TEXT_CHARS;
    /** The id shown in the report for a draft without one. */
    static final String NO_ID = "(no id)";

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final List<Paragraph> paragraphs;
    private final Set<String> entityIds;
    private final Set<String> seenIds = new HashSet<>();

    /** A validator for drafts of {@code paragraphs} that may reference {@code entityIds}. */
    public DraftValidator(List<Paragraph> paragraphs, Set<String> entityIds) {
        this.paragraphs = List.copyOf(paragraphs);
        this.entityIds = Set.copyOf(entityIds);
    }

    /** The fact to write, or why the draft is dropped; an accepted id is taken, so a later draft may not reuse it. */
    public DraftVerdict check(JsonNode draft) {
        String id = text(draft, "id");
        if (id.isEmpty()) {
            return DraftVerdict.dropped(NO_ID, "no id");
        }
        String reason = problem(draft, id);
        if (!reason.isEmpty()) {
            return DraftVerdict.dropped(id, reason);
        }
        int number = draft.get("paragraph").asInt();
        String quote = verbatim(text(draft, "quote"), paragraphs.get(number - 1).text());
        seenIds.add(id);
        return DraftVerdict.accepted(new Fact(
                id,
                number,
                quote,
                text(draft, "answer"),
                text(draft, "attribution"),
                Certainty.fromWire(text(draft, "certainty")),
                strings(draft, "entities"),
                strings(draft, "keywords"),
                strings(draft, "answers").stream().map(AnswerType::fromWire).toList(),
                figures(draft),
                strings(draft, "paraphrases"),
                null,
                null));
    }

    private String problem(JsonNode draft, String id) {
        if (seenIds.contains(id)) {
            return "duplicate id";
        }
        JsonNode paragraph = draft.get("paragraph");
        if (paragraph == null || !paragraph.canConvertToInt()) {
            return "no paragraph number";
        }
        int number = paragraph.asInt();
        if (number < 1 || number > paragraphs.size()) {
            return "paragraph " + number + " is not in the article";
        }
        String quote = text(draft, "quote");
        if (quote.isEmpty()) {
            return "no quote";
        }
        if (verbatim(quote, paragraphs.get(number - 1).text()) == null) {
            return "quote is not verbatim in paragraph " + number;
        }
        String answer = text(draft, "answer");
        if (answer.isEmpty()) {
            return "no answer";
        }
        if (answer.length() > MAX_ANSWER_CHARS) {
            return "answer is " + answer.length() + " characters; the limit is " + MAX_ANSWER_CHARS;
        }
        if (text(draft, "attribution").isEmpty()) {
            return "no attribution";
        }
        String certainty = text(draft, "certainty");
        if (!known(certainty, Certainty.values())) {
            return "unknown certainty '" + certainty + "'";
        }
        for (String type : strings(draft, "answers")) {
            if (!known(type, AnswerType.values())) {
                return "unknown answer type '" + type + "'";
            }
        }
        for (String entity : strings(draft, "entities")) {
            if (!entityIds.contains(entity)) {
                return "unknown entity id '" + entity + "'";
            }
        }
        JsonNode figures = draft.path("figures");
        for (JsonNode figure : figures) {
            String label = text(figure, "label");
            JsonNode value = figure.get("value");
            if (value == null || !value.isNumber()) {
                return "figure '" + label + "' has no numeric value";
            }
            if (!FigureCheck.appears(value.asDouble(), quote)) {
                return "figure '" + label + "' value " + value.asText() + " is not in the quote";
            }
        }
        return "";
    }

    /** The span of {@code paragraph} that is {@code quote} once runs of whitespace are equated, or null. */
    static String verbatim(String quote, String paragraph) {
        String[] words = WHITESPACE.split(quote.strip());
        List<String> quoted = new ArrayList<>();
        for (String w : words) {
            quoted.add(Pattern.quote(w));
        }
        Matcher m = Pattern.compile(String.join("\\s+", quoted)).matcher(paragraph);
        return m.find() ? m.group() : null;
    }

    private static boolean known(String value, Enum<?>[] values) {
        String wire = value.strip().toUpperCase(Locale.ROOT);
        for (Enum<?> v : values) {
            if (v.name().equals(wire)) {
                return true;
            }
        }
        return false;
    }

    private static List<Figure> figures(JsonNode draft) {
        List<Figure> figures = new ArrayList<>();
        for (JsonNode f : draft.path("figures")) {
            figures.add(new Figure(text(f, "label"), f.get("value").asDouble(), text(f, "unit")));
        }
        return figures;
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.isValueNode() || value.isNull()
                ? ""
                : value.asText().strip();
    }

    static List<String> strings(JsonNode node, String field) {
        List<String> values = new ArrayList<>();
        for (JsonNode v : node.path(field)) {
            if (v.isValueNode() && !v.asText().isBlank()) {
                values.add(v.asText().strip());
            }
        }
        return values;
    }
}
