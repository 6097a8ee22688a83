package dev.storybot.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Telling a source's format from its name or, on stdin, from its first characters. */
class SourceFormatTest {

    @Test
    void should_tell_the_format_by_extension() {
        assertThat(SourceFormat.byExtension("a/story.TXT")).hasValue(SourceFormat.TEXT);
        assertThat(SourceFormat.byExtension("story.md")).hasValue(SourceFormat.MARKDOWN);
        assertThat(SourceFormat.byExtension("page.html")).hasValue(SourceFormat.HTML);
        assertThat(SourceFormat.byExtension("page.pdf")).isEmpty();
    }

    @Test
    void should_sniff_html_markdown_and_text() {
        assertThat(SourceFormat.sniff("\uFEFF  <!DOCTYPE html><html><body><p>x</p></body></html>"))
                .isEqualTo(SourceFormat.HTML);
        assertThat(SourceFormat.sniff("# A headline\n\nA paragraph with a [link](x)."))
                .isEqualTo(SourceFormat.MARKDOWN);
        assertThat(SourceFormat.sniff("A headline\n\nA plain paragraph.")).isEqualTo(SourceFormat.TEXT);
    }

    @Test
    void should_split_paragraphs_at_blank_lines_into_single_lines() {
        assertThat(ParagraphSplitter.split("one\ntwo  three\n\n\n four \u00A0five\n \n"))
                .containsExactly("one two three", "four five");
    }
}
