package dev.storybot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The app manifest printed by {@code storybot slack-manifest}. */
class SlackManifestTest {

    private final JsonNode manifest = parse(SlackManifest.json());

    @Test
    @DisplayName("declares /ask, Socket Mode and interactivity (for the 👍/👎 buttons)")
    void should_declare_command_socket_mode_and_interactivity() {
        JsonNode command = manifest.path("features").path("slash_commands").get(0);
        assertThat(command.path("command").asText()).isEqualTo("/ask");
        assertThat(command.path("description").asText()).isNotBlank();
        assertThat(manifest.path("settings").path("socket_mode_enabled").asBoolean())
                .isTrue();
        assertThat(manifest.path("settings")
                        .path("interactivity")
                        .path("is_enabled")
                        .asBoolean())
                .isTrue();
        assertThat(manifest.path("features")
                        .path("app_home")
                        .path("messages_tab_enabled")
                        .asBoolean())
                .isTrue();
    }

    @Test
    @DisplayName("subscribes to mentions, DMs and channel messages (for thread follow-ups) with the scopes they need")
    void should_declare_events_and_scopes() {
        assertThat(strings(manifest.path("settings").path("event_subscriptions").path("bot_events")))
                .containsExactlyInAnyOrder("app_mention", "message.im", "message.channels", "message.groups");
        assertThat(strings(manifest.path("oauth_config").path("scopes").path("bot")))
                .contains(
                        "app_mentions:read",
                        "chat:write",
                        "commands",
                        "im:history",
                        "im:read",
                        "im:write",
                        "channels:history",
                        "groups:history");
    }

    @Test
    @DisplayName("names the app and its bot user")
    void should_name_app() {
        assertThat(manifest.path("display_information").path("name").asText()).isEqualTo("Storybot");
        assertThat(manifest.path("features")
                        .path("bot_user")
                        .path("display_name")
                        .asText())
                .isEqualTo("Storybot");
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    @Test
    void should_declare_http_mode_request_urls_redirect_url_and_uninstall_events_for_oauth_installs() {
        JsonNode oauth = parse(SlackManifest.json(
                new dev.storybot.settings.SlackSettings.OAuth("1.2", "secret", "https://bot.example.com")));

        assertThat(oauth.path("settings").path("socket_mode_enabled").asBoolean(true))
                .isFalse();
        assertThat(strings(oauth.path("oauth_config").path("redirect_urls")))
                .containsExactly("https://bot.example.com/slack/oauth_redirect");
        assertThat(oauth.path("settings")
                        .path("event_subscriptions")
                        .path("request_url")
                        .asText())
                .isEqualTo("https://bot.example.com/slack/events");
        assertThat(oauth.path("settings")
                        .path("interactivity")
                        .path("request_url")
                        .asText())
                .isEqualTo("https://bot.example.com/slack/events");
        assertThat(oauth.path("features")
                        .path("slash_commands")
                        .get(0)
                        .path("url")
                        .asText())
                .isEqualTo("https://bot.example.com/slack/events");
        assertThat(strings(oauth.path("settings").path("event_subscriptions").path("bot_events")))
                .contains("app_uninstalled", "tokens_revoked");
        assertThat(oauth.toString()).doesNotContain("secret");
    }

    private static JsonNode parse(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (Exception e) {
            throw new AssertionError("manifest is not valid JSON", e);
        }
    }
}
