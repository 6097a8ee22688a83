package dev.storybot.answering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.core.Answer;
import dev.storybot.core.ChatRequest;
import dev.storybot.knowledge.KnowledgeLoader;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** "Who did the study?" is answered by its authors, never by a researcher the story says was not involved. */
class StudyAuthorsTest {

    private static RetrievalAnswerer bot;

    @BeforeAll
    static void build() {
        bot = RetrievalAnswerer.create(KnowledgeLoader.derive("article.txt", """
                        # Sleepy fish dream in colour

                        [1] Zebrafish seem to dream, according to a new study.

                        [2] "The fish twitched in patterns we had only seen in mammals," said study co-author Ann Lee, \
                        a biologist at Northgate University.

                        [3] The findings could help scientists who are studying sleep disorders, Lee said.

                        [4] "This is a lovely result," said Bo Kim, a sleep researcher at Westfield College, who was \
                        not involved in the study.
                        """), TestBots.embeddings());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {"wait who actually did this study", "这个研究是谁做的？", "이 연구는 누가 했어?", "¿quién hizo este estudio?"})
    void should_answer_who_did_the_study_with_its_authors(String question) {
        Answer answer = bot.answer(new ChatRequest("test", UUID.randomUUID().toString(), "user", question));

        assertThat(answer.answered()).as(answer.text()).isTrue();
        assertThat(answer.text()).contains("Ann Lee").doesNotContain("Bo Kim");
        assertThat(answer.citations()).extracting(c -> c.paragraph()).containsExactly(2);
    }
}
