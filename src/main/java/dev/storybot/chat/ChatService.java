package dev.storybot.chat;

import dev.storybot.core.Answer;
import dev.storybot.core.ChatRequest;
import dev.storybot.core.Outcome;
import dev.storybot.core.StoryBrief;
import dev.storybot.feedback.Vote;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What an adapter asks of the bot for one platform, free of platform types: the rate limit and when to say so,
 * answers (stored so they can be voted on) and votes.
 */
public final class ChatService {

    /** What to do with a question, given the asker's allowance. */
    public enum Admission {
        /** Within the limit: answer it. */
        ANSWER,
        /** Over the limit, and not yet told in this window: say so (see {@link #rateLimitNotice()}). */
        NOTIFY,
        /** Over the limit and already told in this window: stay silent where the platform allows. */
        SILENT
    }

    private static final Logger LOG = LoggerFactory.getLogger(ChatService.class);

    private final String platform;
    private final BotServices services;
    private final RecentKeys toldAboutLimit;

    /**
     * @param platform the platform name in requests, rate-limit keys and stored feedback, e.g. {@code "slack"}
     * @param clock    times the rate-limit notices (the limiter has its own clock)
     */
    public ChatService(String platform, BotServices services, Clock clock) {
        this.platform = Objects.requireNonNull(platform, "platform");
        this.services = Objects.requireNonNull(services, "services");
        this.toldAboutLimit = RecentKeys.afterWrite(
                ChatLimits.MAX_RATE_LIMITED_USERS, services.rateLimiter().window(), clock);
    }

    /** The platform name, e.g. {@code "discord"}. */
    public String platform() {
        return platform;
    }

    /** Counts a question against the user's allowance; over it, only the first refusal per window gets a notice. */
    public Admission admit(String userId) {
        String key = platform + ":" + userId;
        if (services.rateLimiter().tryAcquire(key)) {
            return Admission.ANSWER;
        }
        return toldAboutLimit.add(key) ? Admission.NOTIFY : Admission.SILENT;
    }

    /** The notice for a user over the limit, stating the limit. */
    public String rateLimitNotice() {
        return ChatTexts.rateLimited(
                services.rateLimiter().maxPerWindow(), services.rateLimiter().window());
    }

    /** A request from {@code userId} in the conversation {@code conversationId} (see {@link ConversationIds}). */
    public ChatRequest request(String conversationId, String userId, String text) {
        return new ChatRequest(platform, conversationId, userId, text);
    }

    /**
     * Answers, streaming partial text to {@code partialText} unless it is null; never throws. Answers worth rating
     * are stored so their buttons can be voted on; if the store fails the answer is still shown, without buttons.
     */
    public Reply answer(ChatRequest request, Consumer<String> partialText) {
        Answer answer;
        try {
            answer = partialText == null
                    ? services.answerer().answer(request)
                    : services.answerer().answerStreaming(request, partialText);
        } catch (RuntimeException e) {
            LOG.error("Answering failed on {} for conversation {}", platform, request.conversationId(), e);
            return new Reply(null, null);
        }
        if (!rateable(answer.outcome())) {
            return new Reply(answer, null);
        }
        try {
            return new Reply(answer, services.feedback().saveAnswer(platform, request.text(), answer));
        } catch (RuntimeException e) {
            LOG.warn("Answer shown without vote buttons on {}: {}", platform, e.getMessage(), e);
            return new Reply(answer, null);
        }
    }

    /** Stores a vote now, on the caller's thread, and says what to tell the voter. */
    public String vote(String answerId, String userId, Vote vote) {
        try {
            return services.feedback().vote(answerId, userId, vote) ? ChatTexts.THANKS : ChatTexts.VOTE_NOT_ON_RECORD;
        } catch (RuntimeException e) {
            LOG.warn("Vote on {} answer {} not stored: {}", platform, answerId, e.getMessage(), e);
            return ChatTexts.VOTE_FAILED;
        }
    }

    /** The story's title, summary, sources and example questions. */
    public StoryBrief story() {
        return services.story();
    }

    private static boolean rateable(Outcome outcome) {
        return outcome == Outcome.ANSWERED || outcome == Outcome.REFUSED;
    }

    /**
     * An answer ready to render.
     *
     * @param answer   the answer, or null when answering failed (show {@link ChatTexts#FAILURE})
     * @param answerId the stored answer's id for vote buttons, or null for none
     */
    public record Reply(Answer answer, String answerId) {

        /** True when answering failed and the asker should see {@link ChatTexts#FAILURE}. */
        public boolean failed() {
            return answer == null;
        }

        /** The id for vote buttons, if the answer was stored. */
        public Optional<String> optionalAnswerId() {
            return Optional.ofNullable(answerId);
        }
    }
}
