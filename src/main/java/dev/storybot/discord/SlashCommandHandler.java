package dev.storybot.discord;

import dev.storybot.chat.ChatService;
import dev.storybot.chat.ChatTexts;
import dev.storybot.chat.ChatWorkers;
import dev.storybot.chat.ConversationIds;
import dev.storybot.chat.RecentKeys;
import dev.storybot.core.ChatRequest;
import dev.storybot.core.EditThrottle;
import java.util.List;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;

/**
 * Handles the slash commands; {@code /ask} is acknowledged at once and answered on a worker. A private {@code /ask}
 * is its own conversation per user, never the channel's; over the rate limit, the reply saying so is ephemeral.
 */
final class SlashCommandHandler {

    private final ChatService chat;
    private final ChatWorkers workers;
    private final RecentKeys threads;

    SlashCommandHandler(ChatService chat, ChatWorkers workers, RecentKeys threads) {
        this.chat = chat;
        this.workers = workers;
        this.threads = threads;
    }

    void handle(SlashCommandInteractionEvent event) {
        switch (event.getName()) {
            case DiscordCommands.ASK -> ask(event);
            case DiscordCommands.STORY -> send(event, DiscordRenderer.story(chat.story()), false);
            case DiscordCommands.SOURCES -> send(event, DiscordRenderer.sources(chat.story()), false);
            case DiscordCommands.HELP -> send(event, DiscordRenderer.help(chat.story()), true);
            default ->
                event.reply(DiscordMessages.text(ChatTexts.UNKNOWN_COMMAND))
                        .setEphemeral(true)
                        .queue();
        }
    }

    private void ask(SlashCommandInteractionEvent event) {
        String userId = event.getUser().getId();
        if (chat.admit(userId) != ChatService.Admission.ANSWER) {
            // an interaction must be answered; an ephemeral reply is seen by the asker only
            event.reply(DiscordMessages.text(chat.rateLimitNotice()))
                    .setEphemeral(true)
                    .queue();
            return;
        }
        boolean ephemeral = event.getOption(DiscordCommands.PRIVATE_OPTION, false, OptionMapping::getAsBoolean);
        event.deferReply(ephemeral).queue(); // within Discord's 3 s, before any answering work
        InteractionHook hook = event.getHook().setEphemeral(ephemeral);
        String channelId = event.getChannelId();
        String conversationId;
        if (ephemeral) {
            conversationId = ConversationIds.privately(chat.platform(), channelId, userId);
        } else {
            conversationId = ConversationIds.channel(chat.platform(), channelId);
            if (event.getChannelType().isThread()) {
                threads.add(channelId);
            }
        }
        ChatRequest request = chat.request(
                conversationId,
                userId,
                event.getOption(DiscordCommands.QUESTION_OPTION, "", OptionMapping::getAsString));
        workers.answer(
                () -> deliver(hook, request),
                () -> hook.editOriginal(DiscordMessages.editText(ChatTexts.BUSY))
                        .queue());
    }

    private void deliver(InteractionHook hook, ChatRequest request) {
        DiscordMessages.Reply reply = DiscordRenderer.reply(chat.answer(
                request,
                EditThrottle.perSecond(
                        text -> hook.editOriginal(DiscordMessages.editText(DiscordRenderer.partial(text)))
                                .queue())));
        hook.editOriginal(DiscordMessages.edit(reply, 0)).complete();
        for (int i = 1; i < reply.messages().size(); i++) {
            hook.sendMessage(DiscordMessages.create(reply, i)).complete();
        }
    }

    private static void send(SlashCommandInteractionEvent event, List<String> messages, boolean ephemeral) {
        event.reply(DiscordMessages.text(messages.get(0)))
                .setEphemeral(ephemeral)
                .queue();
        for (String message : messages.subList(1, messages.size())) {
            event.getHook()
                    .sendMessage(DiscordMessages.text(message))
                    .setEphemeral(ephemeral)
                    .queue();
        }
    }
}
