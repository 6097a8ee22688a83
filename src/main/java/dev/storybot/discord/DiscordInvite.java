package dev.storybot.discord;

import dev.storybot.settings.Variable;
import java.util.EnumSet;
import java.util.Set;
import net.dv8tion.jda.api.Permission;

/**
 * Builds the OAuth2 URL that adds the bot to a server with the {@code bot} and {@code applications.commands} scopes
 * and only the permissions it needs.
 */
public final class DiscordInvite {

    /** What the bot does in a channel: read it, answer (also in threads), and reply to earlier messages. */
    public static final Set<Permission> PERMISSIONS = EnumSet.of(
            Permission.VIEW_CHANNEL,
            Permission.MESSAGE_SEND,
            Permission.MESSAGE_SEND_IN_THREADS,
            Permission.MESSAGE_HISTORY);

    /** Told to the user when no application id can be found. */
    public static final String MISSING_APPLICATION_ID = "Cannot build the invite URL: set "
            + Variable.DISCORD_APPLICATION_ID + " (Developer Portal > General Information > Application ID) or "
            + Variable.DISCORD_TOKEN + ".";

    private static final String AUTHORIZE_URL = "https://discord.com/oauth2/authorize";
    private static final String SCOPES = "bot%20applications.commands";

    private DiscordInvite() {}

    /** The permission integer of {@link #PERMISSIONS}, as Discord expects it in the invite URL. */
    public static long permissionBits() {
        return Permission.getRaw(PERMISSIONS);
    }

    /**
     * The invite URL, e.g. {@code https://discord.com/oauth2/authorize?client_id=123&scope=bot%20applications.commands
     * &permissions=274877975552}.
     */
    public static String url(String applicationId) {
        return AUTHORIZE_URL + "?client_id=" + applicationId + "&scope=" + SCOPES + "&permissions=" + permissionBits();
    }
}
