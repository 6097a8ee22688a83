package dev.storybot.core;

import java.util.List;

/**
 * What the bot can say about the story as a whole: for {@code /story}, {@code /sources} and help texts.
 *
 * @param title            the headline
 * @param sourceLine       where the article comes from, e.g. "toutiao, translated from JoongAng Ilbo's report"
 * @param url              the original article's address
 * @param summary          a short summary with the key numbers, in English
 * @param paragraphs       the article's numbered paragraphs
 * @param exampleQuestions questions the bot answers well, for help texts and refusals
 */
public record StoryBrief(
        String title,
        String sourceLine,
        String url,
        String summary,
        List<Paragraph> paragraphs,
        List<String> exampleQuestions) {

    public StoryBrief {
        paragraphs = List.copyOf(paragraphs);
        exampleQuestions = List.copyOf(exampleQuestions);
    }
}
