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
                Arguments.of(
                        "how many ppl did they test this on w/ the drug",
                        "how many people did they test this on with the drug"),
                Arguments.of("wat did they do w sars", "what did they do with sars"),
                Arguments.of("他们 w 谁合作", "他们 with 谁合作"),
                Arguments.of("그들은 w 누구랑 일했어", "그들은 with 누구랑 일했어"),
                Arguments.of("Q1 qtr revenue pls", "Q1 quarter revenue please"),
                Arguments.of("what did wall st expect for eps", "what did Wall Street expect for earnings per share"),
                Arguments.of("eps 是多少", "earnings per share 是多少"),
                Arguments.of("그 doc 뭐래?", "그 doctor 뭐래?"),
                Arguments.of("u.s. ppl? 美国人 u", "u.s. people? 美国人 you"),
                Arguments.of("이 기사 ppl 몇 명", "이 기사 people 몇 명"),
                Arguments.of("젠슨 황이 뭐라고 했어? NVIDIA CEO", "젠슨 황이 뭐라고 했어? NVIDIA CEO"),
                Arguments.of("bell\u0007 and\u200B zero width", "bell and zero width"),
                Arguments.of("<@U07BOT> hey :eyes: who founded it", "hey who founded it"),
                Arguments.of("```\nwho is the ceo of nvidia?\n```", "who is the ceo of nvidia?"),
                Arguments.of("> quoted line\n**so** what did `huang` say?", "quoted line so what did huang say?"),
                Arguments.of(
                        "see [the story](https://example.com/a) pls", "see the story https://example.com/a please"),
                Arguments.of("<https://example.com/a|the story> tl;dr", "the story https://example.com/a tl;dr"),
                Arguments.of("# 标题\n- 黄仁勋说了什么？ :thinking_face:", "标题 黄仁勋说了什么？"),
                Arguments.of("> 인용\n**젠슨 황**이 뭐라고 했어? <@!123>", "인용 젠슨 황이 뭐라고 했어?"),
                Arguments.of("snake_case_word and 10:30:00 stay", "snake_case_word and 10:30:00 stay"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cleaned")
    void should_fold_space_drop_controls_and_lower_shouting(String raw, String clean) {
        assertThat(InputText.clean(raw)).isEqualTo(clean);
    }
}
