package dev.storybot.llm;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where and how to reach an OpenAI-compatible chat-completions endpoint; absent means retrieval-only answers.
 *
 * @param baseUrl the endpoint's base URL without {@code /chat/completions}, e.g. {@code http://localhost:11434/v1}
 * @param model   the model name the endpoint expects, e.g. {@code qwen2.5:7b-instruct}
 * @param apiKey  the bearer token, or null for local servers that need none; never logged or printed
 * @param timeout how long one answer may take before falling back to retrieval
 */
public record LlmConfig(String baseUrl, String model, String apiKey, Duration timeout) {

    /** Environment variable naming the endpoint; unset or blank means no LLM. */
    public static final String ENV_BASE_URL = "STORYBOT_LLM_BASE_URL";
    /** Environment variable naming the model; required when the base URL is set. */
    public static final String ENV_MODEL = "STORYBOT_LLM_MODEL";
    /** Environment variable holding the API key; optional. */
    public static final String ENV_API_KEY = "STORYBOT_LLM_API_KEY";
    /** Environment variable holding the per-answer timeout in whole seconds. */
    public static final String ENV_TIMEOUT_SECONDS = "STORYBOT_LLM_TIMEOUT_SECONDS";
    /** Per-answer timeout when {@link #ENV_TIMEOUT_SECONDS} is unset. */
    public static final int DEFAULT_TIMEOUT_SECONDS = 20;
    /** Longest timeout accepted, so a typo cannot make users wait for an hour. */
    public static final int MAX_TIMEOUT_SECONDS = 600;

    private static final String MASK = "****";

    public LlmConfig {
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
    }

    /**
     * Reads the LLM settings from environment variables.
     *
     * @return empty when {@value #ENV_BASE_URL} is unset or blank (retrieval-only mode)
     * @throws IllegalArgumentException with a message naming the variable when a setting is missing or invalid
     */
    public static Optional<LlmConfig> fromEnv(Map<String, String> env) {
        String baseUrl = env.get(ENV_BASE_URL);
        if (baseUrl == null || baseUrl.isBlank()) {
            return Optional.empty();
        }
        String model = env.get(ENV_MODEL);
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException(ENV_MODEL + " must be set when " + ENV_BASE_URL
                    + " is set, e.g. " + ENV_MODEL + "=qwen2.5:7b-instruct");
        }
        try {
            validBaseUrl(baseUrl);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(ENV_BASE_URL + ": " + e.getMessage(), e);
        }
        return Optional.of(new LlmConfig(baseUrl, model, env.get(ENV_API_KEY), parseTimeout(env.get(ENV_TIMEOUT_SECONDS))));
    }

    /** True when an API key is configured. */
    public boolean hasApiKey() {
        return apiKey != null;
    }

    /** Replaces every occurrence of the API key in {@code text} with a mask, so that text is safe to log. */
    public String redact(String text) {
        if (text == null || apiKey == null) {
            return text;
        }
        return text.replace(apiKey, MASK);
    }

    /** Shows every setting except the API key, which is masked. */
    @Override
    public String toString() {
        return "LlmConfig[baseUrl=" + baseUrl + ", model=" + model + ", apiKey=" + (apiKey == null ? "none" : MASK)
                + ", timeout=" + timeout.toSeconds() + "s]";
    }

    private static Duration parseTimeout(String value) {
        if (value == null || value.isBlank()) {
            return Duration.ofSeconds(DEFAULT_TIMEOUT_SECONDS);
        }
        int seconds;
        try {
            seconds = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(ENV_TIMEOUT_SECONDS + " must be a whole number of seconds between 1 and "
                    + MAX_TIMEOUT_SECONDS + ", was \"" + value.strip() + "\"", e);
        }
        if (seconds < 1 || seconds > MAX_TIMEOUT_SECONDS) {
            throw new IllegalArgumentException(ENV_TIMEOUT_SECONDS + " must be between 1 and " + MAX_TIMEOUT_SECONDS
                    + " seconds, was " + seconds);
        }
        return Duration.ofSeconds(seconds);
    }

    private static String validBaseUrl(String value) {
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
            throw new IllegalArgumentException("expected an http:// or https:// URL such as http://localhost:11434/v1, was \""
                    + url + "\"");
        }
        if (uri.getUserInfo() != null) {
            throw new IllegalArgumentException("put credentials in " + ENV_API_KEY + ", not in the URL");
        }
        return url;
    }
}
