package dev.storybot.slack;

import dev.storybot.settings.SlackSettings;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Which {@code response_url}s the bot posts answers to. With Slack's own Web API only {@code https} URLs on
 * {@code slack.com} or one of its subdomains; when {@link SlackSettings#ENV_API_URL} points the bot at another Web API
 * (a test double or a proxy), only URLs on that API's scheme, host and port instead.
 */
final class ResponseUrlPolicy {

    private static final String SLACK_DOMAIN = "slack.com";
    private static final String HTTPS = "https";
    private static final int HTTPS_DEFAULT_PORT = 443;
    private static final int HTTP_DEFAULT_PORT = 80;

    private final String scheme;
    private final String host;
    private final int port;
    private final boolean slackDomain;

    private ResponseUrlPolicy(String scheme, String host, int port, boolean slackDomain) {
        this.scheme = scheme;
        this.host = host;
        this.port = port;
        this.slackDomain = slackDomain;
    }

    /** The policy for a bot talking to the Web API at {@code apiUrl} (see {@link SlackSettings#apiUrl()}). */
    static ResponseUrlPolicy forApiUrl(String apiUrl) {
        if (apiUrl.equals(SlackSettings.DEFAULT_API_URL)) {
            return new ResponseUrlPolicy(HTTPS, SLACK_DOMAIN, HTTPS_DEFAULT_PORT, true);
        }
        URI api = URI.create(apiUrl);
        return new ResponseUrlPolicy(lower(api.getScheme()), lower(api.getHost()), effectivePort(api), false);
    }

    /** True when answers may be posted to {@code responseUrl}. */
    boolean allows(String responseUrl) {
        if (responseUrl == null) {
            return false;
        }
        URI url;
        try {
            url = new URI(responseUrl);
        } catch (URISyntaxException e) {
            return false;
        }
        String urlHost = lower(url.getHost());
        if (!scheme.equals(lower(url.getScheme())) || urlHost == null || url.getRawUserInfo() != null) {
            return false;
        }
        boolean hostAllowed = slackDomain ? urlHost.equals(host) || urlHost.endsWith("." + host) : urlHost.equals(host);
        return hostAllowed && effectivePort(url) == port;
    }

    private static int effectivePort(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return HTTPS.equals(lower(uri.getScheme())) ? HTTPS_DEFAULT_PORT : HTTP_DEFAULT_PORT;
    }

    private static String lower(String text) {
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }
}
