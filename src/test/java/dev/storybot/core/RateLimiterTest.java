package dev.storybot.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.testing.MutableClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    @Test
    void should_allow_the_limit_per_window_per_user_then_refuse_until_the_window_moves() {
        MutableClock clock = new MutableClock();
        RateLimiter limiter = new RateLimiter(2, Duration.ofMinutes(1), clock);

        assertThat(limiter.tryAcquire("discord:alice")).isTrue();
        assertThat(limiter.tryAcquire("discord:alice")).isTrue();
        assertThat(limiter.tryAcquire("discord:alice")).isFalse();
        assertThat(limiter.tryAcquire("discord:bob")).isTrue();

        clock.advance(Duration.ofSeconds(61));
        assertThat(limiter.tryAcquire("discord:alice")).isTrue();
    }

    @Test
    void should_forget_users_who_have_been_idle_for_a_whole_window() {
        MutableClock clock = new MutableClock();
        RateLimiter limiter = new RateLimiter(5, Duration.ofMinutes(1), clock);
        for (int user = 0; user < RateLimiter.PRUNE_EVERY_ATTEMPTS - 1; user++) {
            limiter.tryAcquire("slack:user" + user);
        }
        assertThat(limiter.trackedUsers()).isEqualTo(RateLimiter.PRUNE_EVERY_ATTEMPTS - 1);

        clock.advance(Duration.ofSeconds(61));
        limiter.tryAcquire("slack:newcomer");

        assertThat(limiter.trackedUsers()).isEqualTo(1);
    }
}
