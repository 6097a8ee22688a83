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

/** A question asking a measure of one dimension is answered only by a figure in a unit of that dimension. */
class MeasuredDimensionsTest {

    private static dev.storybot.knowledge.KnowledgeBase knowledge;
    private static RetrievalAnswerer bot;

    @BeforeAll
    static void build() {
        knowledge = KnowledgeLoader.derive("article.txt", """
                        # A first map of the frozen moon Keld

                        [1] Scientists on Tuesday unveiled the first map of Keld, a frozen moon of the planet Varo, \
                        showing plains of ice and lakes of liquid ethane.

                        [2] Keld, with a diameter of 1,900 miles (3,058 km), is the second-biggest moon of Varo.

                        [3] Winds on Keld reach 40 mph, the team said.
                        """);
        bot = RetrievalAnswerer.create(knowledge, TestBots.embeddings());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "how cold is it there? like in degrees | temperature",
                "what's the temperature on the moon | temperature",
                "那里有多冷？ | temperature",
                "거기 온도는 몇 도야? | temperature",
                "how deep are the lakes | depth",
                "what is the diameter of the moon | diameter",
                "湖有多深？ | depth",
                "호수는 얼마나 깊어? | depth",
                "how fast are the winds | speed",
                "风速多快？ | speed",
                "바람은 얼마나 빨라? | speed",
                "how heavy is the probe | weight",
                "how old is the suspect | age",
                "how big is the moon anyway | size",
                "那颗卫星有多大？ | size",
                "그 위성은 얼마나 커? | size",
                "他几岁？ | age",
                "그 사람은 몇 살이야? | age",
                "how long was the trial | duration",
                "审判持续了多久？ | duration",
                "재판은 얼마나 오래 걸렸어? | duration",
                "재판은 얼마 동안 했어? | duration",
                // a gap, a change or "how far behind" ask no measure
                "how much bigger is it than the other moon | -",
                "how far behind is china | -",
                "what did she say about temperatures on earth | -",
                "这个研究说了什么 | -",
                "그 연구는 뭐라고 했어? | -",
                // the time between two things, or a glossary's several readings, is no span asked
                "how long ago was the theft | -",
                "how long after the theft was it found | -",
                "how much how long how many wind | -",
                "how much how many how long big | -",
                "他多久以前去的医院？ | -",
                "审判结束多久之后找到的？ | -",
                "얼마 전에 입원했어? | -",
            })
    void should_read_the_dimension_a_question_asks_a_measure_of(String question, String dimension) {
        assertThat(MeasuredDimensions.asked(question)).isEqualTo(Optional.ofNullable(dimension));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "how cold is keld exactly? like in degrees",
                "Keld有几度？",
                "켈드는 몇 도야?",
                // the dimension's own noun asks a measure, whether or not the story gives any
                "whats the temperature of the lakes on keld",
                "Keld湖的温度是多少？",
                "켈드 호수 온도는 얼마야?",
                // a diameter in miles is no depth
                "how deep are keld's lakes?",
                "Keld的湖有多深？",
                "켈드 호수는 얼마나 깊어?"
            })
    void should_refuse_a_measure_no_figure_gives_in_its_units(String question) {
        Answer answer = ask(question);

        assertThat(answer.answered()).as(answer.text()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"how wide is keld", "Keld的直径是多少？", "켈드 지름은 얼마야?"})
    void should_answer_a_measure_with_the_figure_in_its_units(String question) {
        Answer answer = ask(question);

        assertThat(answer.answered()).as(answer.text()).isTrue();
        assertThat(answer.citations()).extracting(c -> c.paragraph()).containsExactly(2);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"how hot is demand for the map?", "地图的需求有多热？", "지도 수요는 얼마나 뜨거워?"})
    void should_read_a_measure_word_as_ordinary_when_the_story_gives_none_of_its_dimension(String question) {
        assertThat(MeasuredDimensions.asked(question)).isPresent();
        assertThat(MeasuredDimensions.asked(question, knowledge.facts())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"how big is keld anyway", "Keld有多大？", "Keld는 얼마나 커?"})
    void should_answer_how_big_a_named_thing_is_with_the_figure_measuring_it(String question) {
        Answer answer = ask(question);

        assertThat(answer.answered()).as(answer.text()).isTrue();
        assertThat(answer.citations()).extracting(c -> c.paragraph()).containsExactly(2);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"how big was the team", "团队有多大？", "팀은 얼마나 커?"})
    void should_read_how_big_as_ordinary_when_no_fact_measures_what_it_names(String question) {
        assertThat(MeasuredDimensions.asked(question)).contains("size");
        assertThat(MeasuredDimensions.asked(question, knowledge.facts(), java.util.Set.of()))
                .isEmpty();
        assertThat(MeasuredDimensions.asked("how big is keld", knowledge.facts(), entityIds("Keld")))
                .contains("size");
    }

    private static java.util.Set<String> entityIds(String name) {
        return knowledge.entities().stream()
                .filter(e -> e.allNames().contains(name))
                .map(dev.storybot.knowledge.Entity::id)
                .collect(java.util.stream.Collectors.toSet());
    }

    private static Answer ask(String question) {
        return bot.answer(new ChatRequest("test", UUID.randomUUID().toString(), "user", question));
    }
}
