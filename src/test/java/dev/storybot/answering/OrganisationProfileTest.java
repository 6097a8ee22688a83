package dev.storybot.answering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.core.Answer;
import dev.storybot.core.ChatRequest;
import dev.storybot.knowledge.KnowledgeLoader;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What an organisation is: the description set off after its name ("Quillon, a Fern Hollow-based provider of sales
 * data"), from an article whose names were found without any curated facts, even when the name is typed with a slip.
 */
class OrganisationProfileTest {

    private static RetrievalAnswerer bot;

    @BeforeAll
    static void build() {
        bot = RetrievalAnswerer.create(KnowledgeLoader.derive("article.txt", """
                        # Bike sales slow in Alder County

                        [1] Bike shops in the Alder area sold fewer bikes last month, despite spring discounts.

                        [2] Shops sold 4,120 bikes in April, down 6 percent from a year ago, according to a report \
                        from Quillon, a Fern Hollow-based provider of sales data.

                        [3] Quillon expects sales to pick up in the summer.

                        [4] Prices rose 3 percent, said Pedalworks.com, a Brook Vale-based pricing firm.
                        """), TestBots.embeddings());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"what is quillon", "Quillon是什么？", "Quillon은 뭐야?", "who even is qiullon lol"})
    void should_describe_an_organisation_by_the_description_after_its_name(String question) {
        Answer answer = ask(question);

        assertThat(answer.text()).contains("Quillon, a Fern Hollow-based provider of sales data");
        assertThat(answer.citations()).extracting(c -> c.paragraph()).contains(2);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"what's pedalworks", "Pedalworks是什么？", "Pedalworks는 뭐야?"})
    void should_read_a_description_after_a_web_address(String question) {
        Answer answer = ask(question);

        assertThat(answer.text()).contains("Pedalworks, a Brook Vale-based pricing firm");
    }

    private static Answer ask(String question) {
        return bot.answer(new ChatRequest("test", UUID.randomUUID().toString(), "user", question));
    }
}
