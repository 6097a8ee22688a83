package dev.storybot.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.storybot.core.Paragraph;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The checks every drafted fact passes before it is written: one row per draft, with the verdict expected. */
class DraftValidatorTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<Paragraph> ARTICLE = List.of(
            new Paragraph(1, "The ferry line carried 1.2 billion passengers last year, up 12% on the year before."),
            new Paragraph(2, "The operator raised $1.2 billion from investors, the mayor  said on Monday."));
    private static final String ACCEPTED = "";

    static Stream<Arguments> drafts() throws Exception {
        return Stream.of(
                row("a good fact", fact(1, "carried 1.2 billion passengers", "1.2", "[\"ferry\"]"), ACCEPTED),
                row("a figure scaled out", fact(1, "carried 1.2 billion passengers", "1200000000", "[]"), ACCEPTED),
                row("money with a currency sign", fact(2, "raised $1.2 billion from investors", "1.2", "[]"), ACCEPTED),
                row("a percentage", fact(1, "up 12% on the year before", "12", "[]"), ACCEPTED),
                row("a percentage as a fraction", fact(1, "up 12% on the year before", "0.12", "[]"), ACCEPTED),
                row("whitespace differs", fact(2, "the mayor said on Monday", "null", "[]"), ACCEPTED),
                row(
                        "a paraphrased quote",
                        fact(1, "carried 1.2bn riders", "null", "[]"),
                        "quote is not verbatim in paragraph 1"),
                row(
                        "a figure not in its quote",
                        fact(1, "up 12% on the year before", "15", "[]"),
                        "figure 'count' value 15 is not in the quote"),
                row(
                        "an unknown entity id",
                        fact(1, "up 12% on the year before", "null", "[\"harbour\"]"),
                        "unknown entity id 'harbour'"),
                row(
                        "a paragraph the article lacks",
                        fact(3, "up 12%", "null", "[]"),
                        "paragraph 3 is not in the article"),
                row(
                        "an over-long answer",
                        with("answer", "x".repeat(301)),
                        "answer is 301 characters; the limit is 300"),
                row("an unknown certainty", with("certainty", "rumoured"), "unknown certainty 'rumoured'"),
                row("an unknown answer type", with("answers", "[\"colour\"]"), "unknown answer type 'colour'"),
                row("no quote", with("quote", ""), "no quote"),
                row("no id", with("id", ""), "no id"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("drafts")
    void should_accept_only_drafts_the_article_proves(String name, String draft, String reason) throws Exception {
        DraftVerdict verdict = validator().check(JSON.readTree(draft));

        assertThat(verdict.reason()).isEqualTo(reason);
        assertThat(verdict.isAccepted()).isEqualTo(reason.isEmpty());
    }

    @Test
    void should_write_the_paragraph_s_own_span_when_only_whitespace_differs() throws Exception {
        DraftVerdict verdict = validator().check(JSON.readTree(fact(2, "the mayor\nsaid", "null", "[]")));

        assertThat(verdict.fact().orElseThrow().quote()).isEqualTo("the mayor  said");
    }

    @Test
    void should_drop_a_second_draft_with_an_id_already_taken() throws Exception {
        DraftValidator validator = validator();
        JsonNode draft = JSON.readTree(fact(1, "up 12%", "null", "[]"));

        assertThat(validator.check(draft).isAccepted()).isTrue();
        assertThat(validator.check(draft).reason()).isEqualTo("duplicate id");
    }

    private static DraftValidator validator() {
        return new DraftValidator(ARTICLE, Set.of("ferry"));
    }

    private static Arguments row(String name, String draft, String reason) {
        return Arguments.of(name, draft, reason);
    }

    /** A draft quoting {@code quote} from {@code paragraph}, with one figure of {@code value} unless it is "null". */
    private static String fact(int paragraph, String quote, String value, String entities) throws Exception {
        String figures =
                value.equals("null") ? "[]" : "[{\"label\": \"count\", \"value\": " + value + ", \"unit\": \"\"}]";
        return """
                {"id": "f1", "paragraph": %d, "quote": %s, "answer": "An answer.", "attribution": "the article",
                 "certainty": "stated", "entities": %s, "answers": ["number"], "figures": %s}
                """.formatted(paragraph, JSON.writeValueAsString(quote), entities, figures);
    }

    /** A good draft with one field replaced by {@code json} (a JSON array) or a string. */
    private static String with(String field, String value) {
        try {
            var node = (ObjectNode) JSON.readTree(fact(1, "up 12% on the year before", "null", "[]"));
            if (value.startsWith("[")) {
                node.set(field, JSON.readTree(value));
            } else {
                node.put(field, value);
            }
            return JSON.writeValueAsString(node);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
