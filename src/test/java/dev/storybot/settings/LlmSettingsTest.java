package dev.storybot.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LlmSettingsTest {

    private static final String KEY = "sk-very-secret-0042";

    private static Map<String, String> env(String... pairs) {
        Map<String, String> env = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            env.put(pairs[i], pairs[i + 1]);
        }
        return env;
    }

    @Test
    @DisplayName("no base URL means no LLM (retrieval-only is the default)")
    void should_be_empty_without_base_url() {
        assertThat(SettingsReader.of(Map.of()).llm()).isEmpty();
        assertThat(SettingsReader.of(env("STORYBOT_LLM_BASE_URL", "  ", "STORYBOT_LLM_MODEL", "qwen-plus"))
                        .llm())
                .isEmpty();
    }

    @Test
    @DisplayName("reads base URL, model, key and timeout; drops a trailing slash")
    void should_read_all_settings() {
        Optional<LlmSettings> config = SettingsReader.of(env(
                        "STORYBOT_LLM_BASE_URL", "https://dashscope-intl.aliyuncs.com/compatible-mode/v1/",
                        "STORYBOT_LLM_MODEL", "qwen-plus",
                        "STORYBOT_LLM_API_KEY", KEY,
                        "STORYBOT_LLM_TIMEOUT_SECONDS", "45"))
                .llm();

        assertThat(config)
                .contains(new LlmSettings(
                        "https://dashscope-intl.aliyuncs.com/compatible-mode/v1",
                        "qwen-plus",
                        KEY,
                        Duration.ofSeconds(45)));
    }

    @Test
    @DisplayName("the key is optional and the timeout defaults to 20 seconds")
    void should_default_key_and_timeout() {
        LlmSettings config = SettingsReader.of(env(
                        "STORYBOT_LLM_BASE_URL",
                        "http://localhost:11434/v1",
                        "STORYBOT_LLM_MODEL",
                        "qwen2.5:7b-instruct",
                        "STORYBOT_LLM_API_KEY",
                        ""))
                .llm()
                .orElseThrow();

        assertThat(config.hasApiKey()).isFalse();
        assertThat(config.apiKey()).isNull();
        assertThat(config.timeout()).isEqualTo(Duration.ofSeconds(20));
        assertThat(config.contextTokens()).isEqualTo(LlmSettings.DEFAULT_CONTEXT_TOKENS);
    }

    @Test
    @DisplayName("the article's token budget is read from STORYBOT_LLM_CONTEXT_TOKENS")
    void should_read_context_tokens() {
        LlmSettings config = SettingsReader.of(env(
                        "STORYBOT_LLM_BASE_URL", "http://localhost:11434/v1",
                        "STORYBOT_LLM_MODEL", "qwen2.5:7b-instruct",
                        "STORYBOT_LLM_CONTEXT_TOKENS", "12000"))
                .llm()
                .orElseThrow();

        assertThat(config.contextTokens()).isEqualTo(12_000);
    }

    @ParameterizedTest(name = "context budget \"{0}\" is rejected")
    @ValueSource(strings = {"abc", "0", "499", "200001"})
    void should_reject_bad_context_budgets(String tokens) {
        assertThatThrownBy(() -> SettingsReader.of(env(
                                "STORYBOT_LLM_BASE_URL", "http://localhost:8000/v1",
                                "STORYBOT_LLM_MODEL", "m",
                                "STORYBOT_LLM_CONTEXT_TOKENS", tokens))
                        .llm())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("STORYBOT_LLM_CONTEXT_TOKENS");
    }

    @Test
    @DisplayName("a base URL without a model is an error naming the missing variable")
    void should_require_model() {
        assertThatThrownBy(() -> SettingsReader.of(env("STORYBOT_LLM_BASE_URL", "http://localhost:8000/v1"))
                        .llm())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("STORYBOT_LLM_MODEL must be set");
    }

    @ParameterizedTest(name = "timeout \"{0}\" is rejected")
    @ValueSource(strings = {"abc", "0", "-5", "2.5", "601"})
    void should_reject_bad_timeouts(String timeout) {
        assertThatThrownBy(() -> SettingsReader.of(env(
                                "STORYBOT_LLM_BASE_URL",
                                "http://localhost:8000/v1",
                                "STORYBOT_LLM_MODEL",
                                "Qwen/Qwen2.5-7B-Instruct",
                                "STORYBOT_LLM_API_KEY",
                                KEY,
                                "STORYBOT_LLM_TIMEOUT_SECONDS",
                                timeout))
                        .llm())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("STORYBOT_LLM_TIMEOUT_SECONDS")
                .hasMessageNotContaining(KEY);
    }

    @ParameterizedTest(name = "base URL \"{0}\" is rejected")
    @ValueSource(strings = {"localhost:11434/v1", "ftp://example.org/v1", "http://", "not a url"})
    void should_reject_bad_base_urls(String url) {
        assertThatThrownBy(() -> SettingsReader.of(env("STORYBOT_LLM_BASE_URL", url, "STORYBOT_LLM_MODEL", "m"))
                        .llm())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("STORYBOT_LLM_BASE_URL");
    }

    @Test
    @DisplayName("toString shows every setting but masks the API key")
    void should_mask_key_in_to_string() {
        LlmSettings config =
                new LlmSettings("https://api.deepseek.com/v1", "deepseek-chat", KEY, Duration.ofSeconds(20));

        assertThat(config.toString())
                .doesNotContain(KEY)
                .contains("https://api.deepseek.com/v1", "deepseek-chat", "apiKey=****", "20s");
        assertThat(new LlmSettings("http://localhost:11434/v1", "m", null, Duration.ofSeconds(5)).toString())
                .contains("apiKey=none");
    }

    @Test
    @DisplayName("redact removes the key from any text")
    void should_redact_key() {
        LlmSettings config =
                new LlmSettings("https://api.moonshot.ai/v1", "moonshot-v1-8k", KEY, Duration.ofSeconds(20));

        assertThat(config.redact("Incorrect API key provided: Bearer " + KEY))
                .isEqualTo("Incorrect API key provided: Bearer ****");
    }
}
