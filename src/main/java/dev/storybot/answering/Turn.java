package dev.storybot.answering;

/**
 * One earlier exchange in a conversation.
 *
 * @param question the question as asked
 * @param answer   the answer text given
 */
public record Turn(String question, String answer) {}
