package dev.storybot.answering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.core.Answer;
import dev.storybot.core.ChatRequest;
import dev.storybot.knowledge.KnowledgeLoader;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "How much did it grow", asked after a fact giving both ends of a change ("1.8 million riders, up from 1.5 million a
 * year ago"), is the change computed from them; "by what percent" computes it relative to the earlier end.
 */
class FigureChangeTest {

    private static RetrievalAnswerer bot;

    @BeforeAll
    static void build() {
        bot = RetrievalAnswerer.create(KnowledgeLoader.derive("article.txt", """
                        # Harbour ferries carry more riders

                        [1] The harbour board said the ferries carried 1.8 million riders this year, up from 1.5 million a year ago.

                        [2] Fares rose 5% to $2.40 in March.

                        [3] The board will review the timetable every spring.

                        [4] Freight fell to 1.2 million tonnes, down from 1.5 million tonnes a year earlier.

                        [5] Ticket revenue: $8.99 million vs. $7.96 million estimated.
                        """), TestBots.embeddings());
    }

    @ParameterizedTest(name = "{0} >> {1} >> {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "how many riders did the ferries carry? | and last year? | so how much did it grow | by what percent",
                "渡轮载了多少乘客？ | 去年呢？ | 那增加了多少 | 增长了百分之几？",
                "페리 승객은 몇 명이었어? | 그럼 작년은? | 얼마나 늘었어? | 몇 퍼센트 늘었어?"
            })
    void should_compute_a_change_from_the_two_ends_a_fact_gives(
            String first, String lastYear, String change, String percent) {
        String conversation = UUID.randomUUID().toString();
        Answer opening = ask(conversation, first);
        Answer before = ask(conversation, lastYear);
        Answer grew = ask(conversation, change);
        Answer relative = ask(conversation, percent);

        assertThat(opening.citations()).extracting(c -> c.paragraph()).containsExactly(1);
        assertThat(before.citations()).extracting(c -> c.paragraph()).containsExactly(1);
        assertThat(grew.text()).as(grew.text()).contains("0.3");
        assertThat(relative.text()).as(relative.text()).contains("20%");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {"how much did fares rise?", "票价涨了多少？", "요금은 얼마나 올랐어?"})
    void should_leave_a_change_the_fact_states_itself_to_the_fact(String question) {
        Answer answer = ask(UUID.randomUUID().toString(), question);

        assertThat(answer.text()).as(answer.text()).contains("5%").doesNotContain("computed");
    }

    @ParameterizedTest(name = "{0} >> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "how much did freight fall? | by what percent?",
                "货运量下降了多少？ | 下降了百分之几？",
                "화물은 얼마나 줄었어? | 몇 퍼센트 줄었어?"
            })
    void should_compute_a_fall_relative_to_where_it_fell_from(String fall, String percent) {
        String conversation = UUID.randomUUID().toString();
        Answer amount = ask(conversation, fall);
        Answer relative = ask(conversation, percent);

        assertThat(amount.text()).as(amount.text()).contains("0.3");
        assertThat(relative.text()).as(relative.text()).contains("20%");
    }

    @org.junit.jupiter.api.Test
    void should_not_read_an_estimate_beside_a_figure_as_a_change() {
        Answer answer = ask(UUID.randomUUID().toString(), "how much did ticket revenue grow?");

        assertThat(answer.text()).as(answer.text()).doesNotContain("computed");
    }

    @org.junit.jupiter.api.Test
    void should_answer_a_change_question_with_its_own_subject_from_its_own_facts() {
        String conversation = UUID.randomUUID().toString();
        ask(conversation, "how many riders did the ferries carry?");
        Answer freight = ask(conversation, "how much did freight fall?");

        assertThat(freight.citations()).extracting(c -> c.paragraph()).containsExactly(4);
    }

    private static Answer ask(String conversation, String question) {
        return bot.answer(new ChatRequest("test", conversation, "user", question.strip()));
    }
}
