package dev.storybot.llm;

import java.util.Objects;

/**
 * The two chat messages sent to the model for one question.
 *
 * @param system the rules: answer only from the facts, cite them, keep hedges, answer in the question's language
 * @param user   the numbered facts, the recent conversation and the question, clearly delimited
 */
public record LlmPrompt(String system, String user) {

    public LlmPrompt {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(user, "user");
    }
}
