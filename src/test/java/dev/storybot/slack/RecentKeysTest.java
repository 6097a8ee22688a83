package dev.storybot.slack;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import dev.storybot.testing.MutableClock;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The bounded memory behind de-duplication and thread follow-ups. */
class RecentKeysTest {

    private final MutableClock clock = new MutableClock();

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

        clock.advance(Duration.ofMinutes(1));

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
