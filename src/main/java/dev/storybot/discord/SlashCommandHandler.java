package dev.storybot.discord;

import dev.storybot.core.ChatRequest;
import dev.storybot.core.EditThrottle;
import java.util.List;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;

/** Handles the slash commands; {@code /ask} is acknowledged at once and answered on a worker. */
final class SlashCommandHandler {

    private final DiscordAnswering answering;
    private final DiscordWorkers workers;
    private final ThreadMemory threads;

    SlashCommandHandler(DiscordAnswering answering, DiscordWorkers workers, ThreadMemory threads) {
        this.answering = answering;
        this.workers = workers;
        this.threads = threads;
    }

    void handle(SlashCommandInteractionEvent event) {
        switch (event.getName()) {
            case DiscordCommands.ASK -> ask(event);
            case DiscordCommands.STORY -> send(event, DiscordRenderer.story(answering.story()), false);
            case DiscordCommands.SOURCES -> send(event, DiscordRenderer.sources(answering.story()), false);
            case DiscordCommands.HELP -> send(event, DiscordRenderer.help(answering.story()), true);
            default -> event.reply(DiscordMessages.text("I do not know that command; try /help."))
                .setEphemeral(true).queue();
        }
    }

    private void ask(SlashCommandInteractionEvent event) {
        if (!answering.tryAcquire(event.getUser().getId())) {
            event.reply(DiscordMessages.text(answering.rateLimitNotice())).setEphemeral(true).queue();
            return;
        }
        boolean ephemeral = event.getOption(DiscordCommands.PRIVATE_OPTION, false, OptionMapping::getAsBoolean);
        event.deferReply(ephemeral).queue(); // within Discord's 3 s, before any answering work
        InteractionHook hook = event.getHook().setEphemeral(ephemeral);
        String channelId = event.getChannelId();
        if (event.getChannelType().isThread()) {
            threads.remember(channelId);
        }
        ChatRequest request = DiscordAnswering.request(channelId, event.getUser().getId(),
            event.getOption(DiscordCommands.QUESTION_OPTION, "", OptionMapping::getAsString));
        workers.answer(() -> deliver(hook, request),
            () -> hook.editOriginal(DiscordMessages.editText(DiscordRenderer.busy())).queue());
    }

    private void deliver(InteractionHook hook, ChatRequest request) {
        DiscordAnswering.Reply reply = answering.answer(request, EditThrottle.perSecond(
            text -> hook.editOriginal(DiscordMessages.editText(DiscordRenderer.partial(text))).queue()));
        hook.editOriginal(DiscordMessages.edit(reply, 0)).complete();
        for (int i = 1; i < reply.messages().size(); i++) {
            hook.sendMessage(DiscordMessages.create(reply, i)).complete();
        }
    }

    private static void send(SlashCommandInteractionEvent event, List<String> messages, boolean ephemeral) {
        event.reply(DiscordMessages.text(messages.get(0))).setEphemeral(ephemeral).queue();
        for (String message : messages.subList(1, messages.size())) {
            event.getHook().sendMessage(DiscordMessages.text(message)).setEphemeral(ephemeral).queue();
        }
    }
}
