package dev.storybot.answering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.core.Answer;
import dev.storybot.core.ChatRequest;
import dev.storybot.core.Language;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Questions in languages without translated facts: told apart by their function words or script, noted in kind. */
class OtherLanguagesTest {

    private static final OtherLanguages LANGUAGES = new OtherLanguages();

    static Stream<Arguments> detected() {
        return Stream.of(
                Arguments.of("¿cuánto vale Cursor según el artículo?", "es"),
                Arguments.of("¿cuánto vale Cursor?", "es"),
                Arguments.of("qui est le patron de Nvidia selon l'article ?", "fr"),
                Arguments.of("Wer hat gesagt, dass China das KI-Rennen gewinnt?", "de"),
                Arguments.of("quem é o CEO da Nvidia segundo o artigo?", "pt"),
                Arguments.of("Qwenのダウンロード数は？", "ja"),
                Arguments.of("et Cognition AI, elle utilise quoi ?", "fr"),
                Arguments.of("y la startup de programación?", "es"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("detected")
    void should_recognise_a_language_without_translated_facts(String question, String code) {
        assertThat(LANGUAGES.detect(question)).contains(code);
        assertThat(LANGUAGES.note(code)).isNotBlank();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "who was the CEO of Nvidia?",
                "is it as big as Llama?",
                "what did the LA startup say about the deal?",
                "who is the CEO of Cognition AI and what did it use?",
                "Qwen的下载量是多少？",
                "큐웬 다운로드 수는?",
                "what does the article say about Meta"
            })
    void should_leave_english_chinese_and_korean_alone(String question) {
        assertThat(LANGUAGES.detect(question)).isEmpty();
    }

    @Test
    void should_answer_in_english_with_a_note_in_the_askers_language() {
        Answer answer = TestBots.retrieval().answer(ChatRequest.of("test", "¿cuánto vale Cursor según el artículo?"));

        assertThat(answer.answered()).isTrue();
        assertThat(answer.language()).isEqualTo(Language.EN);
        assertThat(answer.text()).contains("billion");
        assertThat(answer.note()).isEqualTo(LANGUAGES.note("es"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {"Moonshotって社員何人いるの？", "¿cuántos empleados tiene Moonshot?", "Moonshot hat wie viele Mitarbeiter?"
            })
    void should_refuse_when_the_glossed_question_asks_a_kind_no_fact_about_its_subject_gives(String question) {
        Answer answer = TestBots.retrieval().answer(ChatRequest.of("test", question));

        assertThat(answer.answered()).isFalse();
        assertThat(answer.note()).isNotBlank();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {"Qwenのダウンロード数は？", "¿cuántas descargas tiene Qwen?", "combien de téléchargements pour Qwen ?"})
    void should_answer_when_the_glossed_question_asks_a_kind_a_fact_gives(String question) {
        Answer answer = TestBots.retrieval().answer(ChatRequest.of("test", question));

        assertThat(answer.answered()).isTrue();
        assertThat(answer.text()).contains("385.3 million");
    }
}
