package dev.storybot.discord;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.dv8tion.jda.api.components.MessageTopLevelComponent;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/**
 * Builds JDA message payloads for one message of a {@link Reply} (buttons go under the last), always
 * with empty allowed mentions: edits do not inherit JDA's default, and editing a deferred reply posts it.
 */
final class DiscordMessages {

    /** Allowed mentions for everything the bot sends: none. */
    static final Set<Message.MentionType> NO_MENTIONS =
            Collections.unmodifiableSet(EnumSet.noneOf(Message.MentionType.class));

    private DiscordMessages() {}

    /**
     * A rendered answer.
     *
     * @param messages the message texts, never empty, each within Discord's limit
     * @param answerId the stored answer's id for the vote buttons under the last message, or null for none
     */
    record Reply(List<String> messages, String answerId) {

        Reply {
            messages = List.copyOf(messages);
        }

        Optional<String> optionalAnswerId() {
            return Optional.ofNullable(answerId);
        }
    }

    /** A new message: text, and the vote buttons when it is the reply's last message. */
    static MessageCreateData create(Reply reply, int index) {
        return new MessageCreateBuilder()
                .setContent(reply.messages().get(index))
                .setComponents(components(reply, index))
                .setAllowedMentions(NO_MENTIONS)
                .mentionRepliedUser(false)
                .build();
    }

    /** An edit that replaces a message's text (e.g. streamed partial text) and buttons. */
    static MessageEditData edit(Reply reply, int index) {
        return new MessageEditBuilder()
                .setContent(reply.messages().get(index))
                .setComponents(components(reply, index))
                .setAllowedMentions(NO_MENTIONS)
                .mentionRepliedUser(false)
                .build();
    }

    /** An edit that replaces a message's text, e.g. with streamed partial text or a notice. */
    static MessageEditData editText(String text) {
        return new MessageEditBuilder()
                .setContent(text)
                .setAllowedMentions(NO_MENTIONS)
                .mentionRepliedUser(false)
                .build();
    }

    /** Plain text, as a new message. */
    static MessageCreateData text(String text) {
        return new MessageCreateBuilder()
                .setContent(text)
                .setAllowedMentions(NO_MENTIONS)
                .mentionRepliedUser(false)
                .build();
    }

    private static List<MessageTopLevelComponent> components(Reply reply, int index) {
        boolean last = index == reply.messages().size() - 1;
        return reply.optionalAnswerId()
                .filter(id -> last)
                .<List<MessageTopLevelComponent>>map(id -> List.of(FeedbackButton.row(id)))
                .orElse(List.of());
    }
}
