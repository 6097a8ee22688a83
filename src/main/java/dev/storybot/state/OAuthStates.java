package dev.storybot.state;

import java.time.Duration;

/**
 * OAuth {@code state} values issued to installing browsers: each is accepted once, before it expires, by whichever
 * replica the browser comes back to.
 */
public interface OAuthStates {

    /** Remembers a newly issued {@code state} for {@code lifetime}. */
    void issue(String state, Duration lifetime);

    /** True when {@code state} was issued and has neither expired nor been used. */
    boolean isLive(String state);

    /** Marks {@code state} as used, so that it is not accepted again. */
    void consume(String state);
}
