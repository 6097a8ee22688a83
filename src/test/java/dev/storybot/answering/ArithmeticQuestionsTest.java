package dev.storybot.answering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.answering.ArithmeticQuestions.Operation;
import dev.storybot.core.Answer;
import dev.storybot.core.Language;
import dev.storybot.knowledge.KnowledgeBase;
import dev.storybot.retrieval.EntityMatcher;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The arithmetic stage as a table: question → operation and the computed number, in three languages. */
class ArithmeticQuestionsTest {

    private static EntityMatcher matcher;
    private static ArithmeticQuestions questions;
    private static final ArithmeticAnswers ANSWERS = new ArithmeticAnswers();

    @BeforeAll
    static void build() {
        KnowledgeBase knowledge = TestBots.knowledge();
        matcher = new EntityMatcher(knowledge.entities());
        questions = new ArithmeticQuestions(knowledge, List.of("country", "place"));
    }

    static Stream<Arguments> computed() {
        return Stream.of(
                Arguments.of("how many times more downloads does qwen have than llama?", Operation.RATIO, "1.11"),
                Arguments.of("Qwen的下载量是Llama的几倍？", Operation.RATIO, "1.11"),
                Arguments.of("큐웬 다운로드는 라마의 몇 배야?", Operation.RATIO, "1.11"),
                Arguments.of("qwen and llama downloads combined?", Operation.SUM, "731.5"),
                Arguments.of("are qwen's downloads more than double llama's?", Operation.RATIO, "1.11"),
                Arguments.of("Qwen的下载量是Llama的两倍吗？", Operation.RATIO, "1.11"),
                Arguments.of("큐웬 다운로드가 라마의 두 배야?", Operation.RATIO, "1.11"),
                Arguments.of("is qwen's slice of new uploads more than double meta's?", Operation.RATIO, "2.67"),
                Arguments.of("Qwen的占比是Meta的两倍多吗？", Operation.RATIO, "2.67"),
                Arguments.of("큐웬 비중이 메타의 두 배 넘어?", Operation.RATIO, "2.67"),
                Arguments.of("Qwen和Llama的下载量加起来是多少？", Operation.SUM, "731.5"),
                Arguments.of("큐웬과 라마 다운로드를 합치면?", Operation.SUM, "731.5"),
                Arguments.of("how many more downloads does qwen need to reach 400 million", Operation.REACH, "14.7"),
                Arguments.of("how far is qwen from 400M downloads", Operation.REACH, "14.7"),
                Arguments.of("Qwen离4亿下载量还差多少？", Operation.REACH, "14.7"),
                Arguments.of("큐웬은 4억 다운로드까지 얼마나 남았어?", Operation.REACH, "14.7"),
                Arguments.of("qwen downloads is how many times llama's? rough is fine", Operation.RATIO, "1.11"),
                Arguments.of("what percent of qwen's downloads is llama's?", Operation.SHARE, "89.9"),
                Arguments.of(
                        "as a % of qwen's number, how far behind is llama on downloads?", Operation.GAP_SHARE, "10.1"),
                Arguments.of("gap in percentage points between qwen's share and meta's share?", Operation.POINTS, "25"),
                // two shares of one whole leave the rest of it
                Arguments.of(
                        "add qwen's and meta's share of new models, whats left for everyone else",
                        Operation.REST,
                        "45%"),
                Arguments.of("qwen和meta的份额加起来，其余的占多少？", Operation.REST, "45%"),
                Arguments.of("qwen이랑 meta 비중 합치면 나머지는 몇 %야?", Operation.REST, "45%"),
                Arguments.of("add qwen's and llama's downloads", Operation.SUM, "731.5"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("computed")
    void should_compute_the_operation_asked_for(String question, Operation operation, String number) {
        ArithmeticQuestions.Request request =
                questions.classify(question, matcher.find(question)).orElseThrow();
        Language language = Language.detect(question);

        Answer answer = ANSWERS.answer(request, language).orElseThrow();

        assertThat(request.operation()).isEqualTo(operation);
        assertThat(answer.text()).contains(number).hasSizeLessThanOrEqualTo(Answer.MAX_TEXT_CHARS);
        assertThat(answer.citations()).isNotEmpty();
        assertThat(answer.language()).isEqualTo(language);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "How many times was DeepSeek downloaded on Hugging Face?",
                "how many downloads did qwen get",
                "DeepSeek的下载量是Llama的几倍？",
                "딥시크와 라마 다운로드를 합치면?",
                // a figure that changed, not one figure against another
                "did qwen's downloads double last year?",
                "let me double-check qwen's downloads vs llama's",
                "Qwen的下载量去年翻倍了吗？",
                "큐웬 다운로드가 작년에 배로 늘었어?"
            })
    void should_leave_counts_and_figures_the_story_lacks_to_retrieval(String question) {
        assertThat(questions.classify(question, matcher.find(question))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "how many downloads do qwen and llama leave for everyone else",
                "qwen和llama的下载量加起来，剩下的是多少？",
                "qwen이랑 llama 다운로드 합치면 나머지는?",
                // a gap to the rest is asked in points, not what is left
                "how many percentage points is qwen ahead of everyone else",
                "qwen 비중이 나머지보다 몇 퍼센트포인트 높아?",
            })
    void should_leave_a_rest_only_of_shares_of_a_whole(String question) {
        assertThat(questions.classify(question, matcher.find(question)))
                .map(ArithmeticQuestions.Request::operation)
                .isNotEqualTo(java.util.Optional.of(Operation.REST));
    }

    private static final String RESULTS = """
            # Harbour reports its quarter
            # Source: Coastal Times (https://example.org/news/harbour)

            [1] Harbour's overall revenue rose 4% in its quarter, while Norland sales fell 11.1%.

            [2] Revenue: $124.30 billion vs. $124.12 billion estimated

            [3] Ferry revenue: $69.14 billion vs. $71.03 billion estimated

            [4] Overall Norland sales declined 11.1% during the quarter to $18.51 billion.
            """;

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "what % of harbour's revenue came from norland this quarter?",
                "Norland sales 占 Harbour revenue 的百分之几？",
                "Harbour revenue 중 Norland sales의 몇 %야?"
            })
    void should_take_a_share_of_an_amount_with_the_figures_that_cover_the_question(String question) {
        KnowledgeBase knowledge = dev.storybot.knowledge.KnowledgeLoader.derive("article.txt", RESULTS);
        ArithmeticQuestions results = new ArithmeticQuestions(knowledge, List.of("country", "place"));
        ArithmeticQuestions.Request request = results.classify(
                        question, new EntityMatcher(knowledge.entities()).find(question))
                .orElseThrow();

        Answer answer = ANSWERS.answer(request, Language.detect(question)).orElseThrow();

        assertThat(request.operation()).isEqualTo(Operation.SHARE);
        assertThat(answer.text()).contains("14.9");
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(
            delimiter = '|',
            value = {
                "is qwen's slice of new uploads more than double meta's? | Yes.",
                "Qwen的占比是Meta的两倍多吗？ | 是的。",
                "큐웬 비중이 메타의 두 배 넘어? | 네.",
                "are qwen's downloads more than double llama's? | No.",
                "Qwen的下载量是Llama的两倍吗？ | 不是。",
                "is qwen's share less than double meta's? | No.",
            })
    void should_say_yes_or_no_when_a_ratio_question_names_a_multiple(String question, String verdict) {
        ArithmeticQuestions.Request request =
                questions.classify(question, matcher.find(question)).orElseThrow();

        Answer answer = ANSWERS.answer(request, Language.detect(question)).orElseThrow();

        assertThat(answer.text()).startsWith(verdict);
    }

    private static final String PARKS = """
            # Parks

            [1] The target rests on a recently announced 2.1 GW floating project and a 3 GW array planned near the bay.

            [2] The goalie stopped 30 shots in his tenth outing.

            [3] As of October, the airline had a fleet of 270 aircraft.

            [4] The 43-year-old man first visited his doctor in November 2016, according to the 2019 study.
            """;

    static Stream<Arguments> withinTheFacts() {
        return Stream.of(
                // question, paragraph of the fact found for it, the number the answer must give
                Arguments.of("if u add the floating project and the array together how many GW is that", 1, "5.1"),
                Arguments.of("浮动项目和阵列加起来一共多少GW？", 1, "5.1"),
                Arguments.of("부유식 프로젝트와 어레이를 합치면 몇 GW야?", 1, "5.1"),
                Arguments.of("so he stopped 30 and only let 1 in... how many shots did he face total", 2, "31"),
                Arguments.of("他扑出30次，丢了1球，一共面对多少次射门？", 2, "31"),
                Arguments.of("30개 막고 1골 먹었으면 합치면 슈팅 몇 개야?", 2, "31"),
                // a percentage of a number, or a number grown or cut by one
                Arguments.of("if they grow the fleet 30% from the 270 they had how many planes is that", 3, "351"),
                Arguments.of("机队增长30%的话是多少架？", 3, "351"),
                Arguments.of("기단이 30% 늘면 몇 대야?", 3, "351"),
                Arguments.of("and if the fleet shrank 10%?", 3, "243"),
                Arguments.of("if the fleet grows 30% by 2030 how many planes is that", 3, "351"),
                Arguments.of("如果到2030年机队增长30%，是多少架？", 3, "351"),
                Arguments.of("2030년까지 기단이 30% 늘면 몇 대야?", 3, "351"),
                Arguments.of("what's 30% of the fleet", 3, "81"),
                // years between two years, or the year of birth of someone of a given age
                Arguments.of("if he was 43 at that first visit in nov 2016, roughly what year was he born?", 4, "1973"),
                Arguments.of("他2016年43岁，那他哪年出生？", 4, "1973"),
                Arguments.of("2016년에 43살이면 몇 년생이야?", 4, "1973"),
                Arguments.of("the visit was in 2016 and the study in 2019, how many years apart is that", 4, "3 years"),
                Arguments.of("2016年到2019年隔了几年？", 4, "是3年"),
                Arguments.of("2016년부터 2019년까지 몇 년이야?", 4, "3년입니다"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("withinTheFacts")
    void should_compute_on_the_facts_found_or_the_numbers_the_question_gives(
            String question, int paragraph, String number) {
        KnowledgeBase knowledge = dev.storybot.knowledge.KnowledgeLoader.derive("article.txt", PARKS);
        ArithmeticQuestions parks = new ArithmeticQuestions(knowledge, List.of("country", "place"));
        List<dev.storybot.knowledge.Fact> found = knowledge.facts().stream()
                .filter(f -> f.paragraph() == paragraph)
                .toList();

        Answer answer = ANSWERS.answer(parks.within(question, found).orElseThrow(), Language.detect(question))
                .orElseThrow();

        assertThat(answer.text()).contains(number);
        assertThat(answer.citations()).extracting(c -> c.paragraph()).containsOnly(paragraph);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "what did the two projects do together",
                "这两个项目一起做了什么",
                "두 프로젝트는 함께 무엇을 했어?",
                "how big is the floating project",
                // whether or why, not how much
                "did the fleet drop 5%?",
                "机队减少了10%吗？",
                "기단이 10% 줄었어?",
                "why did the fleet grow 5%?",
                // an age with no year of birth asked, or a year of birth with no age
                "how old was he in 2016?",
                "他2016年就诊，哪年出生？",
                "2016년에 진료받았는데 몇 년생이야?"
            })
    void should_compute_nothing_when_no_quantity_or_operation_is_asked(String question) {
        KnowledgeBase knowledge = dev.storybot.knowledge.KnowledgeLoader.derive("article.txt", PARKS);
        ArithmeticQuestions parks = new ArithmeticQuestions(knowledge, List.of("country", "place"));

        assertThat(parks.within(question, knowledge.facts())).isEmpty();
    }

    private static final String NIGHTS = """
            # Nights

            [1] The team watched the moon for 17 nights from February to May.

            [2] The vapour showed up strongly, and it stayed away on the other 17 nights, the team wrote.
            """;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"how many nights did they watch in total", "他们一共观测了几个晚上？", "총 며칠 밤을 합쳐서 관측했어?"})
    void should_not_add_up_one_count_told_twice(String question) {
        KnowledgeBase knowledge = dev.storybot.knowledge.KnowledgeLoader.derive("article.txt", NIGHTS);
        ArithmeticQuestions nights = new ArithmeticQuestions(knowledge, List.of("country", "place"));

        assertThat(nights.within(question, knowledge.facts())).isEmpty();
    }
}
