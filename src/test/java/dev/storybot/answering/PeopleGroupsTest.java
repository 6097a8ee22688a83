package dev.storybot.answering;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A fact about a group of people answers "who", in three languages; a fact about things or a market does not. */
class PeopleGroupsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Developers in the field are turning to cheaper tools.       | true
            Many users switched to the new app last year.               | true
            Investors are pulling money out of the sector.              | true
            The company's valuation reached 1 billion dollars.          | false
            The share of new models dropped to 15 percent.              | false
            Mentions of the topic are increasing.                       | false
            该领域的开发者正在转向更便宜的工具。                           | true
            投资者正在撤出资金。                                          | true
            新模型的比例降至15%。                                         | false
            이 분야의 개발자들이 더 저렴한 도구로 옮겨가고 있다.            | true
            사용자들이 새 앱으로 갈아탔다.                                 | true
            기업 가치가 10억 달러에 이르렀다.                               | false
            """)
    void should_recognise_a_group_of_people_in_any_language(String text, boolean group) {
        assertThat(PeopleGroups.names(text)).isEqualTo(group);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} -> {1}")
    @org.junit.jupiter.params.provider.CsvSource(
            delimiter = '|',
            value = {
                "how many people did they test this on | true",
                "这个研究有多少人参加？ | true",
                "몇 명이 참여했어? | true",
                "how many planes did they order | false",
                "有多少架飞机？ | false",
                "비행기 몇 대야? | false",
            })
    void should_recognise_a_question_asking_how_many_people(String question, boolean asks) {
        assertThat(PeopleGroups.asksCount(question)).isEqualTo(asks);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} -> {1}")
    @org.junit.jupiter.params.provider.CsvSource({
        "healthy volunteers, true",
        "passengers in a two-class layout, true",
        "Boeing 787 jets, false",
        "cumulative downloads, false",
    })
    void should_recognise_a_figure_counting_people(String label, boolean counts) {
        assertThat(PeopleGroups.counted(label)).isEqualTo(counts);
    }
}
