package dev.storybot.answering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.core.Answer;
import dev.storybot.knowledge.KnowledgeLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "And the other one?" asks the earlier question of another subject; when the story does not answer that of it, the
 * answer is what the story says the other subject is and did, not a refusal.
 */
class OtherSubjectTest {

    private static RetrievalAnswerer bot;

    @BeforeAll
    static void build() {
        bot = RetrievalAnswerer.create(KnowledgeLoader.derive("article.txt", """
                        # Startups lean on outside models

                        [1] Orbix, a coding startup, is suspected of using the model Lumo, because its assistant \
                        suddenly began answering in Portuguese.

                        [2] Another coding startup, Tidalis, was reported to have used a model from the company Zenta.
                        """), TestBots.embeddings());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "why do ppl think orbix used lumo? >> ok and tidalis? | Zenta",
                "为什么大家觉得Orbix用了Lumo？ >> 那Tidalis呢？ | Zenta",
                "왜 Orbix가 Lumo를 썼다고 생각해? >> 그럼 Tidalis은? | Zenta"
            })
    void should_say_what_the_story_says_of_the_other_subject(String turns, String expected) {
        Answer answer = TestBots.lastAnswer(bot, turns);

        assertThat(answer.answered()).as(answer.text()).isTrue();
        assertThat(answer.text()).contains(expected);
    }
}
