package dev.storybot.answering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.answering.SmallTalk.Kind;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The small-talk stage as a table: message → kind, in several languages; questions are never small talk. */
class SmallTalkTest {

    private static final SmallTalk SMALL_TALK = new SmallTalk();

    static Stream<Arguments> smallTalk() {
        return Stream.of(
                Arguments.of("hi!", Kind.GREETING),
                // everyday phrasings: goodbyes, compliments to the bot, who made it, how to use it
                Arguments.of("ok cya later!", Kind.ACK),
                Arguments.of("good bot 🤖", Kind.ACK),
                Arguments.of("who made you", Kind.IDENTITY),
                Arguments.of("how does this work?", Kind.HELP),
                Arguments.of("what kinda questions can i ask you?", Kind.HELP),
                Arguments.of("我能问什么问题？", Kind.HELP),
                Arguments.of("어떤 질문을 할 수 있어?", Kind.HELP),
                Arguments.of("拜拜", Kind.ACK),
                Arguments.of("太厉害了", Kind.ACK),
                Arguments.of("谁开发了你？", Kind.IDENTITY),
                Arguments.of("수고하세요", Kind.ACK),
                Arguments.of("너 이름이 뭐야?", Kind.IDENTITY),
                Arguments.of("어떻게 써?", Kind.HELP),
                Arguments.of("gm 👋", Kind.GREETING),
                Arguments.of("thx that was helpful 🙏", Kind.THANKS),
                Arguments.of("that was really useful", Kind.ACK),
                Arguments.of("hey bot 👋", Kind.GREETING),
                Arguments.of("thank you so much!!!", Kind.THANKS),
                Arguments.of("ty that helped a lot 🙏", Kind.THANKS),
                Arguments.of("ok cool", Kind.ACK),
                Arguments.of("merci beaucoup, super clair !", Kind.THANKS),
                Arguments.of("懂了，谢谢", Kind.THANKS),
                Arguments.of("이해했어 고마워", Kind.THANKS),
                Arguments.of("hey what can u help me with", Kind.HELP),
                Arguments.of("are you a bot or a real person", Kind.IDENTITY),
                Arguments.of("你好，你能做什么？", Kind.HELP),
                Arguments.of("谢谢", Kind.THANKS),
                Arguments.of("안녕하세요", Kind.GREETING),
                Arguments.of("고마워 ㅎㅎ", Kind.THANKS),
                Arguments.of("ありがとう！", Kind.THANKS),
                Arguments.of("hola 👋", Kind.GREETING),
                Arguments.of("merci beaucoup", Kind.THANKS),
                Arguments.of("thanks that was actually really helpful!!", Kind.THANKS),
                Arguments.of("好的谢谢", Kind.THANKS),
                Arguments.of("알겠어고마워", Kind.THANKS),
                Arguments.of("わかったありがとう", Kind.THANKS));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("smallTalk")
    void should_recognise_small_talk(String message, Kind kind) {
        assertThat(SMALL_TALK.classify(message)).contains(kind);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "thanks, and what did huang say?",
                "hi who founded thinking machines lab",
                "谢谢，那Qwen的下载量是多少？",
                "고마워, 그럼 커서는?",
                "好的谢谢那黄仁勋说了什么",
                "is that really true",
                "ok so why is cursor suspected",
                "👍👍👍",
                "",
                "hahahahahahahahahahahahahahahahahahahahahahahahahahahahahahahahahahahahahahahahahahahaha x"
            })
    void should_not_take_a_question_or_noise_for_small_talk(String message) {
        assertThat(SMALL_TALK.classify(message)).isEmpty();
    }
}
