package dev.storybot.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextExtractorTest {

    @Test
    void should_read_an_article_already_in_the_knowledge_format_back_as_it_was_written() {
        String text = String.join(
                "\n",
                "# Magic Mushrooms Create a Hyperconnected Brain",
                "# Source: Live Science (http://www.livescience.com/48502-magic-mushrooms-change-brain-networks.html)",
                "# Date: 2014-10-28",
                "# Author: Tia Ghose",
                "",
                "[1] The first paragraph.",
                "",
                "[2] The second   paragraph.");

        ExtractedArticle article = TextExtractor.extract(text, false);

        assertThat(article.headline()).contains("Magic Mushrooms Create a Hyperconnected Brain");
        assertThat(article.source())
                .hasValueSatisfying(source -> assertThat(source).contains("livescience.com"));
        assertThat(article.date()).contains("2014-10-28");
        assertThat(article.byline()).contains("Tia Ghose");
        assertThat(article.paragraphs()).containsExactly("The first paragraph.", "The second paragraph.");
    }
}
