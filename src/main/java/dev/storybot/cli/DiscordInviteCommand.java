package dev.storybot.cli;

import dev.storybot.discord.DiscordInvite;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Prints the OAuth2 URL that adds the bot to a Discord server. */
@Command(
        name = "discord-invite",
        mixinStandardHelpOptions = true,
        description = "Print the URL that adds the bot to a Discord server (scopes bot and applications.commands).")
public final class DiscordInviteCommand implements Callable<Integer> {

    @Mixin
    ConfigOption config;

    @Override
    public Integer call() {
        Optional<String> applicationId = config.reader().discordApplicationId();
        if (applicationId.isEmpty()) {
            System.err.println("storybot discord-invite: " + DiscordInvite.MISSING_APPLICATION_ID);
            return 1;
        }
        System.out.println(DiscordInvite.url(applicationId.get()));
        return 0;
    }
}
