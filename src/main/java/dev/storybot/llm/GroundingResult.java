package dev.storybot.llm;

import java.util.Locale;
import java.util.Objects;

/**
 * Whether a model answer may be shown.
 *
 * @param passed true when the answer is grounded in the facts
 * @param reason why it failed, or null when it passed
 * @param detail a short human-readable explanation for the log (e.g. the unsupported number), or "" when it passed
 */
public record GroundingResult(boolean passed, Reason reason, String detail) {

    /** Why an answer failed the grounding check. */
    public enum Reason {
        /** The answer is empty or blank. */
        EMPTY,
        /** The answer is longer than {@link GroundingCheck#MAX_ANSWER_CHARS}. */
        TOO_LONG,
        /** A citation marker [n] refers to no supplied fact, or [¶n] to no paragraph. */
        UNKNOWN_CITATION,
        /** Text in quotation marks is not a verbatim span of the article. */
        UNSUPPORTED_QUOTE,
        /** An English answer names someone or something that neither the article nor the conversation names. */
        UNKNOWN_NAME,
        /** A number appears in neither the facts nor the article, nor is it arithmetic on their figures. */
        UNSUPPORTED_NUMBER,
        /** A comparison between two entities runs against the figures in the facts. */
        CONTRADICTS_FACTS,
        /** A masked link, or an address or domain that the story does not give. */
        UNSUPPORTED_LINK,
        /** A person or organisation is put in a role or relation that no sentence of the article gives them. */
        WRONG_ROLE,
        /** The answer is not written in the asker's language. */
        WRONG_LANGUAGE,
        /** The check itself hit an unexpected error, so the answer is not shown. */
        CHECK_ERROR;

        /** Lower-case code for logs and metrics. */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public GroundingResult {
        if (passed != (reason == null)) {
            throw new IllegalArgumentException("a passing result has no reason and a failing one has one");
        }
        detail = Objects.requireNonNullElse(detail, "");
    }

    /** The answer may be shown. */
    public static GroundingResult pass() {
        return new GroundingResult(true, null, "");
    }

    /** The answer must be replaced by the retrieval answer. */
    public static GroundingResult fail(Reason reason, String detail) {
        return new GroundingResult(false, Objects.requireNonNull(reason, "reason"), detail);
    }
}
