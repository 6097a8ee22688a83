package dev.storybot.answering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.core.Answer;
import dev.storybot.core.Language;
import dev.storybot.knowledge.KnowledgeBase;
import dev.storybot.retrieval.EntityMatcher;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The list stage as tables: question → kind and country, and request → a complete, cited list, in three languages. */
class ListQuestionsTest {

    private static KnowledgeBase knowledge;
    private static EntityMatcher matcher;
    private static final ListQuestions QUESTIONS = new ListQuestions();
    private static ListAnswers answers;

    @BeforeAll
    static void build() {
        knowledge = TestBots.knowledge();
        matcher = new EntityMatcher(knowledge.entities());
        answers = new ListAnswers(knowledge);
    }

    static Stream<Arguments> classified() {
        return Stream.of(
                Arguments.of("list every company in the article", "company", null),
                Arguments.of("who are all the people named in this", "person", null),
                Arguments.of("media outlets mentioned?", "publication", null),
                Arguments.of("give me every number in the article", "figure", null),
                Arguments.of("list all the chinese models", "model", "china"),
                Arguments.of("文章里提到了哪些中国公司？", "company", "china"),
                Arguments.of("列出所有的人物", "person", null),
                Arguments.of("기사에 나오는 중국 AI 모델 전부 알려줘", "model", "china"),
                Arguments.of("기사에 나오는 모든 숫자", "figure", null),
                Arguments.of("what numbers back that up", "figure", null),
                Arguments.of("有什么数据支持吗？哪些数字", "figure", null),
                Arguments.of("어떤 수치가 나와?", "figure", null),
                // a count of the items asked about is still about the items
                Arguments.of("how many chinese companies are mentioned?", "company", "china"),
                Arguments.of("how many different people are named in the story?", "person", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("classified")
    void should_recognise_requests_for_every_item_of_a_kind(String question, String kind, String country) {
        ListQuestions.Request request =
                QUESTIONS.classify(question, matcher.find(question)).orElseThrow();

        assertThat(request.kind()).isEqualTo(kind);
        assertThat(request.country() == null ? null : request.country().id()).isEqualTo(country);
    }

    static Stream<Arguments> notLists() {
        return Stream.of(
                Arguments.of("In what kind of startups is this trend common?"),
                Arguments.of("list the models Cursor uses"),
                Arguments.of("黄仁勋提到了哪些公司？"),
                Arguments.of("커서가 쓰는 모델 전부 알려줘"),
                Arguments.of("how much cheaper tho, any actual numbers"),
                Arguments.of("便宜多少？有没有具体的数字"),
                Arguments.of("얼마나 더 싸? 숫자 전부 알려줘"),
                // a count about each item is not a request for the items
                Arguments.of("how many times did each person go in the scanner"),
                Arguments.of("每个人扫描了几次？"),
                Arguments.of("각 사람은 몇 번 스캔했어?"),
                // one person's name, or the names a thing goes by, are not the people the story names
                Arguments.of("whats the name of the person running the program"),
                Arguments.of("list all the names this thing goes by"),
                Arguments.of("这个病还有哪些名字？"),
                Arguments.of("이 병은 어떤 이름으로도 불려?"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notLists")
    void should_leave_questions_about_one_subject_to_retrieval(String question) {
        assertThat(QUESTIONS.classify(question, matcher.find(question))).isEmpty();
    }

    static Stream<Arguments> listed() {
        return Stream.of(
                Arguments.of(Language.EN, "list every company", "Moonshot", "Cognition AI"),
                Arguments.of(Language.ZH, "列出所有公司", "英伟达", "Cursor"),
                Arguments.of(Language.KO, "모든 회사 알려줘", "엔비디아", "커서"),
                // the models of one country come with that country's companies, whose models go unnamed
                Arguments.of(Language.EN, "list all the chinese AI models", "DeepSeek", "Zhipu"),
                Arguments.of(Language.ZH, "文章里提到了哪些中国模型？", "深度求索", "智谱"),
                Arguments.of(Language.KO, "기사에 나오는 중국 AI 모델 전부 알려줘", "딥시크", "즈푸"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("listed")
    void should_list_every_item_with_a_citation_for_each(
            Language language, String question, String first, String second) {
        Answer answer = answers.answer(
                        QUESTIONS.classify(question, matcher.find(question)).orElseThrow(), language)
                .orElseThrow();

        assertThat(answer.text()).contains(first, second).hasSizeLessThanOrEqualTo(Answer.MAX_TEXT_CHARS);
        assertThat(answer.language()).isEqualTo(language);
        assertThat(answer.citations())
                .hasSizeGreaterThan(3)
                .allSatisfy(citation -> assertThat(knowledge
                                .paragraphs()
                                .get(citation.paragraph() - 1)
                                .text())
                        .contains(citation.quote()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void should_list_every_figure_with_the_start_of_its_label(Language language) {
        Answer answer = answers.answer(new ListQuestions.Request(ListQuestions.FIGURE, null), language)
                .orElseThrow();

        assertThat(answer.text()).hasSizeLessThanOrEqualTo(Answer.MAX_TEXT_CHARS);
        knowledge.facts().stream()
                .flatMap(f -> f.figures().stream())
                .forEach(figure -> assertThat(answer.text())
                        .contains(figure.label().split(" ")[0])
                        .contains(String.valueOf(figure.value()).replace(".0", "")));
    }

    static Stream<Arguments> languages() {
        return Stream.of(Arguments.of(Language.EN), Arguments.of(Language.ZH), Arguments.of(Language.KO));
    }

    static Stream<Arguments> noneOfTheKind() {
        return Stream.of(
                Arguments.of(Language.EN, "any korean AI companies in there? list em"),
                Arguments.of(Language.ZH, "列出所有韩国公司"),
                Arguments.of(Language.KO, "기사에 나오는 한국 기업 전부 알려줘"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("noneOfTheKind")
    void should_say_the_story_names_none_of_a_kind_from_a_country(Language language, String question) {
        Answer answer = answers.answer(
                        QUESTIONS.classify(question, matcher.find(question)).orElseThrow(), language)
                .orElseThrow();

        assertThat(answer.answered()).isFalse();
        assertThat(answer.citations()).isEmpty();
        assertThat(answer.language()).isEqualTo(language);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "EN | does the article cite any other news outlets besides the korean one? | Bloomberg | JoongAng",
                "ZH | 除了韩国媒体以外，文章还提到了哪些媒体？ | 彭博 | 中央日报",
                "KO | 한국 언론 말고 기사에 나오는 다른 언론은? | 블룸버그 | 중앙일보",
            })
    void should_leave_out_the_country_a_list_question_excludes(
            Language language, String question, String listed, String left) {
        ListQuestions.Request request =
                QUESTIONS.classify(question, matcher.find(question)).orElseThrow();
        Answer answer = answers.answer(request, language).orElseThrow();

        assertThat(request.excludingCountry()).isTrue();
        assertThat(answer.text()).contains(listed).doesNotContain(left);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "which us startups are said to be using chinese models? all of them pls | company | model | china",
                "match each startup to the chinese model it used, like startup -> model | company | model | china",
                "哪些美国初创公司用了中国模型？ | company | model | china",
                "어떤 스타트업이 어떤 중국 모델을 쓰는지 짝지어줘 | company | model | china",
                "which startup is linked to which model? startup -> model | company | model | ",
                "which ai coding startups supposedly use chinese models | company | model | china",
                "what companies are using chinese models?? | company | model | china",
                "哪些初创公司使用中国模型？ | company | model | china",
                "어떤 스타트업이 중국 모델을 써? | company | model | china",
            })
    void should_read_two_kinds_said_to_go_together_as_a_request_for_pairs(
            String question, String first, String second, String secondCountry) {
        ListQuestions.Pairs pairs =
                QUESTIONS.pairs(question, matcher.find(question)).orElseThrow();

        assertThat(pairs.first()).isEqualTo(first);
        assertThat(pairs.second()).isEqualTo(second);
        assertThat(pairs.secondCountry() == null ? null : pairs.secondCountry().id())
                .isEqualTo(secondCountry);
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(
            strings = {
                "list all the chinese models",
                "what model does cursor use",
                "which model does cursor use these days",
                "what does the story say about chinese models",
                "Cursor用了哪个模型？",
                "커서는 어떤 모델을 써?",
                "Are more companies talking openly about the Chinese models they use?",
                "how many startups use chinese models?",
                "why do startups use chinese models?",
                "为什么初创公司使用中国模型？",
                "有多少家初创公司用了中国模型？",
                "중국 모델을 쓰는 스타트업은 몇 개야?",
                "모델 사용자가 가장 많은 회사는?",
                "哪家公司的模型使用量最大？"
            })
    void should_not_read_one_kind_or_a_named_subject_as_a_request_for_pairs(String question) {
        assertThat(QUESTIONS.pairs(question, matcher.find(question))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "EN | Thinking Machines Lab → Qwen | Cursor → DeepSeek (suspected) | Cognition AI → Zhipu (reported)",
                "ZH | 思维机器实验室 → 通义千问 | Cursor → 深度求索（涉嫌） | Cognition AI → 智谱（据报道）",
                "KO | 싱킹 머신즈 랩 → 큐웬 | 커서 → 딥시크 (의혹) | 코그니션 → 즈푸 (보도)",
            })
    void should_pair_each_startup_with_the_chinese_model_the_story_links_it_to_with_its_hedge(
            Language language, String first, String second, String third) {
        dev.storybot.knowledge.Entity china = knowledge.entitiesById().get("china");

        Answer answer = answers.pairs(new ListQuestions.Pairs("company", null, "model", china), language)
                .orElseThrow();

        assertThat(answer.text()).contains(first, second, third).doesNotContain("Meta", "OpenAI");
        assertThat(answer.citations()).hasSize(3);
        assertThat(answer.text()).hasSizeLessThanOrEqualTo(Answer.MAX_TEXT_CHARS);
    }

    private static final KnowledgeBase FERRIES = FerryStory.KNOWLEDGE;

    static Stream<Arguments> described() {
        return Stream.of(
                // language | the question up to the kind's noun | listed | left out
                Arguments.of(Language.EN, "list the ferry ", List.of("Harbor Lines", "Coastline"), "Bay Yards"),
                Arguments.of(Language.EN, "list every ", List.of("Harbor Lines", "Coastline", "Bay Yards"), ""),
                // words the story describes none with narrow nothing, in any language
                Arguments.of(Language.EN, "list the nuclear ", List.of("Harbor Lines", "Coastline", "Bay Yards"), ""),
                Arguments.of(Language.ZH, "列出所有渡轮", List.of("Harbor Lines", "Coastline", "Bay Yards"), ""),
                Arguments.of(Language.KO, "모든 페리 ", List.of("Harbor Lines", "Coastline", "Bay Yards"), ""));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("described")
    void should_list_only_those_the_story_describes_as_the_question_does(
            Language language, String before, List<String> listed, String leftOut) {
        ListAnswers narrowing = new ListAnswers(FERRIES, java.util.Optional.of(new DescribedKinds(FERRIES)));

        Answer answer = narrowing
                .answer(new ListQuestions.Request("organization", null, false, before), language)
                .orElseThrow();

        assertThat(answer.text()).contains(listed);
        if (!leftOut.isEmpty()) {
            assertThat(answer.text()).doesNotContain(leftOut);
        }
    }
}
