package dev.storybot.answering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.core.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DescriptionsTest {

    private final Descriptions descriptions = new Descriptions(TestBots.knowledge());

    @ParameterizedTest(name = "{1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "EN | and the vc guy? | and Chamath Palihapitiya?",
                "EN | what did the venture capital guy say | what did Chamath Palihapitiya say",
                "EN | what about the ex openai cto person | what about Mira Murati",
                "EN | and the other guy? | and the other guy?",
                "ZH | 那个风险投资人说了什么？ | 查马斯·帕利哈皮蒂亚说了什么？",
                "KO | 그 벤처캐피털리스트는 뭐라고 했어? | 차마스 팔리하피티야는 뭐라고 했어?",
            })
    void should_put_the_one_entity_a_description_fits_into_the_question(
            Language language, String question, String resolved) {
        assertThat(descriptions.resolve(question, language)).isEqualTo(resolved);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "EN | the ex-openai cto's startup, whats it called | true | Mira Murati's startup, whats it called",
                "EN | what did the former openai cto's lab say | true | what did Mira Murati's lab say",
                "EN | and the vc guy? | false | and Chamath Palihapitiya?",
                "ZH | 那个风险投资人说了什么？ | false | 查马斯·帕利哈皮蒂亚说了什么？",
                "KO | 그 벤처캐피털리스트는 뭐라고 했어? | false | 차마스 팔리하피티야는 뭐라고 했어?",
            })
    void should_keep_what_a_described_owner_owns_in_the_question(
            Language language, String question, boolean owner, String resolved) {
        assertThat(descriptions.describesOwner(question, language)).isEqualTo(owner);
        assertThat(descriptions.resolve(question, language)).isEqualTo(resolved);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "EN | which startup did the ex-openai cto found | true | which startup did Mira Murati found",
                "EN | what did the former openai cto say? | true | what did Mira Murati say?",
                "EN | and the vc guy? | false | and Chamath Palihapitiya?",
                "EN | the ex-openai cto's startup, whats it called | false | Mira Murati's startup, whats it called",
                "ZH | 那个风险投资人说了什么？ | false | 查马斯·帕利哈皮蒂亚说了什么？",
                "KO | 그 벤처캐피털리스트는 뭐라고 했어? | false | 차마스 팔리하피티야는 뭐라고 했어?",
            })
    void should_resolve_a_description_ending_in_a_bare_job_title(
            Language language, String question, boolean title, String resolved) {
        assertThat(descriptions.describesByTitle(question, language)).isEqualTo(title);
        assertThat(descriptions.resolve(question, language)).isEqualTo(resolved);
    }
}
