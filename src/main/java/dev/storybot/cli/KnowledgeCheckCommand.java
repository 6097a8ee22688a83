package dev.storybot.cli;

import dev.storybot.knowledge.KnowledgeBase;
import dev.storybot.knowledge.KnowledgeException;
import dev.storybot.knowledge.KnowledgeLint;
import dev.storybot.knowledge.KnowledgeLoader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code storybot knowledge check DIR}: loads a knowledge directory as the bot would (exit 1 with the loader's one-line
 * error) and prints the lint's warnings (exit 0).
 */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = {
            "Load DIR/article.txt and DIR/facts.json as the bot would, then warn about what is valid but likely wrong.",
            "Exits 1 with one error line when the files do not load; 0 otherwise, warnings or not."
        })
public final class KnowledgeCheckCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "The knowledge directory.")
    Path directory;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        KnowledgeBase knowledge;
        try {
            knowledge = KnowledgeLoader.load(directory);
        } catch (KnowledgeException e) {
            System.err.println("error: " + e.getMessage());
            return 1;
        }
        out.println("loaded " + directory + ": " + knowledge.paragraphs().size() + " paragraphs, "
                + knowledge.facts().size() + " facts, " + knowledge.entities().size() + " entities");
        KnowledgeLint.Report report = KnowledgeLint.lint(knowledge);
        report.warnings().forEach(out::println);
        out.println(report.translationSummary());
        out.println(
                report.warnings().isEmpty()
                        ? "no warnings"
                        : report.warnings().size() + " warning(s); the bot runs with them, but fix what you can");
        return 0;
    }
}
