package dev.storybot.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private static final class MutableClock extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void should_allow_the_limit_per_window_per_user_then_refuse_until_the_window_moves() {
        MutableClock clock = new MutableClock();
        RateLimiter limiter = new RateLimiter(2, Duration.ofMinutes(1), clock);

        assertThat(limiter.tryAcquire("discord:alice")).isTrue();
        assertThat(limiter.tryAcquire("discord:alice")).isTrue();
        assertThat(limiter.tryAcquire("discord:alice")).isFalse();
        assertThat(limiter.tryAcquire("discord:bob")).isTrue();

        clock.now = clock.now.plusSeconds(61);
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

        clock.now = clock.now.plusSeconds(61);
        limiter.tryAcquire("slack:newcomer");

        assertThat(limiter.trackedUsers()).isEqualTo(1);
    }
}
