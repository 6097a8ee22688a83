package dev.storybot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class FactDeriverTest {

    private static final String ARTICLE = """
            # Harbour city opens a floating library
            # Source: Coastal Times (https://example.org/news/floating-library)
            # Date: 2024-05-02

            [1] The city of Portvale opened a floating library on Tuesday, the first of its kind in the region.

            [2] "Reading should travel to people," said Mayor Ana Ruiz. She added that the boat cost $2.5 million.

            [3] Library director Tom Okafor said visits rose 40% in the first week. Okafor's team also lends e-readers.

            [4] The project was reportedly delayed by a storm in Jan. 2023, according to the Portvale Herald.

            [5] The boat carries 4,000 books. It sails twice a week.

            [6] "More boats will follow," Ravi Menon, the port's deputy director, said in a statement. The Coastal Boat Council program (CBC) pays for them.
            """;

    private final KnowledgeBase knowledge = KnowledgeLoader.derive("article.txt", ARTICLE);

    @Test
    void should_take_the_headline_source_and_lead_for_the_story() {
        assertThat(knowledge.story().title()).isEqualTo("Harbour city opens a floating library");
        assertThat(knowledge.story().url()).isEqualTo("https://example.org/news/floating-library");
        assertThat(knowledge.story().summary()).startsWith("The city of Portvale opened a floating library");
    }

    @Test
    void should_quote_every_sentence_exactly_once() {
        assertThat(knowledge.facts())
                .extracting(Fact::quote)
                .contains(
                        "She added that the boat cost $2.5 million.",
                        "The project was reportedly delayed by a storm in Jan. 2023, according to the Portvale Herald.");
        knowledge
                .facts()
                .forEach(f -> assertThat(
                                knowledge.paragraphs().get(f.paragraph() - 1).text())
                        .contains(f.quote()));
    }

    static Stream<Arguments> facts() {
        return Stream.of(
                // quote start, answer start, attribution, certainty, answer types it must have
                Arguments.of(
                        "She added",
                        "Ana Ruiz added",
                        "Ana Ruiz",
                        Certainty.SAID,
                        List.of(AnswerType.MONEY, AnswerType.PRICE)),
                Arguments.of(
                        "\"Reading",
                        "\"Reading",
                        "Ana Ruiz",
                        Certainty.SAID,
                        List.of(AnswerType.PERSON, AnswerType.OPINION)),
                Arguments.of(
                        "Library director",
                        "Library director",
                        "Tom Okafor",
                        Certainty.SAID,
                        List.of(AnswerType.PERCENTAGE)),
                Arguments.of(
                        "The project", "The project", "Portvale Herald", Certainty.REPORTED, List.of(AnswerType.DATE)),
                Arguments.of("The city", "The city", "Coastal Times", Certainty.STATED, List.of(AnswerType.DATE)));
    }

    @ParameterizedTest
    @MethodSource("facts")
    void should_make_each_fact_self_contained_with_its_speaker_certainty_and_types(
            String quoteStart, String answerStart, String attribution, Certainty certainty, List<AnswerType> types) {
        Fact fact = knowledge.facts().stream()
                .filter(f -> f.quote().startsWith(quoteStart))
                .findFirst()
                .orElseThrow();
        assertThat(fact.answer()).startsWith(answerStart);
        assertThat(fact.attribution()).isEqualTo(attribution);
        assertThat(fact.certainty()).isEqualTo(certainty);
        assertThat(fact.answers()).containsAll(types);
    }

    @Test
    void should_name_the_person_a_pronoun_stands_for_after_a_short_opening_phrase() {
        KnowledgeBase held = KnowledgeLoader.derive("article.txt", """
                # A shop owner is convicted

                [1] A jury convicted Alex Holt, 44, of fraud on Monday. Later that evening, he thanked his lawyer.
                """);

        Fact later = held.facts().stream()
                .filter(f -> f.quote().startsWith("Later that evening"))
                .findFirst()
                .orElseThrow();

        assertThat(later.answer()).isEqualTo("Later that evening, Alex Holt thanked his lawyer.");
        assertThat(later.entities()).contains("alex-holt");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "On Monday a third case was reported in a 55-year-old man from the valley. "
                        + "| He had eaten a wild rabbit before he fell ill.",
                "Doctors later treated an elderly woman from the same village. | She had kept the rabbit's skin.",
                "Officials then traced the 43-year-old UK man who sold the meat. | He had not been ill at all.",
            })
    void should_answer_a_pronoun_after_an_unnamed_person_with_the_sentence_naming_no_one_else(
            String unnamed, String pronounSentence) {
        KnowledgeBase held = KnowledgeLoader.derive("article.txt", """
                # Fever in the valley

                [1] Ann Lee, a reporter for the Daily Star, has followed the outbreak since it began.

                [2] %s %s
                """.formatted(unnamed, pronounSentence));

        Fact pronounFact = held.facts().stream()
                .filter(f -> f.quote().equals(pronounSentence))
                .findFirst()
                .orElseThrow();

        assertThat(pronounFact.answer()).isEqualTo(unnamed + " " + pronounSentence);
        assertThat(pronounFact.entities()).doesNotContain("ann-lee");
    }

    @Test
    void should_read_the_country_as_the_country_last_named_even_after_another_name() {
        KnowledgeBase held = KnowledgeLoader.derive("article.txt", """
                # Floods close a factory

                [1] Floods hit Norway on Monday. The Orbix plant said that remote regions of the country were cut off.
                """);

        Fact regions = held.facts().stream()
                .filter(f -> f.quote().startsWith("The Orbix plant"))
                .findFirst()
                .orElseThrow();

        assertThat(regions.entities()).contains("norway");
    }

    @Test
    void should_find_people_with_their_surnames_and_split_roles_and_possessives_from_names() {
        assertThat(knowledge.entities())
                .extracting(Entity::name)
                .contains("Portvale", "Ana Ruiz", "Tom Okafor", "Portvale Herald")
                .doesNotContain("Mayor Ana Ruiz", "Library", "She", "Okafor's team", "Jan");
        Entity okafor = knowledge.entities().stream()
                .filter(e -> e.name().equals("Tom Okafor"))
                .findFirst()
                .orElseThrow();
        assertThat(okafor.type()).isEqualTo("person");
        assertThat(okafor.aliases()).contains("Okafor");
    }

    @Test
    void should_let_a_sentence_about_the_one_before_be_found_by_its_words() {
        Fact sails = knowledge.facts().stream()
                .filter(f -> f.quote().startsWith("It sails"))
                .findFirst()
                .orElseThrow();

        assertThat(sails.keywords()).contains("boat", "carries", "books").doesNotContain("the");
    }

    @Test
    void should_read_figures_with_units_and_labels() {
        List<Figure> figures =
                knowledge.facts().stream().flatMap(f -> f.figures().stream()).toList();
        assertThat(figures).contains(new Figure("boat cost", 2.5, "million dollars"));
        assertThat(figures).anySatisfy(f -> {
            assertThat(f.value()).isEqualTo(40.0);
            assertThat(f.unit()).isEqualTo("percent");
        });
        assertThat(figures).noneMatch(f -> f.value() == 2023.0);
    }

    @Test
    void should_start_from_a_folder_with_only_the_article(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(KnowledgeLoader.ARTICLE_FILE), ARTICLE);

        KnowledgeBase loaded = KnowledgeLoader.load(dir);

        assertThat(loaded.facts()).hasSizeGreaterThanOrEqualTo(6);
        assertThat(loaded.facts())
                .allSatisfy(f ->
                        assertThat(f.translated(dev.storybot.core.Language.ZH)).isFalse());
    }

    @Test
    void should_give_every_sentence_of_a_quotation_to_the_speaker_named_where_it_closes() {
        KnowledgeBase quoted = KnowledgeLoader.derive("article.txt", """
                # Harbour reopens

                [1] "We think the tide has turned. And we are glad of it. Our harbour is open again," said U.S. \
                Attorney Lena Ortiz.

                [2] Ships returned to Portvale on Monday, and the U.S. Navy said it would follow.

                [3] "The water is back," study author Ines Varga, a planetary scientist at the Norvale Space Center in Greenbelt, \
                Maryland, and Alder College in Washington, D.C., said in a statement.
                """);

        assertThat(quoted.facts())
                .filteredOn(f -> f.paragraph() == 1)
                .hasSize(3)
                .allSatisfy(f -> {
                    assertThat(f.attribution()).isEqualTo("Lena Ortiz");
                    assertThat(f.certainty()).isEqualTo(Certainty.SAID);
                });
        assertThat(quoted.facts())
                .filteredOn(f -> f.paragraph() == 2)
                .extracting(Fact::attribution)
                .doesNotContain("Lena Ortiz");
        // a long description with abbreviations between the name and the speech verb
        assertThat(quoted.facts())
                .filteredOn(f -> f.paragraph() == 3)
                .extracting(Fact::attribution)
                .containsOnly("Ines Varga");
    }

    @Test
    void should_find_a_speaker_named_before_a_description_and_a_short_form_given_after_a_word() {
        assertThat(knowledge.entities())
                .filteredOn(e -> e.name().equals("Ravi Menon"))
                .singleElement()
                .satisfies(e -> assertThat(e.type()).isEqualTo("person"));
        assertThat(knowledge.entities())
                .filteredOn(e -> e.name().equals("Coastal Boat Council"))
                .singleElement()
                .satisfies(e -> assertThat(e.aliases()).contains("CBC"));
        assertThat(knowledge.entities()).extracting(Entity::name).doesNotContain("CBC");
    }

    static Stream<Arguments> figureLabels() {
        return Stream.of(
                // sentence, figure value, the label it must get
                Arguments.of("Crews mapped the 1,900-mile-wide (3,100 kilometers) island of Norvale.", 1900.0, "wide"),
                Arguments.of(
                        "The county has seen a few ferry crashes in recent years—26 crashes and 11 injuries.",
                        26.0,
                        "crashes"),
                Arguments.of(
                        "Overall harbour sales declined 11.1% during the quarter to $18.51 billion.",
                        11.1, "Overall harbour sales"),
                Arguments.of(
                        "Overall harbour sales declined 11.1% during the quarter to $18.51 billion.",
                        18.51, "Overall harbour sales"),
                Arguments.of(
                        "Ferry revenue rose 15% to $8.98 billion and boat revenue grew 15% to $8.08 billion.",
                        8.08, "boat revenue"),
                Arguments.of(
                        "The team scanned 15 healthy volunteers — once after a placebo.", 15.0, "healthy volunteers"),
                Arguments.of("She expects the margin to be between 46.5% and 47.5%.", 46.5, "margin"),
                // counts written in words
                Arguments.of(
                        "Sixteen energy technology priorities were identified.", 16.0, "energy technology priorities"),
                Arguments.of("The agency picked five firms on Monday.", 5.0, "firms"),
                Arguments.of("Some twenty-five ferries, all electric, sail daily.", 25.0, "ferries"));
    }

    static Stream<Arguments> figureUnits() {
        return Stream.of(
                // sentence, a figure's value, the unit it must carry
                Arguments.of("It announced a 2.1 GW floating solar project.", 2.1, "GW"),
                Arguments.of("Capacity reached 1.64 GW in seven months.", 1.64, "GW"),
                Arguments.of("Costs fall from around $0.23/W today to $0.10 by 2030.", 0.23, "dollars per W"),
                Arguments.of("Costs fall from around $0.23/W today to $0.10 by 2030.", 0.1, "dollars per W"),
                Arguments.of("Fares rose from $2/mi to $3 and then $4 in May.", 3.0, "dollars per mi"),
                Arguments.of("It charges $2.40/mi for fares and $5 for tolls.", 5.0, "dollars"),
                Arguments.of("The benchmark is $0.06 per kWh.", 0.06, "dollars per kWh"),
                Arguments.of("The storm moved at 30 miles an hour.", 30.0, "miles"),
                Arguments.of("The plant burns 5 million tonnes of coal.", 5.0, "million tonnes"),
                Arguments.of("It sold 270 aircraft.", 270.0, ""),
                Arguments.of("Sales rose 4% in the quarter.", 4.0, "percent"),
                Arguments.of("The panel is 2 Watts stronger.", 2.0, "Watts"),
                Arguments.of("A jury convicted Alex Holt, 44, of fraud.", 44.0, "years old"),
                // "8-year-old" and "51 years old" read in one unit, so that two ages compare
                Arguments.of("Police found the 8-year-old boy at noon.", 8.0, "years old"),
                Arguments.of("Crews mapped the 1,900-mile-wide island.", 1900.0, "miles"),
                Arguments.of("They put up a 10-foot fence.", 10.0, "foot"),
                Arguments.of("A 3-ton truck tipped over.", 3.0, "tons"),
                Arguments.of("It vented about 2,300 tons (2,095 metric tons) of vapor.", 2095.0, "metric tons"),
                Arguments.of("The fire burned 40 square miles of forest.", 40.0, "square miles"),
                Arguments.of("In Alder, 30 dealers, most of them small, closed.", 30.0, ""),
                Arguments.of("Orbix, $40, is the cheapest.", 40.0, "dollars"));
    }

    @ParameterizedTest
    @MethodSource("figureUnits")
    void should_give_a_figure_the_unit_of_measure_written_after_it(String sentence, double value, String unit) {
        assertThat(new FigureFinder().find(sentence))
                .filteredOn(f -> f.value() == value)
                .extracting(Figure::unit)
                .containsOnly(unit);
    }

    @ParameterizedTest
    @MethodSource("figureLabels")
    void should_label_a_figure_by_what_it_measures(String sentence, double value, String label) {
        assertThat(new FigureFinder().find(sentence))
                .filteredOn(f -> f.value() == value)
                .extracting(Figure::label)
                .containsOnly(label);
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(
            strings = {
                "The first full quarter with Phone 16 sales.",
                "Sales of the new iPhone 16 family grew.",
                "It flew on a Falcon 9 rocket.",
                "One of his boats sank.",
                "Two of them stayed.",
                "It was the biggest miss in two years.",
                "Here is how the firm did for the quarter that ended Dec. 28.",
                "He grabbed the bag on 6th Avenue at 6:38 p.m. on Saturday.",
                "The meeting began at 10:15 and ended at noon."
            })
    void should_not_read_a_number_in_a_name_a_date_or_a_time_of_day_as_a_figure(String sentence) {
        assertThat(new FigureFinder().find(sentence)).isEmpty();
    }

    static Stream<Arguments> nameTypes() {
        return Stream.of(
                // sentences, a name in them, the type it must get
                Arguments.of(
                        List.of("The agency picked five firms.", "Harbour Robotics, Kent, Washington"),
                        "Harbour Robotics",
                        "organization"),
                Arguments.of(
                        List.of("The agency picked five firms.", "Blue Tidewell, Kent, Washington"), "Kent", "place"),
                Arguments.of(
                        List.of("The agency picked five firms.", "Blue Tidewell, Kent, Washington"),
                        "Blue Tidewell",
                        "organization"),
                Arguments.of(
                        List.of("The agency picked five firms.", "Tidewell, Kent, Washington"), "Washington", "place"),
                Arguments.of(
                        List.of("Sales fell sharply in Greater Norland, the firm said."), "Greater Norland", "place"),
                Arguments.of(
                        List.of("The rover was built by Vantor Systems for the agency."),
                        "Vantor Systems",
                        "organization"),
                // a country by its name or adjective, after words that keep it one
                Arguments.of(
                        List.of("South Korea plans to cut module costs, officials said."), "South Korea", "country"),
                Arguments.of(List.of("Officials in Tokyo said Japan would review the duties."), "Japan", "country"));
    }

    @ParameterizedTest
    @MethodSource("nameTypes")
    void should_type_a_name_by_its_suffix_or_its_place_in_a_list(List<String> sentences, String name, String type) {
        assertThat(new NameFinder().find(sentences))
                .filteredOn(e -> e.name().equals(name))
                .extracting(Entity::type)
                .containsExactly(type);
    }

    @Test
    void should_type_a_fact_naming_a_place_as_answering_where() {
        KnowledgeBase derived = KnowledgeLoader.derive("article.txt", """
                # Five firms picked

                [1] The agency picked five firms.

                [2] Harbour Robotics, Kent, Washington
                """);

        assertThat(derived.facts())
                .filteredOn(f -> f.paragraph() == 2)
                .allSatisfy(f -> assertThat(f.answers()).contains(AnswerType.PLACE));
        assertThat(derived.facts())
                .filteredOn(f -> f.paragraph() == 1)
                .allSatisfy(f -> assertThat(f.answers()).doesNotContain(AnswerType.PLACE));
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(
            delimiter = '|',
            value = {
                "BUFFALO, N.Y. — The home team won its fourth game in a row. | true",
                "DUBAI, United Arab Emirates — The airline ordered 30 jets. | true",
                "LONDON (Reuters) - Shares fell on Tuesday. | true",
                "NASA picked five firms — all of them new. | false",
                "The home team won — again. | false"
            })
    void should_type_a_lead_with_a_dateline_as_answering_where(String lead, boolean place) {
        KnowledgeBase derived = KnowledgeLoader.derive("article.txt", "# Game report\n\n[1] " + lead + "\n");

        assertThat(derived.facts().get(0).answers().contains(AnswerType.PLACE)).isEqualTo(place);
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(
            delimiter = '|',
            value = {
                "The probe is scheduled to launch in the mid-2020s. | true",
                "Sales peaked in the late 1990s. | true",
                "He grabbed the bag at 6:38 p.m. on the corner. | true",
                "The doors open at 9 am sharp. | true",
                "The plant opened in 2019. | true",
                "The plant employs many people. | false",
            })
    void should_type_a_sentence_giving_a_year_or_a_decade_as_answering_when(String sentence, boolean date) {
        KnowledgeBase derived = KnowledgeLoader.derive("article.txt", "# Plant report\n\n[1] " + sentence + "\n");

        assertThat(derived.facts().get(0).answers().contains(AnswerType.DATE)).isEqualTo(date);
    }

    @Test
    void should_type_a_count_as_a_number_but_an_amount_of_money_alone_not() {
        KnowledgeBase derived = KnowledgeLoader.derive("article.txt", """
                # Ferry results

                [1] Ferry revenue was $69.14 billion in the quarter.

                [2] The company sold 30 ferries in the quarter.
                """);

        assertThat(derived.facts())
                .filteredOn(f -> f.paragraph() == 1)
                .allSatisfy(
                        f -> assertThat(f.answers()).contains(AnswerType.MONEY).doesNotContain(AnswerType.NUMBER));
        assertThat(derived.facts())
                .filteredOn(f -> f.paragraph() == 2)
                .allSatisfy(f -> assertThat(f.answers()).contains(AnswerType.NUMBER));
    }

    static Stream<Arguments> headings() {
        return Stream.of(
                Arguments.of("Module efficiency", true),
                Arguments.of("Domestic industry", true),
                Arguments.of("市场展望", true),
                Arguments.of("국내 산업 현황", true),
                Arguments.of("The plan was unveiled on Tuesday.", false),
                Arguments.of("\u201cMore boats will follow,\u201d", false),
                Arguments.of("市场在增长。", false),
                Arguments.of("Earnings per share: $2.40 vs. $2.35 estimated", false),
                Arguments.of("Services revenue 26% higher", false),
                Arguments.of("SpaceX, Hawthorne, California", false),
                Arguments.of("정부는 계획을 발표했다.", false),
                Arguments.of("A long line of more than eight words that the page cut before its stop", false));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("headings")
    void should_tell_a_subheading_from_a_sentence(String paragraph, boolean heading) {
        assertThat(FactDeriver.isHeading(paragraph)).isEqualTo(heading);
    }

    @Test
    void should_neither_answer_nor_summarise_with_a_subheading() {
        KnowledgeBase withHeading = KnowledgeLoader.derive("article.txt", """
                # Harbour city opens a floating library

                [1] Library opening

                [2] The city of Portvale opened a floating library on Tuesday.

                [3] Funding

                [4] The boat cost $2.5 million, paid by the port.
                """);
        assertThat(withHeading.facts()).extracting(Fact::paragraph).containsOnly(2, 4);
        assertThat(withHeading.story().summary())
                .doesNotContain("Library opening")
                .doesNotContain("Funding");
    }
}
