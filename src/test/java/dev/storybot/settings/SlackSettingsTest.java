package dev.storybot.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Reading Slack settings from environment variables. */
class SlackSettingsTest {

    @Test
    @DisplayName("without SLACK_BOT_TOKEN Slack is off")
    void should_be_off_without_bot_token() {
        assertThat(SettingsReader.of(Map.of()).slack()).isEmpty();
        assertThat(SettingsReader.of(Map.of("SLACK_BOT_TOKEN", "  ", "SLACK_APP_TOKEN", "xapp-1"))
                        .slack())
                .isEmpty();
    }

    @Test
    @DisplayName("an app token means Socket Mode, with the default Web API")
    void should_choose_socket_mode_with_app_token() {
        SlackSettings settings = SettingsReader.of(Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_APP_TOKEN", "xapp-1"))
                .slack()
                .orElseThrow();

        assertThat(settings.transport()).isEqualTo(SlackSettings.Transport.SOCKET_MODE);
        assertThat(settings.apiUrl()).isEqualTo("https://slack.com/api/");
    }

    @Test
    @DisplayName("a signing secret means HTTP mode on port 3000 of all interfaces unless configured")
    void should_choose_http_mode_with_signing_secret() {
        SlackSettings defaults = SettingsReader.of(
                        Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_SIGNING_SECRET", "s3cret"))
                .slack()
                .orElseThrow();
        SlackSettings configured = SettingsReader.of(Map.of(
                        "SLACK_BOT_TOKEN",
                        "xoxb-1",
                        "SLACK_SIGNING_SECRET",
                        "s3cret",
                        "STORYBOT_SLACK_PORT",
                        "8080",
                        "STORYBOT_SLACK_HOST",
                        "127.0.0.1",
                        "STORYBOT_SLACK_API_URL",
                        "http://127.0.0.1:9/api"))
                .slack()
                .orElseThrow();

        assertThat(defaults.transport()).isEqualTo(SlackSettings.Transport.HTTP);
        assertThat(defaults.httpPort()).isEqualTo(3000);
        assertThat(defaults.httpHost()).isEqualTo("0.0.0.0");
        assertThat(configured.httpPort()).isEqualTo(8080);
        assertThat(configured.httpHost()).isEqualTo("127.0.0.1");
        assertThat(configured.apiUrl()).isEqualTo("http://127.0.0.1:9/api/");
    }

    @Test
    @DisplayName("with both an app token and a signing secret, Socket Mode wins")
    void should_prefer_socket_mode() {
        assertThat(SettingsReader.of(Map.of(
                                "SLACK_BOT_TOKEN",
                                "xoxb-1",
                                "SLACK_APP_TOKEN",
                                "xapp-1",
                                "SLACK_SIGNING_SECRET",
                                "s3cret"))
                        .slack()
                        .orElseThrow()
                        .transport())
                .isEqualTo(SlackSettings.Transport.SOCKET_MODE);
    }

    @Test
    @DisplayName("a bot token alone is a one-line error naming both ways to fix it")
    void should_explain_missing_transport() {
        assertThatThrownBy(() ->
                        SettingsReader.of(Map.of("SLACK_BOT_TOKEN", "xoxb-1")).slack())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SLACK_APP_TOKEN")
                .hasMessageContaining("SLACK_SIGNING_SECRET")
                .hasMessageNotContaining("\n");
    }

    @Test
    @DisplayName("swapped or malformed tokens, ports and URLs are clear errors")
    void should_reject_malformed_values() {
        assertThatThrownBy(() -> SettingsReader.of(Map.of("SLACK_BOT_TOKEN", "xapp-1", "SLACK_APP_TOKEN", "xoxb-1"))
                        .slack())
                .hasMessageContaining("SLACK_BOT_TOKEN")
                .hasMessageContaining("xoxb-");
        assertThatThrownBy(() -> SettingsReader.of(Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_APP_TOKEN", "abc"))
                        .slack())
                .hasMessageContaining("SLACK_APP_TOKEN")
                .hasMessageContaining("xapp-");
        assertThatThrownBy(() -> SettingsReader.of(Map.of(
                                "SLACK_BOT_TOKEN",
                                "xoxb-1",
                                "SLACK_SIGNING_SECRET",
                                "s",
                                "STORYBOT_SLACK_PORT",
                                "eighty"))
                        .slack())
                .hasMessage("STORYBOT_SLACK_PORT must be a port number from 0 to 65535, was 'eighty'");
        assertThatThrownBy(() -> SettingsReader.of(Map.of(
                                "SLACK_BOT_TOKEN",
                                "xoxb-1",
                                "SLACK_SIGNING_SECRET",
                                "s",
                                "STORYBOT_SLACK_PORT",
                                "70000"))
                        .slack())
                .hasMessageContaining("STORYBOT_SLACK_PORT");
        assertThatThrownBy(() -> SettingsReader.of(Map.of(
                                "SLACK_BOT_TOKEN",
                                "xoxb-1",
                                "SLACK_SIGNING_SECRET",
                                "s",
                                "STORYBOT_SLACK_API_URL",
                                "slack.com/api"))
                        .slack())
                .hasMessageContaining("STORYBOT_SLACK_API_URL");
    }

    @Test
    @DisplayName("toString never shows a secret")
    void should_mask_secrets_in_to_string() {
        SlackSettings settings = new SlackSettings(
                "xoxb-secret-bot", "xapp-secret-app", "secret-signing", "0.0.0.0", 3000, "https://slack.com/api/");

        assertThat(settings.toString()).doesNotContain("secret").contains("****", "SOCKET_MODE");
    }

    @Test
    void should_install_through_oauth_in_http_mode_with_client_credentials_and_a_public_address() {
        SlackSettings settings = SettingsReader.of(Map.of(
                        "SLACK_CLIENT_ID", "123.456",
                        "SLACK_CLIENT_SECRET", "client-secret",
                        "SLACK_SIGNING_SECRET", "sig-value-9",
                        "STORYBOT_SLACK_PUBLIC_URL", "https://bot.example.com/"))
                .slack()
                .orElseThrow();

        assertThat(settings.installsThroughOAuth()).isTrue();
        assertThat(settings.transport()).isEqualTo(SlackSettings.Transport.HTTP);
        assertThat(settings.botToken()).isNull();
        assertThat(settings.oauth().installUrl()).isEqualTo("https://bot.example.com/slack/install");
        assertThat(settings.oauth().redirectUrl()).isEqualTo("https://bot.example.com/slack/oauth_redirect");
        assertThat(settings.toString()).doesNotContain("client-secret", "sig-value-9");
    }

    @Test
    void should_explain_each_missing_or_conflicting_oauth_setting_in_one_line() {
        Map<String, String> complete = Map.of(
                "SLACK_CLIENT_ID", "123.456",
                "SLACK_CLIENT_SECRET", "client-secret",
                "SLACK_SIGNING_SECRET", "signing",
                "STORYBOT_SLACK_PUBLIC_URL", "https://bot.example.com");
        assertThatThrownBy(() -> SettingsReader.of(with(complete, "SLACK_BOT_TOKEN", "xoxb-1"))
                        .slack())
                .hasMessageContaining("not both");
        assertThatThrownBy(() -> SettingsReader.of(with(complete, "SLACK_APP_TOKEN", "xapp-1"))
                        .slack())
                .hasMessageContaining("unset SLACK_APP_TOKEN");
        assertThatThrownBy(() -> SettingsReader.of(without(complete, "SLACK_CLIENT_SECRET"))
                        .slack())
                .hasMessageContaining("SLACK_CLIENT_SECRET");
        assertThatThrownBy(() -> SettingsReader.of(without(complete, "STORYBOT_SLACK_PUBLIC_URL"))
                        .slack())
                .hasMessageContaining("STORYBOT_SLACK_PUBLIC_URL");
        assertThatThrownBy(() -> SettingsReader.of(with(complete, "STORYBOT_SLACK_PUBLIC_URL", "bot.example.com"))
                        .slack())
                .hasMessageContaining("STORYBOT_SLACK_PUBLIC_URL")
                .hasMessageNotContaining("\n");
    }

    private static Map<String, String> with(Map<String, String> values, String name, String value) {
        Map<String, String> changed = new java.util.HashMap<>(values);
        changed.put(name, value);
        return changed;
    }

    private static Map<String, String> without(Map<String, String> values, String name) {
        Map<String, String> changed = new java.util.HashMap<>(values);
        changed.remove(name);
        return changed;
    }
}
