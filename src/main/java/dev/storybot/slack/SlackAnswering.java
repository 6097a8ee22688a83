package dev.storybot.slack;

import dev.storybot.core.Answer;
import dev.storybot.core.BotServices;
import dev.storybot.core.ChatRequest;
import dev.storybot.core.EditThrottle;
import dev.storybot.core.Outcome;
import dev.storybot.feedback.Vote;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * Answers Slack questions and posts the results, on a worker thread: streams partial text into a placeholder
 * message, stores answers for feedback, records votes.
 */
final class SlackAnswering {

    /** Platform name stored with answers and used in rate-limit keys. */
    static final String PLATFORM = "slack";

    static final String FAILURE_TEXT = "Sorry, something went wrong while answering. Please try again in a moment.";
    static final String THANKS_TEXT = "Thanks for the feedback!";
    static final String UNKNOWN_ANSWER_TEXT = "That answer is no longer on record, so the vote was not stored.";
    static final String VOTE_FAILED_TEXT = "Sorry, your vote could not be stored right now. Please try again later.";

    private static final Logger LOG = LoggerFactory.getLogger(SlackAnswering.class);

    private final BotServices services;
    private final SlackOutbox outbox;

    SlackAnswering(BotServices services, SlackOutbox outbox) {
        this.services = services;
        this.outbox = outbox;
    }

    /**
     * Where a reply goes in a channel or DM.
     *
     * @param channel  the channel id
     * @param threadTs the thread to reply in, or null for a top-level message
     */
    record Place(String channel, String threadTs) {
    }

    /** Answers a mention, DM or thread message, streaming partial text into a placeholder that the answer replaces. */
    void answerAt(Place place, ChatRequest request) {
        PlaceholderStream stream = new PlaceholderStream(place);
        Answer answer;
        try {
            answer = services.answerer().answerStreaming(request, EditThrottle.perSecond(stream::show));
        } catch (RuntimeException e) {
            LOG.error("Answering a Slack question in {} failed", place.channel(), e);
            stream.finish(List.of(SlackRenderer.notice(FAILURE_TEXT)));
            return;
        }
        stream.finish(SlackRenderer.answer(null, answer, saveForFeedback(request.text(), answer)));
    }

    /** Answers {@code /ask} through its response_url, quoting the question (no streaming: response_url cannot edit). */
    void answerCommand(String responseUrl, ChatRequest request, boolean privately) {
        Answer answer;
        try {
            answer = services.answerer().answer(request);
        } catch (RuntimeException e) {
            LOG.error("Answering a Slack /ask question failed", e);
            outbox.respond(responseUrl, SlackRenderer.notice(FAILURE_TEXT), SlackOutbox.Visibility.EPHEMERAL);
            return;
        }
        SlackOutbox.Visibility visibility = privately ? SlackOutbox.Visibility.EPHEMERAL : SlackOutbox.Visibility.IN_CHANNEL;
        for (SlackMessage message : SlackRenderer.answer(request.text(), answer, saveForFeedback(request.text(), answer))) {
            if (!outbox.respond(responseUrl, message, visibility)) {
                return;
            }
        }
    }

    /** Stores a 👍/👎 vote and thanks the voter privately. */
    void recordVote(String responseUrl, String answerId, String userId, Vote vote) {
        String reply;
        try {
            reply = services.feedback().vote(answerId, userId, vote) ? THANKS_TEXT : UNKNOWN_ANSWER_TEXT;
        } catch (RuntimeException e) {
            LOG.error("Storing a Slack vote on answer {} failed", answerId, e);
            reply = VOTE_FAILED_TEXT;
        }
        outbox.respond(responseUrl, SlackRenderer.notice(reply), SlackOutbox.Visibility.EPHEMERAL);
    }

    /** Posts a short notice, e.g. that the user hit the rate limit. */
    void postNotice(Place place, String text) {
        outbox.post(place.channel(), place.threadTs(), SlackRenderer.notice(text));
    }

    /** Stores the answer so votes can refer to it; null (no buttons) for invalid input or when storing failed. */
    private String saveForFeedback(String question, Answer answer) {
        if (answer.outcome() == Outcome.INVALID_INPUT) {
            return null;
        }
        try {
            return services.feedback().saveAnswer(PLATFORM, question, answer);
        } catch (RuntimeException e) {
            LOG.warn("Storing a Slack answer for feedback failed; showing it without vote buttons", e);
            return null;
        }
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
                placeholderTs = outbox.post(place.channel(), place.threadTs(), message).orElse(null);
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
                if (outbox.post(place.channel(), place.threadTs(), messages.get(next)).isEmpty()) {
                    return;
                }
            }
        }
    }
}
