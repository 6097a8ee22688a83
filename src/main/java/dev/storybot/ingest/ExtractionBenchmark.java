package dev.storybot.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Runs the HTML extractor over an extraction benchmark directory ({@code ground-truth.json} and {@code
 * html/<id>.html.gz}) and writes the predictions file its scorer reads: {@code {"<id>": {"articleBody": "..."}}}.
 */
public final class ExtractionBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ExtractionBenchmark() {}

    /**
     * Extracts every page the ground truth lists and writes the predictions.
     *
     * @return the number of pages extracted
     */
    public static int run(Path benchmarkDir, Path predictions) {
        try {
            JsonNode truth =
                    JSON.readTree(benchmarkDir.resolve("ground-truth.json").toFile());
            ObjectNode out = JSON.createObjectNode();
            Iterator<Map.Entry<String, JsonNode>> pages = truth.fields();
            int count = 0;
            while (pages.hasNext()) {
                Map.Entry<String, JsonNode> page = pages.next();
                String html = readPage(benchmarkDir.resolve("html").resolve(page.getKey() + ".html.gz"));
                ExtractedArticle article =
                        HtmlExtractor.extract(html, page.getValue().path("url").asText(""));
                out.putObject(page.getKey()).put("articleBody", String.join("\n\n", article.paragraphs()));
                count++;
            }
            JSON.writerWithDefaultPrettyPrinter().writeValue(predictions.toFile(), out);
            return count;
        } catch (IOException e) {
            throw new IngestException("benchmark " + benchmarkDir + ": " + e.getMessage());
        }
    }

    private static String readPage(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
