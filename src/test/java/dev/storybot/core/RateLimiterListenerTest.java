package dev.storybot.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class RateLimiterListenerTest {

    @Test
    void should_report_only_the_attempts_it_turns_away_with_their_key() {
        List<String> limited = new CopyOnWriteArrayList<>();
        RateLimiter limiter = new RateLimiter(1, Duration.ofMinutes(1), Clock.systemUTC(), limited::add);

        limiter.tryAcquire("slack:alice");
        limiter.tryAcquire("slack:alice");
        limiter.tryAcquire("discord:bob");
        limiter.tryAcquire("slack:alice");

        assertThat(limited).containsExactly("slack:alice", "slack:alice");
    }
}
