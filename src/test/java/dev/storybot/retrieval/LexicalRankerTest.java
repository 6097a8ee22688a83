package dev.storybot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.knowledge.KnowledgeBase;
import dev.storybot.knowledge.KnowledgeLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The lexical ranker finds a sentence by its words, by words typed with a slip, and by their synonyms. */
class LexicalRankerTest {

    private static LexicalRanker ranker;

    @BeforeAll
    static void build() {
        KnowledgeBase knowledge = KnowledgeLoader.derive("article.txt", """
                        # An office company cuts jobs

                        [1] Orbix will lay off 400 maintenance workers next month.

                        [2] The company's valuation fell to $2 billion after the offering was cancelled.

                        [3] Quillon expects revenue to grow next year.
                        """);
        ranker = new LexicalRanker(knowledge);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // question | paragraph of the best hit
                "what happens to the maintenance workers | 1",
                "what happens to the maintenence workers | 1",
                "what about the maintainance guys | 1",
                "what's the forecast | 3",
            })
    void should_rank_first_the_sentence_the_question_means(String question, int paragraph) {
        assertThat(ranker.rank(question, 3))
                .isNotEmpty()
                .first()
                .satisfies(hit -> assertThat(hit.fact().paragraph()).isEqualTo(paragraph));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // words | the terms of them no fact uses, nor a synonym of theirs, nor a word a slip away
                "maintenance workers lawsuit | lawsuit",
                "maintenence workers | ''",
                "the valuation of the company | ''",
                "orbix strike picket | strike picket",
            })
    void should_tell_the_words_the_story_never_uses(String words, String lacking) {
        assertThat(String.join(" ", ranker.termsTheStoryLacks(words))).isEqualTo(lacking);
    }
}
