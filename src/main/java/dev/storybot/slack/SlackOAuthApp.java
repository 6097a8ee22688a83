package dev.storybot.slack;

import com.slack.api.Slack;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.service.builtin.oauth.OAuthV2AccessErrorHandler;
import dev.storybot.settings.SlackSettings;
import java.time.Clock;

/**
 * Bolt set up to install into any workspace: {@link SlackSettings#OAUTH_INSTALL_PATH} sends the browser to Slack's
 * consent page with a state kept in the database, {@link SlackSettings#OAUTH_REDIRECT_PATH} checks that state,
 * exchanges the code with {@code oauth.v2.access} and stores the workspace's bot token; each request is then
 * answered with its workspace's token, and {@code app_uninstalled} or {@code tokens_revoked} removes it.
 */
final class SlackOAuthApp {

    private static final int HTTP_BAD_REQUEST = 400;

    static final String START_AGAIN_TEXT = "Start again at ";
    static final String STALE_STATE_TEXT =
            "This install link has expired, was already used or was opened in another browser. " + START_AGAIN_TEXT;

    private SlackOAuthApp() {}

    /** A plain-text 400 for the installing browser, instead of Bolt's page with HTTP 200. */
    private static Response refuse(Response response, String text) {
        response.setStatusCode(HTTP_BAD_REQUEST);
        response.setContentType("text/plain; charset=utf-8");
        response.setBody(text + "\n");
        return response;
    }

    /** The app, with every value set here rather than left to Bolt's own environment variables. */
    @SuppressWarnings("deprecation") // the older path names are set too, so that Bolt's own variables cannot win
    static App create(Slack slack, SlackSettings settings, SlackInstallStore store, Clock clock) {
        SlackSettings.OAuth oauth = settings.oauth();
        AppConfig config = AppConfig.builder()
                .slack(slack)
                .signingSecret(settings.signingSecret())
                .clientId(oauth.clientId())
                .clientSecret(oauth.clientSecret())
                .redirectUri(oauth.redirectUrl())
                .scope(String.join(",", SlackManifest.BOT_SCOPES))
                .userScope(null)
                .oauthInstallPath(SlackSettings.OAUTH_INSTALL_PATH)
                .oauthStartPath(SlackSettings.OAUTH_INSTALL_PATH)
                .oauthRedirectUriPath(SlackSettings.OAUTH_REDIRECT_PATH)
                .oauthCallbackPath(SlackSettings.OAUTH_REDIRECT_PATH)
                .oAuthInstallPageRenderingEnabled(false) // straight to Slack's consent page
                .oauthCompletionUrl(null)
                .oauthCancellationUrl(null)
                .stateValidationEnabled(true)
                .allEventsApiAutoAckEnabled(true) // edits, joins and other events we do not handle
                .build();
        App app = new App(config).asOAuthApp(true);
        app.service(new StoredInstallations(store.installations(), clock));
        app.service(new StoredOAuthStates(store.states()));
        app.oauthCallbackStateError((request, response) -> refuse(response, STALE_STATE_TEXT + oauth.installUrl()));
        app.oauthCallbackAccessError((OAuthV2AccessErrorHandler) (request, response, access) -> refuse(
                response,
                "Slack did not complete the install (" + access.getError() + "). " + START_AGAIN_TEXT
                        + oauth.installUrl()));
        return app.enableTokenRevocationHandlers();
    }
}
