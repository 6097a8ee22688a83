package dev.storybot.answering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.knowledge.KnowledgeLoader;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UnknownNamesTest {

    private static final String ARTICLE = """
            # A harbour library
            [1] Mayor Ana Ruiz opened a floating library in Portvale on Tuesday with 4,000 books.
            """;

    private final UnknownNames names = new UnknownNames(KnowledgeLoader.derive("article.txt", ARTICLE));

    static Stream<Arguments> questions() {
        return Stream.of(
                Arguments.of("what did Ana Ruiz say", List.of()),
                Arguments.of("what did Sam Altman say about Portvale", List.of("Sam", "Altman")),
                Arguments.of("what did dr. lena vasquez say about the library", List.of("lena", "vasquez")),
                Arguments.of("what did mayor ruiz say", List.of()),
                // a name typed in lower case after a title: two words the story never uses, the last no everyday word
                Arguments.of("what did analyst tomas verhoeven say about the library", List.of("tomas verhoeven")),
                Arguments.of("what did the library analyst say about the books", List.of()),
                Arguments.of("what did the analyst think happened to the books", List.of()),
                Arguments.of("is the president of Portvale in the story", List.of()),
                Arguments.of("toutiao.com/article/1850633238073351/ tl;dr pls", List.of()),
                Arguments.of("Mayor 说了什么", List.of()),
                Arguments.of("시장 ruiz는 뭐라고 했어", List.of()),
                Arguments.of("so the LIBRARY is FLOATING??", List.of()),
                Arguments.of("wait so there is more than one BOOK??", List.of()),
                // a word shouted for emphasis is no name
                Arguments.of("give me EVERYTHING Ana Ruiz said, ALL of it", List.of()),
                Arguments.of("¿qué dijo Ana Ruiz? TODAS las frases", List.of()),
                Arguments.of("was hat Ana Ruiz WIRKLICH gesagt", List.of()),
                Arguments.of("how many new LLMs and GPUs did Portvale buy", List.of()),
                Arguments.of("¿la LIBRARY abrió el martes? y los LIBROS?", List.of("LIBROS")),
                Arguments.of("wie viele APIs hat die Bibliothek", List.of("Bibliothek")),
                // a country the story never names, typed in lower case or starting the sentence; not a language
                Arguments.of("why did japan buy the library", List.of("japan")),
                Arguments.of("Japan bought it?", List.of("Japan")),
                Arguments.of("answer in japanese please, who opened it", List.of()),
                // a place's name that is an ordinary word too counts only capitalised
                Arguments.of("were the books from a turkey farm or a goose farm?", List.of()),
                Arguments.of("did Turkey pay for the library?", List.of("Turkey")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("questions")
    void should_spot_names_the_story_never_uses_even_in_lower_case_after_an_honorific(
            String question, List<String> unknown) {
        assertThat(names.find(question)).containsExactlyElementsOf(unknown);
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(
            strings = {"why did japan pay for the library?", "日本为什么资助了这个图书馆？", "일본은 왜 도서관에 돈을 냈어?"})
    void should_refuse_a_question_about_a_country_the_story_never_names(String question) {
        RetrievalAnswerer bot =
                RetrievalAnswerer.create(KnowledgeLoader.derive("article.txt", ARTICLE), TestBots.embeddings());

        assertThat(bot.answer(dev.storybot.core.ChatRequest.of("test", question))
                        .answered())
                .isFalse();
    }
}
