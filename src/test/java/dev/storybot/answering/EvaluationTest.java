package dev.storybot.answering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.knowledge.KnowledgeBase;
import dev.storybot.knowledge.KnowledgeLoader;
import dev.storybot.scoring.EvalFile;
import dev.storybot.scoring.EvalRun;
import dev.storybot.scoring.EvalTurn;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The quality bars, with the rule "right fact (or paragraph and key terms), at most 300 characters, cited,
 * {@code answered} right": the curated regression set in {@code eval/questions.jsonl}, and the development part of
 * the blind corpus in {@code eval/fresh/dev.jsonl} (its held-out part is scored only with {@code storybot eval}).
 */
class EvaluationTest {

    /** The curated set was tuned against for a long time: it must stay nearly perfect. */
    private static final double REGRESSION_ACCURACY = 0.95;
    /**
     * The blind development set: 104/214 when it was frozen, 168/214 before the conversation and unasked-attribute
     * rules, 204/214 now; a floor that only rises, so that no change makes fresh questions worse; the goal is 0.90.
     */
    private static final double FRESH_DEV_FLOOR = 0.95;

    private static final int MISSES_SHOWN = 200;

    /**
     * Eleven other published stories with only their {@code article.txt} (facts derived, no curated file), on their
     * development sets ({@code dev} of the first round, {@code dev2} of the second): floors at the figures measured
     * (science 19/25 and 20/29, earnings 21/29 and 19/26, lander 19/24 and 13/24, airline 26/34, duvet 22/35, hockey
     * 19/30, solar 19/32, titan 27/41, pge 29/40, cars 32/42, plague 23/43; cars and plague were 23/42 and 19/43 when
     * frozen); they rise with the figures, and fall only for a general rule whose
     * cost is known (lander's second set lost a follow-up when counts written in words became figures and another
     * that a fact naming "nine" answered before years were counted, airline a Korean question once its name was read,
     * hockey a turn answered only while a player was not yet found as a person, solar "where is it now vs the
     * target" once "the Saemangeum area" was found to be a place and a place became an answer to "where", earnings a Chinese question whose
     * gloss gained "quarterly" and found the services figure once the glossaries grew, and earnings' second set "what
     * about the revenue number" once a follow-up leaned to the paragraph of the last answer, which gains 3 turns over
     * all stories). The goal is 0.60 on their
     * held-out sets.
     */
    private static final Map<String, Double> ARTICLE_ONLY_FLOORS = Map.ofEntries(
            Map.entry("science/dev", 0.76),
            // (a sentence read after the one before it finds 8 more answers over all stories and answers 3 false
            // premises it refused: science/dev2, earnings/dev and airline/dev lost one each)
            Map.entry("science/dev2", 0.65),
            Map.entry("earnings/dev", 0.68),
            Map.entry("earnings/dev2", 0.69),
            Map.entry("lander/dev", 0.79),
            Map.entry("lander/dev2", 0.54),
            Map.entry("airline/dev", 0.76),
            Map.entry("duvet/dev", 0.62),
            Map.entry("hockey/dev", 0.63),
            Map.entry("solar/dev", 0.59),
            Map.entry("titan/dev", 0.63),
            Map.entry("pge/dev", 0.70),
            Map.entry("cars/dev", 0.76),
            Map.entry("plague/dev", 0.53),
            // the seventh round's sets: 9/32, 14/32 and 7/31 when frozen, 12/32, 14/32 and 12/31 now
            Map.entry("europa/dev3", 0.34),
            Map.entry("rescue/dev3", 0.43),
            Map.entry("duvet/dev3", 0.35));

    /**
     * The second blind development set for the bundled story (written later, weighted to the weakest families): 65/89
     * when it was frozen, 85/89 at best, 84/89 now (a Spanish follow-up the grown glossary reads differently); a floor
     * that only rises but for a general rule whose cost is known.
     */
    private static final double FRESH2_DEV_FLOOR = 0.94;

    /** The third blind development set for the bundled story: 60/92 when it was frozen, 84/92 now; only rises. */
    private static final double FRESH3_DEV_FLOOR = 0.91;

    /** The fourth blind development set for the bundled story: 73/96 when it was frozen, 81/96 now; only rises. */
    private static final double FRESH4_DEV_FLOOR = 0.84;

    /** The fifth blind development set for the bundled story: 24/31 when it was frozen, 25/31 now; only rises. */
    private static final double FRESH5_DEV_FLOOR = 0.80;

    @Test
    @DisplayName("answers at least 95% of the curated regression set correctly")
    void should_answer_the_regression_set() throws IOException {
        List<EvalTurn> turns = load("/eval/questions.jsonl");
        assertThat(turns).hasSizeGreaterThanOrEqualTo(80);

        EvalRun.Result result = EvalRun.run(TestBots.retrieval(), TestBots.knowledge(), turns);

        System.out.print(result.report(MISSES_SHOWN));
        assertThat(result.accuracy()).as(result.report(MISSES_SHOWN)).isGreaterThanOrEqualTo(REGRESSION_ACCURACY);
    }

    @Test
    @DisplayName("does not fall below its measured floor on the blind development set")
    void should_answer_the_blind_development_set() throws IOException {
        assertAtLeastFloor("fresh", "/eval/fresh/dev.jsonl", 200, FRESH_DEV_FLOOR);
    }

    @Test
    @DisplayName("does not fall below its measured floor on the second blind development set")
    void should_answer_the_second_blind_development_set() throws IOException {
        assertAtLeastFloor("fresh2", "/eval/fresh2/dev.jsonl", 80, FRESH2_DEV_FLOOR);
    }

    @Test
    @DisplayName("does not fall below its measured floor on the third blind development set")
    void should_answer_the_third_blind_development_set() throws IOException {
        assertAtLeastFloor("fresh3", "/eval/fresh3/dev.jsonl", 80, FRESH3_DEV_FLOOR);
    }

    @Test
    @DisplayName("does not fall below its measured floor on the fourth blind development set")
    void should_answer_the_fourth_blind_development_set() throws IOException {
        assertAtLeastFloor("fresh4", "/eval/fresh4/dev.jsonl", 90, FRESH4_DEV_FLOOR);
    }

    /** Scores a blind development set of at least {@code minTurns} turns and fails below {@code floor}. */
    @Test
    @DisplayName("does not fall below its measured floor on the fifth blind development set")
    void should_answer_the_fifth_blind_development_set() throws IOException {
        assertAtLeastFloor("fresh5", "/eval/fresh5/dev.jsonl", 30, FRESH5_DEV_FLOOR);
    }

    private static void assertAtLeastFloor(String name, String resource, int minTurns, double floor)
            throws IOException {
        List<EvalTurn> turns = load(resource);
        assertThat(turns).hasSizeGreaterThanOrEqualTo(minTurns);

        EvalRun.Result result = EvalRun.run(TestBots.retrieval(), TestBots.knowledge(), turns);

        System.out.print(name + " dev " + result.report(MISSES_SHOWN));
        assertThat(result.accuracy()).as(result.report(MISSES_SHOWN)).isGreaterThanOrEqualTo(floor);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "science/dev",
                "science/dev2",
                "earnings/dev",
                "earnings/dev2",
                "lander/dev",
                "lander/dev2",
                "airline/dev",
                "duvet/dev",
                "hockey/dev",
                "solar/dev",
                "titan/dev",
                "pge/dev",
                "cars/dev",
                "plague/dev",
                "europa/dev3",
                "rescue/dev3",
                "duvet/dev3"
            })
    @DisplayName("answers another published story from its article alone at least as well as measured")
    void should_answer_another_story_from_its_article_alone(String storyAndPart) throws IOException {
        String story = storyAndPart.substring(0, storyAndPart.indexOf('/'));
        String part = storyAndPart.substring(storyAndPart.indexOf('/') + 1);
        String article = new String(
                Objects.requireNonNull(EvaluationTest.class.getResourceAsStream("/stories/" + story + "/article.txt"))
                        .readAllBytes(),
                StandardCharsets.UTF_8);
        KnowledgeBase knowledge = KnowledgeLoader.derive("article.txt", article);
        List<EvalTurn> turns = load("/stories/" + story + "/" + part + ".jsonl");

        EvalRun.Result result =
                EvalRun.run(RetrievalAnswerer.create(knowledge, TestBots.embeddings()), knowledge, turns);

        System.out.print(storyAndPart + " (article only) " + result.report(MISSES_SHOWN));
        assertThat(result.accuracy())
                .as(result.report(MISSES_SHOWN))
                .isGreaterThanOrEqualTo(ARTICLE_ONLY_FLOORS.get(storyAndPart));
    }

    /**
     * The science story with a {@code facts.json} an editor refined from the derived one in about 25 minutes, without
     * seeing the questions: 17/25 when it was added, 20/25 now; the goal is 0.85.
     */
    private static final double HAND_FACTS_FLOOR = 0.80;

    @Test
    @DisplayName("answers another story from a quickly hand-refined facts file at least as well as measured")
    void should_answer_another_story_from_a_quickly_refined_facts_file() throws IOException {
        KnowledgeBase knowledge = KnowledgeLoader.load(
                "article.txt", resourceText("/stories/science/article.txt"),
                "facts.json", resourceText("/stories/science/facts.json"));
        List<EvalTurn> turns = load("/stories/science/dev.jsonl");

        EvalRun.Result result =
                EvalRun.run(RetrievalAnswerer.create(knowledge, TestBots.embeddings()), knowledge, turns);

        System.out.print("science (hand facts) " + result.report(MISSES_SHOWN));
        assertThat(result.accuracy()).as(result.report(MISSES_SHOWN)).isGreaterThanOrEqualTo(HAND_FACTS_FLOOR);
    }

    private static String resourceText(String resource) throws IOException {
        return new String(
                Objects.requireNonNull(EvaluationTest.class.getResourceAsStream(resource))
                        .readAllBytes(),
                StandardCharsets.UTF_8);
    }

    static List<EvalTurn> load(String resource) throws IOException {
        try (var in = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(EvaluationTest.class.getResourceAsStream(resource)), StandardCharsets.UTF_8))) {
            return EvalFile.read(in);
        }
    }
}
