package dev.storybot.answering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The glossary stage as a table: a question in another language → the English words retrieval reads it by. */
class EnglishGlossTest {

    private static final EnglishGloss GLOSS = new EnglishGloss();
    private static final OtherLanguages LANGUAGES = new OtherLanguages();

    static Stream<Arguments> glossed() {
        return Stream.of(
                Arguments.of("zh", "苹果这季度总营收多少？", List.of("revenue", "quarter", "how")),
                Arguments.of("zh", "这个研究是哪个大学的人做的？", List.of("study", "university")),
                Arguments.of("ko", "이 연구에 몇 명이 참여했어?", List.of("study", "how many")),
                Arguments.of("ko", "Emirates 주문한 비행기 몇 대야?", List.of("Emirates", "how many")),
                Arguments.of("ja", "この記事の作者は誰？", List.of("author", "who")),
                Arguments.of(
                        "es", "¿cuántas personas participaron en el estudio?", List.of("how many", "people", "study")),
                Arguments.of("fr", "combien d'avions Emirates a commandé ?", List.of("how many", "Emirates")),
                Arguments.of(
                        "de", "wann ist der Artikel erschienen und wer hat ihn geschrieben?", List.of("when", "who")),
                // a hyphenated compound the glossary knows only in parts
                Arguments.of("de", "wer hat gesagt, dass China das KI-Rennen gewinnt?", List.of("ai", "race", "China")),
                Arguments.of("de", "wie viele Chip-Exporte gab es?", List.of("chip", "exports")),
                Arguments.of("fr", "qui gagne la course-IA ?", List.of("race", "ai")),
                Arguments.of("es", "¿qué modelos-IA usan?", List.of("models", "ai")),
                // taking part is being involved, the word a story uses for it ("was not involved in the study")
                Arguments.of("zh", "他参与这个研究了吗", List.of("involved", "study")),
                Arguments.of("ja", "彼はこの研究に参加した？", List.of("involved", "study")),
                Arguments.of("ko", "그는 이 연구에 참여했어?", List.of("involved", "study")),
                // money in cents, and countries by their names
                Arguments.of("zh", "日本为什么把票价提高到90美分？", List.of("japan", "cents")),
                Arguments.of("ko", "일본은 왜 요금을 90센트로 올렸어?", List.of("japan", "cents")),
                Arguments.of("es", "¿por qué Japón subió la tarifa a 90 centavos?", List.of("japan", "cents")),
                // a goalkeeper is the goalie a hockey story names
                Arguments.of("de", "wer stand bei den Wild im Tor?", List.of("goalie")),
                Arguments.of("ja", "ゴールキーパーは誰だった？", List.of("goalie")),
                Arguments.of("fr", "qui était le gardien ?", List.of("goalie")),
                // an advantage, however it is called
                Arguments.of("fr", "quels sont les atouts de la ville ?", List.of("advantages")),
                Arguments.of("de", "welche Vorteile hat die Stadt?", List.of("advantages")),
                Arguments.of("ja", "この町の強みは何？", List.of("advantage")),
                Arguments.of("zh", "这个城市有什么优势？", List.of("advantage")),
                Arguments.of("ko", "이 도시의 장점은 뭐야?", List.of("advantage")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("glossed")
    void should_restate_a_question_in_english_words_keeping_names(String code, String question, List<String> words) {
        String english =
                GLOSS.toEnglish(question, code, LANGUAGES.functionWords(code)).orElseThrow();

        assertThat(english).contains(words);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("glossed")
    void should_drop_the_function_words_of_spaced_languages(String code, String question, List<String> words) {
        String english =
                GLOSS.toEnglish(question, code, LANGUAGES.functionWords(code)).orElseThrow();

        assertThat(Arrays.asList(english.split(" "))).doesNotContain("el", "der", "ist", "und");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("glossed")
    void should_not_gloss_a_language_without_a_glossary(String code, String question, List<String> words) {
        assertThat(GLOSS.toEnglish(question, "pt", LANGUAGES.functionWords("pt")))
                .isEmpty();
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}: {1}")
    @org.junit.jupiter.params.provider.CsvSource(
            delimiter = '|',
            value = {"zh | 这篇文章里谁是作者？", "ko | 기사에서 토마스는 누구야?", "ja | 記事によると誰が言ったの？", "de | wer wird im Artikel zitiert?"
            })
    void should_leave_out_words_that_only_point_at_the_story_itself(String code, String question) {
        String english =
                GLOSS.toEnglish(question, code, LANGUAGES.functionWords(code)).orElseThrow();

        assertThat(english).doesNotContain("article", "story").contains("who");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(
            delimiter = '|',
            value = {
                "새로 선정된 회사는 어디야? | bird",
                "배터리는 누가 만들어? | times",
                "달러로 얼마야? | moon",
            })
    void should_not_read_a_korean_syllable_inside_a_longer_word(String question, String wrong) {
        String english =
                GLOSS.toEnglish(question, "ko", LANGUAGES.functionWords("ko")).orElseThrow();

        assertThat(english).doesNotContain(wrong);
    }
}
