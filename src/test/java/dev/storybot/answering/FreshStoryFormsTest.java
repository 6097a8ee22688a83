package dev.storybot.answering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.core.Answer;
import dev.storybot.core.ChatRequest;
import dev.storybot.knowledge.KnowledgeLoader;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Forms of question a story with no curated facts must still answer: who wrote it (cited where the article names the
 * reporter), its headline and link together, every scientist quoted (a dateline's first word is no name), what a
 * speaker said about a topic their quote does not name, what an untyped name is, a span of years, and who said what
 * the last answer gave.
 */
class FreshStoryFormsTest {

    private static RetrievalAnswerer bot;

    @BeforeAll
    static void build() {
        bot = RetrievalAnswerer.create(KnowledgeLoader.derive("article.txt", """
                        # A first map of the frozen moon Keld

                        # Source: Sky Weekly (https://example.org/keld-map)
                        # Author: Ada Brook (Wire)

                        [1] GENEVA (Wire) - Scientists on Monday unveiled the first map of Keld, a frozen moon of Varo.

                        [2] The map used data from the Orbis probe, which studied Varo and its moons from 2006 to \
                        2019.

                        [3] "Ethane lakes could hold simple chemistry," said planetary geologist Mara Quell of the \
                        Orion Research Institute.

                        [4] The agency plans to launch its Kestrel mission, a drone, to Keld in 2030.

                        [5] "It will be really exciting," Quell said.

                        [6] "We were surprised by the ice," said study co-author Tomas Vell.

                        [7] (Reporting by Ada Brook; Editing by Sam Lund)

                        [8] The team charted every ethane lake on the moon. "It took us six years," said Ivo Marsh, \
                        who led the mapping.
                        """), TestBots.embeddings());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"who wrote this one?", "这篇是谁写的？", "이 기사 누가 썼어?"})
    void should_cite_where_the_article_names_its_reporter(String question) {
        Answer answer = ask(question);

        assertThat(answer.text()).contains("Ada Brook");
        assertThat(answer.citations()).extracting(c -> c.paragraph()).containsExactly(7);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"whats the exact headline + link for this", "标题和链接是什么", "제목이랑 링크 알려줘"})
    void should_give_the_headline_and_the_link_together(String question) {
        Answer answer = ask(question);

        assertThat(answer.text()).contains("https://example.org/keld-map", "A first map of the frozen moon Keld");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"list every scientist quoted in this", "列出文章里的所有科学家", "기사에 나오는 과학자 전부 알려줘"})
    void should_list_the_scientists_quoted(String question) {
        Answer answer = ask(question);

        assertThat(answer.text()).contains("Mara Quell", "Tomas Vell").doesNotContain("Scientists,");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"what did quell say about kestrel", "Quell对Kestrel说了什么？", "Quell은 Kestrel에 대해 뭐라고 했어?"})
    void should_give_the_statement_next_to_the_topic_first(String question) {
        Answer answer = ask(question);

        assertThat(answer.citations().get(0).paragraph()).isEqualTo(5);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"what even is kestrel", "Kestrel是什么？", "Kestrel이 뭐야?"})
    void should_describe_an_untyped_name_without_a_kind(String question) {
        Answer answer = ask(question);

        assertThat(answer.text()).startsWith("Kestrel").contains("drone").doesNotContain("(name)", "（name）");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"how many years did orbis spend studying varo", "Orbis研究了Varo多少年？", "Orbis는 몇 년 동안 연구했어?"})
    void should_compute_a_span_of_years_a_fact_gives(String question) {
        Answer answer = ask(question);

        assertThat(answer.text()).contains("13");
        assertThat(answer.citations()).extracting(c -> c.paragraph()).containsExactly(2);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"who's saying that", "谁说的？", "누가 그랬어?"})
    void should_name_who_said_what_the_last_answer_gave(String question) {
        String conversation = UUID.randomUUID().toString();
        bot.answer(new ChatRequest("test", conversation, "user", "did they chart every ethane lake on the moon?"));

        Answer answer = bot.answer(new ChatRequest("test", conversation, "user", question));

        assertThat(answer.text()).contains("Ivo Marsh");
        assertThat(answer.citations()).extracting(c -> c.paragraph()).containsExactly(8);
    }

    private static Answer ask(String question) {
        return bot.answer(new ChatRequest("test", UUID.randomUUID().toString(), "user", question));
    }
}
