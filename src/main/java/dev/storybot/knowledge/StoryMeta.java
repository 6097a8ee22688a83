package dev.storybot.knowledge;

import java.util.List;

/**
 * The story's metadata from the fact file: headline, source, summaries and example questions per language.
 *
 * @param title              the headline
 * @param sourceLine         where the article comes from
 * @param url                the original's address; empty when unknown
 * @param summary            a short English summary with the key numbers
 * @param summaryZh          the summary in Chinese
 * @param summaryKo          the summary in Korean
 * @param exampleQuestions   English questions the bot answers well
 * @param exampleQuestionsZh Chinese example questions
 * @param exampleQuestionsKo Korean example questions
 */
public record StoryMeta(
        String title,
        String sourceLine,
        String url,
        String summary,
        String summaryZh,
        String summaryKo,
        List<String> exampleQuestions,
        List<String> exampleQuestionsZh,
        List<String> exampleQuestionsKo) {

    public StoryMeta {
        url = url == null ? "" : url;
        exampleQuestions = exampleQuestions == null ? List.of() : List.copyOf(exampleQuestions);
        exampleQuestionsZh = exampleQuestionsZh == null ? List.of() : List.copyOf(exampleQuestionsZh);
        exampleQuestionsKo = exampleQuestionsKo == null ? List.of() : List.copyOf(exampleQuestionsKo);
    }
}
