package dev.storybot.llm;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops calling a failing model for a cool-down: after {@code failureThreshold} consecutive failures it opens,
 * after the cool-down it lets one trial call through (half-open), and a successful trial closes it again.
 */
public final class CircuitBreaker {

    /** Consecutive failures that open the circuit by default. */
    public static final int DEFAULT_FAILURE_THRESHOLD = 3;
    /** How long an open circuit skips the model by default. */
    public static final Duration DEFAULT_COOL_DOWN = Duration.ofSeconds(30);

    private static final Logger LOG = LoggerFactory.getLogger(CircuitBreaker.class);

    /** Whether calls go through. */
    public enum State {
        /** Calls go through. */
        CLOSED,
        /** Calls are skipped until the cool-down ends. */
        OPEN,
        /** The cool-down ended: the next call is a trial that decides between closed and open. */
        HALF_OPEN
    }

    private final int failureThreshold;
    private final Duration coolDown;
    private final Clock clock;
    private State state = State.CLOSED;
    private int consecutiveFailures;
    private Instant openedAt = Instant.MIN;
    private boolean trialInFlight;

    public CircuitBreaker(int failureThreshold, Duration coolDown, Clock clock) {
        if (failureThreshold < 1) {
            throw new IllegalArgumentException("failureThreshold must be at least 1, was " + failureThreshold);
        }
        if (coolDown.isNegative()) {
            throw new IllegalArgumentException("coolDown must not be negative, was " + coolDown);
        }
        this.failureThreshold = failureThreshold;
        this.coolDown = coolDown;
        this.clock = clock;
    }

    /** A breaker with the default threshold and cool-down on the system clock. */
    public static CircuitBreaker withDefaults() {
        return new CircuitBreaker(DEFAULT_FAILURE_THRESHOLD, DEFAULT_COOL_DOWN, Clock.systemUTC());
    }

    /**
     * Asks to make one call. Every {@code true} must be followed by exactly one {@link #recordSuccess()} or
     * {@link #recordFailure()}.
     *
     * @return false while open (and while a half-open trial is under way)
     */
    public synchronized boolean tryAcquire() {
        switch (state) {
            case CLOSED:
                return true;
            case OPEN:
                if (coolDownOver()) {
                    state = State.HALF_OPEN;
                    trialInFlight = true;
                    LOG.info("LLM circuit half-open: trying the model again");
                    return true;
                }
                return false;
            case HALF_OPEN:
            default:
                if (trialInFlight) {
                    return false;
                }
                trialInFlight = true;
                return true;
        }
    }

    /** The call went through: the endpoint works, so the circuit closes. */
    public synchronized void recordSuccess() {
        if (state != State.CLOSED) {
            LOG.info("LLM circuit closed: the model answered again");
        }
        state = State.CLOSED;
        consecutiveFailures = 0;
        trialInFlight = false;
    }

    /** The call failed; opens the circuit after the threshold, or at once when it was the half-open trial. */
    public synchronized void recordFailure() {
        trialInFlight = false;
        consecutiveFailures++;
        if (state == State.HALF_OPEN || state == State.CLOSED && consecutiveFailures >= failureThreshold) {
            state = State.OPEN;
            openedAt = clock.instant();
            LOG.warn(
                    "LLM circuit open after {} consecutive failures: answering from retrieval for {} s",
                    consecutiveFailures,
                    coolDown.toSeconds());
        }
    }

    /** The current state for health checks; an open circuit whose cool-down is over reports half-open. */
    public synchronized State state() {
        if (state == State.OPEN && coolDownOver()) {
            return State.HALF_OPEN;
        }
        return state;
    }

    private boolean coolDownOver() {
        return !clock.instant().isBefore(openedAt.plus(coolDown));
    }
}
