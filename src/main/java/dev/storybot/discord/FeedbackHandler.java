package dev.storybot.discord;

import java.util.Optional;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.interactions.InteractionHook;

/** Stores a 👍/👎 click and thanks the voter privately. */
final class FeedbackHandler {

    private final DiscordAnswering answering;
    private final DiscordWorkers workers;

    FeedbackHandler(DiscordAnswering answering, DiscordWorkers workers) {
        this.answering = answering;
        this.workers = workers;
    }

    void handle(ButtonInteractionEvent event) {
        Optional<FeedbackButton> button = FeedbackButton.parse(event.getComponentId());
        if (button.isEmpty()) {
            event.reply(DiscordMessages.text("This button is no longer supported.")).setEphemeral(true).queue();
            return;
        }
        event.deferReply(true).queue(); // acknowledge now; the database may be briefly locked by another writer
        InteractionHook hook = event.getHook();
        String userId = event.getUser().getId();
        workers.vote(
            () -> hook.editOriginal(DiscordMessages.editText(
                answering.vote(button.get().answerId(), userId, button.get().vote()))).queue(),
            () -> hook.editOriginal(DiscordMessages.editText(
                "Sorry, too many votes at once; please click again in a moment.")).queue());
    }
}
