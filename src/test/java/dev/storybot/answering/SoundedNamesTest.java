package dev.storybot.answering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.core.Answer;
import dev.storybot.core.ChatRequest;
import dev.storybot.knowledge.Entity;
import dev.storybot.knowledge.KnowledgeBase;
import dev.storybot.knowledge.KnowledgeLoader;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Names written by their sound in Korean or Japanese script, as a table: word → the story's name, or none. */
class SoundedNamesTest {

    private static final KnowledgeBase KNOWLEDGE = KnowledgeLoader.derive("article.txt", """
            # Moon program grows

            [1] NASA associate administrator Thomas Zurbuchen said the program would grow.

            [2] Venture capitalist Chamath Palihapitiya said his startup used a cheaper model.

            [3] Goalie Devan Dubnyk stopped 30 shots on Tuesday.
            """);

    private final SoundedNames names = new SoundedNames(KNOWLEDGE.entities());

    static Stream<Arguments> words() {
        return Stream.of(
                Arguments.of("주르부헨", "Zurbuchen"),
                Arguments.of("토마스", "Zurbuchen"),
                Arguments.of("더브닉이", "Dubnyk"),
                Arguments.of("パリハピティヤ", "Palihapitiya"),
                Arguments.of("チャマス", "Palihapitiya"),
                Arguments.of("ズルブッヘン", "Zurbuchen"),
                // common words, and a name in Chinese characters, which say nothing of their sound
                Arguments.of("기사", ""),
                Arguments.of("다운로드", ""),
                Arguments.of("ニュース", ""),
                Arguments.of("查马斯", ""));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("words")
    void should_read_a_name_written_by_its_sound(String word, String name) {
        assertThat(names.find(word).map(Entity::name).orElse("")).contains(name);
        if (name.isEmpty()) {
            assertThat(names.find(word)).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(
            strings = {"토마스 주르부헨은 뭐라고 했어?", "ズルブッヘンは何と言った？", "what did zurbuchen say"})
    void should_answer_about_a_name_written_in_korean_or_japanese(String question) {
        RetrievalAnswerer bot = RetrievalAnswerer.create(KNOWLEDGE, TestBots.embeddings());

        Answer answer = bot.answer(new ChatRequest("test", UUID.randomUUID().toString(), "user", question));

        assertThat(answer.answered()).as(answer.text()).isTrue();
        assertThat(answer.citations()).extracting(c -> c.paragraph()).isEqualTo(List.of(1));
    }
}
