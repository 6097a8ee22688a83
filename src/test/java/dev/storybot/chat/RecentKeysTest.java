package dev.storybot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.testing.MutableClock;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The bounded memories behind de-duplication, thread follow-ups and rate-limit notices. */
class RecentKeysTest {

    private final MutableClock clock = new MutableClock();

    @Test
    @DisplayName("add is true only the first time a key is seen")
    void should_report_first_sighting_only() {
        RecentKeys keys = RecentKeys.afterWrite(10, Duration.ofMinutes(1), clock);

        assertThat(keys.add("Ev1")).isTrue();
        assertThat(keys.add("Ev1")).isFalse();
        assertThat(keys.contains("Ev1")).isTrue();
        assertThat(keys.contains("Ev2")).isFalse();
    }

    @Test
    @DisplayName("keys are forgotten after the time to live")
    void should_forget_expired_keys() {
        RecentKeys keys = RecentKeys.afterWrite(10, Duration.ofMinutes(1), clock);
        keys.add("Ev1");

        clock.advance(Duration.ofMinutes(1));

        assertThat(keys.contains("Ev1")).isFalse();
        assertThat(keys.add("Ev1")).isTrue();
    }

    @Test
    @DisplayName(
            "memory is bounded: beyond the maximum, keys are forgotten (which ones is the cache's frequency policy)")
    void should_stay_bounded() {
        RecentKeys keys = RecentKeys.afterWrite(3, Duration.ofHours(1), clock);
        for (int i = 1; i <= 5; i++) {
            keys.add("Ev" + i);
        }

        assertThat(keys.size()).isEqualTo(3);
        assertThat(java.util.stream.IntStream.rangeClosed(1, 5)
                        .filter(i -> keys.contains("Ev" + i))
                        .count())
                .isEqualTo(3);
    }

    @Test
    @DisplayName("delivery ids are remembered for the whole retry period, then forgotten")
    void should_remember_deliveries_for_the_retry_period() {
        RecentKeys deliveries = RecentKeys.deliveries(clock);
        deliveries.add("Ev1");

        clock.advance(ChatLimits.DELIVERY_MEMORY.minusSeconds(1));
        assertThat(deliveries.add("Ev1")).isFalse();

        clock.advance(Duration.ofSeconds(1));
        assertThat(deliveries.add("Ev1")).isTrue();
    }

    @Test
    @DisplayName("a thread stays remembered while it is active and is forgotten after a quiet period")
    void should_forget_threads_only_after_a_quiet_period() {
        RecentKeys threads = RecentKeys.threads(clock);
        threads.add("T1");

        clock.advance(ChatLimits.THREAD_MEMORY.minusHours(1));
        assertThat(threads.contains("T1")).as("activity keeps it").isTrue();
        clock.advance(ChatLimits.THREAD_MEMORY.minusHours(1));
        assertThat(threads.contains("T1")).isTrue();

        clock.advance(ChatLimits.THREAD_MEMORY);
        assertThat(threads.contains("T1")).isFalse();
    }

    @Test
    @DisplayName("an active thread outlives a quiet one when the bound is reached")
    void should_keep_the_active_thread_beyond_the_bound() {
        RecentKeys threads = RecentKeys.afterWrite(2, Duration.ofHours(1), clock);
        threads.add("a");
        threads.add("b");
        assertThat(threads.contains("a")).isTrue(); // "a" is now more active than "b"

        threads.add("c");

        assertThat(threads.size()).isEqualTo(2);
        assertThat(threads.contains("a")).isTrue();
        assertThat(threads.contains("b")).isFalse();
        assertThat(threads.contains("c")).isTrue();
    }
}
