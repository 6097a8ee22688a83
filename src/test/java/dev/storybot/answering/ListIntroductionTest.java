package dev.storybot.answering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.core.Answer;
import dev.storybot.core.ChatRequest;
import dev.storybot.core.Citation;
import dev.storybot.knowledge.KnowledgeBase;
import dev.storybot.knowledge.KnowledgeLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A sentence ending in a colon is answered with the short paragraphs that list its items, each cited. */
class ListIntroductionTest {

    private static RetrievalAnswerer bot;

    @BeforeAll
    static void build() {
        KnowledgeBase story = KnowledgeLoader.derive("article.txt", """
                # Harbour agency picks ferry builders

                [1] The harbour agency picked five ferry builders on Monday to bid on its new routes.

                [2] The newly selected companies are:

                [3] Tidewell Marine, Kent, Washington

                [4] Orva Boats, Louisville, Colorado

                [5] Harbour Robotics, Irvine, California

                [6] The agency said the first ferries will sail in 2026.
                """);
        bot = RetrievalAnswerer.create(story, TestBots.embeddings());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"which companies were newly selected?", "新选定了哪些公司？", "새로 선정된 회사는 어디야?"})
    void should_answer_a_list_introduction_with_its_items(String question) {
        Answer answer = bot.answer(ChatRequest.of("test", question));

        assertThat(answer.text()).contains("Tidewell Marine", "Orva Boats", "Harbour Robotics");
        assertThat(answer.citations())
                .extracting(Citation::paragraph)
                .contains(2, 3, 4, 5)
                .doesNotContain(6);
        assertThat(answer.text()).hasSizeLessThanOrEqualTo(Answer.MAX_TEXT_CHARS);
    }
}
