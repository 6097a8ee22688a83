package dev.storybot.answering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.core.Answer;
import dev.storybot.core.ChatRequest;
import dev.storybot.knowledge.Entity;
import dev.storybot.knowledge.KnowledgeLoader;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * "Everything X said" gives every statement that fits once the words attributing each are left out (", said Ann
 * Lee, the county's chief meteorologist", ", she said"), and a statement ending "she said" is the last speaker's.
 */
class EverythingSaidTest {

    private static RetrievalAnswerer bot;

    @BeforeAll
    static void build() {
        bot = RetrievalAnswerer.create(KnowledgeLoader.derive("article.txt", """
                        # A dry autumn in Alder County

                        [1] Alder County officials warned of fire danger on Tuesday as the dry weather went on.

                        [2] One reporting station in the hills has not seen a measurable drop of rain since early \
                        September, the first time that has happened since 1911, said Ann Lee, the county's chief \
                        meteorologist.

                        [3] The valley has seen a fraction of an inch of rain in the past two months instead of the \
                        usual 4 inches (102 millimeters), she said.

                        [4] Crews were placed in the hills and fire engines were sent to three towns.
                        """), TestBots.embeddings());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"give me EVERYTHING ann lee said", "Ann Lee说了什么？", "Ann Lee는 뭐라고 했어?"})
    void should_give_every_statement_that_fits_without_its_attribution(String question) {
        Answer answer = bot.answer(new ChatRequest("test", UUID.randomUUID().toString(), "user", question));

        assertThat(answer.citations()).extracting(c -> c.paragraph()).containsExactly(2, 3);
        assertThat(answer.text()).contains("4 inches").doesNotContain("she said");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "It rained, said Ann Lee, the county's chief meteorologist. | It rained.",
                "The valley stayed dry, she said. | The valley stayed dry.",
                "\"It will rain again,\" county meteorologist Ann Lee said. | \"It will rain again.\"",
                "Ann Lee said the valley stayed dry. | Ann Lee said the valley stayed dry.",
                "Crews were sent, and towns were warned, officials said. | Crews were sent, and towns were warned, officials said.",
            })
    void should_leave_out_only_the_words_saying_who_said_it(String sentence, String kept) {
        Entity lee = new Entity("ann-lee", "Ann Lee", "person", null, List.of("Lee"), List.of(), List.of());

        assertThat(EntityAnswers.withoutAttribution(sentence, lee)).isEqualTo(kept);
    }
}
