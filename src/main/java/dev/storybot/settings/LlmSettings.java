package dev.storybot.settings;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Where and how to reach an OpenAI-compatible chat-completions endpoint; absent means retrieval-only answers.
 *
 * @param baseUrl the endpoint's base URL without {@code /chat/completions}, e.g. {@code http://localhost:11434/v1}
 * @param model   the model name the endpoint expects, e.g. {@code qwen2.5:7b-instruct}
 * @param apiKey  the bearer token, or null for local servers that need none; never logged or printed
 * @param timeout how long one answer may take before falling back to retrieval
 * @param contextTokens how many estimated tokens of the article the prompt may carry
 */
public record LlmSettings(String baseUrl, String model, String apiKey, Duration timeout, int contextTokens) {

    /** Per-answer timeout when {@link Variable#STORYBOT_LLM_TIMEOUT_SECONDS} is unset. */
    public static final int DEFAULT_TIMEOUT_SECONDS = 20;
    /** Longest timeout accepted, so a typo cannot make users wait for an hour. */
    public static final int MAX_TIMEOUT_SECONDS = 600;
    /** Article tokens in the prompt when {@link Variable#STORYBOT_LLM_CONTEXT_TOKENS} is unset: fits 8k-token models. */
    public static final int DEFAULT_CONTEXT_TOKENS = 6_000;
    /** Fewest article tokens accepted: room for the headline and the lead paragraph. */
    public static final int MIN_CONTEXT_TOKENS = 500;
    /** Most article tokens accepted, so a typo cannot send a million-token prompt. */
    public static final int MAX_CONTEXT_TOKENS = 200_000;

    private static final String MASK = Redactor.MASK;

    public LlmSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(timeout, "timeout");
        baseUrl = validBaseUrl(baseUrl);
        if (model.isBlank()) {
            throw new IllegalArgumentException("the LLM model name must not be blank");
        }
        model = model.strip();
        apiKey = apiKey == null || apiKey.isBlank() ? null : apiKey.strip();
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the LLM timeout must be positive, was " + timeout);
        }
        if (contextTokens < MIN_CONTEXT_TOKENS || contextTokens > MAX_CONTEXT_TOKENS) {
            throw new IllegalArgumentException("the LLM context must be " + MIN_CONTEXT_TOKENS + "–"
                    + MAX_CONTEXT_TOKENS + " tokens, was " + contextTokens);
        }
    }

    /** Settings with the default article budget of {@link #DEFAULT_CONTEXT_TOKENS}. */
    public LlmSettings(String baseUrl, String model, String apiKey, Duration timeout) {
        this(baseUrl, model, apiKey, timeout, DEFAULT_CONTEXT_TOKENS);
    }

    /** True when an API key is configured. */
    public boolean hasApiKey() {
        return apiKey != null;
    }

    /** Replaces every occurrence of the API key in {@code text} with a mask, so that text is safe to log. */
    public String redact(String text) {
        return Redactor.of(apiKey == null ? List.of() : List.of(apiKey)).redact(text);
    }

    /** Shows every setting except the API key, which is masked. */
    @Override
    public String toString() {
        return "LlmSettings[baseUrl=" + baseUrl + ", model=" + model + ", apiKey=" + (apiKey == null ? "none" : MASK)
                + ", timeout=" + timeout.toSeconds() + "s, contextTokens=" + contextTokens + "]";
    }

    /** The base URL without trailing slashes; an http(s) URL with a host and without credentials. */
    static String validBaseUrl(String value) {
        String url = value.strip();
        while (url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a valid URL: \"" + url + "\"", e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new IllegalArgumentException(
                    "expected an http:// or https:// URL such as http://localhost:11434/v1," + " was \"" + url + "\"");
        }
        if (uri.getUserInfo() != null) {
            throw new IllegalArgumentException(
                    "put credentials in " + Variable.STORYBOT_LLM_API_KEY + ", not in the URL");
        }
        return url;
    }
}
