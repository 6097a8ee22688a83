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

    @ParameterizedTest(name = "{1}")
    @CsvSource(
            delimiter = '|',
            value = {
                // language | question | pinned to now
                "EN | ok so how many ppl are losing power this time around | true",
                "EN | how many are without power right now? | true",
                "ZH | 这次有多少人停电？ | true",
                "KO | 이번에 몇 명이 정전됐어? | true",
                "EN | how many lost power last month | false",
                "ZH | 上个月有多少人停电？ | false",
                "KO | 정전된 사람은 몇 명이야? | false",
            })
    void should_tell_a_question_pinned_to_now(Language language, String question, boolean present) {
        assertThat(TIMES.asksPresent(question, language)).isEqualTo(present);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "The outage last month affected 2 million people. | true",
                "Sales were higher in 2018. | true",
                "Prices rose from a year ago. | true",
                "The utility began cutting power to 375,000 people on Wednesday. | false",
            })
    void should_tell_a_fact_naming_another_time_than_now(String fact, boolean another) {
        assertThat(TimeQualifiers.namesAnotherTime(fact)).isEqualTo(another);
    }

    @org.junit.jupiter.api.Test
    void should_answer_a_question_pinned_to_now_before_a_fact_about_another_time() {
        RetrievalAnswerer bot = RetrievalAnswerer.create(
                dev.storybot.knowledge.KnowledgeLoader.derive("article.txt", """
                        # Harbor Power cuts power to thousands

                        [1] Harbor Power began shutting off electricity to 40,000 homes on Tuesday as winds rose.

                        [2] The shutoff is the latest in a series, including one last month that cut power to 200,000 \
                        homes and angered customers.
                        """), TestBots.embeddings());

        dev.storybot.core.Answer answer = bot.answer(new dev.storybot.core.ChatRequest(
                "test", "now", "user", "ok so how many homes are losing power this time around"));

        assertThat(answer.citations()).extracting(c -> c.paragraph()).containsExactly(1);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(
            delimiter = '|',
            value = {
                // earlier question | follow-up | the earlier question as the follow-up borrows it
                "how many cars were sold so far this year in Houston | and the whole of last year? "
                        + "| how many cars were sold in Houston",
                "was that a big jump from 2017? | and the forecast for this year? | was that a big jump?",
                // the words tying the time to the question go with it
                "how many were sold in 2023 | and last year? | how many were sold",
                "去年的销量是多少？ | 今年呢？ | 销量是多少？",
                "작년에 차가 몇 대 팔렸어? | 올해는? | 차가 몇 대 팔렸어?",
                "how many homes lost power last month | and right now? | how many homes lost power",
                // "so far" alone is no time
                "why is the town so far from the coast | and last year? | why is the town so far from the coast",
                "今年休斯顿卖了多少辆车？ | 去年呢？ | 休斯顿卖了多少辆车？",
                "올해 휴스턴에서 차가 몇 대 팔렸어? | 작년은? | 휴스턴에서 차가 몇 대 팔렸어?",
                // a follow-up naming no time keeps the earlier question's
                "how many cars were sold last year | and trucks? | how many cars were sold last year",
                "去年卖了多少辆车？ | 卡车呢？ | 去年卖了多少辆车？",
                "작년에 차가 몇 대 팔렸어? | 트럭은? | 작년에 차가 몇 대 팔렸어?",
            })
    void should_ask_the_earlier_question_of_the_time_a_follow_up_names(
            String earlier, String followUp, String borrowed) {
        assertThat(TimeQualifiers.withTimeOf(earlier, followUp)).isEqualTo(borrowed);
    }
}
