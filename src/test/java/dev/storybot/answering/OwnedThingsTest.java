package dev.storybot.answering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.core.Language;
import dev.storybot.knowledge.KnowledgeBase;
import dev.storybot.knowledge.KnowledgeLoader;
import dev.storybot.retrieval.EntityMatcher;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The possessive stage as a table: a person's startup or company → the organisation the story names. */
class OwnedThingsTest {

    private static final KnowledgeBase KNOWLEDGE = TestBots.knowledge();
    private static final OwnedThings OWNED = new OwnedThings(KNOWLEDGE, new EntityMatcher(KNOWLEDGE.entities()));

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "what did Mira Murati's startup announce | EN | Thinking Machines Lab",
                "穆拉蒂的公司宣布了什么？ | ZH | 思维机器",
                "무라티의 스타트업은 뭐라고 발표했어? | KO | 싱킹",
                "what does Huang's company make | EN | NVIDIA",
            })
    void should_name_the_organisation_a_persons_possessive_points_at(String question, Language language, String name) {
        assertThat(OWNED.resolve(question, language)).contains(name).doesNotContain("Murati's", "穆拉蒂的", "무라티의");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "what did Mira Murati say | EN",
                "who is Murati's cat | EN",
            })
    void should_leave_a_question_alone_when_no_one_organisation_fits(String question, Language language) {
        assertThat(OWNED.resolve(question, language)).isEqualTo(question);
    }

    @org.junit.jupiter.api.Test
    void should_pick_the_organisation_the_story_describes_by_the_noun_asked() {
        KnowledgeBase story = KnowledgeLoader.derive("article.txt", """
                # Two firms

                [1] "We are growing fast," said Ana Pérez, who founded the startup Harbour Robotics after leaving Vantor Systems.
                """);
        OwnedThings owned = new OwnedThings(story, new EntityMatcher(story.entities()));

        assertThat(owned.resolve("how fast is Ana Pérez's startup growing?", Language.EN))
                .isEqualTo("how fast is Harbour Robotics growing?");
    }
}
