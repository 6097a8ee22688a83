package dev.storybot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.answering.TestBots;
import dev.storybot.knowledge.Fact;
import dev.storybot.knowledge.KnowledgeBase;
import dev.storybot.knowledge.KnowledgeLoader;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The semantic ranker reads a sentence of the article as a reader meets it: after the sentence before it. */
class SemanticRankerTest {

    private static KnowledgeBase story;
    private static SemanticRanker ranker;

    @BeforeAll
    static void build() {
        story = KnowledgeLoader.derive("article.txt", """
                        # A moon is venting

                        [1] The probe Tessa-9 will launch in 2031 from a base in Kourou.

                        [2] Astronomers at the Vela Observatory detected water vapor above the moon Corvina. And there \
                        was quite a bit of the stuff, about 900 tons by their count.

                        [3] The team also measured the surface of Corvina at minus 160 degrees.

                        [4] Funding for the mission rose by 12 percent last year, the agency said.

                        [5] Corvina circles its planet every four days. It was discovered by an amateur in 1911.

                        [6] The observatory's main mirror weighs about 20 tons and was cast in Germany.

                        [7] A comet was found by a student in 1998.

                        [8] Engineers tested the probe's heat shield in a furnace in March. The tiles held up                         beyond 1,600 degrees, according to the report.
                        """);
        ranker = new SemanticRanker(story, TestBots::embeddings, EmbeddingCache.empty());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // question | the sentence that answers it, whose own words do not name what is asked about | ranked
                // within (above every sentence of another paragraph)
                "how much water vapor was there | there was quite a bit of the stuff | 1",
                "so how much vapor are we talking | there was quite a bit of the stuff | 1",
                "how hot did the heat shield get in the furnace test | The tiles held up | 2",
            })
    void should_find_a_sentence_by_what_the_sentence_before_it_named(String question, String opening, int within) {
        List<String> top = ranker.rank(question, within).stream()
                .map(hit -> hit.fact().quote())
                .toList();

        assertThat(top).anySatisfy(quote -> assertThat(quote).contains(opening));
    }

    @Test
    void should_read_only_a_derived_sentence_with_the_one_before_it_in_its_paragraph() {
        Fact first = fact("p2-s1");
        Fact second = fact("p2-s2");
        Fact nextParagraph = fact("p3-s1");
        Fact curated = new Fact(
                "c1",
                2,
                second.quote(),
                second.answer(),
                null,
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of("how much vapor was there?"),
                null,
                null);

        assertThat(SemanticRanker.variants(second, first)).contains(first.quote() + " " + second.quote());
        assertThat(SemanticRanker.variants(first, null)).containsExactly(first.answer(), first.quote());
        assertThat(SemanticRanker.variants(nextParagraph, second))
                .containsExactly(nextParagraph.answer(), nextParagraph.quote());
        assertThat(SemanticRanker.variants(curated, first))
                .containsExactly(curated.answer(), curated.quote(), "how much vapor was there?");
    }

    private static Fact fact(String id) {
        return story.facts().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
    }
}
