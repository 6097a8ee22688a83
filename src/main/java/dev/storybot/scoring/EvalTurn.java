package dev.storybot.scoring;

/**
 * One question of an evaluation file, in its conversation.
 *
 * @param id           the turn's id (a conversation's turns are {@code id#1}, {@code id#2}, ...)
 * @param category     the family it tests, for per-category scores
 * @param conversation the conversation it belongs to; turns of one conversation are asked in order
 * @param question     what the person types
 * @param expectation  what a correct reply looks like
 */
public record EvalTurn(String id, String category, String conversation, String question, Expectation expectation) {}
