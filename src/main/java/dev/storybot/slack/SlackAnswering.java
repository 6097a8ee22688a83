package dev.storybot.slack;

import dev.storybot.chat.ChatService;
import dev.storybot.chat.ChatTexts;
import dev.storybot.core.ChatRequest;
import dev.storybot.core.EditThrottle;
import java.util.List;

/**
 * Answers Slack questions and posts the results, on a worker thread: streams partial text into a placeholder
 * message, and renders answers with their vote buttons.
 */
final class SlackAnswering {

    /** Platform name in requests, rate-limit keys, conversation ids and stored feedback. */
    static final String PLATFORM = "slack";

    private final ChatService chat;
    private final SlackOutbox outbox;

    SlackAnswering(ChatService chat, SlackOutbox outbox) {
        this.chat = chat;
        this.outbox = outbox;
    }

    /**
     * Where a reply goes in a channel or DM.
     *
     * @param channel  the channel id
     * @param threadTs the thread to reply in, or null for a top-level message
     */
    record Place(String channel, String threadTs) {}

    /** Answers a mention, DM or thread message, streaming partial text into a placeholder that the answer replaces. */
    void answerAt(Place place, ChatRequest request) {
        PlaceholderStream stream = new PlaceholderStream(place);
        ChatService.Reply reply = chat.answer(request, EditThrottle.perSecond(stream::show));
        stream.finish(
                reply.failed()
                        ? List.of(SlackRenderer.notice(ChatTexts.FAILURE))
                        : SlackRenderer.answer(null, reply.answer(), reply.answerId()));
    }

    /** Answers {@code /ask} through its response_url, quoting the question (no streaming: response_url cannot edit). */
    void answerCommand(String responseUrl, ChatRequest request, boolean privately) {
        ChatService.Reply reply = chat.answer(request, null);
        if (reply.failed()) {
            outbox.respond(responseUrl, SlackRenderer.notice(ChatTexts.FAILURE), SlackOutbox.Visibility.EPHEMERAL);
            return;
        }
        SlackOutbox.Visibility visibility =
                privately ? SlackOutbox.Visibility.EPHEMERAL : SlackOutbox.Visibility.IN_CHANNEL;
        for (SlackMessage message : SlackRenderer.answer(request.text(), reply.answer(), reply.answerId())) {
            if (!outbox.respond(responseUrl, message, visibility)) {
                return;
            }
        }
    }

    /** Tells a voter privately what became of the vote. */
    void respondToVoter(String responseUrl, String text) {
        outbox.respond(responseUrl, SlackRenderer.notice(text), SlackOutbox.Visibility.EPHEMERAL);
    }

    /** Posts a short notice in the channel, e.g. that the bot is busy. */
    void postNotice(Place place, String text) {
        outbox.post(place.channel(), place.threadTs(), SlackRenderer.notice(text));
    }

    /** Posts a short notice only {@code userId} can see, e.g. that the user hit the rate limit. */
    void postNoticeTo(Place place, String userId, String text) {
        outbox.postEphemeral(place.channel(), userId, place.threadTs(), SlackRenderer.notice(text));
    }

    /** A placeholder message created on the first partial text, edited as more arrives, replaced by the answer. */
    private final class PlaceholderStream {

        private final Place place;
        private String placeholderTs;
        private boolean placeholderFailed;
        private boolean finished;

        PlaceholderStream(Place place) {
            this.place = place;
        }

        synchronized void show(String partialText) {
            if (finished || placeholderFailed || partialText == null || partialText.isBlank()) {
                return;
            }
            SlackMessage message = SlackRenderer.partial(partialText);
            if (placeholderTs == null) {
                placeholderTs =
                        outbox.post(place.channel(), place.threadTs(), message).orElse(null);
                placeholderFailed = placeholderTs == null;
            } else {
                outbox.update(place.channel(), placeholderTs, message);
            }
        }

        synchronized void finish(List<SlackMessage> messages) {
            finished = true;
            int next = 0;
            if (placeholderTs != null && outbox.update(place.channel(), placeholderTs, messages.get(0))) {
                next = 1;
            }
            for (; next < messages.size(); next++) {
                if (outbox.post(place.channel(), place.threadTs(), messages.get(next))
                        .isEmpty()) {
                    return;
                }
            }
        }
    }
}
