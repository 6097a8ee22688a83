package dev.storybot.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.core.Paragraph;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphMapTest {

    private static final List<Paragraph> WRITTEN = List.of(
            new Paragraph(1, "The ferry sails at noon."),
            new Paragraph(2, "Tickets cost five dollars, the operator said."),
            new Paragraph(3, "Editor's note: updated at 5 p.m."));
    private static final List<Paragraph> INGESTED = List.of(
            new Paragraph(1, "The ferry sails at noon."),
            new Paragraph(2, "Image 1 of 3"),
            new Paragraph(3, "Related: boats in pictures"),
            new Paragraph(4, "Tickets cost five dollars, the operator said."));

    @Test
    void should_renumber_the_expected_paragraphs_to_the_ingested_article() {
        ParagraphMap map = ParagraphMap.between(WRITTEN, INGESTED);
        EvalTurn turn = new EvalTurn(
                "t1",
                "fact",
                "c1",
                "how much r tickets",
                new MentionExpectation("answer", List.of(2), List.of(List.of("five"))));

        MentionExpectation renumbered = (MentionExpectation) map.apply(turn).expectation();

        assertThat(renumbered.paragraphs()).containsExactly(4);
        assertThat(renumbered.mustMention()).isEqualTo(List.of(List.of("five")));
    }

    @Test
    void should_keep_a_paragraph_the_ingested_article_dropped_and_leave_refusals_alone() {
        ParagraphMap map = ParagraphMap.between(WRITTEN, INGESTED);
        EvalTurn note = new EvalTurn(
                "t2", "meta", "c2", "when was it updated", new MentionExpectation("answer", List.of(3), List.of()));
        EvalTurn refusal = new EvalTurn(
                "t3", "refusal", "c3", "who won the cup", new MentionExpectation("refuse", List.of(), List.of()));

        assertThat(((MentionExpectation) map.apply(note).expectation()).paragraphs())
                .containsExactly(3);
        assertThat(map.apply(refusal)).isEqualTo(refusal);
    }
}
