package dev.storybot.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "How many downloads did Qwen get?      | EN",
                "Qwen在Hugging Face上一共被下载了多少次？ | ZH",
                "큐웬 다운로드 수가 얼마야?             | KO",
                "中央日报는 언제 기사를 냈어?            | KO",
                "12345                                 | EN"
            })
    void should_detect_the_language_from_the_script(String text, Language expected) {
        assertThat(Language.detect(text)).isEqualTo(expected);
    }
}
