package dev.storybot.slack;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How to connect to Slack, read from environment variables.
 *
 * @param botToken      the bot token ({@code xoxb-…}) used for the Web API
 * @param appToken      the app-level token ({@code xapp-…}) for Socket Mode, or null in HTTP mode
 * @param signingSecret the signing secret that authenticates HTTP requests from Slack, or null in Socket Mode
 * @param httpHost      the interface the HTTP mode server binds to
 * @param httpPort      the HTTP mode port; 0 picks a free port
 * @param apiUrl        the Web API base, ending in {@code /}
 */
public record SlackSettings(String botToken, String appToken, String signingSecret, String httpHost, int httpPort,
                            String apiUrl) {

    /** Environment variable holding the bot token; unset means Slack is off. */
    public static final String ENV_BOT_TOKEN = "SLACK_BOT_TOKEN";
    /** Environment variable holding the app-level token; set means Socket Mode. */
    public static final String ENV_APP_TOKEN = "SLACK_APP_TOKEN";
    /** Environment variable holding the signing secret; set (without an app token) means HTTP mode. */
    public static final String ENV_SIGNING_SECRET = "SLACK_SIGNING_SECRET";
    /** Environment variable holding the HTTP mode port. */
    public static final String ENV_PORT = "STORYBOT_SLACK_PORT";
    /** Environment variable holding the HTTP mode bind address. */
    public static final String ENV_HOST = "STORYBOT_SLACK_HOST";
    /**
     * Environment variable overriding the Web API base URL; when set, response_urls are only called on its scheme,
     * host and port (otherwise only {@code https} on {@code slack.com}), so tests point both at one fake.
     */
    public static final String ENV_API_URL = "STORYBOT_SLACK_API_URL";

    /** HTTP mode port when {@link #ENV_PORT} is unset. */
    public static final int DEFAULT_HTTP_PORT = 3000;
    /** HTTP mode bind address when {@link #ENV_HOST} is unset: all interfaces. */
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
        if (httpPort < 0 || httpPort > 65_535) {
            throw new IllegalArgumentException("httpPort out of range: " + httpPort);
        }
        apiUrl = apiUrl.endsWith("/") ? apiUrl : apiUrl + "/";
    }

    /**
     * Reads the settings from environment variables.
     *
     * @return empty when {@code SLACK_BOT_TOKEN} is unset or blank (Slack is off)
     * @throws IllegalArgumentException with a one-line message saying what to fix, when the variables are
     *                                  inconsistent (e.g. a bot token without an app token or signing secret)
     */
    public static Optional<SlackSettings> fromEnv(Map<String, String> env) {
        String botToken = value(env, ENV_BOT_TOKEN);
        if (botToken == null) {
            return Optional.empty();
        }
        String appToken = value(env, ENV_APP_TOKEN);
        String signingSecret = value(env, ENV_SIGNING_SECRET);
        if (appToken == null && signingSecret == null) {
            throw new IllegalArgumentException(ENV_BOT_TOKEN + " is set but neither " + ENV_APP_TOKEN
                    + " (Socket Mode) nor " + ENV_SIGNING_SECRET + " (HTTP mode) is; set one of them");
        }
        if (!botToken.startsWith("xoxb-")) {
            throw new IllegalArgumentException(ENV_BOT_TOKEN + " must be a bot token starting with xoxb-"
                    + " (find it under OAuth & Permissions in the Slack app settings)");
        }
        if (appToken != null && !appToken.startsWith("xapp-")) {
            throw new IllegalArgumentException(ENV_APP_TOKEN + " must be an app-level token starting with xapp-"
                    + " (create one with the connections:write scope under Basic Information)");
        }
        String apiUrl = Optional.ofNullable(value(env, ENV_API_URL)).orElse(DEFAULT_API_URL);
        if (!apiUrl.startsWith("http://") && !apiUrl.startsWith("https://")) {
            throw new IllegalArgumentException(ENV_API_URL + " must be an http(s) URL, was: " + apiUrl);
        }
        String host = Optional.ofNullable(value(env, ENV_HOST)).orElse(DEFAULT_HTTP_HOST);
        return Optional.of(new SlackSettings(botToken, appToken, signingSecret, host, port(env), apiUrl));
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

    private static int port(Map<String, String> env) {
        String raw = value(env, ENV_PORT);
        if (raw == null) {
            return DEFAULT_HTTP_PORT;
        }
        try {
            int port = Integer.parseInt(raw);
            if (port >= 0 && port <= 65_535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(ENV_PORT + " must be a port number between 0 and 65535, was: " + raw);
    }

    private static String value(Map<String, String> env, String name) {
        String raw = env.get(name);
        return raw == null || raw.isBlank() ? null : raw.strip();
    }

    private static String mask(String secret) {
        return secret == null ? "unset" : MASK;
    }
}
