package dev.storybot.discord;

import dev.storybot.feedback.Vote;
import java.util.Locale;
import java.util.Optional;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.emoji.Emoji;

/**
 * A 👍/👎 button's meaning, carried in its custom id as {@code fb:up:<answerId>} or {@code fb:down:<answerId>}.
 *
 * @param answerId the id the feedback store gave the answer
 * @param vote     up or down
 */
record FeedbackButton(String answerId, Vote vote) {

    /** Prefix of every feedback button's custom id. */
    public static final String PREFIX = "fb:";
    /** Discord's limit on a custom id. */
    public static final int MAX_CUSTOM_ID_CHARS = 100;

    /** The custom id for this button. */
    public String customId() {
        return PREFIX + vote.name().toLowerCase(Locale.ROOT) + ":" + answerId;
    }

    /** The row of 👍 and 👎 buttons for one answer. */
    public static ActionRow row(String answerId) {
        return ActionRow.of(
                Button.secondary(new FeedbackButton(answerId, Vote.UP).customId(), Emoji.fromUnicode("👍")),
                Button.secondary(new FeedbackButton(answerId, Vote.DOWN).customId(), Emoji.fromUnicode("👎")));
    }

    /** Reads a custom id; empty when it is not a well-formed feedback button id. */
    public static Optional<FeedbackButton> parse(String customId) {
        if (customId == null || !customId.startsWith(PREFIX) || customId.length() > MAX_CUSTOM_ID_CHARS) {
            return Optional.empty();
        }
        String rest = customId.substring(PREFIX.length());
        int colon = rest.indexOf(':');
        if (colon < 0 || colon == rest.length() - 1) {
            return Optional.empty();
        }
        String answerId = rest.substring(colon + 1);
        return switch (rest.substring(0, colon)) {
            case "up" -> Optional.of(new FeedbackButton(answerId, Vote.UP));
            case "down" -> Optional.of(new FeedbackButton(answerId, Vote.DOWN));
            default -> Optional.empty();
        };
    }
}
