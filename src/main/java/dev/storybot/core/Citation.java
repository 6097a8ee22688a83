package dev.storybot.core;

/**
 * A verbatim quote from the article that supports an answer.
 *
 * @param paragraph the article paragraph number (1-based, as numbered in {@code knowledge/article.txt})
 * @param quote     text that occurs verbatim in that paragraph
 */
public record Citation(int paragraph, String quote) {}
