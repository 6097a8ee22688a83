package dev.storybot.answering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.knowledge.Entity;
import dev.storybot.knowledge.KnowledgeBase;
import dev.storybot.knowledge.KnowledgeLoader;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The words before a kind's noun ("the coding startups") narrow the kind to what the story describes so. */
class DescribedKindsTest {

    private static final KnowledgeBase STORY = KnowledgeLoader.derive("article.txt", """
            # City picks a ferry operator

            [1] Harbor Lines Corp. offered $2 million for the city contract on Monday, officials said.

            [2] Coastline Boats Inc., another ferry operator, bid against the shipyard Bay Yards Ltd. on Tuesday.

            [3] Bay Yards Ltd. said on a radio program that it would bid again.

            [4] Harbor Lines Corp. runs a programming school for its crews at the pier.

            [5] The mayor's office said the vote on the pier would come in May.

            [6] The council will meet on the first Thursday of the month.

            [7] Residents asked for earlier morning departures.

            [8] Tickets cost $3 for adults and $1 for children.

            [9] The old pier closed in 2019 after a storm.

            [10] A new pier is planned for next spring.
            """);
    private static final DescribedKinds STAGE = new DescribedKinds(STORY);

    static Stream<Arguments> qualifiers() {
        return Stream.of(
                // the question up to the kind's noun | the words that may say which are meant
                Arguments.of("which ferry ", List.of("ferry")),
                Arguments.of("list all the other ", List.of()),
                // a word most of the facts use is the story's topic, which tells none apart
                Arguments.of("which pier ", List.of()),
                Arguments.of("name every single coding ", List.of("single", "coding")),
                Arguments.of("哪些渡轮", List.of("哪些渡轮")),
                Arguments.of("어떤 페리 ", List.of("어떤", "페리")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void qualifiers(String before, List<String> expected) {
        assertThat(STAGE.qualifiers(before)).isEqualTo(expected);
    }

    static Stream<Arguments> narrowed() {
        return Stream.of(
                // qualifiers | the companies meant
                // "another ferry operator" describes the company it follows, not the shipyard named after it
                Arguments.of(List.of("ferry"), List.of("Coastline Boats Inc")),
                Arguments.of(List.of("operators"), List.of("Coastline Boats Inc")),
                // a word of a synonym group, as written: "coding" is "programming", a radio "program" is not
                Arguments.of(List.of("coding"), List.of("Harbor Lines Corp")),
                // words the story describes none with, in any language, narrow nothing
                Arguments.of(List.of("nuclear"), List.of("Harbor Lines Corp", "Coastline Boats Inc", "Bay Yards Ltd")),
                Arguments.of(List.of("渡轮"), List.of("Harbor Lines Corp", "Coastline Boats Inc", "Bay Yards Ltd")),
                Arguments.of(List.of("페리"), List.of("Harbor Lines Corp", "Coastline Boats Inc", "Bay Yards Ltd")),
                Arguments.of(List.of(), List.of("Harbor Lines Corp", "Coastline Boats Inc", "Bay Yards Ltd")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void narrowed(List<String> qualifiers, List<String> expected) {
        List<Entity> companies = STORY.entities().stream()
                .filter(e -> List.of("Harbor Lines Corp", "Coastline Boats Inc", "Bay Yards Ltd")
                        .contains(e.name()))
                .toList();

        assertThat(STAGE.narrow(companies, qualifiers)).extracting(Entity::name).isEqualTo(expected);
    }
}
