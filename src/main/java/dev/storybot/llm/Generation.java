package dev.storybot.llm;

import java.util.Locale;
import java.util.Objects;

/**
 * The outcome of one request to the model: its text, or why there is none.
 *
 * @param text    the generated text, or null when failed
 * @param failure why generation failed, or null when it succeeded
 * @param detail  a short description of the failure for the log (never containing the API key), or ""
 */
public record Generation(String text, Failure failure, String detail) {

    /** Why a request to the model produced no text. */
    public enum Failure {
        /** No response within the timeout. */
        TIMEOUT,
        /** The stream stopped sending tokens for longer than the timeout. */
        STALLED,
        /** The connection could not be made (refused, unreachable, unknown host, connect timeout). */
        CONNECTION_FAILED,
        /** The connection broke while the response was being read. */
        NETWORK,
        /** HTTP 5xx. */
        SERVER_ERROR,
        /** HTTP 4xx: bad key, unknown model, rate limit, bad request. */
        CLIENT_ERROR,
        /** A response that is not the expected JSON or event stream. */
        MALFORMED_RESPONSE,
        /** Anything else. */
        OTHER;

        /** Lower-case code for logs and metrics. */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** True for failures worth one retry: the request probably never reached a working model. */
        public boolean retriable() {
            return this == CONNECTION_FAILED || this == SERVER_ERROR;
        }
    }

    public Generation {
        if ((text == null) == (failure == null)) {
            throw new IllegalArgumentException("exactly one of text and failure must be set");
        }
        detail = Objects.requireNonNullElse(detail, "");
    }

    /** The model answered with {@code text}. */
    public static Generation of(String text) {
        return new Generation(text, null, "");
    }

    /** The model could not be used. */
    public static Generation failed(Failure failure, String detail) {
        return new Generation(null, Objects.requireNonNull(failure, "failure"), detail);
    }

    /** True when there is text. */
    public boolean succeeded() {
        return failure == null;
    }
}
