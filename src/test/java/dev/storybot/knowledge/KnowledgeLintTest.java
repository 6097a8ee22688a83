package dev.storybot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.core.Paragraph;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class KnowledgeLintTest {

    private static final Translation ZH = new Translation("中文答案。", List.of("关键词"));
    private static final Translation KO = new Translation("한국어 답변.", List.of("키워드"));
    private static final List<String> KEYWORDS = List.of("valuation", "worth");
    private static final List<String> PARAPHRASES = List.of("How much is it worth?");
    private static final StoryMeta META =
            new StoryMeta("A headline", "a source", "https://example.org", "A summary.", null, null, null, null, null);

    private static Fact fact(String quote, List<AnswerType> answers, List<Figure> figures) {
        return fact(quote, answers, figures, KEYWORDS, PARAPHRASES, ZH, KO);
    }

    private static Fact fact(
            String quote,
            List<AnswerType> answers,
            List<Figure> figures,
            List<String> keywords,
            List<String> paraphrases,
            Translation zh,
            Translation ko) {
        return new Fact(
                "the-fact",
                1,
                quote,
                "An answer.",
                "the article",
                Certainty.STATED,
                List.of(),
                keywords,
                answers,
                figures,
                paraphrases,
                zh,
                ko);
    }

    static Stream<Arguments> facts() {
        List<AnswerType> number = List.of(AnswerType.NUMBER);
        return Stream.of(
                Arguments.of(
                        "a unit in a currency word, typed number",
                        fact("valued at 1 billion", number, List.of(new Figure("valuation", 1, "billion dollars"))),
                        "has the money figure 'valuation' (billion dollars) but its answers do not include money"),
                Arguments.of(
                        "a unit in a currency word, typed money",
                        fact(
                                "valued at 1 billion",
                                List.of(AnswerType.MONEY),
                                List.of(new Figure("valuation", 1, "billion dollars"))),
                        null),
                Arguments.of(
                        "a currency symbol, typed price",
                        fact("costs $3", List.of(AnswerType.PRICE), List.of(new Figure("ticket price", 3, "$"))),
                        null),
                Arguments.of(
                        "a currency symbol, typed number",
                        fact("costs €3", number, List.of(new Figure("ticket price", 3, "€"))),
                        "has the money figure 'ticket price'"),
                Arguments.of(
                        "million with the currency in the label",
                        fact("revenue of 20 million", number, List.of(new Figure("revenue in yuan", 20, "million"))),
                        "has the money figure 'revenue in yuan'"),
                Arguments.of(
                        "a currency code",
                        fact("raised 5 billion", number, List.of(new Figure("funding", 5, "billion USD"))),
                        "has the money figure 'funding'"),
                Arguments.of(
                        "a count in millions is not money",
                        fact("385 million downloads", number, List.of(new Figure("downloads", 385, "million"))),
                        null),
                Arguments.of(
                        "a word merely containing a currency code is not money",
                        fact(
                                "rose 40%",
                                List.of(AnswerType.PERCENTAGE), List.of(new Figure("europe share", 40, "percent"))),
                        null),
                Arguments.of(
                        "a number in the quote without a figure",
                        fact("the share rose to 40%", List.of(AnswerType.PERCENTAGE), List.of()),
                        "quotes the number 40 but has no figures"),
                Arguments.of(
                        "a decimal number in the quote without a figure",
                        fact("it reached 385.3 million", number, List.of()),
                        "quotes the number 385.3 but has no figures"),
                Arguments.of(
                        "a date fact may give its day and year without a figure",
                        fact("On December 5, 2024, the paper reported it", List.of(AnswerType.DATE), List.of()),
                        null),
                Arguments.of(
                        "a date fact with another number still needs a figure",
                        fact("On December 5 it sold 300 units", List.of(AnswerType.DATE), List.of()),
                        "quotes the number 300"),
                Arguments.of(
                        "a day number in a fact that is not about a date",
                        fact("On December 5 it happened", List.of(AnswerType.EVENT), List.of()),
                        "quotes the number 5"),
                Arguments.of(
                        "digits inside a name are not a number",
                        fact("it released Model3 and GT40X", List.of(AnswerType.PRODUCT), List.of()),
                        null),
                Arguments.of("no number, no figure", fact("it happened", List.of(AnswerType.EVENT), List.of()), null),
                Arguments.of(
                        "neither keywords nor paraphrases",
                        fact("it happened", List.of(AnswerType.EVENT), List.of(), List.of(), List.of(), ZH, KO),
                        "has no keywords and no paraphrases"),
                Arguments.of(
                        "keywords without paraphrases",
                        fact("it happened", List.of(AnswerType.EVENT), List.of(), KEYWORDS, List.of(), ZH, KO),
                        null),
                Arguments.of(
                        "paraphrases without keywords",
                        fact("it happened", List.of(AnswerType.EVENT), List.of(), List.of(), PARAPHRASES, ZH, KO),
                        null),
                Arguments.of(
                        "no translations is not a warning",
                        fact("it happened", List.of(AnswerType.EVENT), List.of(), KEYWORDS, PARAPHRASES, null, null),
                        null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("facts")
    void should_warn_about_a_fact_exactly_when_it_breaks_a_rule(String rule, Fact fact, String expected) {
        List<String> problems = KnowledgeLint.factWarnings(fact);

        if (expected == null) {
            assertThat(problems).isEmpty();
        } else {
            assertThat(problems).singleElement().asString().contains(expected);
        }
    }

    @Test
    void should_print_warnings_naming_the_file_and_the_entry() {
        Fact untyped = fact(
                "valued at 1 billion", List.of(AnswerType.NUMBER), List.of(new Figure("valuation", 1, "$ billion")));
        KnowledgeBase knowledge = new KnowledgeBase(
                META,
                List.of(new Paragraph(1, "It was valued at 1 billion.")),
                List.of(
                        new Entity("acme", "Acme", "company", null, List.of("Acme Corp"), null, null),
                        new Entity("bolt", "Bolt", "company", null, List.of(), null, null)),
                List.of(untyped));

        List<String> lines = KnowledgeLint.lint(knowledge).warnings().stream()
                .map(KnowledgeLint.Warning::toString)
                .toList();

        assertThat(lines)
                .containsExactly(
                        "warning: facts.json: fact 'the-fact' has the money figure 'valuation' ($ billion) but its"
                                + " answers do not include money or price, so \"how much\" questions miss it",
                        "warning: facts.json: entity 'bolt' has no aliases; add the other spellings and short forms"
                                + " people type (surname, acronym, the article's own spelling)");
    }

    @Test
    void should_count_the_facts_without_a_translation_per_language() {
        List<Fact> facts = List.of(
                fact("a", List.of(AnswerType.EVENT), List.of(), KEYWORDS, PARAPHRASES, ZH, KO),
                fact("b", List.of(AnswerType.EVENT), List.of(), KEYWORDS, PARAPHRASES, null, KO),
                fact(
                        "c",
                        List.of(AnswerType.EVENT),
                        List.of(),
                        KEYWORDS,
                        PARAPHRASES,
                        new Translation(" ", null),
                        null));

        KnowledgeLint.Report report =
                KnowledgeLint.lint(new KnowledgeBase(META, List.of(new Paragraph(1, "a b c")), List.of(), facts));

        assertThat(report.untranslatedZh()).isEqualTo(2);
        assertThat(report.untranslatedKo()).isEqualTo(1);
        assertThat(report.warnings()).isEmpty();
        assertThat(report.translationSummary())
                .startsWith("translations (optional): 2 of 3 facts have no zh answer, 1");
    }

    @Test
    void should_find_no_untyped_money_or_unreachable_fact_in_the_bundled_story() {
        KnowledgeLint.Report report = KnowledgeLint.lint(KnowledgeLoader.loadBundled());

        assertThat(report.warnings())
                .extracting(KnowledgeLint.Warning::problem)
                .noneMatch(problem -> problem.contains("money figure"))
                .noneMatch(problem -> problem.contains("no keywords and no paraphrases"));
        assertThat(report.facts())
                .isEqualTo(KnowledgeLoader.loadBundled().facts().size());
    }
}
