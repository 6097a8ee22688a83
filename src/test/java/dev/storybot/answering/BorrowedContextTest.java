package dev.storybot.answering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.core.Answer;
import dev.storybot.knowledge.KnowledgeLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A pronoun for a group ("their", "他们", "그들") stands for what an earlier question asked about, never for the names
 * a short follow-up borrowed from the answer before it for context.
 */
class BorrowedContextTest {

    private static RetrievalAnswerer bot;

    @BeforeAll
    static void build() {
        bot = RetrievalAnswerer.create(KnowledgeLoader.derive("article.txt", """
                        # Orbix starts layoffs

                        [1] Orbix will begin layoffs this week in the U.S., chief executive Ann Lee told staff.

                        [2] More than 400 people are expected to receive notice in the coming weeks.

                        [3] Those include 100 cleaners.

                        [4] The cleaners will have their last day of work on Dec. 9.
                        """), TestBots.embeddings());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "when do the layoffs start >> how many of those r cleaners >> whens their last day | Dec. 9",
                "裁员什么时候开始？ >> 其中清洁工有多少？ >> 他们的最后一天是哪天？ | Dec. 9",
                "해고는 언제 시작돼? >> 그중 청소부는 몇 명이야? >> 그들의 마지막 날은 언제야? | Dec. 9"
            })
    void should_not_read_a_group_pronoun_as_a_name_borrowed_for_context(String turns, String expected) {
        Answer answer = TestBots.lastAnswer(bot, turns);

        assertThat(answer.answered()).as(answer.text()).isTrue();
        assertThat(answer.text()).contains(expected);
    }
}
