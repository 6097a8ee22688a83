package dev.storybot.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.knowledge.Certainty;
import dev.storybot.knowledge.Entity;
import dev.storybot.knowledge.Fact;
import dev.storybot.knowledge.Figure;
import dev.storybot.llm.GroundingResult.Reason;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The grounding check as a table: answer text → passes, or fails for a given reason. Facts are [1] downloads, [2] share, [3] Cursor. */
class GroundingCheckTest {

    private static final GroundingCheck CHECK = GroundingCheck.forArticle(TestStory.article());

    @Test
    @DisplayName("a name the question or the conversation gave may be repeated")
    void should_accept_names_from_the_conversation() {
        String answer = "The story does not mention Argentina [¶1].";

        assertThat(CHECK.check(answer, TestStory.FACTS).reason()).isEqualTo(Reason.UNKNOWN_NAME);
        assertThat(CHECK.check(answer, TestStory.FACTS, List.of("What about Argentina?")))
                .isEqualTo(GroundingResult.pass());
    }

    static Stream<Arguments> grounded() {
        return Stream.of(
                Arguments.of("Qwen reached 385.3 million downloads, surpassing Llama's 346.2 million [1]."),
                Arguments.of("Qwen: 385,300,000 downloads; Llama: 346,200,000 [1]."),
                Arguments.of("Qwen had 385.3M downloads [1]."),
                Arguments.of("Qwen (385.3) is ahead of Llama (346.2) in millions of downloads [1]."),
                Arguments.of("Qwen的累计下载量达到3.853亿次，超过了Llama [1]。"),
                Arguments.of("Qwen的下载量为38530万次 [1]。"),
                Arguments.of("Qwen은 3억 8530만 회 다운로드되어 Llama를 앞질렀다 [1]."),
                Arguments.of("Qwen's downloads were about 385 million [1]."),
                Arguments.of("Huang said China is only behind by a few nanoseconds [¶1]."),
                Arguments.of("Huang said, “The winner of the AI competition is China.” [¶1]"),
                Arguments.of("Huang said 「China is only behind the US by a few nanoseconds.」 [¶ 1, ¶2]"),
                Arguments.of("Qwen was downloaded nearly 400 million times [1]."),
                Arguments.of("Qwen had 39.1 million more downloads than Llama [1]."),
                Arguments.of("Together they were downloaded 731.5 million times [1]."),
                Arguments.of("Qwen had about 11% more downloads than Llama [1]."),
                Arguments.of("Qwen's downloads were 1.1 times Llama's [1]."),
                Arguments.of("More than 40% of new models came from Qwen, while Meta-based models dropped to 15% [2]."),
                Arguments.of("Qwen's share of new models was 25 percentage points above Meta's [2]."),
                Arguments.of("Qwen's share was \"40%\" [2]."),
                Arguments.of("Cursor, valued at $1 billion, is suspected of using DeepSeek [3]."),
                Arguments.of("Cursor is worth 1 billion dollars [3]."),
                Arguments.of("On December 5, JoongAng Ilbo reported that Chinese AI is rising [1]."),
                Arguments.of("Thinking Machines Lab built on Qwen3 research [1]."),
                Arguments.of("Llama has fewer downloads than Qwen [1]."),
                Arguments.of("Llama trails Qwen in downloads [1]."),
                Arguments.of("Llama fell behind Qwen [1]."),
                Arguments.of("Qwen surpassed Llama [1][2]."),
                Arguments.of("Qwen is the most downloaded of the two [1]."),
                Arguments.of("Llama did not surpass Qwen [1]."),
                Arguments.of("Llama was overtaken by Qwen [1]."),
                Arguments.of("Llama比Qwen少 [1]。"),
                Arguments.of("Qwen이 Llama보다 다운로드가 많다 [1]."),
                Arguments.of("Qwen leads in downloads, and Meta's share of new models fell to 15% [1][2]."),
                Arguments.of("Qwen has more downloads [1]."),
                Arguments.of("Qwen (385.3 million downloads) is more popular than Llama (346.2 million) [1]."),
                Arguments.of("Llama, with 346.2 million downloads, was surpassed by Qwen (385.3 million) [1]."),
                Arguments.of("Meta's Llama had 346.2 million downloads, while Qwen had 385.3 million [1]."),
                Arguments.of("Qwen的下载量（3.853亿次）超过了Meta的Llama（3.462亿次）[1]。"),
                Arguments.of("超过40%的新模型来自Qwen，而基于Meta的模型降至15% [2]。"),
                Arguments.of("Jensen Huang said China is only a few nanoseconds behind the US [1]."),
                Arguments.of("According to the article, Cursor is suspected of using DeepSeek's model [3]."));
    }

    static Stream<Arguments> rejected() {
        return Stream.of(
                Arguments.of("", Reason.EMPTY),
                Arguments.of("   \n ", Reason.EMPTY),
                Arguments.of("[1]", Reason.EMPTY),
                Arguments.of("Qwen leads. ".repeat(60), Reason.TOO_LONG),
                Arguments.of("Qwen leads [4].", Reason.UNKNOWN_CITATION),
                Arguments.of("Qwen leads [0].", Reason.UNKNOWN_CITATION),
                Arguments.of("Qwen leads [1, 7].", Reason.UNKNOWN_CITATION),
                Arguments.of("Qwen leads [¶99].", Reason.UNKNOWN_CITATION),
                Arguments.of("Qwen leads [¶0].", Reason.UNKNOWN_CITATION),
                Arguments.of("Huang said \"China has already won the AI race\" [¶1].", Reason.UNSUPPORTED_QUOTE),
                Arguments.of("Huang said “China is far ahead” [¶1].", Reason.UNSUPPORTED_QUOTE),
                Arguments.of("The story is about Argentina [¶1].", Reason.UNKNOWN_NAME),
                Arguments.of("Argentina is rising in AI [¶1].", Reason.UNKNOWN_NAME),
                Arguments.of("Qwen was built with help from Samsung [1].", Reason.UNKNOWN_NAME),
                Arguments.of("Qwen has 999 million downloads [1].", Reason.UNSUPPORTED_NUMBER),
                Arguments.of("Qwen reached 400.5 million downloads [1].", Reason.UNSUPPORTED_NUMBER),
                Arguments.of("Qwen's share of new models is 57% [2].", Reason.UNSUPPORTED_NUMBER),
                Arguments.of("Meta's share dropped to 12% [2].", Reason.UNSUPPORTED_NUMBER),
                Arguments.of("Cursor is valued at $2 billion [3].", Reason.UNSUPPORTED_NUMBER),
                Arguments.of("In 2024 Qwen passed Llama [1].", Reason.UNSUPPORTED_NUMBER),
                Arguments.of("Qwen had 50 million more downloads than Llama [1].", Reason.UNSUPPORTED_NUMBER),
                Arguments.of("Qwen的下载量为4.2亿次 [1]。", Reason.UNSUPPORTED_NUMBER),
                Arguments.of("Qwen's share was 40 million [2].", Reason.UNSUPPORTED_NUMBER),
                Arguments.of("Llama has more downloads [1].", Reason.CONTRADICTS_FACTS),
                Arguments.of("Llama surpassed Qwen [1].", Reason.CONTRADICTS_FACTS),
                Arguments.of("Llama has more downloads than Qwen [1].", Reason.CONTRADICTS_FACTS),
                Arguments.of("Meta's Llama is ahead of Qwen on Hugging Face [1].", Reason.CONTRADICTS_FACTS),
                Arguments.of("Qwen was surpassed by Llama [1].", Reason.CONTRADICTS_FACTS),
                Arguments.of("Qwen did not surpass Llama [1].", Reason.CONTRADICTS_FACTS),
                Arguments.of("Qwen has fewer downloads than Llama [1].", Reason.CONTRADICTS_FACTS),
                Arguments.of("Llama is the most downloaded model [1].", Reason.CONTRADICTS_FACTS),
                Arguments.of(
                        "Meta-based models now outnumber Qwen-based ones among new uploads [2].",
                        Reason.CONTRADICTS_FACTS),
                Arguments.of("Llama reached 385.3 million downloads [1].", Reason.CONTRADICTS_FACTS),
                Arguments.of("Llama比Qwen多 [1]。", Reason.CONTRADICTS_FACTS),
                Arguments.of("Llama的下载量超过了Qwen [1]。", Reason.CONTRADICTS_FACTS),
                Arguments.of("Llama가 Qwen보다 다운로드가 많다 [1].", Reason.CONTRADICTS_FACTS),
                Arguments.of("Llama가 Qwen을 앞질렀다 [1].", Reason.CONTRADICTS_FACTS));
    }

    @ParameterizedTest(name = "passes: {0}")
    @MethodSource("grounded")
    void should_pass_grounded_answers(String answer) {
        assertThat(CHECK.check(answer, TestStory.FACTS)).isEqualTo(GroundingResult.pass());
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("rejected")
    void should_reject_ungrounded_answers(String answer, Reason reason) {
        GroundingResult result = CHECK.check(answer, TestStory.FACTS);

        assertThat(result.passed()).isFalse();
        assertThat(result.reason()).isEqualTo(reason);
        assertThat(result.detail()).isNotBlank();
    }

    @Test
    @DisplayName("the comparison check is general: it works for any two entities whose figures a fact gives")
    void should_check_comparisons_between_any_entities() {
        Fact fact = new Fact(
                "stars",
                1,
                "Alpha has 120 stars while Beta has 80 stars",
                "Alpha has 120 stars and Beta 80.",
                "the article",
                Certainty.STATED,
                List.of(),
                List.of(),
                List.of(),
                List.of(new Figure("Alpha GitHub stars", 120, "stars"), new Figure("Beta GitHub stars", 80, "stars")),
                List.of(),
                null,
                null);
        GroundingCheck check = GroundingCheck.forArticle(List.of());

        assertThat(check.check("Alpha has more stars than Beta [1].", List.of(fact))
                        .passed())
                .isTrue();
        assertThat(check.check("Beta has more stars than Alpha [1].", List.of(fact))
                        .reason())
                .isEqualTo(Reason.CONTRADICTS_FACTS);
        assertThat(check.check("Beta outnumbers Alpha in stars [1].", List.of(fact))
                        .reason())
                .isEqualTo(Reason.CONTRADICTS_FACTS);
        assertThat(check.check("Beta has 40 fewer stars than Alpha [1].", List.of(fact))
                        .passed())
                .isTrue();
    }

    @Test
    @DisplayName("with the entity list, other spellings of a name (e.g. Chinese) are recognised")
    void should_use_entity_aliases() {
        List<Entity> entities = List.of(
                new Entity("qwen", "Qwen", "model", "China", List.of("Tongyi Qianwen"), List.of("通义千问"), List.of("큐원")),
                new Entity("llama", "Llama", "model", "US", List.of("LLaMA"), List.of("羊驼"), List.of("라마")),
                new Entity("meta", "Meta", "company", "US", List.of(), List.of(), List.of("메타")));
        GroundingCheck check = new GroundingCheck(TestStory.article(), entities);

        assertThat(check.check("羊驼的下载量超过了通义千问 [1]。", TestStory.FACTS).reason()).isEqualTo(Reason.CONTRADICTS_FACTS);
        assertThat(check.check("通义千问的下载量超过了羊驼 [1]。", TestStory.FACTS).passed()).isTrue();
        assertThat(check.check("라마가 큐원보다 다운로드가 많다 [1].", TestStory.FACTS).reason())
                .isEqualTo(Reason.CONTRADICTS_FACTS);
    }

    @Test
    @DisplayName("numbers are checked against the article even when the supplied facts lack them")
    void should_accept_numbers_from_the_article() {
        assertThat(CHECK.check("More than 40% of new models came from Qwen [1].", List.of(TestStory.CURSOR_DEEPSEEK))
                        .passed())
                .isTrue();
    }

    @Test
    @DisplayName("citation markers in any common form are checked against the number of facts")
    void should_read_citation_markers_in_any_form() {
        assertThat(CHECK.check("Qwen leads【1】【2】.", TestStory.FACTS).passed()).isTrue();
        assertThat(CHECK.check("Qwen leads [1,2].", TestStory.FACTS).passed()).isTrue();
        assertThat(CHECK.check("Qwen leads【5】.", TestStory.FACTS).reason()).isEqualTo(Reason.UNKNOWN_CITATION);
    }

    @Test
    @DisplayName("never throws, even for null input")
    void should_never_throw() {
        assertThat(CHECK.check(null, null).reason()).isEqualTo(Reason.EMPTY);
    }
}
