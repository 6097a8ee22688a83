package dev.storybot.answering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.core.ChatRequest;
import dev.storybot.core.Language;
import dev.storybot.knowledge.KnowledgeBase;
import dev.storybot.knowledge.KnowledgeLoader;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A question taking for granted something done to its subject that the story never names is a premise to refuse. */
class UnnamedEventsTest {

    private static final KnowledgeBase STORY = KnowledgeLoader.derive("article.txt", """
            # A harbour library

            [1] Mayor Ana Ruiz opened a floating library in Portvale on Tuesday with 4,000 donated books.

            [2] The library is suspected of breaking a mooring rule, and its valuation was put at $2 million.
            """);

    private final UnnamedEvents events = new UnnamedEvents(STORY, new dev.storybot.retrieval.LexicalRanker(STORY));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "why was the library fined? | fined",
                "was portvale's library quietly closed last week? | closed",
                "why was the library suspected? | -",
                "were the books donated? | -",
                "were the books donnated? | -",
                "the library is valued at how much? | -",
                "was the library mentioned on tv? | -",
                "who opened the library? | -",
            })
    void should_name_what_an_english_question_takes_for_granted_that_the_story_never_says(
            String question, String unnamed) {
        assertThat(events.find(question, Language.EN).orElse(null)).isEqualTo(unnamed);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"why was the library fined?", "为什么图书馆被罚款？", "도서관은 왜 처벌받았어?"})
    void should_refuse_a_question_on_an_event_the_story_never_names(String question) {
        RetrievalAnswerer bot = RetrievalAnswerer.create(STORY, TestBots.embeddings());

        assertThat(bot.answer(ChatRequest.of(UUID.randomUUID().toString(), question))
                        .answered())
                .isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"how many books were donated?", "the library is valued at how much?"})
    void should_answer_a_question_on_an_event_the_story_names(String question) {
        RetrievalAnswerer bot = RetrievalAnswerer.create(STORY, TestBots.embeddings());

        assertThat(bot.answer(ChatRequest.of(UUID.randomUUID().toString(), question))
                        .answered())
                .isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "what street was she snatched on? | EN | -",
                "她是在哪条街上被绑架的？ | ZH | -",
                "그 아이는 어느 거리에서 납치당했어? | KO | -",
                "why was the girl fined? | EN | fined",
            })
    void should_take_an_event_the_story_tells_in_other_words_as_named(
            String question, Language language, String unnamed) {
        KnowledgeBase story = KnowledgeLoader.derive("article.txt", """
                # A girl is found

                [1] A man grabbed the girl as she walked with her mother down Harbor Street on Saturday.
                """);
        UnnamedEvents told = new UnnamedEvents(story, new dev.storybot.retrieval.LexicalRanker(story));

        assertThat(told.find(question, language).orElse(null)).isEqualTo(unnamed);
    }
}
