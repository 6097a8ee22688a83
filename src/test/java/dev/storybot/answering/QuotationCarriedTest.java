package dev.storybot.answering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.core.Answer;
import dev.storybot.core.ChatRequest;
import dev.storybot.knowledge.Fact;
import dev.storybot.knowledge.KnowledgeBase;
import dev.storybot.knowledge.KnowledgeLoader;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whose words a derived fact gives when the speaker is named with a less common verb ("Ruiz acknowledged") or not at
 * all, in a paragraph carrying on a quotation the paragraph before left open; asked in any language.
 */
class QuotationCarriedTest {

    private static KnowledgeBase knowledge;
    private static RetrievalAnswerer bot;

    @BeforeAll
    static void build() {
        knowledge = KnowledgeLoader.derive("article.txt", """
                # Harbour town votes to rebuild its pier

                [1] Voters in Alder Bay approved a plan on Tuesday to rebuild the town pier after a winter storm.

                [2] "It was never going to be cheap," harbour master Ana Ruiz acknowledged. "But the boats need it."

                [3] Mayor Tom Okafor told residents the work would start in spring. "We have waited long enough. If we \
                start now, the pier will be ready for the summer season.

                [4] "I promised the same thing when I first ran for office, and I meant it."

                [5] The old pier was closed in January.
                """);
        bot = RetrievalAnswerer.create(knowledge, TestBots.embeddings());
    }

    @Test
    void should_give_a_paragraph_carrying_on_an_open_quotation_to_its_speaker() {
        assertThat(knowledge.facts())
                .filteredOn(f -> f.paragraph() == 4)
                .extracting(Fact::attribution)
                .containsOnly("Tom Okafor");
        assertThat(knowledge.facts())
                .filteredOn(f -> f.paragraph() == 5)
                .extracting(Fact::attribution)
                .doesNotContain("Tom Okafor");
    }

    @Test
    void should_give_a_sentence_to_a_speaker_named_with_a_less_common_speech_verb() {
        assertThat(knowledge.facts())
                .filteredOn(f -> f.paragraph() == 2)
                .extracting(Fact::attribution)
                .containsOnly("Ana Ruiz");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"what did ruiz say", "Ana Ruiz说了什么？", "Ana Ruiz는 뭐라고 했어?"})
    void should_answer_what_a_speaker_said_with_her_own_words_only(String question) {
        Answer answer = ask(question);

        assertThat(answer.text()).contains("never going to be cheap").doesNotContain("promised");
        assertThat(answer.citations()).extracting(c -> c.paragraph()).containsOnly(2);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"what did the mayor okafor say", "Tom Okafor说了什么？", "Tom Okafor는 뭐라고 했어?"})
    void should_answer_what_a_speaker_said_with_the_quotation_carried_over(String question) {
        Answer answer = ask(question);

        assertThat(answer.citations()).extracting(c -> c.paragraph()).contains(4);
    }

    private static Answer ask(String question) {
        return bot.answer(new ChatRequest("test", UUID.randomUUID().toString(), "user", question));
    }
}
