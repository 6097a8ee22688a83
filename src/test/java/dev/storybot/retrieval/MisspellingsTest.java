package dev.storybot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.knowledge.KnowledgeLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A word typed with a slip is read as the story spells it; everyday words, names and other scripts are left alone. */
class MisspellingsTest {

    private static Misspellings misspellings;

    @BeforeAll
    static void build() {
        misspellings = new Misspellings(new LexicalRanker(KnowledgeLoader.derive("article.txt", """
                        # An office company cuts jobs

                        [1] Orbix will lay off 400 maintenance workers next month, and Quillon quarantined its staff.

                        [2] The company's valuation fell to $2 billion after the offering was cancelled.

                        [3] A man kidnapped the courier and was later arrested.
                        """)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // typed | read as
                "what happens to the maintenence workers | what happens to the maintenance workers",
                "why was the staff quarantened | why was the staff quarantined",
                "how much was the valuaton | how much was the valuation",
                // everyday words the story does not use, and capitalised names, stay as typed
                "what about the engineers | what about the engineers",
                "what did Maintenon say | what did Maintenon say",
                // other forms of the story's words are no slips, though no everyday word either
                "whats the kidnappers name | whats the kidnappers name",
                "who arrested the kidnapper | who arrested the kidnapper",
                "维修工人怎么样了？ | 维修工人怎么样了？",
                "정비 직원들은 어떻게 돼? | 정비 직원들은 어떻게 돼?",
            })
    void should_spell_a_slip_as_the_story_does(String typed, String read) {
        assertThat(misspellings.spelledOut(typed)).isEqualTo(read);
    }
}
