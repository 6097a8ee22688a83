package dev.storybot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DiscordConfigTest {

    private static final String TOKEN = FakeDiscord.TOKEN;

    @Test
    void should_be_empty_when_the_token_is_missing_or_blank() {
        assertThat(DiscordConfig.fromEnv(Map.of())).isEmpty();
        assertThat(DiscordConfig.fromEnv(Map.of("DISCORD_TOKEN", "  "))).isEmpty();
    }

    @Test
    void should_use_discords_endpoints_and_global_commands_by_default() {
        DiscordConfig config = DiscordConfig.fromEnv(Map.of("DISCORD_TOKEN", TOKEN)).orElseThrow();

        assertThat(config.token()).isEqualTo(TOKEN);
        assertThat(config.optionalGuildId()).isEmpty();
        assertThat(config.apiUrl()).isEqualTo(URI.create("https://discord.com/api/v10/"));
        assertThat(config.gatewayUrl()).isEqualTo(URI.create("wss://gateway.discord.gg/"));
    }

    @Test
    void should_read_the_guild_and_endpoint_overrides() {
        DiscordConfig config = DiscordConfig.fromEnv(Map.of(
            "DISCORD_TOKEN", TOKEN,
            "DISCORD_GUILD_ID", " 1200000000000000001 ",
            "STORYBOT_DISCORD_API_URL", "http://127.0.0.1:8080/api/v10",
            "STORYBOT_DISCORD_GATEWAY_URL", "ws://127.0.0.1:8081/")).orElseThrow();

        assertThat(config.guildId()).isEqualTo("1200000000000000001");
        assertThat(config.apiUrl()).isEqualTo(URI.create("http://127.0.0.1:8080/api/v10/"));
        assertThat(config.gatewayUrl()).isEqualTo(URI.create("ws://127.0.0.1:8081/"));
    }

    @Test
    void should_reject_a_guild_id_that_is_not_a_number_naming_the_variable() {
        assertThatThrownBy(() -> DiscordConfig.fromEnv(Map.of("DISCORD_TOKEN", TOKEN, "DISCORD_GUILD_ID", "newsroom")))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("DISCORD_GUILD_ID must be a numeric Discord id (right-click > Copy ID), got 'newsroom'");
    }

    @Test
    void should_reject_endpoints_with_the_wrong_scheme() {
        assertThatThrownBy(() -> DiscordConfig.fromEnv(Map.of("DISCORD_TOKEN", TOKEN,
            "STORYBOT_DISCORD_GATEWAY_URL", "https://gateway.discord.gg")))
            .hasMessageContaining("STORYBOT_DISCORD_GATEWAY_URL must be an absolute ws or wss URL");
        assertThatThrownBy(() -> DiscordConfig.fromEnv(Map.of("DISCORD_TOKEN", TOKEN,
            "STORYBOT_DISCORD_API_URL", "discord.com/api")))
            .hasMessageContaining("STORYBOT_DISCORD_API_URL must be an absolute http or https URL");
        assertThatThrownBy(() -> DiscordConfig.fromEnv(Map.of("DISCORD_TOKEN", TOKEN,
            "STORYBOT_DISCORD_API_URL", "http://exa mple")))
            .hasMessageContaining("STORYBOT_DISCORD_API_URL is not a valid URL");
    }

    @Test
    void should_reject_a_token_with_the_bot_prefix_or_spaces() {
        assertThatThrownBy(() -> DiscordConfig.fromEnv(Map.of("DISCORD_TOKEN", "Bot " + TOKEN)))
            .hasMessageContaining("without the 'Bot ' prefix");
        assertThatThrownBy(() -> DiscordConfig.fromEnv(Map.of("DISCORD_TOKEN", "abc def")))
            .hasMessageContaining("DISCORD_TOKEN contains whitespace");
    }

    @Test
    void should_never_print_the_token() {
        DiscordConfig config = DiscordConfig.fromEnv(Map.of("DISCORD_TOKEN", TOKEN)).orElseThrow();

        assertThat(config.toString()).doesNotContain(TOKEN).doesNotContain("fake.token").contains("****");
    }

    @Test
    void should_take_the_application_id_from_the_environment_or_else_from_the_token() {
        assertThat(DiscordConfig.fromEnv(Map.of("DISCORD_TOKEN", TOKEN)).orElseThrow().applicationId())
            .isEqualTo(FakeDiscord.BOT_ID);
        assertThat(DiscordConfig.fromEnv(Map.of("DISCORD_TOKEN", TOKEN, "DISCORD_APPLICATION_ID", "42"))
            .orElseThrow().applicationId()).isEqualTo("42");
        assertThat(DiscordConfig.applicationIdFromToken("not-a-token")).isEqualTo(Optional.empty());
        assertThat(DiscordConfig.applicationIdFromToken("!!!.a.b")).isEmpty();
    }
}
