package dev.storybot.answering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.knowledge.Certainty;
import dev.storybot.knowledge.Fact;
import dev.storybot.retrieval.Candidate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EvidenceGateTest {

    private static final Fact FACT =
            new Fact("f", 1, "q", "a", "the article", Certainty.STATED, null, null, null, null, null, null, null);

    @ParameterizedTest(name = "semantic {0}, content {1}, names entity {2}, English {3} -> {4}")
    @CsvSource({
        // semantic, content words' BM25, names the entity, English, passes
        "0.70, 0.0, false, true,  true", // the embedding alone is sure
        "0.50, 1.5, false, true,  true", // a fair embedding match with matching words
        "0.50, 0.0, false, true,  false", // a fair embedding match with nothing else
        "0.35, 1.5, true,  true,  true", // a weak match that names the entity and matches words
        "0.35, 1.5, false, true,  false", // a weak match on one or two words only
        "0.35, 6.0, false, true,  true", // a weak match on several rare words
        "0.20, 9.0, false, true,  false", // words alone, with an embedding that disagrees
        "0.10, 2.5, false, false, true", // Chinese or Korean words that match the translation
        "0.10, 1.0, false, false, false",
    })
    void should_pass_only_candidates_with_enough_evidence(
            double semantic, double content, boolean namesEntity, boolean english, boolean passes) {
        Candidate candidate = new Candidate(FACT, 1.0, 0.0, semantic, namesEntity ? 1.0 : 0.0);

        assertThat(new EvidenceGate().passes(candidate, content, english, false, false))
                .isEqualTo(passes);
    }

    @ParameterizedTest(name = "quotes a number: {0}")
    @CsvSource({"true", "false"})
    void should_let_a_question_that_quotes_the_facts_number_pass_on_a_weak_match(boolean quotes) {
        Candidate candidate = new Candidate(FACT, 1.0, 0.0, 0.40, 0.0);

        assertThat(new EvidenceGate().passes(candidate, 1.5, true, false, false, quotes))
                .isEqualTo(quotes);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"specific", "generic"})
    void should_let_a_named_specific_fact_pass_on_a_fair_match_unless_the_question_asks_more(String kind) {
        Candidate candidate = new Candidate(FACT, 1.0, 0.0, 0.5, 1.0);
        boolean specific = kind.equals("specific");

        assertThat(new EvidenceGate().passes(candidate, 0.0, true, specific, false))
                .isEqualTo(specific);
        assertThat(new EvidenceGate().passes(candidate, 0.0, true, specific, true))
                .isFalse();
    }

    @ParameterizedTest(name = "semantic {0}, content {1} -> curated {2}, derived {3}")
    @CsvSource({
        // semantic, content words' BM25, passes for curated facts, passes for derived facts
        "0.32, 1.6, false, true", // "how old was the guy" against "the 43-year-old man had ..."
        "0.28, 1.2, false, true", // "is this thing rare" against "... is a complex and rare condition"
        "0.10, 3.5, false, true", // several rare words of one sentence, the embedding unsure
        "0.20, 0.9, false, false", // neither the embedding nor the words
        "0.50, 0.0, false, true", // a fair embedding match alone
    })
    void should_ask_less_of_facts_derived_from_the_article(
            double semantic, double content, boolean curated, boolean derived) {
        Candidate candidate = new Candidate(FACT, 1.0, 0.0, semantic, 0.0);

        assertThat(new EvidenceGate().passes(candidate, content, true, false, false))
                .isEqualTo(curated);
        assertThat(EvidenceGate.forDerivedFacts().passes(candidate, content, true, false, false))
                .isEqualTo(derived);
    }
}
