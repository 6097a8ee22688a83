package dev.storybot.core;

/**
 * One numbered paragraph of the article.
 *
 * @param number 1-based, stable across releases
 * @param text   the paragraph exactly as published
 */
public record Paragraph(int number, String text) {}
