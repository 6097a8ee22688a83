package dev.storybot.settings;

import java.util.Objects;

/**
 * How to connect to Slack.
 *
 * @param botToken      the bot token ({@code xoxb-…}) used for the Web API
 * @param appToken      the app-level token ({@code xapp-…}) for Socket Mode, or null in HTTP mode
 * @param signingSecret the signing secret that authenticates HTTP requests from Slack, or null in Socket Mode
 * @param httpHost      the interface the HTTP mode server binds to
 * @param httpPort      the HTTP mode port; 0 picks a free port
 * @param apiUrl        the Web API base, ending in {@code /}
 */
public record SlackSettings(
        String botToken, String appToken, String signingSecret, String httpHost, int httpPort, String apiUrl) {

    /** HTTP mode port when {@link Variable#STORYBOT_SLACK_PORT} is unset: Bolt's usual port. */
    public static final int DEFAULT_HTTP_PORT = 3000;
    /** HTTP mode bind address when {@link Variable#STORYBOT_SLACK_HOST} is unset: all interfaces. */
    public static final String DEFAULT_HTTP_HOST = "0.0.0.0";
    /** Slack's Web API. */
    public static final String DEFAULT_API_URL = "https://slack.com/api/";
    /** The path Slack sends HTTP mode requests to. */
    public static final String EVENTS_PATH = "/slack/events";

    private static final String MASK = "****";

    /** How the bot receives events from Slack. */
    public enum Transport {
        /** An outgoing WebSocket to Slack; no public URL needed. */
        SOCKET_MODE,
        /** Slack posts signed requests to {@link #EVENTS_PATH}. */
        HTTP
    }

    public SlackSettings {
        Objects.requireNonNull(botToken, "botToken");
        Objects.requireNonNull(httpHost, "httpHost");
        Objects.requireNonNull(apiUrl, "apiUrl");
        if (appToken == null && signingSecret == null) {
            throw new IllegalArgumentException("either appToken or signingSecret is required");
        }
        if (httpPort < 0 || httpPort > SettingsReader.MAX_PORT) {
            throw new IllegalArgumentException("httpPort out of range: " + httpPort);
        }
        apiUrl = apiUrl.endsWith("/") ? apiUrl : apiUrl + "/";
    }

    /** Socket Mode when an app token is present (it wins over a signing secret), else HTTP mode. */
    public Transport transport() {
        return appToken != null ? Transport.SOCKET_MODE : Transport.HTTP;
    }

    @Override
    public String toString() {
        return "SlackSettings[botToken=" + mask(botToken) + ", appToken=" + mask(appToken)
                + ", signingSecret=" + mask(signingSecret) + ", transport=" + transport()
                + ", httpHost=" + httpHost + ", httpPort=" + httpPort + ", apiUrl=" + apiUrl + "]";
    }

    private static String mask(String secret) {
        return secret == null ? "unset" : MASK;
    }
}
