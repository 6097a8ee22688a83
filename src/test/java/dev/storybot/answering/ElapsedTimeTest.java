package dev.storybot.answering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.core.Answer;
import dev.storybot.core.ChatRequest;
import dev.storybot.core.Language;
import dev.storybot.knowledge.Fact;
import dev.storybot.knowledge.KnowledgeBase;
import dev.storybot.knowledge.KnowledgeLoader;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The time between two dates is computed from the dates the question writes, the article's own date when it asks
 * about "now", then those of the fact found and of the latest answers; how long something lasted is not asked so.
 */
class ElapsedTimeTest {

    /** A made-up story whose facts are derived from its article, dated by its header. */
    private static final KnowledgeBase BRIDGE = KnowledgeLoader.derive("article.txt", """
            # Bridge reopens after repairs
            # Date: 2019-11-19

            [1] The Elm Street bridge reopened on Monday after a long closure.

            [2] The bridge first opened in 1962, the city said.

            [3] Cracks were found on November 3 and the bridge closed on November 16.

            [4] Engineers will inspect the bridge again in June 2021.

            [5] The repairs cost $4 million.

            [6] Work ran from March 2018 to May 2019 with a pause in January 2019.
            """);

    private final ElapsedTime stage = new ElapsedTime(BRIDGE);

    @ParameterizedTest(name = "{0} (fact of ¶{1}, earlier ¶{2}) -> {3}")
    @CsvSource(
            delimiter = '|',
            value = {
                "how many years before the article did the bridge first open | 2 | - | 57 years",
                "how long ago did it first open | 2 | - | 57 years",
                "how many months from now until the next inspection | 4 | - | 19 months",
                "how many days from the cracks to the closing | 3 | - | 13 days",
                "so how many days between those two | 5 | 3 | 13 days",
                "how long between november 3 and november 16 | 5 | - | 13 days",
                "this came out in 2014 right? so how many years old is it as of 2024 | - | - | 10 years",
                // the first fact found says what happened, the next one when
                "how long after it first opened did this article come out | 1,2 | - | 57 years",
                // how long something lasted, or when: no time between two moments is asked
                "how long was the bridge closed | 3 | - | -",
                "how long did the repairs take | 1 | - | -",
                "when did the bridge first open | 2 | - | -",
                // three dates where two are missing: which are meant is not clear
                "how many months between the start and the end of the work | 6 | - | -",
                "这座桥第一次开通距今多少年？ | 2 | - | 57 years",
                "从11月3日到11月16日一共几天？ | 5 | - | 13 days",
                "这座桥是哪年开通的？ | 2 | - | -",
                "다리가 처음 개통된 지 지금까지 몇 년 지났어? | 2 | - | 57 years",
                "11월 3일부터 11월 16일까지 며칠이야? | 5 | - | 13 days",
                "다리는 몇 년도에 개통됐어? | 2 | - | -",
            })
    void should_compute_the_time_between_two_dates(String question, String found, String earlier, String expected) {
        List<List<String>> before = earlier.equals("-")
                ? List.of()
                : List.of(facts(earlier).stream().map(Fact::id).toList());

        Optional<ElapsedTime.Request> asked = stage.asked(question, facts(found), before);

        assertThat(asked.map(r -> r.amount().toPlainString() + " " + r.unit()).orElse("-"))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "EN | From 1962 to the article's date (November 19, 2019) is 57 years",
                "ZH | 从1962到文章发表时（2019年11月19日）是57年",
                "KO | 1962부터 기사 날짜(2019년 11월 19일)까지 57년",
            })
    void should_show_the_dates_computed_from_in_the_askers_language(Language language, String expected) {
        ElapsedTime.Request asked = stage.asked("how long ago did it first open", List.of(fact(2)), List.of())
                .orElseThrow();

        Answer answer = stage.answer(asked, language, List.of(fact(2))).orElseThrow();

        assertThat(answer.text()).startsWith(expected);
        assertThat(answer.citations()).extracting(c -> c.paragraph()).containsExactly(2);
    }

    @Test
    void should_take_the_other_date_from_an_earlier_answer_in_a_conversation() {
        RetrievalAnswerer bot = RetrievalAnswerer.create(BRIDGE, TestBots.embeddings());

        bot.answer(new ChatRequest("test", "bridge", "user", "when was the bridge first opened?"));
        Answer answer =
                bot.answer(new ChatRequest("test", "bridge", "user", "how many years before this article is that"));

        assertThat(answer.text()).as(answer.text()).contains("57 years").contains("1962");
    }

    /** The first fact of each paragraph listed ("1,2"), none for "-". */
    private static List<Fact> facts(String paragraphs) {
        return paragraphs.equals("-")
                ? List.of()
                : Arrays.stream(paragraphs.split(","))
                        .map(p -> fact(Integer.parseInt(p.strip())))
                        .toList();
    }

    private static Fact fact(int paragraph) {
        return BRIDGE.facts().stream()
                .filter(f -> f.paragraph() == paragraph)
                .findFirst()
                .orElseThrow();
    }
}
