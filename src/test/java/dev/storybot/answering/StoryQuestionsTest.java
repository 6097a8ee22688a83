package dev.storybot.answering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.answering.StoryQuestions.Kind;
import dev.storybot.core.Answer;
import dev.storybot.core.ChatRequest;
import dev.storybot.core.Language;
import dev.storybot.core.Outcome;
import dev.storybot.knowledge.KnowledgeBase;
import dev.storybot.knowledge.KnowledgeLoader;
import dev.storybot.retrieval.EntityMatcher;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The whole-story stage as tables: question → kind (or none), and kind → the answer's shape, in three languages. */
class StoryQuestionsTest {

    private static KnowledgeBase knowledge;
    private static EntityMatcher matcher;
    private static StoryQuestions questions;
    private static StoryAnswers answers;

    @BeforeAll
    static void build() {
        knowledge = TestBots.knowledge();
        matcher = new EntityMatcher(knowledge.entities());
        answers = new StoryAnswers(knowledge, matcher);
        questions = new StoryQuestions(knowledge, answers.ownSources());
    }

    static Stream<Arguments> classified() {
        return Stream.of(
                Arguments.of("tl;dr?", Kind.SUMMARY),
                Arguments.of(
                        "my boss dropped this link w/ zero context, can u give me the gist in 3 bullets", Kind.SUMMARY),
                Arguments.of("老板发了这个链接，给我总结一下", Kind.SUMMARY),
                Arguments.of("상사가 이 링크 보냈는데 요약해줘", Kind.SUMMARY),
                Arguments.of("what's going on?", Kind.SUMMARY),
                Arguments.of("ok whats happening here", Kind.SUMMARY),
                Arguments.of("这是怎么回事？", Kind.SUMMARY),
                Arguments.of("이게 무슨 일이야?", Kind.SUMMARY),
                // chat fillers around a whole-message request, and a number of bullets, still ask for the gist
                Arguments.of("whats the story here lol", Kind.SUMMARY),
                Arguments.of("ngl whats going on", Kind.SUMMARY),
                Arguments.of("ngl i have 30 sec, can u give me 3 bullets on what this article is saying", Kind.SUMMARY),
                Arguments.of("到底怎么回事哈哈", Kind.SUMMARY),
                Arguments.of("给我三个要点", Kind.SUMMARY),
                Arguments.of("이거 무슨 얘기야 ㅋㅋ", Kind.SUMMARY),
                Arguments.of("link?", Kind.SOURCE),
                Arguments.of("where was this originally posted", Kind.SOURCE),
                Arguments.of("这篇文章最初是在哪里发表的？", Kind.SOURCE),
                Arguments.of("이 기사 원래 어디에 실렸어?", Kind.SOURCE),
                // the year is more than the date's cue asks
                Arguments.of("what year is it from then", Kind.YEAR),
                Arguments.of("这是哪一年的文章？", Kind.YEAR),
                Arguments.of("이 기사 몇 년도에 나온 거야?", Kind.YEAR),
                Arguments.of("can u drop the original link", Kind.SOURCE),
                Arguments.of("链接发我一下", Kind.SOURCE),
                Arguments.of("링크 좀", Kind.SOURCE),
                // whether it comes from an outlet is answered by where it comes from
                Arguments.of("is this from the bbc?", Kind.SOURCE),
                Arguments.of("was this on reddit?", Kind.SOURCE),
                Arguments.of("was it in the new york times?", Kind.SOURCE),
                Arguments.of("这是路透社的文章吗？", Kind.SOURCE),
                Arguments.of("이거 로이터 기사야?", Kind.SOURCE),
                Arguments.of("whats the big picture here", Kind.SUMMARY),
                Arguments.of("ok and even simpler? one line", Kind.SUMMARY),
                Arguments.of("用一句话说一下", Kind.SUMMARY),
                Arguments.of("한 줄로 말해줘", Kind.SUMMARY),
                Arguments.of("fass mir den artikel bitte in 2 sätzen zusammen", Kind.SUMMARY),
                Arguments.of("tu peux me résumer l'article en deux phrases ?", Kind.SUMMARY),
                Arguments.of("kannst du mir kurz sagen worum es in dem artikel geht??", Kind.SUMMARY),
                Arguments.of("explícamelo como si tuviera 5 años jaja", Kind.SUMMARY),
                Arguments.of("5살한테 설명하듯이 말해줘", Kind.SUMMARY),
                Arguments.of("像给5岁小孩讲一样解释一下", Kind.SUMMARY),
                Arguments.of("can u sum it up", Kind.SUMMARY),
                Arguments.of("what's this article even about", Kind.SUMMARY),
                Arguments.of("explain it like i'm five", Kind.SUMMARY),
                Arguments.of("https://www.toutiao.com/article/1850633238073351/", Kind.SUMMARY),
                Arguments.of("这篇文章主要讲了什么？", Kind.SUMMARY),
                Arguments.of("이 기사 요약해 줘", Kind.SUMMARY),
                Arguments.of("send me the link", Kind.SOURCE),
                Arguments.of("who published this?", Kind.SOURCE),
                Arguments.of("原文出处是哪里？", Kind.SOURCE),
                Arguments.of("이 기사 출처가 어디야?", Kind.SOURCE),
                Arguments.of("what's the headline?", Kind.HEADLINE),
                Arguments.of("这篇报道的标题是什么", Kind.HEADLINE),
                Arguments.of("기사 제목이 뭐야", Kind.HEADLINE),
                Arguments.of("what does the disclaimer say?", Kind.STATEMENT),
                Arguments.of("文章的声明是什么", Kind.STATEMENT),
                Arguments.of("면책 문구가 뭐야", Kind.STATEMENT),
                Arguments.of("who wrote this??", Kind.AUTHOR),
                Arguments.of("这篇是谁写的", Kind.AUTHOR),
                Arguments.of("이 기사 작성자가 누구야", Kind.AUTHOR),
                Arguments.of("when was this published? is it old news", Kind.DATE),
                Arguments.of("这篇文章什么时候发布的", Kind.DATE),
                Arguments.of("이 기사 언제 나온 거야?", Kind.DATE),
                Arguments.of("are there any actual direct quotes in here or is it all paraphrased", Kind.QUOTES),
                Arguments.of("这篇文章有什么直接引语吗？", Kind.QUOTES),
                Arguments.of("기사에 직접 인용이 있어?", Kind.QUOTES),
                Arguments.of("who made the pic that goes with the article", Kind.PICTURE),
                Arguments.of("这张配图是谁拍的？图片来源是哪里", Kind.PICTURE),
                Arguments.of("기사 사진은 누가 찍은 거야?", Kind.PICTURE));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"who took the photo?", "配图是谁拍的？", "사진 출처가 어디야?"})
    void should_answer_who_made_a_picture_with_the_story_credit_line(String question) {
        KnowledgeBase credited = KnowledgeLoader.derive("article.txt", """
                # Town votes to keep its old bridge

                [1] The town council voted on Monday to keep the old bridge open for walkers.

                [2] (Photo credit: Alder Camera Club)
                """);
        RetrievalAnswerer bot = RetrievalAnswerer.create(credited, TestBots.embeddings());

        Answer answer = bot.answer(new ChatRequest("test", "pictures", "user", question));

        assertThat(answer.text()).contains("Alder Camera Club");
        assertThat(answer.citations()).extracting(c -> c.paragraph()).containsExactly(2);
        // a story with no credit line says nothing about its pictures here: retrieval answers or refuses
        assertThat(answers.answer(Kind.PICTURE, Language.EN)).isEmpty();
    }

    static Stream<Arguments> severalAsked() {
        return Stream.of(
                Arguments.of("who wrote this + what site is it from", List.of(Kind.AUTHOR, Kind.SOURCE)),
                Arguments.of("c'est paru quand et sur quel site ?", List.of(Kind.DATE, Kind.SOURCE)),
                Arguments.of("谁写的？什么时候发布的？", List.of(Kind.AUTHOR, Kind.DATE)),
                Arguments.of("누가 썼어? 그리고 언제 나온 거야", List.of(Kind.AUTHOR, Kind.DATE)),
                Arguments.of("gimme the link + the headline", List.of(Kind.HEADLINE, Kind.SOURCE)),
                // "when and where" asks both at once
                Arguments.of("when n where was this published? tryna cite it", List.of(Kind.DATE, Kind.SOURCE)),
                Arguments.of("这篇是什么时候发布的？在哪里发的？", List.of(Kind.DATE, Kind.SOURCE)),
                Arguments.of("언제 나온 기사야? 출처는?", List.of(Kind.DATE, Kind.SOURCE)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("severalAsked")
    void should_recognise_every_thing_a_question_asks_about_the_story(String question, List<Kind> kinds) {
        assertThat(questions.classifyAll(question, matcher.find(question))).isEqualTo(kinds);
    }

    static Stream<Arguments> derivedArticleParts() {
        return Stream.of(
                Arguments.of(
                        Language.EN,
                        List.of(Kind.AUTHOR, Kind.DATE),
                        List.of("Jane Roe", "2019-11-18", "Daily Planet")),
                Arguments.of(Language.ZH, List.of(Kind.AUTHOR, Kind.DATE), List.of("Jane Roe", "2019-11-18", "作者")),
                Arguments.of(Language.KO, List.of(Kind.AUTHOR, Kind.DATE), List.of("Jane Roe", "2019-11-18", "기사")),
                Arguments.of(
                        Language.EN,
                        List.of(Kind.AUTHOR, Kind.SOURCE),
                        List.of("Jane Roe", "dailyplanet.example/story")),
                // a header date with its year answers the year
                Arguments.of(Language.EN, List.of(Kind.YEAR), List.of("2019-11-18")),
                Arguments.of(Language.ZH, List.of(Kind.YEAR), List.of("2019-11-18")),
                Arguments.of(Language.KO, List.of(Kind.YEAR), List.of("2019-11-18")));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("derivedArticleParts")
    void should_answer_each_asked_part_from_the_article_header(
            Language language, List<Kind> kinds, List<String> parts) {
        KnowledgeBase derived = KnowledgeLoader.derive("article.txt", """
                # Town votes to keep its old bridge

                # Source: Daily Planet (https://dailyplanet.example/story)
                # Date: 2019-11-18T09:29:08+0000
                # Byline: Jane Roe

                [1] The town council voted on Monday to keep the old bridge open for walkers.
                """);
        StoryAnswers derivedAnswers = new StoryAnswers(derived, new EntityMatcher(derived.entities()));

        Answer answer = derivedAnswers.answer(kinds, language).orElseThrow();

        assertThat(answer.text())
                .contains(parts)
                .doesNotContain("T09:29")
                .hasSizeLessThanOrEqualTo(Answer.MAX_TEXT_CHARS);
        if (kinds.contains(Kind.DATE)) {
            assertThat(answer.citations())
                    .as("the lead's own dating (\"on Monday\") is cited beside the header date")
                    .extracting(c -> c.paragraph())
                    .containsExactly(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void should_refuse_the_year_when_the_story_gives_only_the_day(Language language) {
        Optional<Answer> answer = answers.answer(List.of(Kind.YEAR), language);

        assertThat(answer).isPresent();
        assertThat(answer.get().outcome()).isEqualTo(Outcome.REFUSED);
    }

    @Test
    void should_refuse_an_author_question_when_the_article_names_no_author() {
        assertThat(answers.answer(List.of(Kind.AUTHOR), Language.EN))
                .hasValueSatisfying(answer -> assertThat(answer.answered()).isFalse());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("classified")
    void should_recognise_questions_about_the_whole_story(String question, Kind kind) {
        assertThat(questions.classify(question, matcher.find(question))).contains(kind);
    }

    static Stream<Arguments> notAboutTheWholeStory() {
        return Stream.of(
                Arguments.of("what's the main point Huang made?"),
                Arguments.of("what's going on with the stock price?"),
                Arguments.of("what's the story with the stock price lol"),
                // "was it on average", "was it in total" ask about a figure, not where the story ran
                Arguments.of("how strong was it on average"),
                Arguments.of("how much was it in total?"),
                Arguments.of("平均有多强？"),
                Arguments.of("평균적으로 얼마나 강했어?"),
                // the author of a study the story reports on is not the story's
                Arguments.of("what does the lead author say about liquid water"),
                Arguments.of("who's the study's first author?"),
                Arguments.of("第一作者是谁？"),
                Arguments.of("연구 주저자는 누구야?"),
                Arguments.of("英伟达那边发生了什么事？"),
                Arguments.of("엔비디아에 무슨 일이 있었어?"),
                Arguments.of("what is the title of Bloomberg's opinion article?"),
                Arguments.of("How many downloads did Qwen get?"),
                Arguments.of("is it from the study?"),
                Arguments.of("黄仁勋说了什么？"),
                Arguments.of("what did huang say exactly? need a quote for my newsletter"),
                Arguments.of("any quotes about the price of chinese models?"),
                Arguments.of("give me a quote on how cheap chinese ai is"),
                Arguments.of("who was quoted saying china is the winner?"),
                Arguments.of("큐웬 다운로드 수는?"),
                Arguments.of("what year did qwen pass llama?"),
                // "was it in" asks about a thing the conversation named, not where the story ran
                Arguments.of("what kind of product was it in"),
                // a study's co-author is someone the story reports on
                Arguments.of("and the other co-author?"),
                Arguments.of("who are the study authors?"),
                Arguments.of("¿y la otra coautora?"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notAboutTheWholeStory")
    void should_leave_questions_about_one_subject_to_retrieval(String question) {
        assertThat(questions.classify(question, matcher.find(question))).isEmpty();
    }

    static Stream<Arguments> languages() {
        return Stream.of(Arguments.of(Language.EN), Arguments.of(Language.ZH), Arguments.of(Language.KO));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void should_summarise_within_the_limit_citing_verbatim_article_sentences(Language language) {
        Answer answer = answers.answer(Kind.SUMMARY, language).orElseThrow();

        assertThat(answer.outcome()).isEqualTo(Outcome.ANSWERED);
        assertThat(answer.language()).isEqualTo(language);
        assertThat(answer.text()).isNotBlank().hasSizeLessThanOrEqualTo(Answer.MAX_TEXT_CHARS);
        // the summary's own words, after the headline that leads an English summary leaving it out
        String headline = knowledge.story().title().strip().replaceAll("[.!?:]+$", "") + ". ";
        String body = answer.text().startsWith(headline) ? answer.text().substring(headline.length()) : answer.text();
        assertThat(knowledge.summary(language)).startsWith(body.replace("…", ""));
        assertThat(answer.citations())
                .isNotEmpty()
                .allSatisfy(citation -> assertThat(knowledge
                                .paragraphs()
                                .get(citation.paragraph() - 1)
                                .text())
                        .contains(citation.quote()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void should_give_the_source_with_its_address(Language language) {
        Answer answer = answers.answer(Kind.SOURCE, language).orElseThrow();

        assertThat(answer.text())
                .contains(knowledge.story().url())
                .contains(knowledge.story().sourceLine())
                .hasSizeLessThanOrEqualTo(Answer.MAX_TEXT_CHARS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void should_quote_the_headline_and_the_statement_line(Language language) {
        assertThat(answers.answer(Kind.HEADLINE, language).orElseThrow().text())
                .contains(knowledge.story().title());
        assertThat(answers.answer(Kind.STATEMENT, language).orElseThrow().text())
                .contains(knowledge.header().get(StoryAnswers.STATEMENT_HEADER));
    }

    @Test
    void should_keep_whole_sentences_within_the_limit() {
        assertThat(StoryAnswers.wholeSentences("One two. Three four. Five six.", 20))
                .isEqualTo("One two. Three four.");
        assertThat(StoryAnswers.wholeSentences("一二三。四五六。七八九。", 8)).isEqualTo("一二三。四五六。");
        assertThat(StoryAnswers.wholeSentences("하나 둘. 셋 넷. 다섯 여섯.", 12)).isEqualTo("하나 둘. 셋 넷.");
        assertThat(StoryAnswers.wholeSentences("averyveryverylongfirstsentence without end", 20))
                .endsWith("…")
                .hasSizeLessThanOrEqualTo(20);
    }

    @Test
    void should_not_answer_a_statement_question_for_an_article_without_one() {
        KnowledgeBase without =
                new KnowledgeBase(knowledge.story(), knowledge.paragraphs(), knowledge.entities(), knowledge.facts());

        assertThat(new StoryAnswers(without, matcher).answer(Kind.STATEMENT, Language.EN))
                .isEqualTo(Optional.empty());
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.EnumSource(Language.class)
    void should_lead_an_english_summary_with_a_headline_it_leaves_out(Language language) {
        Answer answer = answers.answer(Kind.SUMMARY, language).orElseThrow();

        assertThat(answer.text()).hasSizeLessThanOrEqualTo(Answer.MAX_TEXT_CHARS);
        if (language == Language.EN) {
            assertThat(answer.text())
                    .startsWith(knowledge.story().title().substring(0, 20))
                    .contains("Silicon Valley");
        } else {
            assertThat(answer.text())
                    .isEqualTo(StoryAnswers.wholeSentences(knowledge.summary(language), Answer.MAX_TEXT_CHARS));
        }
    }
}
