package dev.storybot.answering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A request for the gist naming no topic, as a table: message → asks for the gist or not, in several languages. */
class GistRequestsTest {

    private final GistRequests gist = new GistRequests();

    static Stream<Arguments> messages() {
        return Stream.of(
                Arguments.of("can u break this down in like 3 bullets, i dont have time to read the whole thing", true),
                Arguments.of("too long lol. one sentence", true),
                Arguments.of("explain this article to me like im 5 😅", true),
                Arguments.of("ok so give me the short version pls", true),
                Arguments.of("explícame el artículo en 2 frases porfa", true),
                Arguments.of("fass den artikel kurz zusammen bitte", true),
                Arguments.of("这篇讲的是啥", true),
                Arguments.of("帮我总结一下这篇文章", true),
                Arguments.of("이 기사 한 줄로 요약해줘", true),
                Arguments.of("この記事を3行でまとめて", true),
                // a topic, a large number or nothing asked is not a request for the gist
                Arguments.of("explain the 40% thing", false),
                Arguments.of("break down the downloads for me", false),
                Arguments.of("why did they switch", false),
                Arguments.of("ok thanks", false),
                Arguments.of("tell me more", false),
                Arguments.of("解释一下黄仁勋说的话", false),
                Arguments.of("젠슨 황이 뭐라고 했는지 설명해줘", false),
                Arguments.of("チャマス・パリハピティヤはポッドキャストで何て言ってた？", false));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("messages")
    void should_take_a_request_naming_no_topic_as_asking_for_the_gist(String message, boolean asks) {
        assertThat(gist.asksGist(message)).isEqualTo(asks);
    }
}
