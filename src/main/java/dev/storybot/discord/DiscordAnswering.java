package dev.storybot.discord;

import dev.storybot.core.Answer;
import dev.storybot.core.BotServices;
import dev.storybot.core.ChatRequest;
import dev.storybot.core.Outcome;
import dev.storybot.core.StoryBrief;
import dev.storybot.feedback.FeedbackStoreException;
import dev.storybot.feedback.Vote;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the Discord listeners share: rate limits, asking the core, rendering and feedback, free of JDA types. */
final class DiscordAnswering {

    /** Platform name in requests, rate-limit keys and stored feedback. */
    static final String PLATFORM = "discord";

    private static final Logger LOG = LoggerFactory.getLogger(DiscordAnswering.class);

    private final BotServices services;

    DiscordAnswering(BotServices services) {
        this.services = services;
    }

    /** Counts a question against the user's allowance; false when over the limit. */
    boolean tryAcquire(String userId) {
        return services.rateLimiter().tryAcquire(PLATFORM + ":" + userId);
    }

    /** The notice for a user over the limit. */
    String rateLimitNotice() {
        return DiscordRenderer.rateLimited(services.rateLimiter().maxPerWindow(), services.rateLimiter().window());
    }

    /** A request in the conversation of one channel (a DM, a thread, or a guild channel). */
    static ChatRequest request(String channelId, String userId, String question) {
        return new ChatRequest(PLATFORM, PLATFORM + ":" + channelId, userId, question);
    }

    /**
     * Answers and renders; never throws. Answers worth rating are stored so their buttons can be voted on; if the
     * store fails the answer is still shown, without buttons.
     */
    Reply answer(ChatRequest request, Consumer<String> partialText) {
        Answer answer;
        try {
            answer = services.answerer().answerStreaming(request, partialText);
        } catch (RuntimeException e) {
            LOG.error("Answering failed for conversation {}", request.conversationId(), e);
            return new Reply(List.of(DiscordRenderer.failed()), null);
        }
        List<String> messages = DiscordRenderer.answer(answer);
        if (!rateable(answer.outcome())) {
            return new Reply(messages, null);
        }
        try {
            return new Reply(messages, services.feedback().saveAnswer(PLATFORM, request.text(), answer));
        } catch (FeedbackStoreException e) {
            LOG.warn("Answer shown without feedback buttons: {}", e.getMessage(), e);
            return new Reply(messages, null);
        }
    }

    /** Stores a vote and says what to tell the voter. */
    String vote(String answerId, String userId, Vote vote) {
        try {
            return services.feedback().vote(answerId, userId, vote)
                ? "Thanks for the feedback!"
                : "Sorry, that answer is no longer on record, so the vote was not saved.";
        } catch (FeedbackStoreException e) {
            LOG.warn("Vote not stored: {}", e.getMessage(), e);
            return "Sorry, your vote could not be saved right now. Please try again later.";
        }
    }

    StoryBrief story() {
        return services.story();
    }

    private static boolean rateable(Outcome outcome) {
        return outcome == Outcome.ANSWERED || outcome == Outcome.REFUSED;
    }

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
}
