package dev.storybot.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "<p>Image 2 of 5</p> | false",
                "<p>Related: <a href='/x'>Ten odd moons</a></p> | false",
                "<p><a href='/y'>Moon Rush: Private Lunar Lander Plans</a></p> | false",
                "<p>Email Ana at ana@example.org or follow her on Twitter @ana.</p> | false",
                "<p><a href='https://example.org/report'>https://example.org/report</a></p> | true",
                "<p><a href='/deal'>Get it on Amazon for $39.99</a></p> | true",
                "<p>The mayor said <a href='/z'>the ferry</a> will run all winter.</p> | true",
                // the byline and date the header already gives, teasers for other stories, bare contact lines
                "<p>By Ann Lee</p> | false",
                "<p>By Paul Marsh, Staff writer</p> | false",
                "<p>Published 4:00 am CST, Wednesday, November 20, 2019</p> | false",
                "<p>On HarbourTimes.com: Ferry fares rise again</p> | false",
                "<p>ana.lee@example.org</p> | false",
                "<p>twitter.com/analee</p> | false",
                "<p>By Tuesday the ferry will have run 40 trips, officials said.</p> | true",
                "<p>Published figures show 40 trips in 2019, up from 12.</p> | true",
            })
    void should_drop_furniture_blocks_but_keep_prose_links_and_offers(String block, boolean kept) {
        String body = "<div><p>The ferry will sail every day from May, the harbour office said on Monday.</p>" + block
                + "</div>";

        assertThat(HtmlExtractor.paragraphs(Jsoup.parse(body).body())).hasSize(kept ? 2 : 1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "<meta property='og:site_name' content='Space.com'> | https://www.space.com/a.html"
                        + " | Space.com (https://www.space.com/a.html)",
                "<script type='application/ld+json'>{\"publisher\": {\"@type\": \"Organization\", \"name\":"
                        + " \"Example Times\"}}</script> | https://news.example.org/b | Example Times"
                        + " (https://news.example.org/b)",
                "<meta name='application-name' content='Le Monde'> | '' | Le Monde",
                "<title>Only a title</title> | https://www2.example.co.uk/c | example.co.uk (https://www2.example.co.uk/c)",
                "<meta property='og:site_name' content='The paper that brings you the news that matters every single"
                        + " morning'> | https://paper.example/d | paper.example (https://paper.example/d)",
            })
    void should_name_the_publication_and_its_address_in_the_source_line(String head, String address, String line) {
        org.jsoup.nodes.Document page = Jsoup.parse("<html><head>" + head + "</head><body></body></html>");
        java.util.Optional<String> url =
                address.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(address);

        assertThat(HtmlExtractor.sourceLine(HtmlMetadata.publisher(page, url), url))
                .contains(line);
    }

    @Test
    void should_leave_out_a_lead_photo_caption_and_credit_marked_only_by_class_names() {
        String body = "<p>The harbour ferry will run all winter for the first time, the town council decided on Monday"
                + " after a long debate about its cost and the number of passengers it carried last year.</p>";
        String page = "<html><head><title>Ferry runs all winter</title></head><body><article>"
                + "<div class='InlineImage-wrapper'><div class='InlineImage-imageEmbedCaption'>The mayor, center,"
                + " waves from the deck of the ferry during a visit to the harbour on Monday, Nov. 13.</div>"
                + "<div class='InlineImage-imageEmbedCredit'>Ana Pérez | Harbour Times</div></div>"
                + body.repeat(3)
                + "</article></body></html>";

        ExtractedArticle article = HtmlExtractor.extract(page, "https://example.org/ferry");

        assertThat(article.paragraphs()).isNotEmpty().noneMatch(p -> p.contains("waves from the deck"));
        assertThat(article.paragraphs()).noneMatch(p -> p.contains("Harbour Times"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "<meta name='author' content='Ana Ruiz'> | Ana Ruiz",
                "<script type='application/ld+json'>{\"author\":[{\"@type\":\"Person\",\"name\":\"Ana Ruiz\"}]}</script> | Ana Ruiz",
                "<script type='application/ld+json'>{\"author\":{\"@type\":\"Person\",\"name\":\"Ana Ruiz\"}}</script> | Ana Ruiz",
                "<script type='application/ld+json'>{\"author\":\"Jos\\u00e9 Garc\\u00eda\"}</script> | José García"
            })
    void should_find_the_byline_in_meta_tags_or_schema_org_markup(String head, String byline) {
        org.jsoup.nodes.Document page = Jsoup.parse("<html><head>" + head + "</head><body></body></html>");

        assertThat(HtmlMetadata.byline(page)).contains(byline);
    }
}
