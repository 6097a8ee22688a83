package dev.storybot.answering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.core.Answer;
import dev.storybot.core.ChatRequest;
import dev.storybot.core.Outcome;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Questions built to be expensive: many distinct CJK characters, long chains of elliptical follow-ups. */
class LongInputTest {

    private static final Set<Outcome> ANSWERED_OR_REFUSED = Set.of(Outcome.ANSWERED, Outcome.REFUSED);

    private static RetrievalAnswerer bot;

    @BeforeAll
    static void build() {
        bot = TestBots.retrieval();
    }

    /** {@code count} distinct characters of one script, starting at {@code first}. */
    static String distinct(int first, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.appendCodePoint(first + i * 3);
        }
        return text.toString();
    }

    static Stream<Arguments> manyDistinctCharacters() {
        StringBuilder english = new StringBuilder();
        for (int i = 0; english.length() < 990; i++) {
            english.append("word")
                    .append(Integer.toString(i, 26).replaceAll("[0-9]", "x"))
                    .append(' ');
        }
        return Stream.of(
                Arguments.of("en", english.toString().strip()),
                Arguments.of("zh", distinct(0x4E00, 600)),
                Arguments.of("ko", distinct(0xAC00, 600)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("manyDistinctCharacters")
    void should_answer_or_refuse_a_question_of_many_distinct_terms(String language, String question) {
        Answer answer = bot.answer(ChatRequest.of("test", question));

        assertThat(answer.outcome()).isIn(ANSWERED_OR_REFUSED);
    }

    @Test
    void should_keep_answering_through_thirty_long_elliptical_follow_ups() {
        String conversation = "long-follow-ups";
        bot.answer(new ChatRequest("test", conversation, "user", "How many downloads did Qwen get?"));
        String padding = " please".repeat(120);

        for (int turn = 0; turn < 30; turn++) {
            Answer answer = bot.answer(new ChatRequest("test", conversation, "user", "and what about Llama" + padding));
            assertThat(answer.outcome()).as("turn %d", turn).isIn(ANSWERED_OR_REFUSED);
        }
    }

    static Stream<Arguments> borrowed() {
        return Stream.of(
                Arguments.of(
                        "How many downloads did Qwen get?",
                        "and Llama?",
                        "How many downloads did Qwen get? and Llama?"),
                Arguments.of("Qwen 的下载量是多少？", "那 Llama 呢？", "Qwen 的下载量是多少？ 那 Llama 呢？"),
                Arguments.of("Qwen 다운로드 수는?", "그럼 Llama 는?", "Qwen 다운로드 수는? 그럼 Llama 는?"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("borrowed")
    void should_prefix_a_follow_up_with_the_earlier_question(String earlier, String text, String expected) {
        assertThat(FollowUps.borrow(earlier, text)).isEqualTo(expected);
    }

    @Test
    void should_cut_the_earlier_question_at_a_word_when_the_chain_grows_too_long() {
        String earlier = "word ".repeat(400).strip();
        String text = "and what about the other one?";

        String resolved = FollowUps.borrow(earlier, text);

        assertThat(resolved)
                .hasSizeLessThanOrEqualTo(FollowUps.MAX_RESOLVED_CHARS)
                .endsWith(" " + text)
                .startsWith("word ");
    }

    @Test
    void should_keep_only_the_follow_up_when_it_alone_fills_the_limit() {
        String text = "x".repeat(FollowUps.MAX_RESOLVED_CHARS);

        assertThat(FollowUps.borrow("How many downloads?", text)).isEqualTo(text);
    }
}
