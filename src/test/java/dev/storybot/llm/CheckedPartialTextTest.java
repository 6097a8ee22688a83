package dev.storybot.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CheckedPartialTextTest {

    static Stream<Arguments> sentences() {
        return Stream.of(
                Arguments.of("Qwen has", ""),
                Arguments.of("Qwen has 385.", ""),
                Arguments.of("Qwen has 385.3 million downloads. Llama", "Qwen has 385.3 million downloads."),
                Arguments.of("Qwen has 385.3 million downloads.", "Qwen has 385.3 million downloads."),
                Arguments.of("Cursor is suspected. [1]", "Cursor is suspected. [1]"),
                Arguments.of("Cursor is suspected. [1][2] It", "Cursor is suspected. [1][2]"),
                Arguments.of("Qwen的下载量为3.853亿次。[1]", "Qwen的下载量为3.853亿次。[1]"),
                Arguments.of("Qwen的下载量为3.853亿次。Llama", "Qwen的下载量为3.853亿次。"),
                Arguments.of("Qwen의 다운로드 수는 3억 8530만 회입니다. Llama", "Qwen의 다운로드 수는 3억 8530만 회입니다."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sentences")
    void should_keep_only_complete_sentences(String streamed, String complete) {
        assertThat(CheckedPartialText.completeSentences(streamed)).isEqualTo(complete);
    }

    static Stream<Arguments> neutralised() {
        return Stream.of(
                Arguments.of("@everyone look", "@\u200Beveryone look"),
                Arguments.of("<@123> and <@&456>", "<@\u200B123> and <@\u200B&456>"),
                Arguments.of("<!channel> 你好", "<\u200B!channel> 你好"),
                Arguments.of("[here](https://x.example) 여기", "[here]\u200B(https://x.example) 여기"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("neutralised")
    void should_neutralise_mentions_and_link_syntax(String text, String shown) {
        assertThat(CheckedPartialText.neutralise(text)).isEqualTo(shown);
    }
}
