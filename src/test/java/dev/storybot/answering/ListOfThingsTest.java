package dev.storybot.answering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.core.Answer;
import dev.storybot.core.ChatRequest;
import dev.storybot.knowledge.KnowledgeLoader;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A request to list things that are not names ("list the effects") is answered with every fitting fact. */
class ListOfThingsTest {

    private static RetrievalAnswerer bot;

    @BeforeAll
    static void build() {
        bot = RetrievalAnswerer.create(KnowledgeLoader.derive("article.txt", """
                        # A new blood pressure drug is tested

                        [1] A new drug, Zelora, was tested on 40 patients at Harlow Hospital, researchers said on Monday.

                        [2] Zelora lowered blood pressure in most patients within two weeks.

                        [3] The drug also caused mild headaches in some patients.

                        [4] Zelora improved sleep for a third of patients, the researchers found.

                        [5] The hospital plans a larger trial next year.
                        """), TestBots.embeddings());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "list the effects of the drug | true",
                "what did it do? bullet points pls | true",
                "all the problems the article mentions | true",
                "列出这种药的效果 | true",
                "효과를 목록으로 알려줘 | true",
                "what did the drug do | false",
                "这种药有什么效果 | false",
                "그 약은 어떤 효과가 있어? | false",
            })
    void should_read_a_request_for_several_things(String question, boolean items) {
        assertThat(QuestionCues.asksItems(question)).isEqualTo(items);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"list the effects of zelora", "列出Zelora的效果", "Zelora 효과 목록으로 알려줘"})
    void should_list_every_fact_that_fits(String question) {
        Answer answer = bot.answer(new ChatRequest("test", UUID.randomUUID().toString(), "user", question));

        assertThat(answer.citations()).extracting(c -> c.paragraph()).contains(2, 4);
        assertThat(answer.text().length()).isLessThanOrEqualTo(Answer.MAX_TEXT_CHARS);
    }
}
