package dev.storybot.settings;

import java.util.Objects;

/**
 * How to connect to Slack.
 *
 * @param botToken      the bot token ({@code xoxb-…}) used for the Web API; null when the app is installed into
 *                      workspaces through OAuth, each with its own token
 * @param appToken      the app-level token ({@code xapp-…}) for Socket Mode, or null in HTTP mode
 * @param signingSecret the signing secret that authenticates HTTP requests from Slack, or null in Socket Mode
 * @param httpHost      the interface the HTTP mode server binds to
 * @param httpPort      the HTTP mode port; 0 picks a free port
 * @param apiUrl        the Web API base, ending in {@code /}
 * @param oauth         the app's OAuth credentials when it installs into many workspaces, or null for one workspace
 */
public record SlackSettings(
        String botToken,
        String appToken,
        String signingSecret,
        String httpHost,
        int httpPort,
        String apiUrl,
        OAuth oauth) {

    /** HTTP mode port when {@link Variable#STORYBOT_SLACK_PORT} is unset: Bolt's usual port. */
    public static final int DEFAULT_HTTP_PORT = 3000;
    /** HTTP mode bind address when {@link Variable#STORYBOT_SLACK_HOST} is unset: all interfaces. */
    public static final String DEFAULT_HTTP_HOST = "0.0.0.0";
    /** Slack's Web API. */
    public static final String DEFAULT_API_URL = "https://slack.com/api/";
    /** The path Slack sends HTTP mode requests to. */
    public static final String EVENTS_PATH = "/slack/events";
    /** The path that starts an install: it sends the browser to Slack's consent page. */
    public static final String OAUTH_INSTALL_PATH = "/slack/install";
    /** The path Slack sends the browser back to after the consent page. */
    public static final String OAUTH_REDIRECT_PATH = "/slack/oauth_redirect";

    private static final String MASK = "****";

    /** How the bot receives events from Slack. */
    public enum Transport {
        /** An outgoing WebSocket to Slack; no public URL needed. */
        SOCKET_MODE,
        /** Slack posts signed requests to {@link #EVENTS_PATH}. */
        HTTP
    }

    /**
     * The app's credentials for installs through OAuth.
     *
     * @param clientId     the app's client id
     * @param clientSecret the app's client secret; never printed
     * @param publicUrl    the public base address of the HTTP endpoint, without a trailing {@code /}
     */
    public record OAuth(String clientId, String clientSecret, String publicUrl) {

        public OAuth {
            Objects.requireNonNull(clientId, "clientId");
            Objects.requireNonNull(clientSecret, "clientSecret");
            Objects.requireNonNull(publicUrl, "publicUrl");
            publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        }

        /** Where a workspace admin starts an install. */
        public String installUrl() {
            return publicUrl + OAUTH_INSTALL_PATH;
        }

        /** The redirect URL to list in the app's OAuth settings. */
        public String redirectUrl() {
            return publicUrl + OAUTH_REDIRECT_PATH;
        }

        /** Where Slack posts events, commands and clicks. */
        public String eventsUrl() {
            return publicUrl + EVENTS_PATH;
        }

        @Override
        public String toString() {
            return "OAuth[clientId=" + clientId + ", clientSecret=" + MASK + ", publicUrl=" + publicUrl + "]";
        }
    }

    /** Settings for one workspace, with the bot token of the app installed there. */
    public SlackSettings(
            String botToken, String appToken, String signingSecret, String httpHost, int httpPort, String apiUrl) {
        this(botToken, appToken, signingSecret, httpHost, httpPort, apiUrl, null);
    }

    public SlackSettings {
        Objects.requireNonNull(httpHost, "httpHost");
        Objects.requireNonNull(apiUrl, "apiUrl");
        if ((botToken == null) == (oauth == null)) {
            throw new IllegalArgumentException("exactly one of botToken and oauth is required");
        }
        if (oauth != null && (appToken != null || signingSecret == null)) {
            throw new IllegalArgumentException("OAuth installs need HTTP mode: a signing secret and no app token");
        }
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

    /** True when the app installs into many workspaces through OAuth, each answered with its own token. */
    public boolean installsThroughOAuth() {
        return oauth != null;
    }

    @Override
    public String toString() {
        return "SlackSettings[botToken=" + mask(botToken) + ", appToken=" + mask(appToken)
                + ", signingSecret=" + mask(signingSecret) + ", transport=" + transport()
                + ", httpHost=" + httpHost + ", httpPort=" + httpPort + ", apiUrl=" + apiUrl + ", oauth=" + oauth + "]";
    }

    private static String mask(String secret) {
        return secret == null ? "unset" : MASK;
    }
}
