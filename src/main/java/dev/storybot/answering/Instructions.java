package dev.storybot.answering;

/** Tells attempts to instruct the bot ("ignore your rules…") from questions, for every answerer that needs to know. */
public final class Instructions {

    private Instructions() {}

    /** True when {@code text} tries to give the bot instructions rather than ask about the story. */
    public static boolean attempted(String text) {
        return QuestionCues.injection(InputText.clean(text));
    }
}
