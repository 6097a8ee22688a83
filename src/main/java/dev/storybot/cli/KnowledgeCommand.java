package dev.storybot.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code storybot knowledge}: commands for a story's knowledge files; alone it lists them. */
@Command(
        name = "knowledge",
        mixinStandardHelpOptions = true,
        description = "Work with a story's knowledge files (article.txt and facts.json).",
        subcommands = KnowledgeCheckCommand.class)
public final class KnowledgeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** Without a subcommand: the usage, and the exit code of a usage error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }
}
