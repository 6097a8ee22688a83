package dev.storybot.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.core.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnswerLanguageTest {

    @ParameterizedTest(name = "{0} in {1}: {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Qwen has 385.3 million downloads [1].|EN|true",
                "Qwen (通义千问) has 385.3 million downloads [1].|EN|true",
                "Qwen的累计下载量达到3.853亿次，超过了Llama [1]。|ZH|true",
                "Qwen은 3억 8530만 회 다운로드되어 Llama를 앞질렀다 [1].|KO|true",
                "Qwen has 385.3 million downloads [1].|ZH|false",
                "Qwen has 385.3 million downloads [1].|KO|false",
                "Qwen的累计下载量达到3.853亿次 [1]。|EN|false",
                "Qwen的累计下载量达到3.853亿次 [1]。|KO|false"
            })
    void should_accept_only_answers_in_the_askers_script(String answer, Language language, boolean accepted) {
        assertThat(AnswerLanguage.writtenIn(answer, language)).isEqualTo(accepted);
    }
}
