package dev.storybot.answering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.answering.EntityQuestions.Kind;
import dev.storybot.core.Answer;
import dev.storybot.core.Language;
import dev.storybot.knowledge.KnowledgeBase;
import dev.storybot.retrieval.EntityMatcher;
import dev.storybot.retrieval.LexicalRanker;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The one-entity stage as tables: question → kind and subject, and request → every fact it needs, in three languages. */
class EntityQuestionsTest {

    private static KnowledgeBase knowledge;
    private static EntityMatcher matcher;
    private static EntityQuestions questions;
    private static EntityAnswers answers;

    @BeforeAll
    static void build() {
        knowledge = TestBots.knowledge();
        matcher = new EntityMatcher(knowledge.entities());
        questions = new EntityQuestions(matcher, List.of("country", "place"));
        answers = new EntityAnswers(knowledge, new LexicalRanker(knowledge), matcher);
    }

    static Stream<Arguments> classified() {
        return Stream.of(
                Arguments.of("what did jensen huang say", Kind.SAID, "huang"),
                Arguments.of("how does bloomberg wrap up its argument at the end", Kind.LAST_SAID, "bloomberg"),
                // a speaker and a topic: the one named before "about" speaks
                Arguments.of("what did huang say about cursor", Kind.SAID, "huang"),
                Arguments.of("黄仁勋关于Cursor说了什么？", Kind.SAID, "huang"),
                Arguments.of("젠슨 황은 커서에 대해 뭐라고 했어?", Kind.SAID, "huang"),
                Arguments.of("彭博社最后说了什么？", Kind.LAST_SAID, "bloomberg"),
                Arguments.of("블룸버그가 마지막으로 한 말은 뭐야?", Kind.LAST_SAID, "bloomberg"),
                Arguments.of("what did huang say about china?", Kind.SAID, "huang"),
                Arguments.of("黄仁勋说了什么？", Kind.SAID, "huang"),
                // what someone thinks of a topic is what the story has them saying
                Arguments.of("这篇文章说黄仁勋对中国AI怎么看？", Kind.SAID, "huang"),
                Arguments.of("젠슨 황은 중국 AI를 어떻게 봐?", Kind.SAID, "huang"),
                Arguments.of("what does jensen huang think about chinese ai?", Kind.SAID, "huang"),
                Arguments.of("젠슨 황이 뭐라고 했어?", Kind.SAID, "huang"),
                Arguments.of("what exactly did jensen huang say about china? quotes pls", Kind.SAID, "huang"),
                Arguments.of("黄仁勋到底具体说了什么？", Kind.SAID, "huang"),
                Arguments.of("젠슨 황이 정확히 뭐라고 했어?", Kind.SAID, "huang"),
                // read through the glossary, a question keeps its own word order ("qué dijo X", "X 何て言った")
                Arguments.of("what said jensen huang?", Kind.SAID, "huang"),
                Arguments.of("what Jensen Huang said?", Kind.SAID, "huang"),
                Arguments.of("who is mirra murati", Kind.PROFILE, "murati"),
                Arguments.of("whats qwen anyway", Kind.PROFILE, "qwen"),
                Arguments.of("what's HF stand for", Kind.PROFILE, "hugging-face"),
                Arguments.of("TML是什么意思？", Kind.PROFILE, "thinking-machines-lab"),
                Arguments.of("TML가 무슨 뜻이야?", Kind.PROFILE, "thinking-machines-lab"),
                Arguments.of("Cursor是什么公司？", Kind.PROFILE, "cursor"),
                Arguments.of("커서는 어떤 회사야?", Kind.PROFILE, "cursor"),
                Arguments.of("explain like im 5 what this qwen thing even is", Kind.PROFILE, "qwen"),
                Arguments.of("eli5 moonshot", Kind.PROFILE, "moonshot"),
                Arguments.of("whats jensen huang's title", Kind.PROFILE, "huang"),
                Arguments.of("黄仁勋的职位是什么？", Kind.PROFILE, "huang"),
                Arguments.of("젠슨 황의 직책은 뭐야?", Kind.PROFILE, "huang"),
                // a place asked about on its own is the subject, not the scene
                Arguments.of("whats silicon valley", Kind.PROFILE, "silicon-valley"),
                Arguments.of("硅谷是什么？", Kind.PROFILE, "silicon-valley"),
                Arguments.of("실리콘밸리가 뭐야?", Kind.PROFILE, "silicon-valley"),
                // a follow-up's opening word does not make it another question
                Arguments.of("so what is silicon valley", Kind.PROFILE, "silicon-valley"),
                Arguments.of("那硅谷是什么？", Kind.PROFILE, "silicon-valley"),
                Arguments.of("그럼 실리콘밸리는 뭐야?", Kind.PROFILE, "silicon-valley"),
                // what is going on with it: what the story says it did
                Arguments.of("wait what was the deal with cursor", Kind.PROFILE, "cursor"),
                Arguments.of("whats going on with moonshot lol", Kind.PROFILE, "moonshot"),
                Arguments.of("Cursor怎么回事？", Kind.PROFILE, "cursor"),
                Arguments.of("커서는 무슨 일이야?", Kind.PROFILE, "cursor"),
                // who a person works for: the title the story gives them
                Arguments.of("where does jensen huang work", Kind.PROFILE, "huang"),
                Arguments.of("which company does huang work for", Kind.PROFILE, "huang"),
                Arguments.of("黄仁勋在哪里工作？", Kind.PROFILE, "huang"),
                Arguments.of("젠슨 황은 어디서 일해?", Kind.PROFILE, "huang"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("classified")
    void should_recognise_questions_about_one_entity_as_a_whole(String question, Kind kind, String subject) {
        EntityQuestions.Request request =
                questions.classify(question, matcher.find(question)).orElseThrow();

        assertThat(request.kind()).isEqualTo(kind);
        assertThat(request.subject().id()).isEqualTo(subject);
    }

    static Stream<Arguments> notWhole() {
        return Stream.of(
                Arguments.of("what is the valuation of cursor"),
                Arguments.of("who founded thinking machines lab?"),
                Arguments.of("what did huang and chamath say?"),
                Arguments.of("what did huang say he expects china to do"),
                Arguments.of("so what did jensen huang say they found"),
                Arguments.of("Cursor的估值是多少？"),
                Arguments.of("커서의 기업가치는 얼마야?"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notWhole")
    void should_leave_questions_about_one_attribute_or_several_entities_to_retrieval(String question) {
        assertThat(questions.classify(question, matcher.find(question))).isEmpty();
    }

    static Stream<Arguments> languages() {
        return Stream.of(Arguments.of(Language.EN), Arguments.of(Language.ZH), Arguments.of(Language.KO));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void should_end_with_the_last_thing_the_story_has_someone_saying(Language language) {
        Answer all = answers.answer(
                        new EntityQuestions.Request(
                                Kind.SAID, knowledge.entitiesById().get("huang"), "what"),
                        language)
                .orElseThrow();

        Answer last = answers.answer(
                        new EntityQuestions.Request(
                                Kind.LAST_SAID, knowledge.entitiesById().get("huang"), "end"),
                        language)
                .orElseThrow();

        int latest = all.citations().stream().mapToInt(c -> c.paragraph()).max().orElseThrow();
        assertThat(last.citations()).hasSize(1);
        assertThat(last.citations().get(0).paragraph()).isEqualTo(latest);
        assertThat(last.language()).isEqualTo(language);
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(
            strings = {
                "why did cursor end its partnership?",
                "what's the last thing cursor did?",
                "how did huang end the year?",
                "커서 사건의 결론은?",
                "Cursor事件的结论是什么？"
            })
    void should_not_read_an_ending_that_is_no_speaker_s_last_word_as_one(String question) {
        assertThat(questions.classify(question, matcher.find(question)).map(EntityQuestions.Request::kind))
                .isNotEqualTo(Optional.of(Kind.LAST_SAID));
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(
            delimiter = '|',
            value = {
                "what did huang say about being a few nanoseconds behind | nanoseconds",
                "黄仁勋关于落后几纳秒说了什么 | nanoseconds",
                "젠슨 황이 몇 나노초 뒤져 있다고 한 말은 | nanoseconds",
                "what did huang say | winner",
                "what exactly did huang say? | winner"
            })
    void should_put_first_the_statements_sharing_the_question_s_other_words(String question, String first) {
        Answer answer = answers.answer(
                        new EntityQuestions.Request(
                                Kind.SAID, knowledge.entitiesById().get("huang"), question),
                        Language.EN)
                .orElseThrow();

        assertThat(answer.citations().get(0).quote()).contains(first);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void should_give_everything_the_story_has_someone_saying(Language language) {
        Answer answer = answers.answer(
                        new EntityQuestions.Request(
                                Kind.SAID, knowledge.entitiesById().get("huang"), "what did huang say"),
                        language)
                .orElseThrow();

        assertThat(answer.citations()).hasSize(2);
        assertThat(answer.text()).hasSizeLessThanOrEqualTo(Answer.MAX_TEXT_CHARS);
        assertThat(answer.language()).isEqualTo(language);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void should_profile_an_entity_by_its_kind_country_and_facts(Language language) {
        Answer answer = answers.answer(
                        new EntityQuestions.Request(
                                Kind.PROFILE, knowledge.entitiesById().get("qwen"), "who is qwen"),
                        language)
                .orElseThrow();

        assertThat(answer.text()).contains("China").hasSizeLessThanOrEqualTo(Answer.MAX_TEXT_CHARS);
        assertThat(answer.citations())
                .isNotEmpty()
                .allSatisfy(citation -> assertThat(knowledge
                                .paragraphs()
                                .get(citation.paragraph() - 1)
                                .text())
                        .contains(citation.quote()));
    }

    static Stream<Arguments> spokenFor() {
        return Stream.of(
                Arguments.of("**nvidia ceo** said what about china??"),
                Arguments.of("英伟达CEO说了什么？"),
                Arguments.of("엔비디아 CEO가 뭐라고 했어?"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("spokenFor")
    void should_give_the_statements_of_the_person_a_role_ties_to_the_organisation_asked_about(String question) {
        EntityQuestions.Request request =
                questions.classify(question, matcher.find(question)).orElseThrow();

        Answer answer = answers.answer(request, Language.detect(question)).orElseThrow();

        assertThat(request.subject().id()).isEqualTo("nvidia");
        assertThat(answer.citations()).hasSize(2);
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(
            delimiter = '|',
            value = {
                "\"It works,\" NASA's Steve Clarke, deputy associate administrator for exploration, said. | Steve Clarke | Steve Clarke, deputy associate administrator for exploration.",
                "\"It works,\" NASA Administrator Jim Bridenstine said in a statement. | Jim Bridenstine | NASA Administrator Jim Bridenstine.",
                "The startup was founded by former OpenAI Chief Technology Officer Mira Murati. | Mira Murati | former OpenAI Chief Technology Officer Mira Murati.",
            })
    void should_take_the_title_a_text_gives_a_person(String text, String name, String titled) {
        dev.storybot.knowledge.Entity person =
                new dev.storybot.knowledge.Entity("p", name, "person", null, List.of(), List.of(), List.of());

        assertThat(EntityAnswers.titleOf(text, person)).contains(titled);
    }

    @org.junit.jupiter.api.Test
    void should_take_no_title_from_a_sentence_without_one() {
        dev.storybot.knowledge.Entity person =
                new dev.storybot.knowledge.Entity("p", "Ana Ruiz", "person", null, List.of(), List.of(), List.of());

        assertThat(EntityAnswers.titleOf("Ana Ruiz, who lives nearby, said the ferry was late.", person))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(
            strings = {"¿qué dijo Jensen Huang?", "was hat Jensen Huang gesagt?", "qu'a dit Jensen Huang ?"})
    void should_give_everything_someone_said_when_asked_in_a_language_read_through_the_glossary(String question) {
        Answer answer = TestBots.retrieval().answer(dev.storybot.core.ChatRequest.of("test", question));

        assertThat(answer.citations()).hasSize(2);
        assertThat(answer.text()).contains("winner").contains("nanoseconds");
    }
}
