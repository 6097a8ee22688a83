package dev.storybot;

import dev.storybot.cli.StorybotCommand;
import dev.storybot.knowledge.KnowledgeException;
import picocli.CommandLine;

/** Composition root and entry point: runs the {@code storybot} command line. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code; configuration errors become one clear line on stderr. */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new StorybotCommand());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof KnowledgeException || e instanceof IllegalArgumentException
                    || e instanceof dev.storybot.feedback.FeedbackStoreException) {
                commandLine.getErr().println("storybot: " + e.getMessage());
                return 1;
            }
            throw e;
        });
        return cli.execute(args);
    }
}
