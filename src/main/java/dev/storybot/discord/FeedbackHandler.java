package dev.storybot.discord;

import dev.storybot.chat.ChatService;
import dev.storybot.chat.ChatTexts;
import dev.storybot.chat.ChatWorkers;
import java.util.Optional;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;

/**
 * Stores a 👍/👎 click on the vote worker, then answers the click privately: the voter hears "thanks" only once the
 * vote is on disk (the store is local, well within Discord's 3 s for a reply).
 */
final class FeedbackHandler {

    private final ChatService chat;
    private final ChatWorkers workers;

    FeedbackHandler(ChatService chat, ChatWorkers workers) {
        this.chat = chat;
        this.workers = workers;
    }

    void handle(ButtonInteractionEvent event) {
        Optional<FeedbackButton> button = FeedbackButton.parse(event.getComponentId());
        if (button.isEmpty()) {
            reply(event, ChatTexts.UNKNOWN_BUTTON);
            return;
        }
        String userId = event.getUser().getId();
        workers.vote(
                () -> reply(
                        event,
                        chat.vote(button.get().answerId(), userId, button.get().vote())),
                () -> reply(event, ChatTexts.VOTES_BUSY));
    }

    private static void reply(ButtonInteractionEvent event, String text) {
        event.reply(DiscordMessages.text(text)).setEphemeral(true).queue();
    }
}
