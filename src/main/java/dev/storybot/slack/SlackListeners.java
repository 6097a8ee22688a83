package dev.storybot.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.Context;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import dev.storybot.chat.ChatService;
import dev.storybot.chat.ChatTexts;
import dev.storybot.chat.ChatWorkers;
import dev.storybot.chat.ConversationIds;
import dev.storybot.chat.RecentKeys;
import dev.storybot.core.ChatRequest;
import dev.storybot.feedback.Vote;
import dev.storybot.state.EventClaims;
import dev.storybot.state.SharedState;
import dev.storybot.state.TrackedThreads;
import java.time.Clock;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bolt listeners: each turns a Slack request into a {@link ChatRequest}, acknowledges at once and hands the work to
 * the worker pool. Duplicate deliveries (same event id, or the same message as both mention and message event),
 * bot messages and edits are ignored. Votes are stored before they are acknowledged. A user over the rate limit is
 * told so privately, once per window.
 */
final class SlackListeners {

    /** The slash command, as registered in the manifest. */
    static final String ASK_COMMAND = "/ask";

    private static final Logger LOG = LoggerFactory.getLogger(SlackListeners.class);
    private static final String DM_CHANNEL_TYPE = "im";
    /** Starts this platform's keys in shared tables. */
    static final String SHARED_KEY_PREFIX = "slack:";

    private final ChatService chat;
    private final Function<String, SlackAnswering> answeringWith;
    private final ChatWorkers workers;
    private final EventClaims seenEvents;
    private final EventClaims answeredMessages;
    private final TrackedThreads botThreads;

    /**
     * Listeners that keep deliveries and threads in this process's memory; {@code answeringWith} answers with the bot
     * token of the workspace a request comes from.
     */
    SlackListeners(ChatService chat, Function<String, SlackAnswering> answeringWith, ChatWorkers workers, Clock clock) {
        this(
                chat,
                answeringWith,
                workers,
                RecentKeys.deliveries(clock),
                RecentKeys.deliveries(clock),
                RecentKeys.threads(clock));
    }

    /** Listeners that claim deliveries and track threads in {@code shared}, with every other replica. */
    SlackListeners(
            ChatService chat, Function<String, SlackAnswering> answeringWith, ChatWorkers workers, SharedState shared) {
        this(chat, answeringWith, workers, slackClaims(shared), slackClaims(shared), slackThreads(shared));
    }

    /** Claims under a {@value #SHARED_KEY_PREFIX} prefix, apart from other platforms' keys in the same table. */
    private static EventClaims slackClaims(SharedState shared) {
        return key -> shared.claims().claim(SHARED_KEY_PREFIX + key);
    }

    private static TrackedThreads slackThreads(SharedState shared) {
        return new TrackedThreads() {
            @Override
            public void track(String threadKey) {
                shared.threads().track(SHARED_KEY_PREFIX + threadKey);
            }

            @Override
            public boolean isTracked(String threadKey) {
                return shared.threads().isTracked(SHARED_KEY_PREFIX + threadKey);
            }
        };
    }

    private SlackListeners(
            ChatService chat,
            Function<String, SlackAnswering> answeringWith,
            ChatWorkers workers,
            EventClaims seenEvents,
            EventClaims answeredMessages,
            TrackedThreads botThreads) {
        this.chat = chat;
        this.answeringWith = answeringWith;
        this.workers = workers;
        this.seenEvents = seenEvents;
        this.answeredMessages = answeredMessages;
        this.botThreads = botThreads;
    }

    /** Registers every listener on {@code app}. */
    void register(App app) {
        app.command(ASK_COMMAND, this::onAsk);
        app.event(AppMentionEvent.class, this::onAppMention);
        app.event(MessageEvent.class, this::onMessage);
        app.blockAction(SlackRenderer.ACTION_FEEDBACK_UP, (req, ctx) -> onVote(req, ctx, Vote.UP));
        app.blockAction(SlackRenderer.ACTION_FEEDBACK_DOWN, (req, ctx) -> onVote(req, ctx, Vote.DOWN));
    }

    /**
     * {@code /ask [-p] question}: ack with a short ephemeral note, answer through the response_url. A private question
     * is its own conversation per user, apart from the user's visible ones.
     */
    Response onAsk(SlashCommandRequest req, SlashCommandContext ctx) {
        SlashCommandPayload payload = req.getPayload();
        AskCommand ask = AskCommand.parse(SlackMarkup.toPlain(payload.getText(), ctx.getBotUserId()));
        if (ask.question().isBlank()) {
            return ctx.ack(usageText());
        }
        if (chat.admit(payload.getUserId()) != ChatService.Admission.ANSWER) {
            return ctx.ack(chat.rateLimitNotice()); // the ack of a slash command is seen by the asker only
        }
        String conversationId = ask.privately()
                ? ConversationIds.privately(SlackAnswering.PLATFORM, payload.getChannelId(), payload.getUserId())
                : ConversationIds.command(SlackAnswering.PLATFORM, payload.getChannelId(), payload.getUserId());
        ChatRequest request = chat.request(conversationId, payload.getUserId(), ask.question());
        SlackAnswering answering = answeringWith.apply(ctx.getBotToken());
        boolean accepted = workers.answer(
                () -> answering.answerCommand(payload.getResponseUrl(), request, ask.privately()), () -> {});
        return ctx.ack(accepted ? ChatTexts.LOOKING_UP : ChatTexts.BUSY);
    }

    /**
     * A mention in a channel: answered in a thread under it, and that thread is remembered for follow-ups. Acknowledged
     * at once; the delivery and message claims (database statements with several replicas) run on the worker.
     */
    Response onAppMention(EventsApiPayload<AppMentionEvent> payload, EventContext ctx) {
        AppMentionEvent event = payload.getEvent();
        if (isFromBot(event.getUser(), event.getBotId(), ctx) || isDirectMessageChannel(event.getChannel())) {
            return ctx.ack(); // DMs arrive as message events
        }
        String channel = event.getChannel();
        String threadTs = event.getThreadTs() != null ? event.getThreadTs() : event.getTs();
        Asker asker = new Asker(answeringWith.apply(ctx.getBotToken()), ctx.getBotUserId());
        SlackAnswering.Place place = new SlackAnswering.Place(channel, threadTs);
        workers.answer(
                () -> {
                    if (seenEvents.claim("event:" + payload.getEventId())
                            && answeredMessages.claim(channel + ":" + event.getTs())) {
                        botThreads.track(channel + ":" + threadTs);
                        ask(
                                asker,
                                place,
                                ConversationIds.thread(SlackAnswering.PLATFORM, channel, threadTs),
                                event.getUser(),
                                event.getText());
                    }
                },
                () -> asker.answering().postNotice(place, ChatTexts.BUSY)); // rare overload: say so on the thread
        return ctx.ack();
    }

    /**
     * A DM (always a question) or a message in a thread the bot answered in (a follow-up, no mention needed).
     * Acknowledged at once; whether the thread is the bot's, and the claims, are decided on the worker. Other channel
     * messages are dropped without a worker.
     */
    Response onMessage(EventsApiPayload<MessageEvent> payload, EventContext ctx) {
        MessageEvent event = payload.getEvent();
        String channel = event.getChannel();
        boolean direct = DM_CHANNEL_TYPE.equals(event.getChannelType());
        if (isFromBot(event.getUser(), event.getBotId(), ctx) || (!direct && event.getThreadTs() == null)) {
            return ctx.ack();
        }
        String threadKey = channel + ":" + event.getThreadTs();
        Asker asker = new Asker(answeringWith.apply(ctx.getBotToken()), ctx.getBotUserId());
        SlackAnswering.Place place = new SlackAnswering.Place(channel, event.getThreadTs());
        workers.answer(
                () -> {
                    boolean followUp = !direct && botThreads.isTracked(threadKey);
                    if ((direct || followUp)
                            && seenEvents.claim("event:" + payload.getEventId())
                            && answeredMessages.claim(channel + ":" + event.getTs())) {
                        String conversationId = direct
                                ? ConversationIds.channel(SlackAnswering.PLATFORM, channel)
                                : ConversationIds.thread(SlackAnswering.PLATFORM, channel, event.getThreadTs());
                        ask(asker, place, conversationId, event.getUser(), event.getText());
                    }
                },
                () -> {
                    if (direct || botThreads.isTracked(threadKey)) {
                        asker.answering().postNotice(place, ChatTexts.BUSY);
                    }
                });
        return ctx.ack();
    }

    /**
     * A 👍/👎 click: stores the vote first (the store is local, well within Slack's 3 s), then acknowledges, and tells
     * the voter privately whether it was saved. A vote that could not be stored is acknowledged all the same.
     */
    Response onVote(BlockActionRequest req, ActionContext ctx, Vote vote) {
        BlockActionPayload payload = req.getPayload();
        String actionId = vote == Vote.UP ? SlackRenderer.ACTION_FEEDBACK_UP : SlackRenderer.ACTION_FEEDBACK_DOWN;
        payload.getActions().stream()
                .filter(action -> actionId.equals(action.getActionId()) && action.getValue() != null)
                .findFirst()
                .ifPresent(action -> {
                    String reply =
                            chat.vote(action.getValue(), payload.getUser().getId(), vote);
                    SlackAnswering answering = answeringWith.apply(ctx.getBotToken());
                    workers.answer(
                            () -> answering.respondToVoter(payload.getResponseUrl(), reply),
                            () -> LOG.warn("Slack workers busy; the voter was not told: {}", reply));
                });
        return ctx.ack();
    }

    /** Asks on a worker thread, in one workspace: its outbox and the bot's user id there. */
    private record Asker(SlackAnswering answering, String botUserId) {}

    private void ask(Asker asker, SlackAnswering.Place place, String conversationId, String userId, String text) {
        SlackAnswering answering = asker.answering();
        switch (chat.admit(userId)) {
            case NOTIFY -> answering.postNoticeTo(place, userId, chat.rateLimitNotice());
            case SILENT -> {
                // told once already in this window
            }
            case ANSWER ->
                answering.answerAt(
                        place, chat.request(conversationId, userId, SlackMarkup.toPlain(text, asker.botUserId())));
        }
    }

    private static boolean isFromBot(String userId, String botId, Context ctx) {
        return botId != null || userId == null || userId.equals(ctx.getBotUserId());
    }

    private static boolean isDirectMessageChannel(String channel) {
        return channel != null && channel.startsWith("D");
    }

    private String usageText() {
        String example = chat.story().exampleQuestions().stream().findFirst().orElse("What happened?");
        return ChatTexts.usage(ASK_COMMAND + " " + SlackMarkup.escape(example), "Put `-p` before the question");
    }
}
