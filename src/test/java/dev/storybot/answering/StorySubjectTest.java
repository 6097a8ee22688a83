package dev.storybot.answering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.core.Answer;
import dev.storybot.core.ChatRequest;
import dev.storybot.knowledge.KnowledgeBase;
import dev.storybot.knowledge.KnowledgeLoader;
import dev.storybot.retrieval.EntityMatcher;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the whole story is about (named in the headline and in many paragraphs) is implied by every sentence of it: a
 * question naming it is answered by a sentence that states what is asked without naming it again.
 */
class StorySubjectTest {

    private static KnowledgeBase knowledge;
    private static RetrievalAnswerer bot;

    @BeforeAll
    static void build() {
        knowledge = KnowledgeLoader.derive("article.txt", """
                # The first map of the moon Vela shows lakes near Brisk

                [1] Scientists on Monday unveiled the first geological map of the moon Vela, which orbits the planet \
                Brisk.

                [2] Vela has vast plains of frozen sand, the map shows.

                [3] "Frozen sand can, we think, sink down to the liquid water ocean and this can feed anything \
                living there, if it began there," added Ann Lee, who led the research published in the journal \
                Planet Letters.

                [4] Lakes on Vela are filled with liquid methane.

                [5] The map was drawn from radar data collected over nine years.

                [6] Vela is larger than the planet Mercury.
                """);
        bot = RetrievalAnswerer.create(knowledge, TestBots.embeddings());
    }

    @Test
    void should_take_for_the_subject_what_the_headline_and_many_paragraphs_name() {
        assertThat(FactSelector.storySubjects(knowledge, new EntityMatcher(knowledge.entities())))
                .containsExactly("vela");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {"which journal is the vela map paper in?", "Vela 地图的论文发表在哪个期刊？", "Vela 지도 논문은 어느 학술지에 실렸어?"})
    void should_answer_a_question_naming_the_subject_from_a_sentence_that_leaves_it_unnamed(String question) {
        Answer answer = ask(question);

        assertThat(answer.answered()).as(answer.text()).isTrue();
        assertThat(answer.text()).contains("Planet Letters");
        assertThat(answer.citations()).extracting(c -> c.paragraph()).contains(3);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"which journal is the brisk paper in?", "Brisk 的论文发表在哪个期刊？", "Brisk 논문은 어느 학술지에 실렸어?"})
    void should_still_hold_a_question_to_a_name_the_headline_gives_in_passing(String question) {
        Answer answer = ask(question);

        assertThat(answer.text()).doesNotContain("Planet Letters");
    }

    private static Answer ask(String question) {
        return bot.answer(new ChatRequest("test", UUID.randomUUID().toString(), "user", question));
    }
}
