package dev.storybot.answering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class InputTextTest {

    static Stream<Arguments> cleaned() {
        return Stream.of(
                Arguments.of("  who   founded\tit? ", "who founded it?"),
                Arguments.of("SO WHAT IS THIS ARTICLE EVEN ABOUT", "so what is this article even about"),
                Arguments.of("WHO IS THE CEO OF NVIDIA???", "who is the ceo of nvidia???"),
                Arguments.of("Is the US ahead in AI?", "Is the US ahead in AI?"),
                Arguments.of("黄仁勋说了什么 ABC", "黄仁勋说了什么 ABC"),
                Arguments.of("젠슨 황이 뭐라고 했어? NVIDIA CEO", "젠슨 황이 뭐라고 했어? NVIDIA CEO"),
                Arguments.of("bell\u0007 and\u200B zero width", "bell and zero width"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cleaned")
    void should_fold_space_drop_controls_and_lower_shouting(String raw, String clean) {
        assertThat(InputText.clean(raw)).isEqualTo(clean);
    }
}
