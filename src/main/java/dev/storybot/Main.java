package dev.storybot;

import dev.storybot.cli.Storybot;
import dev.storybot.cli.StorybotCommand;
import dev.storybot.knowledge.KnowledgeException;
import java.util.Set;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/** Composition root and entry point: runs the {@code storybot} command line. */
public final class Main {

    private static final Set<String> QUESTION_COMMANDS = Set.of("chat", "ask", "serve", "bench", "eval");
    private static final Set<String> HELP_OR_VERSION = Set.of("-h", "--help", "-V", "--version");

    private Main() {}

    public static void main(String[] args) {
        int exitCode = 1;
        try {
            exitCode = run(args);
        } finally {
            // the embedding runtime crashes the JVM when it exits while the model is still loading natively
            Storybot.awaitEmbeddingModel();
        }
        System.exit(exitCode);
    }

    /** Runs the command line and returns its exit code; configuration errors become one clear line on stderr. */
    public static int run(String... args) {
        if (answersQuestions(args)) {
            // logging starts here, on this thread: when the model's loader thread starts it concurrently, SLF4J
            // prints replay warnings to stderr, which must carry nothing but the command's own messages
            LoggerFactory.getILoggerFactory();
            Storybot.preloadEmbeddingModel(); // about a second of work that can overlap start-up
        }
        CommandLine cli = new CommandLine(new StorybotCommand());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof KnowledgeException
                    || e instanceof IllegalArgumentException
                    || e instanceof dev.storybot.feedback.FeedbackStoreException) {
                commandLine.getErr().println("storybot: " + e.getMessage());
                return 1;
            }
            throw e;
        });
        return cli.execute(args);
    }

    /** True for the commands that answer questions (the default command included) and so need the model. */
    static boolean answersQuestions(String... args) {
        if (java.util.Arrays.stream(args).anyMatch(HELP_OR_VERSION::contains)) {
            return false;
        }
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--config")) {
                i++; // skip the file name
            } else if (!args[i].startsWith("-")) {
                return QUESTION_COMMANDS.contains(args[i]);
            }
        }
        return true; // no command: the console chat or serve
    }
}
