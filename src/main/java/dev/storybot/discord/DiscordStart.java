package dev.storybot.discord;

/** The outcome of {@link DiscordBot#start}: a running bot, or a one-line reason it could not start. */
public sealed interface DiscordStart {

    /**
     * The bot is connected and its commands are registered.
     *
     * @param bot the running bot; close it on shutdown
     */
    record Started(DiscordBot bot) implements DiscordStart {}

    /**
     * The bot could not start; nothing is left running.
     *
     * @param message one line for the user, e.g. "Discord rejected DISCORD_TOKEN (401 Unauthorized) ..."
     */
    record Failed(String message) implements DiscordStart {}
}
