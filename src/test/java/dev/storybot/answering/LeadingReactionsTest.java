package dev.storybot.answering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.knowledge.KnowledgeBase;
import dev.storybot.knowledge.KnowledgeLoader;
import dev.storybot.retrieval.EntityMatcher;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A short reaction typed before the question ("lol classic. and the roadmap?") is dropped; anything else stays. */
class LeadingReactionsTest {

    private static final KnowledgeBase STORY = KnowledgeLoader.derive("article.txt", """
            # City picks a ferry operator

            [1] Harbor Ferries Corp. won the city contract on Monday with a roadmap of 16 priorities, officials said.

            [2] The roadmap was classic city planning, said council leader Ann Lee.
            """);
    private static final LeadingReactions STAGE = new LeadingReactions(STORY, new EntityMatcher(STORY.entities()));

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // message | what is read
                "lol wow. and the roadmap, how many priorities are in it? | and the roadmap, how many priorities are in it?",
                "ok cool! who won? | who won?",
                "哈哈哈。那路线图里有几个重点？ | 那路线图里有几个重点？",
                "ㅋㅋ 대박. 그럼 로드맵에는 우선순위가 몇 개야? | 그럼 로드맵에는 우선순위가 몇 개야?",
                // a word or a name of the story, a number, a longer sentence or no question after it: kept
                "lol classic. and the roadmap? | lol classic. and the roadmap?",
                "Ann Lee. what did she say? | Ann Lee. what did she say?",
                "16 wow. what are they? | 16 wow. what are they?",
                "i just read this today. who won? | i just read this today. who won?",
                "lol wow. thanks | lol wow. thanks",
                "我说的是去年。下载量是多少？ | 我说的是去年。下载量是多少？",
                "그게 아니라 작년. 다운로드는? | 그게 아니라 작년. 다운로드는?",
                "不对，是日本公司。为什么？ | 不对，是日本公司。为什么？",
                "who won? | who won?",
                // fillers with no stop after them: dropped when a question follows; follow-up words stay
                "ngl who is ann lee | who is ann lee",
                "not gonna lie who is ann lee | who is ann lee",
                "lol ok wait, what is the roadmap?? | what is the roadmap??",
                "说真的 这个路线图是什么？ | 这个路线图是什么？",
                "솔직히 로드맵이 뭐야? | 로드맵이 뭐야?",
                "so what is the roadmap | so what is the roadmap",
                "and the roadmap? | and the roadmap?",
                "lol | lol",
                "ok thanks! | ok thanks!",
                "hey there 👋 | hey there 👋"
            })
    void should_drop_a_short_reaction_before_the_question(String message, String read) {
        assertThat(STAGE.drop(message)).isEqualTo(read);
    }
}
