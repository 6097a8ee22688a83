package dev.storybot.answering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.core.Answer;
import dev.storybot.core.ChatRequest;
import dev.storybot.knowledge.KnowledgeLoader;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * "How many counties ..." is answered by the fact counting counties, and "which counties are named" lists the places
 * whose names say they are counties, on an article with no curated facts.
 */
class CountedThingsTest {

    private static RetrievalAnswerer bot;

    @BeforeAll
    static void build() {
        bot = RetrievalAnswerer.create(KnowledgeLoader.derive("article.txt", """
                        # Utility cuts power as winds rise

                        [1] Northvale Power began cutting electricity on Monday to some 90,000 homes in 12 northern \
                        and western counties as dry winds swept the region.

                        [2] Regulators said more than 20,000 people lost phone service during the last outage, which \
                        left about 3,000 businesses closed.

                        [3] Crews were sent to Alder County and Pine County before the winds arrived.

                        [4] Schools in Alder County stayed open, and warnings went out for Elm and Birch counties.

                        [5] Executives from Ring&Co were asked to explain the phone failures.
                        """), TestBots.embeddings());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "how many counties r getting their power cut | county",
                "how many of the businesses closed | business",
                "how many people lost service | people",
                "how many times bigger is it | -",
                "how much power | -",
            })
    void should_read_the_thing_a_count_question_asks_about(String question, String thing) {
        assertThat(CountedThings.asked(question)).isEqualTo(Optional.ofNullable(thing));
    }

    @ParameterizedTest(name = "{0} counts {1}: {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "some 90,000 homes in 12 northern and western counties | county | true",
                "Sixteen energy technology priorities | priority | true",
                "the counties of the north, 12 in all | county | false",
                "in 2019 the counties agreed | county | false",
                "sales reached $5 billion last year | year | false",
                "3 people died as two trucks collided in Kern counties | county | false",
            })
    void should_find_a_number_a_few_words_before_the_thing_it_counts(String text, String thing, boolean counts) {
        assertThat(CountedThings.counts(text, thing)).isEqualTo(counts);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"how many counties r getting their power cut", "停电影响了多少个县？", "정전이 몇 개 카운티에 영향을 줘?"})
    void should_answer_a_count_with_the_fact_counting_that_thing(String question) {
        Answer answer = ask(question);

        assertThat(answer.answered()).as(answer.text()).isTrue();
        assertThat(answer.citations().get(0).paragraph()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "how many employees does northvale power have?",
                "northvale power有多少员工？",
                "northvale power 직원은 몇 명이야?",
                "how many paramters does the grid have?"
            })
    void should_refuse_a_count_of_a_thing_the_story_never_names(String question) {
        assertThat(ask(question).answered()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"how many busineses closed?", "有多少家企业关门了？", "how many homes lost power?"})
    void should_answer_a_count_of_a_thing_the_story_counts_even_misspelt(String question) {
        Answer answer = ask(question);

        assertThat(answer.answered()).as(answer.text()).isTrue();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                // the glossary's English keeps the asker's order and gives each alternative
                "how many how much employees staff workers? | false | employee,staff,worker",
                "employees staff workers how many people? | true | employee,staff,worker",
                "new model qwen percentage rate ratio how many? | true | ''",
                "how many cents per watt cheaper | false | ''",
                "how many parameters does it have | false | parameter",
            })
    void should_read_every_thing_a_glossed_count_question_may_ask_about(
            String question, boolean thingBefore, String things) {
        boolean glossed = !question.startsWith("how many cents") && !question.startsWith("how many parameters");

        assertThat(String.join(",", CountedThings.askedThings(question, glossed, thingBefore)))
                .isEqualTo(things);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {"parameter | false", "paramter | false", "donwload | true", "county | true", "year | true"})
    void should_tell_a_thing_the_story_names_even_misspelt(String thing, boolean named) {
        assertThat(CountedThings.named(thing, CountedThings.stems("The county logged 5 downloads per resident.")))
                .isEqualTo(named);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"which counties are mentioned by name? just list em", "文章提到了哪些县？", "기사에 나오는 카운티 전부 알려줘"})
    void should_list_the_places_named_as_counties(String question) {
        Answer answer = ask(question);

        assertThat(answer.text())
                .contains("Alder County", "Pine County", "Elm", "Birch")
                .doesNotContain("Ring&Co");
    }

    private static Answer ask(String question) {
        return bot.answer(new ChatRequest("test", UUID.randomUUID().toString(), "user", question));
    }
}
