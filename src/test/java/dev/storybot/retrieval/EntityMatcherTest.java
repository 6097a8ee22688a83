package dev.storybot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.knowledge.Entity;
import dev.storybot.knowledge.KnowledgeLoader;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntityMatcherTest {

    private static final EntityMatcher MATCHER =
            new EntityMatcher(KnowledgeLoader.loadBundled().entities());

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Who is Mirra Murati?                 | murati",
                "what did mira murati found           | murati",
                "Is Huggingface popular?              | hugging-face",
                "how big is HF                        | hugging-face",
                "NVIDIA's CEO                         | nvidia",
                "Nvidia's CEO                         | nvidia",
                "黄仁勋说了什么                          | huang",
                "차마스는 문샷이 OpenAI보다 어떻다고 했어? | chamath,moonshot,openai",
                "Qwen的下载量                           | qwen",
                "what is thinkingmachines working on   | thinking-machines-lab",
                "cognitionai用了什么模型                  | cognition-ai",
                "싱킹머신즈랩은 뭘 했어                      | thinking-machines-lab"
            })
    void should_find_entities_by_any_name(String text, String expectedIds) {
        assertThat(MATCHER.find(text).stream().map(Entity::id)).containsExactlyInAnyOrder(expectedIds.split(","));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"tell us about it", "a metaphor for llamas", "moonshots are hard"})
    void should_not_mistake_ordinary_words_for_names(String text) {
        assertThat(MATCHER.find(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "what did the nvidai ceo say            | nvidia",
                "who is mirra murrati                     | murati",
                "tell me about antrhopic                | anthropic",
                "英伟达和nvidai                          | nvidia",
                "nvidai 엔비디아                          | nvidia"
            })
    void should_find_a_long_name_typed_with_one_letter_wrong(String text, String expectedIds) {
        assertThat(MATCHER.find(text).stream().map(Entity::id)).containsExactlyInAnyOrder(expectedIds.split(","));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"who is alex hlot", "alex hlot说了什么", "alex hlot은 누구야", "what did Alex Hotl report"})
    void should_find_a_name_of_short_words_typed_whole_with_one_letter_wrong(String text) {
        EntityMatcher matcher = new EntityMatcher(
                List.of(new Entity("holt", "Alex Holt", "person", null, List.of("Holt"), List.of(), List.of())));

        assertThat(matcher.find(text)).extracting(Entity::id).containsExactly("holt");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "what did alex hlot report | what did Alex Holt report",
                "alex hlot说了什么 | Alex Holt说了什么",
                "qiullon은 뭐야 | Quillon은 뭐야",
                "what did Alex Holt report | what did Alex Holt report"
            })
    void should_spell_a_name_typed_with_one_slip_as_the_story_does(String typed, String spelled) {
        EntityMatcher matcher = new EntityMatcher(List.of(
                new Entity("holt", "Alex Holt", "person", null, List.of("Holt"), List.of(), List.of()),
                new Entity("quillon", "Quillon", "organization", null, List.of(), List.of(), List.of())));

        assertThat(matcher.spelledOut(typed)).isEqualTo(spelled);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "nvidia|nvidai|true",
                "murati|murrati|true",
                "cursor|cursro|true",
                "moonshot|moonshots|false",
                "openai|opened|false",
                "cursor|course|false"
            })
    void should_allow_one_edit_only(String name, String typed, boolean close) {
        assertThat(EntityMatcher.withinOneEdit(typed, name)).isEqualTo(close);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"NVIDIA Corp|nvidia corp", "İstanbul|istanbul", "穆拉蒂说|穆拉蒂说", "무라티가 말했다|무라티가 말했다", "ΟΔΟΣ|οδοσ"})
    void should_fold_case_one_character_for_one(String text, String folded) {
        assertThat(EntityMatcher.foldCase(text)).isEqualTo(folded).hasSameSizeAs(text);
    }
}
