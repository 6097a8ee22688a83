package dev.storybot.discord;

import java.util.List;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/** The bot's slash commands: {@code /ask}, {@code /story}, {@code /sources} and {@code /help}. */
final class DiscordCommands {

    static final String ASK = "ask";
    static final String STORY = "story";
    static final String SOURCES = "sources";
    static final String HELP = "help";
    static final String QUESTION_OPTION = "question";
    static final String PRIVATE_OPTION = "private";

    private DiscordCommands() {}

    /** The definitions registered at start-up; usable in servers and in DMs with the bot. */
    static List<SlashCommandData> all() {
        return List.of(
                        Commands.slash(ASK, "Ask a question about the story")
                                .addOption(OptionType.STRING, QUESTION_OPTION, "Your question", true)
                                .addOption(
                                        OptionType.BOOLEAN,
                                        PRIVATE_OPTION,
                                        "Only you see the answer (default: false)",
                                        false),
                        Commands.slash(STORY, "A short summary of the story with its key numbers"),
                        Commands.slash(SOURCES, "The article's source and its numbered paragraphs"),
                        Commands.slash(HELP, "What this bot does and how to ask it"))
                .stream()
                .map(command -> command.setContexts(InteractionContextType.GUILD, InteractionContextType.BOT_DM))
                .toList();
    }
}
