package dev.storybot.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.apps.connections.AppsConnectionsOpenResponse;
import com.slack.api.methods.response.auth.AuthTestResponse;
import com.slack.api.socket_mode.SocketModeClient;
import dev.storybot.chat.BotServices;
import dev.storybot.chat.ChatService;
import dev.storybot.chat.ChatWorkers;
import dev.storybot.http.HardenedJetty;
import dev.storybot.settings.SlackSettings;
import dev.storybot.settings.Variable;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running Slack adapter: Bolt in Socket Mode or behind an HTTP endpoint, answering {@code /ask}, mentions, DMs
 * and thread follow-ups. Start it with {@link #start}; close it to disconnect.
 */
public final class SlackBot implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SlackBot.class);

    private final Slack slack;
    private final App app;
    private final ChatWorkers workers;
    private final Connection connection;
    private final String botUserId;
    private final SlackSettings.Transport transport;

    private SlackBot(
            Slack slack,
            App app,
            ChatWorkers workers,
            Connection connection,
            String botUserId,
            SlackSettings.Transport transport) {
        this.slack = slack;
        this.app = app;
        this.workers = workers;
        this.connection = connection;
        this.botUserId = botUserId;
        this.transport = transport;
    }

    /**
     * Checks the tokens, then connects over Socket Mode or starts the HTTP endpoint, depending on the settings.
     * Answers {@code workerThreads} questions at once with up to {@code workerQueue} more waiting; beyond that,
     * askers are told the bot is busy.
     *
     * @throws SlackStartException with a one-line message for the user when a token is rejected, Slack cannot be
     *                             reached or the port cannot be opened
     */
    public static SlackBot start(SlackSettings settings, BotServices services, int workerThreads, int workerQueue)
            throws SlackStartException {
        return start(settings, services, Optional.empty(), workerThreads, workerQueue);
    }

    /**
     * Like {@link #start(SlackSettings, BotServices, int, int)}; when the settings install the app through OAuth,
     * {@code installs} keeps each workspace's installation and the OAuth states, and the HTTP endpoint also serves
     * {@link SlackSettings#OAUTH_INSTALL_PATH} and {@link SlackSettings#OAUTH_REDIRECT_PATH}.
     *
     * @throws SlackStartException as above, or when OAuth is configured without {@code installs}
     */
    public static SlackBot start(
            SlackSettings settings,
            BotServices services,
            Optional<SlackInstallStore> installs,
            int workerThreads,
            int workerQueue)
            throws SlackStartException {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(settings.apiUrl());
        Slack slack = Slack.getInstance(config);
        ChatWorkers workers = null;
        App app = null;
        try {
            String botUserId;
            String botName = "";
            if (settings.installsThroughOAuth()) {
                SlackInstallStore store = installs.orElseThrow(() -> new SlackStartException(
                        "Installs through OAuth need somewhere to keep each workspace's token"));
                app = SlackOAuthApp.create(slack, settings, store, Clock.systemUTC());
                botUserId = "";
            } else {
                AuthTestResponse auth = checkBotToken(slack, settings);
                app = new App(AppConfig.builder()
                        .slack(slack)
                        .singleTeamBotToken(settings.botToken())
                        .signingSecret(settings.signingSecret())
                        .clientId(null)
                        .clientSecret(null)
                        .allEventsApiAutoAckEnabled(true) // edits, joins and other events we do not handle
                        .build());
                botUserId = auth.getUserId();
                botName = auth.getUser();
            }
            workers = new ChatWorkers(SlackAnswering.PLATFORM, workerThreads, workerQueue);
            ChatService chat = new ChatService(SlackAnswering.PLATFORM, services, Clock.systemUTC());
            ResponseUrlPolicy responseUrls = ResponseUrlPolicy.forApiUrl(settings.apiUrl());
            Function<String, SlackAnswering> answeringWith =
                    botToken -> new SlackAnswering(chat, new BoltOutbox(slack, botToken, responseUrls));
            SlackListeners listeners = services.shared().isPresent()
                    ? new SlackListeners(
                            chat, answeringWith, workers, services.shared().get())
                    : new SlackListeners(chat, answeringWith, workers, Clock.systemUTC());
            listeners.register(app);
            Connection connection = settings.transport() == SlackSettings.Transport.SOCKET_MODE
                    ? SocketModeConnection.open(slack, app, settings)
                    : HttpConnection.open(app, settings);
            if (settings.installsThroughOAuth()) {
                LOG.info(
                        "Slack app started in {}, installed in {} workspaces; install it at {}",
                        settings.transport(),
                        installs.get().installations().count(),
                        settings.oauth().installUrl());
            } else {
                LOG.info("Slack bot {} ({}) started in {}", botName, botUserId, settings.transport());
            }
            return new SlackBot(slack, app, workers, connection, botUserId, settings.transport());
        } catch (SlackStartException | RuntimeException e) {
            if (workers != null) {
                workers.close();
            }
            if (app != null) {
                app.stop();
            }
            closeQuietly(slack);
            throw e;
        }
    }

    /**
     * True while the Socket Mode connection is open or the HTTP endpoint is listening. In Socket Mode this pings
     * Slack and can take up to 3 s when the connection is dead, so call it from a health check, not a hot path.
     */
    public boolean isConnected() {
        return connection.isConnected();
    }

    /** Socket Mode or HTTP. */
    public SlackSettings.Transport transport() {
        return transport;
    }

    /** The port the HTTP endpoint actually listens on (useful with port 0); empty in Socket Mode. */
    public OptionalInt httpPort() {
        return connection.port();
    }

    /** The bot's own user id, as reported by {@code auth.test}; empty text when installed through OAuth. */
    public String botUserId() {
        return botUserId;
    }

    /** Stops receiving, lets answers in progress finish (for a bounded time), then releases every resource. */
    @Override
    public void close() {
        connection.close();
        workers.close();
        app.stop();
        closeQuietly(slack);
    }

    private static AuthTestResponse checkBotToken(Slack slack, SlackSettings settings) throws SlackStartException {
        AuthTestResponse auth;
        try {
            auth = slack.methods(settings.botToken()).authTest(request -> request);
        } catch (IOException e) {
            throw unreachable(settings, e);
        } catch (SlackApiException e) {
            throw httpError(settings, "auth.test", e);
        }
        if (!auth.isOk()) {
            throw new SlackStartException("Slack rejected " + Variable.SLACK_BOT_TOKEN + " (auth.test: "
                    + auth.getError() + "); check the bot token of the installed app");
        }
        return auth;
    }

    private static SlackStartException unreachable(SlackSettings settings, IOException e) {
        return new SlackStartException("Could not reach the Slack Web API at " + settings.apiUrl() + " ("
                + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
    }

    private static SlackStartException httpError(SlackSettings settings, String method, SlackApiException e) {
        return new SlackStartException("The Slack Web API at " + settings.apiUrl() + " answered " + method
                + " with HTTP " + e.getResponse().code());
    }

    private static void closeQuietly(Slack slack) {
        try {
            slack.close();
        } catch (Exception e) {
            LOG.debug("Closing the Slack client failed", e);
        }
    }

    /** How events reach the bot. */
    private interface Connection {

        boolean isConnected();

        OptionalInt port();

        void close();
    }

    /** A Socket Mode WebSocket to Slack, reconnecting on its own when Slack asks it to. */
    private static final class SocketModeConnection implements Connection {

        private final SocketModeApp socketModeApp;

        private SocketModeConnection(SocketModeApp socketModeApp) {
            this.socketModeApp = socketModeApp;
        }

        static Connection open(Slack slack, App app, SlackSettings settings) throws SlackStartException {
            checkAppToken(slack, settings);
            SocketModeApp socketModeApp;
            try {
                socketModeApp = new SocketModeApp(settings.appToken(), app, SocketModeClient.Backend.Tyrus);
                socketModeApp.startAsync();
            } catch (Exception e) {
                throw new SlackStartException("Could not open the Slack Socket Mode connection ("
                        + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
            }
            SocketModeConnection connection = new SocketModeConnection(socketModeApp);
            if (!connection.isConnected()) {
                connection.close();
                throw new SlackStartException("Could not open the Slack Socket Mode connection (the WebSocket"
                        + " did not answer); check the network and " + Variable.SLACK_APP_TOKEN);
            }
            return connection;
        }

        private static void checkAppToken(Slack slack, SlackSettings settings) throws SlackStartException {
            AppsConnectionsOpenResponse response;
            try {
                response = slack.methods(settings.appToken()).appsConnectionsOpen(request -> request);
            } catch (IOException e) {
                throw unreachable(settings, e);
            } catch (SlackApiException e) {
                throw httpError(settings, "apps.connections.open", e);
            }
            if (!response.isOk()) {
                throw new SlackStartException("Slack rejected " + Variable.SLACK_APP_TOKEN
                        + " (apps.connections.open: " + response.getError() + "); check the app-level token, its"
                        + " connections:write scope and that Socket Mode is on");
            }
        }

        @Override
        public boolean isConnected() {
            SocketModeClient client = socketModeApp.getClient();
            return client != null && client.verifyConnection();
        }

        @Override
        public OptionalInt port() {
            return OptionalInt.empty();
        }

        @Override
        public void close() {
            SocketModeClient client = socketModeApp.getClient();
            try {
                socketModeApp.close();
                if (client != null) {
                    client.close(); // also stops its polling and session-monitor threads
                }
            } catch (Exception e) {
                LOG.warn("Closing the Slack Socket Mode connection failed", e);
            }
        }
    }

    /** The hardened HTTP endpoint ({@link SlackHttpEndpoint}) serving Bolt on {@link SlackSettings#EVENTS_PATH}. */
    private static final class HttpConnection implements Connection {

        private final HardenedJetty server;

        private HttpConnection(HardenedJetty server) {
            this.server = server;
        }

        static Connection open(App app, SlackSettings settings) throws SlackStartException {
            try {
                return new HttpConnection(SlackHttpEndpoint.start(app, settings, Clock.systemUTC()));
            } catch (Exception e) {
                throw new SlackStartException("Could not listen for Slack requests on " + settings.httpHost() + ":"
                        + settings.httpPort() + " (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                        + "); set " + Variable.STORYBOT_SLACK_PORT + " to a free port");
            }
        }

        @Override
        public boolean isConnected() {
            return server.isRunning();
        }

        @Override
        public OptionalInt port() {
            return OptionalInt.of(server.port());
        }

        @Override
        public void close() {
            server.close();
        }
    }
}
