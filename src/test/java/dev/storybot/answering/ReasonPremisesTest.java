package dev.storybot.answering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.core.Answer;
import dev.storybot.core.ChatRequest;
import dev.storybot.core.Language;
import dev.storybot.knowledge.KnowledgeBase;
import dev.storybot.knowledge.KnowledgeLoader;
import dev.storybot.retrieval.EntityMatcher;
import dev.storybot.retrieval.LexicalRanker;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A "why" question whose premise is in words the story never uses ("why did the farmer sue the shop" when nobody
 * sued) asks about something the story does not say happened: no reason in the story answers it.
 */
class ReasonPremisesTest {

    private static final String ARTICLE = """
            # A new duvet made a farmer ill

            [1] Tom Arden, a 50-year-old farmer from Kent, fell ill in March after he bought a new feather duvet.

            [2] His doctor said the illness was caused by an allergy to the feathers in the bedding.

            [3] He recovered within weeks because he removed the bedding from his home.
            """;

    private static ReasonPremises premises;
    private static RetrievalAnswerer bot;

    @BeforeAll
    static void build() {
        KnowledgeBase story = KnowledgeLoader.derive("article.txt", ARTICLE);
        premises = new ReasonPremises(new LexicalRanker(story), new EntityMatcher(story.entities()));
        bot = RetrievalAnswerer.create(story, TestBots.embeddings());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // question | language | premise in words the story never uses
                "why did the farmer sue the shop? | EN | true",
                "why did the bedding catch fire? | EN | true",
                "why did his wife and kids get sick too? | EN | true",
                "why did Tom Arden fall ill | EN | false",
                "why did he recover so quickly lol | EN | false",
                "why'd he remove the bedding | EN | false",
                "why'd they throw it out | EN | false",
                "why did the illness even happen fr | EN | false",
                "my aunt sued a shop once. but why did the feathers make him ill? | EN | false",
                "为什么那个农民起诉了商店？ | ZH | false",
                "그 농부는 왜 가게를 고소했어? | KO | false",
            })
    void should_tell_a_premise_the_story_never_states(String question, Language language, boolean unsupported) {
        assertThat(premises.unsupported(question, language)).isEqualTo(unsupported);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "why did the farmer sue the doctor over the feathers?",
                "why did his wife and kids get an allergy to the feathers too?",
                "why did the doctor refuse to treat the allergy?",
                "why did the bedding catch fire in his home?",
            })
    void should_refuse_a_reason_for_what_the_story_never_says_happened(String question) {
        // (each of these is answered with a sentence giving a reason, about the feathers or the bedding, without the
        // check)
        Answer answer = ask(question);

        assertThat(answer.answered()).as(answer.text()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "why did he recover? | 3",
                "why did he recover so quickly, was it the doctor? | 3",
            })
    void should_still_answer_a_reason_the_story_gives(String question, int paragraph) {
        Answer answer = ask(question);

        assertThat(answer.answered()).as(answer.text()).isTrue();
        assertThat(answer.citations()).anySatisfy(c -> assertThat(c.paragraph()).isEqualTo(paragraph));
    }

    private static Answer ask(String question) {
        return bot.answer(new ChatRequest("test", UUID.randomUUID().toString(), "user", question));
    }
}
