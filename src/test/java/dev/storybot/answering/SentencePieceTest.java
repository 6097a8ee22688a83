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
 * Who someone is and what they said is told in whole sentences: a piece cut from the middle of a long sentence
 * ("to treat conditions such as asthma, Lee said.") is left out.
 */
class SentencePieceTest {

    private static RetrievalAnswerer bot;

    @BeforeAll
    static void build() {
        bot = RetrievalAnswerer.create(KnowledgeLoader.derive("article.txt", """
                        # Sea air and the lungs

                        [1] Sea air may change how the lungs work, said study co-author Ann Lee, a physician at Harbour College.

                        [2] The research, which was published today in the Journal of Coastal Medicine, is part of a larger effort to understand how sea air affects breathing, in the hopes that it could one day be used by doctors — in carefully controlled settings, with patients who agree to take part — to treat conditions such as asthma, Lee said.
                        """), TestBots.embeddings());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"who is ann lee", "Ann Lee是谁？", "Ann Lee는 누구야?"})
    void should_leave_pieces_of_sentences_out_of_a_profile(String question) {
        Answer answer = bot.answer(new ChatRequest("test", UUID.randomUUID().toString(), "user", question));

        assertThat(answer.answered()).as(answer.text()).isTrue();
        assertThat(answer.text()).contains("physician").doesNotContain("to treat");
    }
}
