package dev.storybot.cli;

import dev.storybot.ingest.ArticleWriter;
import dev.storybot.ingest.ExtractedArticle;
import dev.storybot.ingest.ExtractionBenchmark;
import dev.storybot.ingest.IngestException;
import dev.storybot.ingest.IngestReport;
import dev.storybot.ingest.SourceReader;
import dev.storybot.knowledge.FactsWriter;
import dev.storybot.knowledge.KnowledgeBase;
import dev.storybot.knowledge.KnowledgeLoader;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Turns a news article (text, Markdown or a web page) into a knowledge directory: {@code article.txt} and a derived {@code facts.json}. */
@Command(
        name = "ingest",
        mixinStandardHelpOptions = true,
        description = {
            "Write DIR/article.txt from an article: a .txt, .md or .html file, or - for stdin.",
            "Web pages go through an article extractor that drops navigation, ads, captions and boilerplate.",
            "Then derives DIR/facts.json from the article (sentences, names, figures, speakers), with no model:",
            "the bot answers from it at once, and people may refine it (see storybot knowledge check)."
        })
public final class IngestCommand implements Callable<Integer> {

    @Parameters(paramLabel = "SOURCE", arity = "0..1", description = "A .txt, .md or .html file, or - for stdin.")
    String source;

    @Option(names = "--out", paramLabel = "DIR", description = "The knowledge directory to write article.txt into.")
    Path out;

    @Option(names = "--force", description = "Overwrite an existing article.txt and facts.json.")
    boolean force;

    @Option(names = "--benchmark", hidden = true, paramLabel = "DIR", description = "An extraction benchmark.")
    Path benchmark;

    @Option(names = "--predictions", hidden = true, paramLabel = "FILE", description = "Where benchmark output goes.")
    Path predictions;

    @Override
    public Integer call() {
        if (benchmark != null) {
            if (predictions == null) {
                throw new IngestException("--benchmark needs --predictions FILE");
            }
            int pages = ExtractionBenchmark.run(benchmark, predictions);
            System.out.println("extracted " + pages + " pages into " + predictions);
            return 0;
        }
        if (source == null || out == null) {
            throw new IngestException("usage: storybot ingest SOURCE --out DIR");
        }
        ExtractedArticle article = SourceReader.read(source, System.in);
        Path file = ArticleWriter.write(article, out, force);
        System.out.print(IngestReport.of(article, file));
        KnowledgeBase derived = KnowledgeLoader.derive(file.toString(), ArticleWriter.read(file));
        Path facts = ArticleWriter.writeFacts(FactsWriter.toJson(derived), out);
        System.out.print(IngestReport.facts(derived, facts));
        return 0;
    }
}
