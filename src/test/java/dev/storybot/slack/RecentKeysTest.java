package dev.storybot.slack;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** The bounded memory behind de-duplication and thread follow-ups. */
class RecentKeysTest {

    private final AtomicLong nowMillis = new AtomicLong(1_000_000);
    private final Clock clock = new Clock() {
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
            return Instant.ofEpochMilli(nowMillis.get());
        }
    };

    @Test
    @DisplayName("add is true only the first time a key is seen")
    void should_report_first_sighting_only() {
        RecentKeys keys = new RecentKeys(10, Duration.ofMinutes(1), clock);

        assertThat(keys.add("Ev1")).isTrue();
        assertThat(keys.add("Ev1")).isFalse();
        assertThat(keys.contains("Ev1")).isTrue();
        assertThat(keys.contains("Ev2")).isFalse();
    }

    @Test
    @DisplayName("keys are forgotten after the time to live")
    void should_forget_expired_keys() {
        RecentKeys keys = new RecentKeys(10, Duration.ofMinutes(1), clock);
        keys.add("Ev1");

        nowMillis.addAndGet(Duration.ofMinutes(1).toMillis());

        assertThat(keys.contains("Ev1")).isFalse();
        assertThat(keys.add("Ev1")).isTrue();
    }

    @Test
    @DisplayName("memory is bounded: beyond the maximum, the oldest keys are forgotten")
    void should_stay_bounded() {
        RecentKeys keys = new RecentKeys(3, Duration.ofHours(1), clock);
        for (int i = 1; i <= 5; i++) {
            keys.add("Ev" + i);
        }

        assertThat(keys.size()).isEqualTo(3);
        assertThat(keys.contains("Ev1")).isFalse();
        assertThat(keys.contains("Ev5")).isTrue();
    }
}
