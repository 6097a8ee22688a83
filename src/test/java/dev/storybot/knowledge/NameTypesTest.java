package dev.storybot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Names found in an article's sentences get the type the sentences give them, and a dateline's first word is none. */
class NameTypesTest {

    private final NameFinder finder = new NameFinder();

    @ParameterizedTest(name = "{1} in: {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "\"It rained,\" said planetary geologist Mara Quell of the Orion Research Institute. | Mara Quell | person",
                "\"It rained,\" said planetary geologist Mara Quell of the Orion Research Institute. | Orion Research Institute | organization",
                "The Gulf of Mexico Foundation paid for the study. | Gulf of Mexico Foundation | organization",
                "Director Michael Bay said the film would open in May. | Michael Bay | person",
                "Crews went to Napa County first. | Napa County | place",
                "Warnings covered Elm and Birch counties. | Elm | place",
                "Executives from Ring&Co were asked to explain. | Ring&Co | organization",
                "Sales in the Alder area fell 4 percent last month. | Alder | place",
                "Sales by Alder-area dealers fell this month. | Alder | place",
                "The survey was run by Quillon, a Fern Hollow-based data provider. | Fern Hollow | place",
                "Orders also came from Velta, a Turkish-based carrier. | Turkish | name",
                "The figures came from Quillon, a Fern Hollow-based provider of sales data. | Quillon | organization",
                "The figures came from Quillon, a data firm. | Quillon | organization",
                "\"Sales slowed,\" said Ann Lee, a former company executive. | Ann Lee | person",
                "A jury convicted Alex Holt, 44, of fraud in May. | Alex Holt | person",
                "Alex Holt confessed to the theft in a recorded interview. | Alex Holt | person",
                "Volunteers searched the city of Fern Hollow, and Fern Hollow's mayor thanked them. | Fern Hollow | place",
                "Officers from Alder Hill police came at midnight. | Alder Hill | place",
                "Alex Holt ran the shop until a jury convicted Holt, 44, of fraud. | Alex Holt | person",
                "Velta Pine, 2,000 people strong, grew again. | Velta Pine | name",
                // a hotel, hospital or stadium named before its kind is a place, as is a numbered avenue
                "He took the girl to Alder Hill's Pine Lodge Suites hotel that night. | Pine Lodge Suites | place",
                "The team played at the Pinecrest stadium on Friday. | Pinecrest | place",
                "They walked down Fern Hollow's 6th Avenue at dusk. | 6th Avenue | place",
                "The crowd filled the Harlow arena and Alder Hill's main airport. | Harlow | place",
                // ... but not a company said to be one, nor a name in capitals
                "Velta, an aerospace company, will open the Velta hotel. | Velta | organization",
                "Fans crowded into an NFL stadium. | NFL | name",
                // an ordinal opens only a numbered street's name
                "Lee began his 10th NFL season in May. | NFL | name",
                "On May 18th Alder Hill voters met in the city of Alder Hill. | Alder Hill | place",
            })
    void should_type_a_name_by_what_its_sentence_says(String sentence, String name, String type) {
        List<Entity> found = finder.find(List.of(sentence));

        assertThat(found)
                .filteredOn(e -> e.name().equals(name))
                .extracting(Entity::type)
                .containsExactly(type);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "WASHINGTON (Reuters) - Scientists on Monday unveiled a map of the moon Keld. | Scientists",
                "BUFFALO, N.Y. — Hours before the game, the coach spoke. | Hours",
            })
    void should_read_the_word_after_a_dateline_as_a_sentence_start(String sentence, String word) {
        assertThat(finder.find(List.of(sentence))).extracting(Entity::name).doesNotContain(word);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "The Alder Transit Authority raised fares. Riders said ATA had not warned them. | Alder Transit Authority | ATA",
                "Officials at the Center for Ferry Safety and Training met. The CFS report was late. | Center for Ferry Safety | CFS",
            })
    void should_take_a_short_form_of_a_names_initials_as_that_name(String text, String name, String shortForm) {
        List<Entity> found = finder.find(List.of(text.split("(?<=\\.) ")));

        assertThat(found).extracting(Entity::name).doesNotContain(shortForm);
        assertThat(found)
                .filteredOn(e -> e.name().equals(name))
                .singleElement()
                .satisfies(e -> assertThat(e.aliases()).contains(shortForm));
    }

    @ParameterizedTest(name = "{1} in: {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "The survey was run by Quillon, a Fern Hollow-based data provider. | Fern Hollow",
                "Velta, a Lumo-backed startup, said it would hire. | Lumo",
            })
    void should_name_without_the_describing_word_a_hyphen_joins(String sentence, String name) {
        assertThat(finder.find(List.of(sentence)))
                .extracting(Entity::name)
                .contains(name)
                .allMatch(n -> !n.contains("-"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {"AI tools - Gemini among them - helped the team. | Gemini"})
    void should_keep_a_name_after_a_dash_that_is_no_dateline(String sentence, String word) {
        assertThat(finder.find(List.of(sentence))).extracting(Entity::name).contains(word);
    }
}
