package dev.storybot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.core.Paragraph;
import dev.storybot.ingest.ArticleWriter;
import dev.storybot.ingest.ExtractedArticle;
import dev.storybot.ingest.SourceReader;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code storybot ingest} writes is an article the knowledge loader reads: header, headline, paragraphs. */
class IngestedArticleTest {

    @TempDir
    Path dir;

    @Test
    void should_write_an_article_the_loader_parses_with_its_header_and_paragraphs() throws Exception {
        Path page = Path.of(getClass().getResource("/ingest/news-page.html").toURI());
        ExtractedArticle article = SourceReader.read(page.toString(), InputStream.nullInputStream());

        Path file = ArticleWriter.write(article, dir, false);
        String text = Files.readString(file);

        List<Paragraph> paragraphs = KnowledgeLoader.parseArticle(file.toString(), text);
        Map<String, String> header = KnowledgeLoader.parseHeader(text);
        assertThat(paragraphs).hasSize(4);
        assertThat(paragraphs.get(0).number()).isEqualTo(1);
        assertThat(paragraphs.get(0).text()).startsWith("The harbour bridge reopened");
        assertThat(header)
                .containsEntry("source", "news.example.org (https://news.example.org/city/harbour-bridge-reopens)")
                .containsEntry("byline", "Dana Whitfield")
                .containsEntry("date", "2025-03-14T08:30:00Z");
        assertThat(text.lines().findFirst()).hasValue("# Harbour bridge reopens after two-year repair");
        KnowledgeBase derived = new FactDeriver().derive(paragraphs, text, header);
        assertThat(derived.story().url()).isEqualTo("https://news.example.org/city/harbour-bridge-reopens");
    }
}
