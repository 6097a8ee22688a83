package dev.storybot.cli;

import dev.storybot.knowledge.KnowledgeLoader;
import dev.storybot.scoring.EvalFile;
import dev.storybot.scoring.EvalRun;
import dev.storybot.scoring.EvalTurn;
import dev.storybot.scoring.ParagraphMap;
import dev.storybot.settings.SettingsReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Runs an evaluation file through the configured answerer and prints per-category scores and the misses. */
@Command(
        name = "eval",
        mixinStandardHelpOptions = true,
        description = {
            "Score the configured answerer (retrieval, or the model when one is configured) on an "
                    + "eval file of JSON lines, and print per-category scores and the misses.",
            "Use it to measure a model before switching it on."
        })
public final class EvalCommand implements Callable<Integer> {

    @Mixin
    ConfigOption config = new ConfigOption();

    @Parameters(paramLabel = "FILE", description = "An eval file (JSON lines).")
    Path file;

    @Option(names = "--no-llm", description = "Score retrieval alone, even when a model is configured.")
    boolean noLlm;

    @Option(
            names = "--misses",
            defaultValue = "50",
            paramLabel = "N",
            description = "Misses to list (default: ${DEFAULT-VALUE}).")
    int misses;

    @Option(
            names = "--written-against",
            paramLabel = "ARTICLE",
            description = "The article.txt the set's paragraph numbers refer to, when the bot's article numbers"
                    + " its paragraphs differently (e.g. after ingest from the web page).")
    Path writtenAgainst;

    @Override
    public Integer call() throws IOException {
        List<EvalTurn> turns;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            turns = EvalFile.read(in);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IllegalArgumentException("no such eval file: " + file);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage());
        }
        SettingsReader settings = config.reader();
        Storybot bot = Storybot.create(settings.knowledge(), noLlm ? Optional.empty() : settings.llm());
        if (writtenAgainst != null) {
            ParagraphMap map = ParagraphMap.between(
                    KnowledgeLoader.derive(writtenAgainst.toString(), readArticle(writtenAgainst))
                            .paragraphs(),
                    bot.knowledge().paragraphs());
            turns = turns.stream().map(map::apply).toList();
        }
        System.out.print(EvalRun.run(bot.answerer(), bot.knowledge(), turns).report(Math.max(misses, 0)));
        return 0;
    }

    private static String readArticle(Path article) throws IOException {
        try {
            return Files.readString(article, StandardCharsets.UTF_8);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IllegalArgumentException("no such article: " + article);
        }
    }
}
