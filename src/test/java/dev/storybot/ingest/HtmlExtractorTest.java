package dev.storybot.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The fallback when Readability misses: the block whose own paragraphs hold the most text. */
class HtmlExtractorTest {

    @Test
    void should_take_the_block_with_the_most_paragraph_text_and_leave_page_furniture_out() {
        String page = "<html><body><form>"
                + "<nav><p>Home</p><p>World news and more sections</p></nav>"
                + "<div class='teaser'><p>A short teaser.</p></div>"
                + "<div class='story'><p>The first paragraph of the story, long enough to count.</p>"
                + "<figure><figcaption>A caption</figcaption></figure>"
                + "<p>The second paragraph of the story.</p></div>"
                + "<footer><p>Copyright and a long list of legal notices that nobody reads at all.</p></footer>"
                + "</form></body></html>";

        assertThat(HtmlExtractor.densestBlock(Jsoup.parse(page)))
                .containsExactly(
                        "The first paragraph of the story, long enough to count.",
                        "The second paragraph of the story.");
    }
}
