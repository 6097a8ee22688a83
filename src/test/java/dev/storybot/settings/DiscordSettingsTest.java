package dev.storybot.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DiscordSettingsTest {

    private static final String BOT_ID = "1100000000000000001";
    /** A token shaped like Discord's: the base64 of the bot's id, then two more segments. */
    private static final String TOKEN =
            Base64.getEncoder().withoutPadding().encodeToString(BOT_ID.getBytes(StandardCharsets.UTF_8))
                    + ".fake.token";

    @Test
    void should_be_empty_when_the_token_is_missing_or_blank() {
        assertThat(SettingsReader.of(Map.of()).discord()).isEmpty();
        assertThat(SettingsReader.of(Map.of("DISCORD_TOKEN", "  ")).discord()).isEmpty();
    }

    @Test
    void should_use_discords_endpoints_and_global_commands_by_default() {
        DiscordSettings config =
                SettingsReader.of(Map.of("DISCORD_TOKEN", TOKEN)).discord().orElseThrow();

        assertThat(config.token()).isEqualTo(TOKEN);
        assertThat(config.optionalGuildId()).isEmpty();
        assertThat(config.apiUrl()).isEqualTo(URI.create("https://discord.com/api/v10/"));
        assertThat(config.gatewayUrl()).isEqualTo(URI.create("wss://gateway.discord.gg/"));
    }

    @Test
    void should_read_the_guild_and_endpoint_overrides() {
        DiscordSettings config = SettingsReader.of(Map.of(
                        "DISCORD_TOKEN", TOKEN,
                        "DISCORD_GUILD_ID", " 1200000000000000001 ",
                        "STORYBOT_DISCORD_API_URL", "http://127.0.0.1:8080/api/v10",
                        "STORYBOT_DISCORD_GATEWAY_URL", "ws://127.0.0.1:8081/"))
                .discord()
                .orElseThrow();

        assertThat(config.guildId()).isEqualTo("1200000000000000001");
        assertThat(config.apiUrl()).isEqualTo(URI.create("http://127.0.0.1:8080/api/v10/"));
        assertThat(config.gatewayUrl()).isEqualTo(URI.create("ws://127.0.0.1:8081/"));
    }

    @Test
    void should_reject_a_guild_id_that_is_not_a_number_naming_the_variable() {
        assertThatThrownBy(() -> SettingsReader.of(Map.of("DISCORD_TOKEN", TOKEN, "DISCORD_GUILD_ID", "newsroom"))
                        .discord())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("DISCORD_GUILD_ID must be a numeric Discord id (right-click > Copy ID), was 'newsroom'");
    }

    @Test
    void should_reject_endpoints_with_the_wrong_scheme() {
        assertThatThrownBy(() -> SettingsReader.of(Map.of(
                                "DISCORD_TOKEN", TOKEN, "STORYBOT_DISCORD_GATEWAY_URL", "https://gateway.discord.gg"))
                        .discord())
                .hasMessageContaining("STORYBOT_DISCORD_GATEWAY_URL must be an absolute ws or wss URL");
        assertThatThrownBy(() -> SettingsReader.of(
                                Map.of("DISCORD_TOKEN", TOKEN, "STORYBOT_DISCORD_API_URL", "discord.com/api"))
                        .discord())
                .hasMessageContaining("STORYBOT_DISCORD_API_URL must be an absolute http or https URL");
        assertThatThrownBy(() -> SettingsReader.of(
                                Map.of("DISCORD_TOKEN", TOKEN, "STORYBOT_DISCORD_API_URL", "http://exa mple"))
                        .discord())
                .hasMessage("STORYBOT_DISCORD_API_URL must be an absolute http or https URL, was 'http://exa mple'");
    }

    @Test
    void should_reject_a_token_with_the_bot_prefix_or_spaces() {
        assertThatThrownBy(() -> SettingsReader.of(Map.of("DISCORD_TOKEN", "Bot " + TOKEN))
                        .discord())
                .hasMessageContaining("without the 'Bot ' prefix");
        assertThatThrownBy(() ->
                        SettingsReader.of(Map.of("DISCORD_TOKEN", "abc def")).discord())
                .hasMessageContaining("DISCORD_TOKEN contains whitespace");
    }

    @Test
    void should_never_print_the_token() {
        DiscordSettings config =
                SettingsReader.of(Map.of("DISCORD_TOKEN", TOKEN)).discord().orElseThrow();

        assertThat(config.toString())
                .doesNotContain(TOKEN)
                .doesNotContain("fake.token")
                .contains("****");
    }

    @Test
    void should_take_the_application_id_from_the_environment_or_else_from_the_token() {
        assertThat(SettingsReader.of(Map.of("DISCORD_TOKEN", TOKEN))
                        .discord()
                        .orElseThrow()
                        .applicationId())
                .isEqualTo(BOT_ID);
        assertThat(SettingsReader.of(Map.of("DISCORD_TOKEN", TOKEN, "DISCORD_APPLICATION_ID", "42"))
                        .discord()
                        .orElseThrow()
                        .applicationId())
                .isEqualTo("42");
        assertThat(DiscordSettings.applicationIdFromToken("not-a-token")).isEqualTo(Optional.empty());
        assertThat(DiscordSettings.applicationIdFromToken("!!!.a.b")).isEmpty();
    }
}
