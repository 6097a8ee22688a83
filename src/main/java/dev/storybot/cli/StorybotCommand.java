package dev.storybot.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** The top-level {@code storybot} command; with no subcommand it starts the console chat. */
@Command(name = "storybot",
        mixinStandardHelpOptions = true,
        version = "storybot 0.1",
        description = "Answers questions about the story \"Faster and cheaper than ChatGPT,\" Silicon Valley turns to"
                + " Chinese AI, citing the article.",
        subcommands = {ChatCommand.class, AskCommand.class, BenchCommand.class})
public final class StorybotCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        return new ChatCommand().call();
    }
}
