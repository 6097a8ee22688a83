package dev.storybot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.knowledge.Fact;
import dev.storybot.knowledge.KnowledgeLoader;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A ranking that cuts through a tie contributes only the hits above the tie to fusion. */
class HybridRetrieverTest {

    private static final Fact FACT =
            KnowledgeLoader.derive("article.txt", """
                    # A story

                    [1] The ferry left the harbour on Monday.
                    """).facts().get(0);

    @ParameterizedTest(name = "{0} (limit {1}) -> {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                // fewer hits than the limit: every one is ranked for a reason
                "2.0 1.0 1.0 | 3 | 3",
                "1.0 1.0 | 3 | 2",
                // the story's subject ties more facts than the limit: none of the tied ones is ranked
                "1.0 1.0 1.0 1.0 | 3 | 0",
                // a rarer name ranks its facts above the tie, and only they count
                "2.5 2.5 1.0 1.0 1.0 | 3 | 2",
                // no tie at the cut: all within the limit
                "3.0 2.0 1.0 0.5 | 3 | 3",
            })
    void should_keep_only_the_hits_above_a_tie_at_the_cut(String scores, int limit, int kept) {
        List<Hit> hits = Arrays.stream(scores.split(" "))
                .map(s -> new Hit(FACT, Double.parseDouble(s)))
                .toList();

        assertThat(HybridRetriever.aboveCut(hits, limit)).hasSize(kept);
    }
}
