package dev.storybot.answering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.core.Language;
import dev.storybot.knowledge.Fact;
import dev.storybot.knowledge.KnowledgeBase;
import dev.storybot.knowledge.KnowledgeLoader;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The false-premise check as a table: question and the fact answering it → whether the fact contradicts it. */
class OppositeClaimsTest {

    private static final KnowledgeBase KNOWLEDGE = KnowledgeLoader.derive("article.txt", """
            # Harbour results

            [1] Harbour ferry sales dropped 11% in the quarter.

            [2] The port missed analysts' estimates for the year.

            [3] The mayor is suspected of using city boats for private trips.

            [4] Ferry ticket prices rose 5% in the quarter.

            [5] The findings could help doctors studying the tide as a potential cure for flooding.

            [6] Dealers sold 3,000 boats in October, still down 10 percent from a year ago.

            [7] The new pier will be built down the road from the old one.
            """);

    private final OppositeClaims opposites = new OppositeClaims();

    static Stream<Arguments> premises() {
        return Stream.of(
                Arguments.of("why did ferry sales rise 11%?", 1, true),
                Arguments.of("渡轮销量为什么增长了11%？", 1, true),
                Arguments.of("페리 판매는 왜 증가했어?", 1, true),
                Arguments.of("by how much did the port beat estimates", 2, true),
                Arguments.of("港口超出预期多少？", 2, true),
                Arguments.of("why did the mayor admit using city boats", 3, true),
                Arguments.of("市长为什么承认用了城市的船？", 3, true),
                Arguments.of("시장은 왜 인정했어?", 3, true),
                // a boost the facts call a drop; a proof the facts only call possible
                Arguments.of("how much did the new app boost ferry sales?", 1, true),
                Arguments.of("新应用把渡轮销量提高了多少？", 1, true),
                Arguments.of("so the study proved the tide cures flooding right? how", 5, true),
                Arguments.of("研究证明了潮汐能治洪水，怎么做到的？", 5, true),
                Arguments.of("연구가 조수로 홍수를 고친다고 증명했잖아, 어떻게?", 5, true),
                Arguments.of("what could help doctors", 5, false),
                // "down 10 percent", "up from $5": a change told by the word before its figure
                Arguments.of("why did boat sales jump 10% in october?", 6, true),
                Arguments.of("十月船的销量为什么增长了10%？", 6, true),
                Arguments.of("10월에 보트 판매가 왜 10% 증가했어?", 6, true),
                Arguments.of("how much did boat sales fall in october", 6, false),
                Arguments.of("why did the pier prices rise", 7, false),
                // the same side as the fact, a yes/no question, or both sides: nothing taken for granted
                Arguments.of("how much did ferry sales drop", 1, false),
                Arguments.of("渡轮销量下降了多少？", 1, false),
                Arguments.of("did ferry sales rise?", 1, false),
                Arguments.of("did sales go up or down", 1, false),
                Arguments.of("by how much did the port miss", 2, false),
                Arguments.of("what is the mayor suspected of", 3, false));
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource("premises")
    void should_catch_a_premise_the_fact_states_the_opposite_of(String question, int paragraph, boolean contradicts) {
        Fact fact = KNOWLEDGE.facts().stream()
                .filter(f -> f.paragraph() == paragraph)
                .findFirst()
                .orElseThrow();

        assertThat(opposites.contradicts(question, java.util.List.of(fact), Language.detect(question)))
                .isEqualTo(contradicts);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"so it went up? why", "所以上涨了？为什么", "그래서 증가했어? 왜"})
    void should_not_correct_a_premise_another_fit_fact_states(String question) {
        Fact fell = fact(1);
        Fact rose = fact(4);

        assertThat(opposites.contradicts(question, java.util.List.of(fell, rose), Language.detect(question)))
                .isFalse();
        assertThat(opposites.contradicts(question, java.util.List.of(fell), Language.detect(question)))
                .isTrue();
    }

    private static Fact fact(int paragraph) {
        return KNOWLEDGE.facts().stream()
                .filter(f -> f.paragraph() == paragraph)
                .findFirst()
                .orElseThrow();
    }
}
