package dev.storybot.slack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.storybot.settings.SlackSettings;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The Slack app manifest for {@code storybot slack-manifest}: paste it into "Create New App → From an app manifest"
 * (Slack accepts JSON there) to get the slash command, events, scopes and Socket Mode set up in one step.
 */
public final class SlackManifest {

    /** The app and bot user name shown in Slack. */
    public static final String APP_NAME = "Storybot";

    /** Bot scopes: read mentions, DMs and thread replies; write messages; the slash command. */
    public static final List<String> BOT_SCOPES = List.of(
            "app_mentions:read",
            "channels:history",
            "groups:history",
            "chat:write",
            "commands",
            "im:history",
            "im:read",
            "im:write");

    /** Bot events: mentions, DMs, and channel messages (needed for thread follow-ups without a mention). */
    public static final List<String> BOT_EVENTS =
            List.of("app_mention", "message.channels", "message.groups", "message.im");

    private static final ObjectMapper JSON = new ObjectMapper();

    private SlackManifest() {}

    /** Events every install through OAuth needs, so that an uninstall removes the workspace's token. */
    public static final List<String> UNINSTALL_EVENTS = List.of("app_uninstalled", "tokens_revoked");

    /** The manifest as pretty-printed JSON, for Socket Mode (see the README to switch it to HTTP mode). */
    public static String json() {
        return json(null);
    }

    /**
     * The manifest as pretty-printed JSON: for Socket Mode when {@code oauth} is null, else for installs into any
     * workspace in HTTP mode, with the request URLs and the OAuth redirect URL under {@code oauth}'s public address.
     */
    public static String json(SlackSettings.OAuth oauth) {
        ObjectNode manifest = JSON.createObjectNode();
        manifest.putObject("_metadata").put("major_version", 1).put("minor_version", 1);
        manifest.putObject("display_information")
                .put("name", APP_NAME)
                .put("description", "Answers questions about one news story, quoting the article.")
                .put("background_color", "#1d3557");

        ObjectNode features = manifest.putObject("features");
        features.putObject("app_home")
                .put("home_tab_enabled", false)
                .put("messages_tab_enabled", true)
                .put("messages_tab_read_only_enabled", false);
        features.putObject("bot_user").put("display_name", APP_NAME).put("always_online", true);
        features.putArray("slash_commands")
                .addObject()
                .put("command", SlackListeners.ASK_COMMAND)
                .put("description", "Ask a question about the story")
                .put("usage_hint", "[-p] your question")
                .put("should_escape", false);
        if (oauth != null) {
            ((ObjectNode) features.path("slash_commands").get(0)).put("url", oauth.eventsUrl());
        }

        ObjectNode oauthConfig = manifest.putObject("oauth_config");
        if (oauth != null) {
            oauthConfig.putArray("redirect_urls").add(oauth.redirectUrl());
        }
        ArrayNode scopes = oauthConfig.putObject("scopes").putArray("bot");
        BOT_SCOPES.forEach(scopes::add);

        ObjectNode settings = manifest.putObject("settings");
        ObjectNode subscriptions = settings.putObject("event_subscriptions");
        ArrayNode events = subscriptions.putArray("bot_events");
        BOT_EVENTS.forEach(events::add);
        ObjectNode interactivity = settings.putObject("interactivity").put("is_enabled", true);
        if (oauth != null) {
            subscriptions.put("request_url", oauth.eventsUrl());
            UNINSTALL_EVENTS.forEach(events::add);
            interactivity.put("request_url", oauth.eventsUrl());
        }
        settings.put("org_deploy_enabled", false);
        settings.put("socket_mode_enabled", oauth == null);
        settings.put("token_rotation_enabled", false);
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(manifest);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e); // cannot happen for an in-memory tree
        }
    }
}
