package dev.storybot.answering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.core.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The time a question pins what it asks to, and whether a fact names it, in three languages. */
class TimeQualifiersTest {

    private static final TimeQualifiers TIMES = new TimeQualifiers();

    @ParameterizedTest(name = "{1}")
    @CsvSource(
            delimiter = '|',
            value = {
                // language | question | a fact | the fact names the question's time
                "EN | what was their share like last year | This year their share dropped to 15%. | false",
                "EN | how many visitors came in 2023 | In 2023 the museum had 40,000 visitors. | true",
                "ZH | 他们去年的份额是多少？ | 今年他们的份额降至15%。 | false",
                "ZH | 去年有多少游客？ | 去年博物馆接待了4万名游客。 | true",
                "KO | 작년 점유율은 얼마였어? | 올해 점유율은 15%로 떨어졌다. | false",
                "KO | 작년 방문객은 몇 명이었어? | 작년 박물관 방문객은 4만 명이었다. | true",
                // the same time named another way
                "EN | and last year? | Sales reached 2.35 billion, up from 2.2 billion a year ago. | true",
                "ZH | 去年呢？ | 销量达到23.5亿，一年前为22亿。 | true",
                "KO | 작년은? | 판매량은 23억 5천만으로 1년 전 22억에서 늘었다. | true",
                "EN | and last year? | Sales rose last quarter. | false",
            })
    void should_require_a_fact_to_name_the_time_the_question_asks_about(
            Language language, String question, String fact, boolean names) {
        String time = TIMES.in(question, language).orElseThrow();

        assertThat(TimeQualifiers.names(fact, time)).isEqualTo(names);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(
            delimiter = '|',
            value = {"EN | what is their share now", "ZH | 他们的份额是多少？", "KO | 점유율은 얼마야?"})
    void should_find_no_time_in_a_question_that_names_none(Language language, String question) {
        assertThat(TIMES.in(question, language)).isEmpty();
    }
}
