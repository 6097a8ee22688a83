package dev.storybot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storybot.settings.SettingsReader;
import java.util.Map;
import net.dv8tion.jda.api.Permission;
import org.junit.jupiter.api.Test;

class DiscordInviteTest {

    @Test
    void should_build_an_invite_with_both_scopes_and_only_the_needed_permissions() {
        String url = DiscordInvite.url("1100000000000000001");

        // VIEW_CHANNEL (1 << 10) + SEND_MESSAGES (1 << 11) + READ_MESSAGE_HISTORY (1 << 16)
        // + SEND_MESSAGES_IN_THREADS (1 << 38)
        assertThat(url)
                .isEqualTo("https://discord.com/oauth2/authorize?client_id=1100000000000000001"
                        + "&scope=bot%20applications.commands&permissions=274877975552");
    }

    @Test
    void should_not_ask_for_dangerous_permissions() {
        assertThat(Permission.getPermissions(DiscordInvite.permissionBits()))
                .doesNotContain(
                        Permission.ADMINISTRATOR,
                        Permission.MESSAGE_MENTION_EVERYONE,
                        Permission.MESSAGE_MANAGE,
                        Permission.MANAGE_SERVER);
    }

    @Test
    void should_find_the_application_id_in_the_environment_or_the_token() {
        assertThat(SettingsReader.of(Map.of("DISCORD_APPLICATION_ID", "42")).discordApplicationId())
                .contains("42");
        assertThat(SettingsReader.of(Map.of("DISCORD_TOKEN", FakeDiscord.TOKEN)).discordApplicationId())
                .contains(FakeDiscord.BOT_ID);
        assertThat(SettingsReader.of(Map.of()).discordApplicationId()).isEmpty();
        assertThatThrownBy(() -> SettingsReader.of(Map.of("DISCORD_APPLICATION_ID", "my-bot"))
                        .discordApplicationId())
                .hasMessageContaining("DISCORD_APPLICATION_ID must be a numeric Discord id");
    }
}
