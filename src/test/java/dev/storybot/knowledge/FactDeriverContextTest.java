package dev.storybot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.retrieval.EntityMatcher;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Derived facts that need the sentences around them: references, quotes that go on, clauses cut from a sentence. */
class FactDeriverContextTest {

    private static final String ARTICLE = """
            # River authority orders electric ferries
            # Source: Delta Courier (https://example.org/news/ferries)
            # Date: 2023-06-01

            [1] ORVA, the regional river authority, will buy six electric ferries from Marlow Shipyards. This past May, the agency shortlisted 9 bidders.

            [2] ORVA expects the ferries to cut fares. The agency's board approved the order on Monday.

            [3] Marlow Shipyards called the order its largest. "Electric ferries are quieter," Lena Park, the company's chief engineer, said in a statement. "They also cost less to run. We expect the first one in 2025."

            [4] The order brings the fleet to 20 ferries. That is twice the size of the fleet in 2015.

            [5] "Quiet boats will change how people use the river, and they will bring visitors back to the old docks, the markets and the cafes along the water, from early in the morning until late at night, in every season of the year," said Omar Diaz, a harbour historian at the Delta Maritime Museum, who was not involved in the decision.

            [6] The order also reduces costs to ORVA and Marlow Shipyards on the River.

            [7] The ferries were designed to carry bikes.

            [8] The shipyard built its first ferry in 1990. At the time, it had 40 workers.

            [9] The docks will be repainted. The city also plans a new ferry terminal.

            [10] The new ferries will stop at every dock. In that regard, they are unlike the express boats.
            """;

    private final KnowledgeBase knowledge = KnowledgeLoader.derive("article.txt", ARTICLE);

    static Stream<Arguments> facts() {
        return Stream.of(
                // quote start, answer start, attribution, entity ids it must name
                Arguments.of("This past May", "This past May", "Delta Courier", List.of("orva")),
                Arguments.of("The agency's board", "The agency's board", "Delta Courier", List.of("orva")),
                Arguments.of(
                        "\"Electric ferries",
                        "\"Electric ferries",
                        "Lena Park",
                        List.of("lena-park", "marlow-shipyards")),
                Arguments.of("\"They also cost", "\"Electric ferries", "Lena Park", List.of("lena-park")),
                Arguments.of("We expect", "We expect", "Lena Park", List.of("lena-park")),
                Arguments.of(
                        "That is twice",
                        "The order brings the fleet to 20 ferries. That is twice",
                        "Delta Courier",
                        List.of()),
                Arguments.of(
                        "who was not involved",
                        "Omar Diaz, who was not involved in the decision.",
                        "Delta Courier",
                        List.of("omar-diaz")),
                Arguments.of(
                        "ORVA expects",
                        "ORVA expects the ferries to cut fares. The agency's board approved",
                        "Delta Courier",
                        List.of()),
                Arguments.of(
                        "At the time",
                        "The shipyard built its first ferry in 1990. At the time, it had",
                        "Delta Courier",
                        List.of()),
                Arguments.of(
                        "In that regard",
                        "The new ferries will stop at every dock. In that regard, they are unlike",
                        "Delta Courier",
                        List.of()),
                Arguments.of(
                        "The city also plans",
                        "The docks will be repainted. The city also plans",
                        "Delta Courier",
                        List.of()),
                Arguments.of("The order also reduces", "The order also", "Delta Courier", List.of("orva")));
    }

    @ParameterizedTest
    @MethodSource("facts")
    void should_make_a_fact_self_contained_from_the_sentences_around_it(
            String quoteStart, String answerStart, String attribution, List<String> entities) {
        Fact fact = knowledge.facts().stream()
                .filter(f -> f.quote().startsWith(quoteStart))
                .findFirst()
                .orElseThrow();

        assertThat(fact.answer()).startsWith(answerStart);
        assertThat(fact.answer()).hasSizeLessThanOrEqualTo(dev.storybot.core.Answer.MAX_TEXT_CHARS);
        assertThat(fact.attribution()).isEqualTo(attribution);
        assertThat(fact.entities()).containsAll(entities);
    }

    @Test
    void should_let_a_fact_answer_what_the_sentence_going_on_about_it_adds() {
        Fact expects = knowledge.facts().stream()
                .filter(f -> f.quote().startsWith("ORVA expects"))
                .findFirst()
                .orElseThrow();

        assertThat(expects.quote()).isEqualTo("ORVA expects the ferries to cut fares.");
        assertThat(expects.answers()).contains(AnswerType.DATE);
        assertThat(expects.figures()).isEmpty();
    }

    @Test
    void should_type_an_organisation_by_the_noun_that_stands_for_it_and_never_take_the_month_for_a_name() {
        assertThat(type("ORVA")).isEqualTo("organization");
        assertThat(type("Marlow Shipyards")).isEqualTo("company");
        assertThat(knowledge.entities()).extracting(Entity::name).doesNotContain("May", "River");
    }

    @Test
    void should_let_a_sentence_giving_a_purpose_answer_why() {
        Fact designed = knowledge.facts().stream()
                .filter(f -> f.quote().startsWith("The ferries were designed"))
                .findFirst()
                .orElseThrow();

        assertThat(designed.answers()).contains(AnswerType.REASON);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @org.junit.jupiter.params.provider.CsvSource(
            delimiter = '|',
            value = {
                "New safety features have pushed prices up, Ann Lee said. | true",
                "The fears are fuelled by how past outbreaks were handled. | true",
                "Shares fell in the wake of the report. | true",
                "The firm lowered its estimate based on new forecasts. | true",
                "Shares fell amid worries about demand. | true",
                "Organic materials can provide nutrients necessary for life. | true",
                "Funding is essential for the research. | true",
                // no cause, whatever words it shares with one
                "Officials handed the mayor a key to the city. | false",
                "The mayor opened the new ferry terminal on Monday. | false"
            })
    void should_let_only_a_sentence_giving_a_cause_answer_why(String sentence, boolean reason) {
        KnowledgeBase one = KnowledgeLoader.derive("article.txt", "# Prices\n\n[1] " + sentence + "\n");

        assertThat(one.facts().get(0).answers().contains(AnswerType.REASON))
                .as(sentence)
                .isEqualTo(reason);
    }

    @ParameterizedTest(name = "{1}")
    @org.junit.jupiter.params.provider.CsvSource(
            delimiter = '|',
            value = {
                // a phrase pointing back, set off by a comma, needs the sentence before
                "The new ferries stop at every dock. | In that regard, they are unlike the express boats. | true",
                "The route was closed. | For that reason, the trip took longer. | true",
                // ... a phrase opening a phrase of its own does not
                "The storm hit the coast. | As a result of the storm, 40 homes lost power. | false",
                "The ferry was late. | Instead of waiting, they walked home. | false",
                // ... unless a comma sets it off
                "The storm hit the coast. | As a result, 40 homes lost power. | true",
                "The ferry was late. | Instead, they walked home. | true",
                "The bridge may close. | If so, the ferry will run all night. | true",
                "The bay was calm. | Still waters covered the docks. | false"
            })
    void should_answer_a_sentence_pointing_back_with_the_sentence_before(
            String before, String sentence, boolean joined) {
        KnowledgeBase one = KnowledgeLoader.derive("article.txt", "# Ferries\n\n[1] " + before + " " + sentence + "\n");

        Fact fact = one.facts().stream()
                .filter(f -> f.quote().startsWith(sentence.substring(0, 10)))
                .findFirst()
                .orElseThrow();
        assertThat(fact.answer().startsWith(before)).as(fact.answer()).isEqualTo(joined);
    }

    @Test
    void should_end_a_short_lead_with_the_first_clause_of_a_sentence_too_long_to_join_it() {
        String article = """
                # Bridge opens

                [1] A new bridge opened on Friday.

                [2] The bridge, which took four years and three hundred workers to build across the wide and windy estuary, links two towns that were an hour apart by road, and its builders say it will carry twenty thousand cars a day by the end of the decade, once the roads that lead to it are finished.
                """;

        String summary = KnowledgeLoader.derive("article.txt", article).story().summary();

        assertThat(summary)
                .startsWith("A new bridge opened on Friday. The bridge, which took four years")
                .endsWith("…")
                .hasSizeLessThanOrEqualTo(dev.storybot.core.Answer.MAX_TEXT_CHARS);
    }

    @Test
    void should_lead_the_summary_with_a_headline_that_names_what_the_lead_does_not() {
        String article = """
                # A Man Developed 'Quilt Cough' After Buying New Bedding

                [1] A man's decision to change his bedding left him with a rare condition, his doctors say.
                """;

        String summary = KnowledgeLoader.derive("article.txt", article).story().summary();

        assertThat(summary)
                .startsWith("A Man Developed 'Quilt Cough' After Buying New Bedding. A man's decision")
                .hasSizeLessThanOrEqualTo(dev.storybot.core.Answer.MAX_TEXT_CHARS);
    }

    @Test
    void should_leave_out_a_headline_the_lead_already_says() {
        String article = """
                # Bridge opens on Friday

                [1] A new bridge opens on Friday between the two towns.
                """;

        assertThat(KnowledgeLoader.derive("article.txt", article).story().summary())
                .isEqualTo("A new bridge opens on Friday between the two towns.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"why did orva buy ferries", "orva为什么买渡轮？", "orva는 왜 페리를 샀어?"})
    void should_find_an_all_capital_name_typed_in_lower_case(String question) {
        EntityMatcher matcher = new EntityMatcher(knowledge.entities());

        assertThat(matcher.find(question)).extracting(Entity::id).containsExactly("orva");
    }

    private String type(String name) {
        return knowledge.entities().stream()
                .filter(e -> e.name().equals(name))
                .findFirst()
                .orElseThrow()
                .type();
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(
            delimiter = '|',
            value = {
                // sentence before | sentence with the pronoun | its answer
                "Doctor Ann Lee told the man to stay home. | Within days, he began to improve. "
                        + "| Doctor Ann Lee told the man to stay home. Within days, he began to improve.",
                "Doctor Ann Lee met the patient on Monday. | She was sent home. "
                        + "| Doctor Ann Lee met the patient on Monday. She was sent home.",
                "Doctor Ann Lee spoke to reporters on Monday. | She said the clinic would reopen. "
                        + "| Ann Lee said the clinic would reopen.",
                // a description of the person just named is no other person
                "Doctor Ann Lee, a mother of two, spoke to reporters on Monday. | She said the clinic would reopen. "
                        + "| Ann Lee said the clinic would reopen.",
            })
    void should_name_the_person_a_pronoun_stands_for_or_give_the_sentence_before_when_it_mentions_an_unnamed_one(
            String before, String sentence, String answer) {
        KnowledgeBase one =
                KnowledgeLoader.derive("article.txt", "# A clinic\n\n[1] " + before + " " + sentence + "\n");

        assertThat(one.facts()).anySatisfy(f -> assertThat(f.answer()).isEqualTo(answer));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{1}")
    @org.junit.jupiter.params.provider.CsvSource(
            delimiter = '|',
            value = {
                // sentence before | sentence opening with a pronoun joined to its verb
                "The tank held about 2,300 tons of water. | That's almost enough to fill a swimming pool.",
                "The team found two new species of frog. | They’re both smaller than a coin.",
                "Sales rose 4% in the quarter. | It's the best quarter on record.",
            })
    void should_read_a_sentence_opening_with_a_pronoun_joined_to_its_verb_after_the_sentence_before(
            String before, String sentence) {
        KnowledgeBase one =
                KnowledgeLoader.derive("article.txt", "# A report\n\n[1] " + before + " " + sentence + "\n");

        assertThat(one.facts()).anySatisfy(f -> assertThat(f.answer()).isEqualTo(before + " " + sentence));
    }
}
