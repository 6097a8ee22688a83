package dev.storybot.state;

/** Claims on deliveries (a Slack event id, a message to answer): for each key exactly one caller wins. */
public interface EventClaims {

    /** True for the first caller to claim {@code key} (across replicas, when shared); false for every later one. */
    boolean claim(String key);
}
