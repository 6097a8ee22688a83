package dev.storybot.discord;

import dev.storybot.chat.ChatService;
import dev.storybot.chat.ChatTexts;
import dev.storybot.chat.ChatWorkers;
import dev.storybot.chat.ConversationIds;
import dev.storybot.chat.RecentKeys;
import dev.storybot.core.ChatRequest;
import dev.storybot.core.EditThrottle;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers messages addressed to the bot: a mention (or a reply to the bot), any DM, and any message in a thread
 * where the bot has answered. The answer is a reply, streamed by editing it when the answerer streams. A user over
 * the rate limit gets one reply saying so per window, then silence.
 */
final class MessageHandler {

    private static final Logger LOG = LoggerFactory.getLogger(MessageHandler.class);
    private static final Pattern EXTRA_SPACES = Pattern.compile("[ \\t]{2,}");
    /** Discord shows "typing" for about 10 s; refresh it a little earlier while an answer is being written. */
    private static final long TYPING_REFRESH_MILLIS = 8_000;

    private final ChatService chat;
    private final ChatWorkers workers;
    private final RecentKeys threads;

    MessageHandler(ChatService chat, ChatWorkers workers, RecentKeys threads) {
        this.chat = chat;
        this.workers = workers;
        this.threads = threads;
    }

    void handle(MessageReceivedEvent event) {
        Message message = event.getMessage();
        User author = event.getAuthor();
        if (author.isBot()
                || author.isSystem()
                || event.isWebhookMessage()
                || message.getType().isSystem()) {
            return; // never answer bots (including ourselves): no loops
        }
        Optional<String> question = questionIn(event);
        if (question.isEmpty()) {
            return;
        }
        try {
            answer(event, question.get());
        } catch (InsufficientPermissionException e) {
            LOG.warn(
                    "Cannot answer in channel {}: the bot lacks the {} permission there",
                    message.getChannelId(),
                    e.getPermission().getName());
        }
    }

    private void answer(MessageReceivedEvent event, String question) {
        Message message = event.getMessage();
        User author = event.getAuthor();
        switch (chat.admit(author.getId())) {
            case NOTIFY -> {
                message.reply(DiscordMessages.text(chat.rateLimitNotice())).queue();
                return;
            }
            case SILENT -> {
                return;
            }
            case ANSWER -> {
                // answered below
            }
        }
        event.getChannel().sendTyping().queue(); // at once, even if every worker is busy
        String channelId = event.getChannel().getId();
        if (event.isFromThread()) {
            threads.add(channelId);
        }
        ChatRequest request =
                chat.request(ConversationIds.channel(chat.platform(), channelId), author.getId(), question);
        workers.answer(
                () -> deliverOrLog(message, request),
                () -> message.reply(DiscordMessages.text(ChatTexts.BUSY)).queue());
    }

    private Optional<String> questionIn(MessageReceivedEvent event) {
        Message message = event.getMessage();
        User self = event.getJDA().getSelfUser();
        String content = message.getContentRaw();
        if (!event.isFromGuild()
                || message.getMentions().isMentioned(self, Message.MentionType.USER)
                || repliesTo(message, self)
                || event.isFromThread() && threads.contains(event.getChannel().getId())) {
            return Optional.of(stripMention(content, self.getId()));
        }
        return Optional.empty();
    }

    private static boolean repliesTo(Message message, User self) {
        Message referenced = message.getReferencedMessage();
        return referenced != null && referenced.getAuthor().getIdLong() == self.getIdLong();
    }

    /** Removes mentions of the bot ({@code <@id>} or {@code <@!id>}) from a question. */
    static String stripMention(String content, String selfId) {
        String stripped = content.replace("<@" + selfId + ">", " ").replace("<@!" + selfId + ">", " ");
        return EXTRA_SPACES.matcher(stripped).replaceAll(" ").strip();
    }

    private void deliverOrLog(Message question, ChatRequest request) {
        try {
            deliver(question, request);
        } catch (InsufficientPermissionException e) {
            LOG.warn(
                    "Cannot answer in channel {}: the bot lacks the {} permission there",
                    question.getChannelId(),
                    e.getPermission().getName());
        }
    }

    private void deliver(Message question, ChatRequest request) {
        MessageChannel channel = question.getChannel();
        AtomicReference<Message> shown = new AtomicReference<>();
        DiscordMessages.Reply reply;
        try (ChatWorkers.Refresh typing =
                workers.keepRefreshing(() -> channel.sendTyping().queue(), TYPING_REFRESH_MILLIS)) {
            reply = DiscordRenderer.reply(chat.answer(request, EditThrottle.perSecond(showPartial(question, shown))));
        }
        Message first = shown.get();
        if (first == null) {
            question.reply(DiscordMessages.create(reply, 0)).complete();
        } else {
            first.editMessage(DiscordMessages.edit(reply, 0)).complete();
        }
        for (int i = 1; i < reply.messages().size(); i++) {
            channel.sendMessage(DiscordMessages.create(reply, i)).complete();
        }
    }

    /** The first partial text creates the reply; later ones edit it. */
    private static Consumer<String> showPartial(Message question, AtomicReference<Message> shown) {
        return text -> {
            try {
                Message current = shown.get();
                if (current == null) {
                    shown.set(question.reply(DiscordMessages.text(DiscordRenderer.partial(text)))
                            .complete());
                } else {
                    current.editMessage(DiscordMessages.editText(DiscordRenderer.partial(text)))
                            .queue();
                }
            } catch (RuntimeException e) {
                LOG.warn("Could not show partial answer in channel {}", question.getChannelId(), e);
            }
        };
    }
}
