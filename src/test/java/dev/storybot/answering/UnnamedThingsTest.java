package dev.storybot.answering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.core.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A question asking which one of something a fact mentions without naming it, in three languages. */
class UnnamedThingsTest {

    private static final UnnamedThings UNNAMED = new UnnamedThings();

    @ParameterizedTest(name = "{1}")
    @CsvSource(
            delimiter = '|',
            value = {
                // language | question | fact | the fact only mentions, without naming, what is asked
                "EN | what podcast was she on | Ana Ruiz said on a podcast that the library will close. | true",
                "EN | which of her companies was it | One of her companies already uses the tool. | true",
                "EN | what opinion piece did the paper run | The paper ran an opinion piece titled \"Closing time\". | false",
                "EN | which podcast was she on | Ana Ruiz told the podcast Morning Talk that it will close. | false",
                "EN | what advantage does the city have | The city has an advantage in cheap land. | false",
                "EN | which startup did she found | Lab X is a startup founded by Ana Ruiz. | false",
                "EN | which startup did she found | Ana Ruiz said a startup she founded will grow. | true",
                "ZH | 她是在哪个播客上说的？ | 安娜在一档播客节目中说图书馆将关闭。 | true",
                "ZH | 她上的是哪个播客？ | 《早间谈话》是一档播客，安娜上过。 | false",
                "ZH | 她是在哪个播客上说的？ | 安娜在《早间谈话》播客中说图书馆将关闭。 | false",
                "KO | 그녀는 어느 팟캐스트에서 말했어? | 안나는 한 팟캐스트에서 도서관이 문을 닫는다고 말했다. | true",
                "KO | 그녀는 어느 팟캐스트에서 말했어? | 안나는 모닝 토크 팟캐스트에서 도서관이 문을 닫는다고 말했다. | false",
                "KO | 그녀는 어느 팟캐스트에 나왔어? | 안나는 한 팟캐스트에 나왔다. | true",
                // a capital on the noun after "a" makes it part of a name ("a European Space Agency fellow")
                "EN | which agency does she work for | said Ana Ruiz, a European Space Agency research fellow. | false",
                "EN | which agency does she work for | Ana Ruiz, a fellow at a space agency, said it. | true",
                "ZH | 她在哪家机构工作？ | 安娜是欧洲航天局的一名研究员。 | false",
                "ZH | 她在哪家机构工作？ | 安娜在一家机构工作。 | true",
                "KO | 그녀는 어느 기관에서 일해? | 안나는 유럽우주기구 연구원이다. | false",
                "KO | 그녀는 어느 기관에서 일해? | 안나는 한 기관의 연구원이다. | true",
            })
    void should_tell_when_a_fact_mentions_what_is_asked_without_naming_it(
            Language language, String question, String fact, boolean unnamed) {
        String noun = UNNAMED.askedNoun(question, language).orElseThrow();

        assertThat(UNNAMED.onlyUnnamed(fact, noun, language)).isEqualTo(unnamed);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "EN | who said that",
                // a question read word by word through a glossary ("cuál ... que vale": "which is ... what that is
                // worth") asks for no noun
                "EN | what is which is the startup what that is worth",
                "ZH | 她说了什么？",
                "KO | 그녀는 뭐라고 했어?"
            })
    void should_find_no_which_one_question_in_other_questions(Language language, String question) {
        assertThat(UNNAMED.askedNoun(question, language)).isEmpty();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(
            delimiter = '|',
            value = {
                // language | question | fact | the question asks which one, and the fact says only "one of"
                "EN | which of his companies is it | One of his investments already uses the tool. | true",
                "EN | which of his companies is it | His firm Harbour Labs already uses the tool. | false",
                "EN | which of his companies is it | One of his investments, Harbour Labs, uses the tool. | false",
                "ZH | 是他的哪家公司？ | 他的一个观点是这个工具很便宜。 | false",
                "KO | 그의 투자처 중 어느 곳이야? | 그가 집중한 기업은 하버 랩스다. | false",
                "EN | which of Ana Ruiz's companies uses it | Ana Ruiz said one of her investments uses the tool. | true",
                "ZH | 是他的哪家公司？ | 他说他的一家被投公司已经在用这个工具。 | true",
                "ZH | 是他的哪家公司？ | 他的公司港湾实验室已经在用这个工具。 | false",
                "KO | 그의 투자처 중 어느 곳이야? | 그는 투자처 중 한 곳이 이미 그 도구를 쓴다고 말했다. | true",
                "KO | 그의 투자처 중 어느 곳이야? | 그의 회사 하버 랩스가 이미 그 도구를 쓴다. | false",
            })
    void should_tell_when_a_fact_names_only_one_of_several_things(
            Language language, String question, String fact, boolean unnamed) {
        assertThat(UNNAMED.asksOneOfSeveral(question, language)).isTrue();
        assertThat(UNNAMED.mentionsOneOfSeveral(fact, language)).isEqualTo(unnamed);
    }
}
