package dev.storybot.discord;

import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;

/** Routes JDA events to the handlers; runs on JDA's event thread, so every handler returns quickly. */
final class DiscordListener extends ListenerAdapter {

    private final SlashCommandHandler commands;
    private final MessageHandler messages;
    private final FeedbackHandler feedback;

    DiscordListener(SlashCommandHandler commands, MessageHandler messages, FeedbackHandler feedback) {
        this.commands = commands;
        this.messages = messages;
        this.feedback = feedback;
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        commands.handle(event);
    }

    @Override
    public void onMessageReceived(MessageReceivedEvent event) {
        messages.handle(event);
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        feedback.handle(event);
    }
}
