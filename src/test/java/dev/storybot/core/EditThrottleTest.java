package dev.storybot.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class EditThrottleTest {

    @Test
    void should_forward_at_most_one_edit_per_interval() {
        AtomicLong now = new AtomicLong(0);
        List<String> edits = new ArrayList<>();
        EditThrottle throttle = new EditThrottle(edits::add, 1_000, now::get);

        throttle.accept("a");
        now.set(400);
        throttle.accept("ab");
        now.set(1_000);
        throttle.accept("abc");
        now.set(1_999);
        throttle.accept("abcd");
        now.set(2_000);
        throttle.accept("abcde");

        assertThat(edits).containsExactly("a", "abc", "abcde");
    }
}
