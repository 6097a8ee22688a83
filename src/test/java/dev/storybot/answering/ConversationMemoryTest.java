package dev.storybot.answering;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ConversationMemoryTest {

    /** Ten thousand conversations of six long CJK turns: what once kept 151 MB of heap. */
    private static final int CONVERSATIONS = 10_000;

    private static final String LONG_CJK = "模型下载量".repeat(2_000);

    private final AtomicLong nanos = new AtomicLong();
    private final Ticker ticker = nanos::get;
    private final ConversationMemory memory = new ConversationMemory(ticker);

    private static ConversationMemory.Remembered turn(String question, String... factIds) {
        return new ConversationMemory.Remembered(
                question, question, "Answer to " + question, List.of(factIds), List.of("entity"));
    }

    private void advance(Duration duration) {
        nanos.addAndGet(duration.toNanos());
    }

    @Test
    @DisplayName("keeps the last six turns of a conversation, oldest first, and finds the last answered one")
    void should_keep_the_last_turns_and_find_the_last_answered_one() {
        for (int i = 1; i <= ConversationMemory.TURNS_KEPT + 2; i++) {
            memory.remember("c", i % 2 == 0 ? turn("q" + i, "fact-" + i) : turn("q" + i));
        }
        memory.remember("c", turn("refused"));

        assertThat(memory.turns("c"))
                .hasSize(ConversationMemory.TURNS_KEPT)
                .extracting(ConversationMemory.Remembered::question)
                .containsExactly("q4", "q5", "q6", "q7", "q8", "refused");
        assertThat(memory.lastAnswered("c"))
                .map(ConversationMemory.Remembered::question)
                .contains("q8");
        assertThat(memory.turns("other")).isEmpty();
        assertThat(memory.lastAnswered("other")).isEmpty();
    }

    @Test
    @DisplayName("long CJK turns are cut, and the characters kept stay within the size bound")
    void should_hold_the_size_bound_with_long_cjk_turns() {
        ConversationMemory.Remembered longTurn =
                new ConversationMemory.Remembered(LONG_CJK, LONG_CJK, LONG_CJK, List.of("fact"), List.of("entity"));

        for (int c = 0; c < CONVERSATIONS; c++) {
            for (int t = 0; t < ConversationMemory.TURNS_KEPT; t++) {
                memory.remember("conversation-" + c, longTurn);
            }
            assertThat(memory.keptChars()).isLessThanOrEqualTo(ConversationMemory.MAX_KEPT_CHARS);
        }

        String last = "conversation-" + (CONVERSATIONS - 1);
        assertThat(memory.turns(last)).hasSize(ConversationMemory.TURNS_KEPT).allSatisfy(kept -> {
            assertThat(kept.question())
                    .hasSize(ConversationMemory.MAX_TEXT_CHARS)
                    .isEqualTo(LONG_CJK.substring(0, ConversationMemory.MAX_TEXT_CHARS));
            assertThat(kept.resolvedQuestion()).hasSize(ConversationMemory.MAX_TEXT_CHARS);
            assertThat(kept.answer()).hasSize(ConversationMemory.MAX_TEXT_CHARS);
        });
        assertThat(memory.turns("conversation-0"))
                .as("the least recently used conversation is dropped")
                .isEmpty();
        assertThat(memory.keptChars()).isGreaterThan(ConversationMemory.MAX_KEPT_CHARS / 2);
    }

    @Test
    @DisplayName("a conversation idle for longer than the limit is forgotten; one still in use is kept")
    void should_forget_a_conversation_after_idle_time() {
        memory.remember("idle", turn("q1", "fact-1"));
        memory.remember("busy", turn("q1", "fact-1"));

        advance(Duration.ofMinutes(ConversationMemory.MAX_IDLE_MINUTES - 1));
        assertThat(memory.turns("busy")).hasSize(1);
        advance(Duration.ofMinutes(2));

        assertThat(memory.turns("idle")).isEmpty();
        assertThat(memory.lastAnswered("idle")).isEmpty();
        assertThat(memory.turns("busy"))
                .extracting(ConversationMemory.Remembered::question)
                .containsExactly("q1");
        advance(Duration.ofMinutes(ConversationMemory.MAX_IDLE_MINUTES));
        assertThat(memory.turns("busy")).isEmpty();
        assertThat(memory.keptChars()).isZero();
    }
}
