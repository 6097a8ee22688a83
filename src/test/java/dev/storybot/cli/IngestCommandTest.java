package dev.storybot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.Main;
import dev.storybot.knowledge.KnowledgeBase;
import dev.storybot.knowledge.KnowledgeLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code storybot ingest SOURCE --out DIR}, run through the real command line on the test pages. */
class IngestCommandTest {

    @TempDir
    Path dir;

    private static final String TEXT_FIRST_PARAGRAPH = "[1] The harbour bridge reopened to traffic on Friday morning,"
            + " two years after engineers closed it when inspectors found corrosion in its steel cables.";
    private static final String HEADLINE_LINE = "# Harbour bridge reopens after two-year repair\n";

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @Test
    void should_write_only_the_body_paragraphs_of_a_web_page_with_its_headline_and_source() throws Exception {
        Path story = dir.resolve("story");

        int exit = Main.run("ingest", resource("news-page.html").toString(), "--out", story.toString());

        assertThat(exit).isEqualTo(0);
        String article = Files.readString(story.resolve("article.txt"));
        assertThat(article)
                .startsWith(HEADLINE_LINE)
                .contains("# Source: news.example.org (https://news.example.org/city/harbour-bridge-reopens)")
                .contains("# Byline: Dana Whitfield")
                .contains("# Date: 2025-03-14T08:30:00Z")
                .contains("[1] The harbour bridge reopened to traffic on Friday morning")
                .contains("[4] The council said tolls will stay at their old level")
                .doesNotContain("[5]")
                .doesNotContain("Advertisement")
                .doesNotContain("Photo: Ledger staff")
                .doesNotContain("Related stories")
                .doesNotContain("Share on social media")
                .doesNotContain("Copyright")
                .doesNotContain("Business");
        assertThat(console.stdout())
                .contains("paragraphs: 4")
                .contains("words: 126")
                .contains("headline: Harbour bridge reopens after two-year repair")
                .contains("source: news.example.org (https://news.example.org/city/harbour-bridge-reopens)")
                .doesNotContain("not found");
    }

    @Test
    void should_read_a_text_article_with_its_header_lines() throws Exception {
        int exit = Main.run("ingest", resource("story.txt").toString(), "--out", dir.toString());

        assertThat(exit).isEqualTo(0);
        assertThat(Files.readString(dir.resolve("article.txt")))
                .startsWith(HEADLINE_LINE)
                .contains("# Source: https://news.example.org/city/harbour-bridge-reopens")
                .contains("# Date: 2025-03-14")
                .contains(TEXT_FIRST_PARAGRAPH)
                .contains("[3] Commuters welcomed the news.");
    }

    @Test
    void should_read_markdown_without_its_markup_and_say_what_it_could_not_find() throws Exception {
        int exit = Main.run("ingest", resource("story.md").toString(), "--out", dir.toString());

        assertThat(exit).isEqualTo(0);
        assertThat(Files.readString(dir.resolve("article.txt")))
                .startsWith(HEADLINE_LINE)
                .contains("# Byline: Dana Whitfield")
                .contains(TEXT_FIRST_PARAGRAPH)
                .contains("[3] Tolls stay at their old level until the end of the year.")
                .doesNotContain("**")
                .doesNotContain("](")
                .doesNotContain("The cost");
        assertThat(console.stdout()).contains("not found: date, source");
    }

    @Test
    void should_sniff_a_web_page_on_stdin() throws Exception {
        console.stdin(Files.readAllBytes(resource("news-page.html")));

        int exit = Main.run("ingest", "-", "--out", dir.toString());

        assertThat(exit).isEqualTo(0);
        assertThat(Files.readString(dir.resolve("article.txt")))
                .contains("# Source: news.example.org (https://news.example.org/city/harbour-bridge-reopens)")
                .contains("[4] The council said tolls");
    }

    @ParameterizedTest
    @ValueSource(strings = {"article.txt", "facts.json"})
    void should_refuse_to_overwrite_a_story_without_force(String existing) throws Exception {
        Files.writeString(dir.resolve(existing), "kept");

        int exit = Main.run("ingest", resource("story.txt").toString(), "--out", dir.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(Files.readString(dir.resolve(existing))).isEqualTo("kept");
        assertOneErrorLine(existing + " already exists; use --force");
    }

    @Test
    void should_overwrite_the_article_and_the_facts_with_force() throws Exception {
        Files.writeString(dir.resolve("article.txt"), "old");
        Files.writeString(dir.resolve("facts.json"), "{}");

        int exit = Main.run("ingest", resource("story.txt").toString(), "--out", dir.toString(), "--force");

        assertThat(exit).isEqualTo(0);
        assertThat(Files.readString(dir.resolve("article.txt"))).contains("[1] The harbour bridge");
        assertThat(Files.readString(dir.resolve("facts.json"))).contains("\"facts\"");
    }

    @Test
    void should_derive_facts_that_load_back_and_report_them() throws Exception {
        int exit = Main.run("ingest", resource("news-page.html").toString(), "--out", dir.toString());

        assertThat(exit).isEqualTo(0);
        KnowledgeBase written = KnowledgeLoader.load(dir);
        KnowledgeBase derived = KnowledgeLoader.derive("article.txt", Files.readString(dir.resolve("article.txt")));
        assertThat(written.facts()).isEqualTo(derived.facts());
        assertThat(written.entities()).isEqualTo(derived.entities());
        assertThat(written.story().title()).isEqualTo("Harbour bridge reopens after two-year repair");
        assertThat(console.stdout())
                .contains("facts: " + derived.facts().size())
                .contains("figures: ");
    }

    @Test
    void should_fail_with_one_line_on_a_missing_file() throws Exception {
        int exit = Main.run("ingest", dir.resolve("absent.html").toString(), "--out", dir.toString());

        assertThat(exit).isEqualTo(1);
        assertOneErrorLine("absent.html: no such file");
    }

    @Test
    void should_fail_with_one_line_on_an_empty_file() throws Exception {
        int exit = Main.run("ingest", resource("empty.txt").toString(), "--out", dir.toString());

        assertThat(exit).isEqualTo(1);
        assertOneErrorLine("empty.txt: is empty");
    }

    @Test
    void should_fail_with_one_line_on_a_page_that_is_not_html() throws Exception {
        int exit = Main.run("ingest", resource("not-html.html").toString(), "--out", dir.toString());

        assertThat(exit).isEqualTo(1);
        assertOneErrorLine("not-html.html: not HTML");
    }

    @Test
    void should_fail_with_one_line_on_a_page_without_an_article_body() throws Exception {
        int exit = Main.run("ingest", resource("no-body.html").toString(), "--out", dir.toString());

        assertThat(exit).isEqualTo(1);
        assertOneErrorLine("no-body.html: no article body found");
        assertThat(dir.resolve("article.txt")).doesNotExist();
    }

    @Test
    void should_fail_with_one_line_on_an_unknown_extension() throws Exception {
        Path pdf = Files.writeString(dir.resolve("story.pdf"), "text");

        int exit =
                Main.run("ingest", pdf.toString(), "--out", dir.resolve("out").toString());

        assertThat(exit).isEqualTo(1);
        assertOneErrorLine("story.pdf: unknown format");
    }

    private void assertOneErrorLine(String expected) {
        String error = console.stderr();
        assertThat(error).contains(expected).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(error.strip().lines()).hasSize(1);
    }

    static Path resource(String name) throws IOException {
        try {
            return Path.of(
                    IngestCommandTest.class.getResource("/ingest/" + name).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IOException(e);
        }
    }
}
