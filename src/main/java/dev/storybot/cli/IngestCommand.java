package dev.storybot.cli;

import dev.storybot.ingest.AnswerTranslator;
import dev.storybot.ingest.ArticleWriter;
import dev.storybot.ingest.DraftMerger;
import dev.storybot.ingest.ExtractedArticle;
import dev.storybot.ingest.ExtractionBenchmark;
import dev.storybot.ingest.FactDraft;
import dev.storybot.ingest.FactDrafter;
import dev.storybot.ingest.IngestException;
import dev.storybot.ingest.IngestReport;
import dev.storybot.ingest.SourceReader;
import dev.storybot.knowledge.FactsWriter;
import dev.storybot.knowledge.KnowledgeBase;
import dev.storybot.knowledge.KnowledgeLoader;
import dev.storybot.llm.ChatCompletionsGenerator;
import dev.storybot.settings.LlmSettings;
import dev.storybot.settings.Variable;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
            "the bot answers from it at once, and people may refine it (see storybot knowledge check).",
            "With --llm, the configured model drafts richer facts; each is checked against the article and",
            "the ones that fail are dropped and listed; paragraphs left without a model fact keep derived ones."
        })
public final class IngestCommand implements Callable<Integer> {

    @Parameters(paramLabel = "SOURCE", arity = "0..1", description = "A .txt, .md or .html file, or - for stdin.")
    String source;

    @Option(names = "--out", paramLabel = "DIR", description = "The knowledge directory to write article.txt into.")
    Path out;

    @Option(names = "--force", description = "Overwrite an existing article.txt and facts.json.")
    boolean force;

    @Option(
            names = "--llm",
            description = "Let the configured model (STORYBOT_LLM_BASE_URL, STORYBOT_LLM_MODEL) draft the facts.")
    boolean llm;

    @Option(
            names = "--translate",
            description =
                    "With --llm: also ask the model to translate the answers into the other languages the bot answers in (zh, ko).")
    boolean translate;

    @Mixin
    ConfigOption config;

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
        if (translate && !llm) {
            throw new IngestException("--translate needs --llm");
        }
        Optional<LlmSettings> model = llm ? Optional.of(modelSettings()) : Optional.empty();
        ExtractedArticle article = SourceReader.read(source, System.in);
        Path file = ArticleWriter.write(article, out, force);
        System.out.print(IngestReport.of(article, file));
        KnowledgeBase derived = KnowledgeLoader.derive(file.toString(), ArticleWriter.read(file));
        if (model.isEmpty()) {
            Path facts = ArticleWriter.writeFacts(FactsWriter.toJson(derived), out);
            System.out.print(IngestReport.facts(derived, facts));
            return 0;
        }
        LlmSettings settings = model.get();
        Duration timeout = settings.timeout().compareTo(FactDrafter.MIN_REQUEST_TIMEOUT) < 0
                ? FactDrafter.MIN_REQUEST_TIMEOUT
                : settings.timeout();
        LlmSettings drafting = new LlmSettings(
                settings.baseUrl(), settings.model(), settings.apiKey(), timeout, settings.contextTokens());
        try (ChatCompletionsGenerator generator =
                new ChatCompletionsGenerator(drafting, FactDrafter.MAX_OUTPUT_TOKENS)) {
            FactDraft draft =
                    new FactDrafter(generator, timeout).draft(derived.story().title(), derived.paragraphs());
            DraftMerger.Result merged = DraftMerger.merge(derived, draft);
            System.out.print(IngestReport.draft(settings.model(), draft, merged));
            KnowledgeBase written = merged.kept().isEmpty() ? derived : merged.knowledge();
            if (translate) {
                AnswerTranslator.Result translated =
                        new AnswerTranslator(generator, timeout).translate(written.facts(), written.paragraphs());
                written = new KnowledgeBase(
                        written.story(),
                        written.paragraphs(),
                        written.entities(),
                        translated.facts(),
                        written.header());
                System.out.print(IngestReport.translations(translated));
            }
            Path facts = ArticleWriter.writeFacts(FactsWriter.toJson(written), out);
            System.out.print(IngestReport.facts(
                    written,
                    facts,
                    merged.kept().isEmpty()
                            ? "derived from the article"
                            : "drafted by the model, checked against the article"));
        }
        return 0;
    }

    /** The model to draft with; without one, a one-line error naming the settings to set. */
    private LlmSettings modelSettings() {
        return config.reader()
                .llm()
                .orElseThrow(() -> new IngestException("--llm needs a model: set " + Variable.STORYBOT_LLM_BASE_URL
                        + " and " + Variable.STORYBOT_LLM_MODEL + " (and " + Variable.STORYBOT_LLM_API_KEY
                        + " if the server needs one), in the environment or a --config file"));
    }
}
