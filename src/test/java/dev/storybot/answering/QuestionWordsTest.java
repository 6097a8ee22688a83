package dev.storybot.answering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.retrieval.LexicalRanker;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which English questions ask about more than the names they mention (names already taken out, as the gate does). */
class QuestionWordsTest {

    private static QuestionWords words;

    @BeforeAll
    static void build() {
        words = new QuestionWords(new LexicalRanker(TestBots.knowledge()));
    }

    @ParameterizedTest(name = "\"{0}\" asks more: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "what gpus does  train on|true",
                "when was  released?|true",
                "did the us ban  ?|true",
                "why is  suspected of using  ?|true",
                "tell me about  |false",
                "what about  ?|false",
                "so what is  anyway lol|false",
                "what did  say?|false"
            })
    void should_tell_questions_about_something_from_questions_about_a_name(String question, boolean asksMore) {
        assertThat(words.asksMore(question)).isEqualTo(asksMore);
    }
}
