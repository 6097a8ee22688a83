package dev.storybot.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import dev.storybot.core.BotServices;
import dev.storybot.core.ChatRequest;
import dev.storybot.core.RateLimiter;
import dev.storybot.feedback.Vote;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Bolt listeners: each turns a Slack request into a {@link ChatRequest}, acknowledges at once and hands the work to
 * the worker pool. Duplicate deliveries (same event id, or the same message as both mention and message event),
 * bot messages and edits are ignored.
 */
final class SlackListeners {

    /** The slash command, as registered in the manifest. */
    static final String ASK_COMMAND = "/ask";
    static final String LOOKING_UP_TEXT = "Looking that up…";
    static final String BUSY_TEXT = "Sorry, I'm busy answering other questions right now. Please try again in a minute.";

    /** How many event ids and messages to remember for de-duplication. */
    static final int MAX_REMEMBERED_EVENTS = 10_000;
    /** Slack retries for a few minutes; remembering event ids for an hour covers every retry. */
    static final Duration EVENT_MEMORY = Duration.ofHours(1);
    /** How many threads the bot answered in to remember for follow-ups without a mention. */
    static final int MAX_REMEMBERED_THREADS = 10_000;
    /** How long a thread the bot answered in keeps accepting follow-ups without a mention. */
    static final Duration THREAD_MEMORY = Duration.ofDays(7);

    private static final Logger LOG = LoggerFactory.getLogger(SlackListeners.class);
    private static final String DM_CHANNEL_TYPE = "im";

    private final BotServices services;
    private final SlackAnswering answering;
    private final Executor workers;
    private final String botUserId;
    private final RecentKeys seenEvents;
    private final RecentKeys answeredMessages;
    private final RecentKeys botThreads;

    SlackListeners(BotServices services, SlackAnswering answering, Executor workers, String botUserId, Clock clock) {
        this.services = services;
        this.answering = answering;
        this.workers = workers;
        this.botUserId = botUserId;
        this.seenEvents = new RecentKeys(MAX_REMEMBERED_EVENTS, EVENT_MEMORY, clock);
        this.answeredMessages = new RecentKeys(MAX_REMEMBERED_EVENTS, EVENT_MEMORY, clock);
        this.botThreads = new RecentKeys(MAX_REMEMBERED_THREADS, THREAD_MEMORY, clock);
    }

    /** Registers every listener on {@code app}. */
    void register(App app) {
        app.command(ASK_COMMAND, this::onAsk);
        app.event(AppMentionEvent.class, this::onAppMention);
        app.event(MessageEvent.class, this::onMessage);
        app.blockAction(SlackRenderer.ACTION_FEEDBACK_UP, (req, ctx) -> onVote(req, ctx, Vote.UP));
        app.blockAction(SlackRenderer.ACTION_FEEDBACK_DOWN, (req, ctx) -> onVote(req, ctx, Vote.DOWN));
    }

    /** {@code /ask [-p] question}: ack with a short ephemeral note, answer through the response_url. */
    Response onAsk(SlashCommandRequest req, SlashCommandContext ctx) {
        SlashCommandPayload payload = req.getPayload();
        AskCommand ask = AskCommand.parse(SlackMarkup.toPlain(payload.getText(), botUserId));
        if (ask.question().isBlank()) {
            return ctx.ack(usageText());
        }
        if (!services.rateLimiter().tryAcquire(rateLimitKey(payload.getUserId()))) {
            return ctx.ack(rateLimitText(services.rateLimiter()));
        }
        String conversationId = "slack:" + payload.getChannelId() + ":ask:" + payload.getUserId();
        ChatRequest request = new ChatRequest(SlackAnswering.PLATFORM, conversationId, payload.getUserId(), ask.question());
        boolean accepted = submit(() -> answering.answerCommand(payload.getResponseUrl(), request, ask.privately()));
        return ctx.ack(accepted ? LOOKING_UP_TEXT : BUSY_TEXT);
    }

    /** A mention in a channel: answered in a thread under it, and that thread is remembered for follow-ups. */
    Response onAppMention(EventsApiPayload<AppMentionEvent> payload, EventContext ctx) {
        AppMentionEvent event = payload.getEvent();
        if (!seenEvents.add("event:" + payload.getEventId()) || isFromBot(event.getUser(), event.getBotId())
                || isDirectMessageChannel(event.getChannel())) {
            return ctx.ack(); // DMs arrive as message events
        }
        String threadTs = event.getThreadTs() != null ? event.getThreadTs() : event.getTs();
        if (answeredMessages.add(event.getChannel() + ":" + event.getTs())) {
            botThreads.add(event.getChannel() + ":" + threadTs);
            ask(new SlackAnswering.Place(event.getChannel(), threadTs), "slack:" + event.getChannel() + ":" + threadTs,
                    event.getUser(), event.getText());
        }
        return ctx.ack();
    }

    /** A DM (always a question) or a message in a thread the bot answered in (a follow-up, no mention needed). */
    Response onMessage(EventsApiPayload<MessageEvent> payload, EventContext ctx) {
        MessageEvent event = payload.getEvent();
        if (!seenEvents.add("event:" + payload.getEventId()) || isFromBot(event.getUser(), event.getBotId())) {
            return ctx.ack();
        }
        String channel = event.getChannel();
        boolean direct = DM_CHANNEL_TYPE.equals(event.getChannelType());
        boolean followUp = event.getThreadTs() != null && botThreads.contains(channel + ":" + event.getThreadTs());
        if ((direct || followUp) && answeredMessages.add(channel + ":" + event.getTs())) {
            String conversationId = direct ? "slack:" + channel : "slack:" + channel + ":" + event.getThreadTs();
            ask(new SlackAnswering.Place(channel, event.getThreadTs()), conversationId, event.getUser(), event.getText());
        }
        return ctx.ack();
    }

    /** A 👍/👎 click: ack, then store the vote and thank the voter. */
    Response onVote(BlockActionRequest req, ActionContext ctx, Vote vote) {
        BlockActionPayload payload = req.getPayload();
        String actionId = vote == Vote.UP ? SlackRenderer.ACTION_FEEDBACK_UP : SlackRenderer.ACTION_FEEDBACK_DOWN;
        payload.getActions().stream()
                .filter(action -> actionId.equals(action.getActionId()) && action.getValue() != null)
                .findFirst()
                .ifPresent(action -> submit(() -> answering.recordVote(
                        payload.getResponseUrl(), action.getValue(), payload.getUser().getId(), vote)));
        return ctx.ack();
    }

    private void ask(SlackAnswering.Place place, String conversationId, String userId, String slackText) {
        if (!services.rateLimiter().tryAcquire(rateLimitKey(userId))) {
            String notice = rateLimitText(services.rateLimiter());
            if (!submit(() -> answering.postNotice(place, notice))) {
                LOG.warn("Slack worker queue full; dropped a rate-limit notice in {}", place.channel());
            }
            return;
        }
        ChatRequest request = new ChatRequest(SlackAnswering.PLATFORM, conversationId, userId,
                SlackMarkup.toPlain(slackText, botUserId));
        if (!submit(() -> answering.answerAt(place, request))) {
            answering.postNotice(place, BUSY_TEXT); // rare overload: tell the user on this thread rather than drop it
        }
    }

    private boolean submit(Runnable work) {
        try {
            workers.execute(() -> {
                try {
                    work.run();
                } catch (RuntimeException e) {
                    LOG.error("Slack work failed", e);
                }
            });
            return true;
        } catch (RejectedExecutionException e) {
            LOG.warn("Slack worker queue full or shut down; turned a request away");
            return false;
        }
    }

    private boolean isFromBot(String userId, String botId) {
        return botId != null || userId == null || userId.equals(botUserId);
    }

    private static boolean isDirectMessageChannel(String channel) {
        return channel != null && channel.startsWith("D");
    }

    private String usageText() {
        String example = services.story().exampleQuestions().stream().findFirst().orElse("What happened?");
        return "Ask me about the story, e.g. `/ask " + SlackMarkup.escape(example)
                + "`. Put `-p` before the question to get an answer only you can see.";
    }

    private static String rateLimitKey(String userId) {
        return SlackAnswering.PLATFORM + ":" + userId;
    }

    /** Says what the limit is, e.g. "You can ask up to 10 questions per minute. Please try again shortly." */
    static String rateLimitText(RateLimiter limiter) {
        return "You can ask up to " + limiter.maxPerWindow() + " questions per " + describe(limiter.window())
                + ". Please try again shortly.";
    }

    private static String describe(Duration window) {
        long seconds = window.toSeconds();
        if (seconds % 3_600 == 0) {
            return seconds == 3_600 ? "hour" : seconds / 3_600 + " hours";
        }
        if (seconds % 60 == 0) {
            return seconds == 60 ? "minute" : seconds / 60 + " minutes";
        }
        return seconds == 1 ? "second" : seconds + " seconds";
    }
}
