package dev.storybot.answering;

/** What shape of answer a question needs. */
public enum Intent {
    /** One fact answers it. */
    SINGLE,
    /** Two figures and the arithmetic between them ("how many more downloads did Qwen have than Llama?"). */
    DIFFERENCE,
    /** Two things side by side ("compare Qwen and Llama"). */
    COMPARE,
    /** Every entity of a kind the story names ("which Chinese companies are mentioned?"). */
    LIST
}
