package dev.storybot.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storybot.llm.CircuitBreaker.State;
import dev.storybot.testing.MutableClock;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CircuitBreakerTest {

    private static final Duration COOL_DOWN = Duration.ofSeconds(30);

    private final MutableClock clock = new MutableClock();
    private final CircuitBreaker breaker = new CircuitBreaker(3, COOL_DOWN, clock);

    private void fail(int times) {
        for (int i = 0; i < times; i++) {
            assertThat(breaker.tryAcquire()).isTrue();
            breaker.recordFailure();
        }
    }

    @Test
    @DisplayName("starts closed and lets calls through")
    void should_start_closed() {
        assertThat(breaker.state()).isEqualTo(State.CLOSED);
        assertThat(breaker.tryAcquire()).isTrue();
    }

    @Test
    @DisplayName("opens after the threshold of consecutive failures and then refuses calls")
    void should_open_after_consecutive_failures() {
        fail(2);
        assertThat(breaker.state()).isEqualTo(State.CLOSED);

        fail(1);

        assertThat(breaker.state()).isEqualTo(State.OPEN);
        assertThat(breaker.tryAcquire()).isFalse();
    }

    @Test
    @DisplayName("a success resets the count of consecutive failures")
    void should_reset_count_on_success() {
        fail(2);
        assertThat(breaker.tryAcquire()).isTrue();
        breaker.recordSuccess();

        fail(2);

        assertThat(breaker.state()).isEqualTo(State.CLOSED);
    }

    @Test
    @DisplayName("stays open for the whole cool-down")
    void should_stay_open_during_cool_down() {
        fail(3);

        clock.advance(COOL_DOWN.minusMillis(1));

        assertThat(breaker.state()).isEqualTo(State.OPEN);
        assertThat(breaker.tryAcquire()).isFalse();
    }

    @Test
    @DisplayName("after the cool-down lets exactly one trial through; its success closes the circuit")
    void should_close_after_successful_trial() {
        fail(3);
        clock.advance(COOL_DOWN);
        assertThat(breaker.state()).isEqualTo(State.HALF_OPEN);

        assertThat(breaker.tryAcquire()).isTrue();
        assertThat(breaker.tryAcquire()).isFalse();
        breaker.recordSuccess();

        assertThat(breaker.state()).isEqualTo(State.CLOSED);
        assertThat(breaker.tryAcquire()).isTrue();
    }

    @Test
    @DisplayName("a failed trial opens the circuit for another full cool-down")
    void should_reopen_after_failed_trial() {
        fail(3);
        clock.advance(COOL_DOWN);
        assertThat(breaker.tryAcquire()).isTrue();

        breaker.recordFailure();

        assertThat(breaker.state()).isEqualTo(State.OPEN);
        clock.advance(COOL_DOWN.minusMillis(1));
        assertThat(breaker.tryAcquire()).isFalse();
        clock.advance(Duration.ofMillis(1));
        assertThat(breaker.tryAcquire()).isTrue();
    }

    @Test
    @DisplayName("rejects a threshold below one")
    void should_reject_bad_threshold() {
        assertThatThrownBy(() -> new CircuitBreaker(0, COOL_DOWN, clock))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("failureThreshold");
    }
}
