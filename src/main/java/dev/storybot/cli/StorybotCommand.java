package dev.storybot.cli;

import dev.storybot.settings.SettingsReader;
import dev.storybot.settings.Variable;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The top-level {@code storybot} command; with no subcommand it starts the console chat. */
@Command(name = "storybot",
        mixinStandardHelpOptions = true,
        version = "storybot 0.1",
        description = "Answers questions about the story \"Faster and cheaper than ChatGPT,\" Silicon Valley turns to"
                + " Chinese AI, citing the article.",
        subcommands = {ChatCommand.class, AskCommand.class, ServeCommand.class, CheckCommand.class,
                FeedbackCommand.class, DiscordInviteCommand.class, SlackManifestCommand.class, BenchCommand.class})
public final class StorybotCommand implements Callable<Integer> {

    @Mixin
    ConfigOption config;

    /** With a platform token configured, serve; otherwise the console chat. */
    @Override
    public Integer call() {
        SettingsReader settings = config.reader();
        boolean platformConfigured = settings.isSet(Variable.DISCORD_TOKEN) || settings.isSet(Variable.SLACK_BOT_TOKEN);
        if (platformConfigured) {
            ServeCommand serve = new ServeCommand();
            serve.config = config;
            return serve.call();
        }
        ChatCommand chat = new ChatCommand();
        chat.config = config;
        return chat.call();
    }
}
