package dev.storybot.state;

import java.util.Objects;

/**
 * What chat adapters share across replicas instead of keeping per process.
 *
 * @param claims  exactly-once claims on deliveries and messages
 * @param threads threads the bot answers in without a mention
 */
public record SharedState(EventClaims claims, TrackedThreads threads) {

    public SharedState {
        Objects.requireNonNull(claims, "claims");
        Objects.requireNonNull(threads, "threads");
    }
}
