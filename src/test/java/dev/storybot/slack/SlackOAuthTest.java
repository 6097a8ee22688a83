package dev.storybot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.storybot.chat.BotServices;
import dev.storybot.core.RateLimiter;
import dev.storybot.settings.SlackSettings;
import dev.storybot.state.Database;
import dev.storybot.state.JdbcInstallations;
import dev.storybot.state.JdbcOAuthStates;
import dev.storybot.testing.TestPostgres;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Installs into many workspaces through Slack's OAuth flow: the real Bolt behind the real Jetty endpoint, the fake
 * Slack's {@code oauth.v2.access}, installations and states in a real PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlackOAuthTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String CLIENT_ID = "1234.5678";
    private static final String PUBLIC_URL = "https://storybot.example.test";
    private static final String STATE_COOKIE = "slack-app-oauth-state";

    private final ScriptedAnswerer answerer = new ScriptedAnswerer();
    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(WAIT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final AtomicInteger events = new AtomicInteger();
    private FakeSlack slack;
    private Database database;
    private JdbcInstallations installations;
    private JdbcOAuthStates states;
    private SlackBot bot;
    private String base;

    @BeforeAll
    void startBot() throws Exception {
        slack = FakeSlack.start();
        database = Database.open(TestPostgres.newDatabase(), TestPostgres.USER, null);
        installations = new JdbcInstallations(database.dataSource());
        states = new JdbcOAuthStates(database.dataSource(), Clock.systemUTC());
        BotServices services = new BotServices(
                answerer, SlackPayloads.story(), new RecordingFeedbackStore(), RateLimiter.perMinute(100));
        bot = SlackBot.start(settings(), services, Optional.of(new SlackInstallStore(installations, states)), 2, 100);
        base = "http://127.0.0.1:" + bot.httpPort().orElseThrow();
    }

    @AfterAll
    void stopBot() throws Exception {
        if (bot != null) {
            bot.close();
        }
        if (database != null) {
            database.close();
        }
        if (slack != null) {
            slack.close();
        }
    }

    @Test
    void should_send_the_installing_browser_to_slack_with_a_state_kept_in_the_database() throws Exception {
        HttpResponse<String> install = get(SlackSettings.OAUTH_INSTALL_PATH, null);

        assertThat(install.statusCode()).isEqualTo(302);
        String location = install.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith("https://slack.com/oauth/v2/authorize?");
        Map<String, String> query = query(URI.create(location).getRawQuery());
        assertThat(query)
                .containsEntry("client_id", CLIENT_ID)
                .containsEntry("redirect_uri", PUBLIC_URL + SlackSettings.OAUTH_REDIRECT_PATH);
        assertThat(query.get("scope").split(",")).containsAll(SlackManifest.BOT_SCOPES);
        assertThat(cookie(install)).isEqualTo(query.get("state"));
        assertThat(states.isLive(query.get("state"))).isTrue();
    }

    @Test
    void should_store_the_workspace_token_when_slack_sends_the_browser_back() throws Exception {
        FakeSlack.Workspace workspace = workspace("T_STORED");

        HttpResponse<String> callback = install(workspace);

        assertThat(callback.statusCode()).isEqualTo(200);
        assertThat(installations.find(null, "T_STORED").orElseThrow().botToken())
                .isEqualTo(workspace.botToken());
        FakeSlack.ApiCall exchange = slack.awaitCall(
                "the code exchanged",
                call -> call.method().equals("oauth.v2.access")
                        && workspace.code().equals(call.param("code")),
                WAIT);
        assertThat(exchange.param("redirect_uri")).isEqualTo(PUBLIC_URL + SlackSettings.OAUTH_REDIRECT_PATH);
    }

    @Test
    void should_refuse_a_redirect_whose_state_was_not_issued_or_was_used_already() throws Exception {
        FakeSlack.Workspace forged = workspace("T_FORGED");
        HttpResponse<String> made = get(SlackSettings.OAUTH_INSTALL_PATH, null);
        String state = cookie(made);
        install(workspace("T_FIRST"), state);

        HttpResponse<String> reused = get(
                SlackSettings.OAUTH_REDIRECT_PATH + "?code=" + forged.code() + "&state=" + state,
                STATE_COOKIE + "=" + state);
        HttpResponse<String> invented = get(
                SlackSettings.OAUTH_REDIRECT_PATH + "?code=" + forged.code() + "&state=invented",
                STATE_COOKIE + "=invented");
        HttpResponse<String> otherBrowser = get(
                SlackSettings.OAUTH_REDIRECT_PATH + "?code=" + forged.code() + "&state="
                        + cookie(get(SlackSettings.OAUTH_INSTALL_PATH, null)),
                null);

        for (HttpResponse<String> refused : java.util.List.of(reused, invented, otherBrowser)) {
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(refused.body()).contains(SlackOAuthApp.START_AGAIN_TEXT + PUBLIC_URL + "/slack/install");
        }
        assertThat(installations.find(null, "T_FORGED")).isEmpty();
        assertThat(slack.calls(call ->
                        call.method().equals("oauth.v2.access") && forged.code().equals(call.param("code"))))
                .isEmpty();
    }

    @Test
    void should_refuse_a_code_slack_does_not_accept_with_a_clear_message() throws Exception {
        String state = cookie(get(SlackSettings.OAUTH_INSTALL_PATH, null));

        HttpResponse<String> callback = get(
                SlackSettings.OAUTH_REDIRECT_PATH + "?code=never-issued&state=" + state, STATE_COOKIE + "=" + state);

        assertThat(callback.statusCode()).isEqualTo(400);
        assertThat(callback.body()).contains("invalid_code").contains(SlackOAuthApp.START_AGAIN_TEXT);
    }

    @Test
    void should_answer_each_workspace_with_its_own_token() throws Exception {
        FakeSlack.Workspace one = workspace("T_ONE");
        FakeSlack.Workspace two = workspace("T_TWO");
        install(one);
        install(two);

        assertThat(deliver(mention(one, "C_ONE", "who is in team one?"))).isEqualTo(200);
        assertThat(deliver(mention(two, "C_TWO", "who is in team two?"))).isEqualTo(200);

        FakeSlack.ApiCall answerOne = slack.awaitCall(
                "answer in team one", call -> isPost(call) && "C_ONE".equals(call.param("channel")), WAIT);
        FakeSlack.ApiCall answerTwo = slack.awaitCall(
                "answer in team two", call -> isPost(call) && "C_TWO".equals(call.param("channel")), WAIT);
        assertThat(answerOne.authorization()).isEqualTo("Bearer " + one.botToken());
        assertThat(answerTwo.authorization()).isEqualTo("Bearer " + two.botToken());
    }

    @Test
    void should_forget_a_workspace_that_uninstalls_the_app_and_stop_answering_it() throws Exception {
        FakeSlack.Workspace leaving = workspace("T_LEAVING");
        FakeSlack.Workspace revoking = workspace("T_REVOKING");
        FakeSlack.Workspace staying = workspace("T_STAYING");
        install(leaving);
        install(revoking);
        install(staying);

        ObjectNode uninstalled = SlackPayloads.JSON.createObjectNode().put("type", "app_uninstalled");
        assertThat(deliver(callback(leaving, uninstalled))).isEqualTo(200);
        ObjectNode revoked = SlackPayloads.JSON.createObjectNode().put("type", "tokens_revoked");
        revoked.putObject("tokens").putArray("bot").add(revoking.botUserId());
        assertThat(deliver(callback(revoking, revoked))).isEqualTo(200);
        eventually(
                "both removed",
                () -> installations.find(null, "T_LEAVING").isEmpty()
                        && installations.find(null, "T_REVOKING").isEmpty());

        assertThat(deliver(mention(leaving, "C_LEFT", "still there?")))
                .as("Bolt refuses events of a workspace it has no token for")
                .isEqualTo(401);
        assertThat(deliver(mention(staying, "C_STAYED", "still there?"))).isEqualTo(200);
        slack.awaitCall(
                "answer in the staying team", call -> isPost(call) && "C_STAYED".equals(call.param("channel")), WAIT);
        assertThat(slack.calls(call -> isPost(call) && "C_LEFT".equals(call.param("channel"))))
                .as("no answer in a workspace the app left")
                .isEmpty();
        assertThat(installations.find(null, "T_STAYING")).isPresent();
    }

    @Test
    void should_finish_an_install_on_another_replica_and_answer_that_workspace_there_too() throws Exception {
        FakeSlack.Workspace workspace = workspace("T_ACROSS");
        BotServices services = new BotServices(
                answerer, SlackPayloads.story(), new RecordingFeedbackStore(), RateLimiter.perMinute(100));
        try (SlackBot other = SlackBot.start(
                settings(), services, Optional.of(new SlackInstallStore(installations, states)), 2, 100)) {
            String otherBase = "http://127.0.0.1:" + other.httpPort().orElseThrow();
            String state = cookie(get(SlackSettings.OAUTH_INSTALL_PATH, null));

            HttpResponse<String> finished = get(
                    otherBase,
                    SlackSettings.OAUTH_REDIRECT_PATH + "?code=" + workspace.code() + "&state=" + state,
                    STATE_COOKIE + "=" + state);

            assertThat(finished.statusCode()).isEqualTo(200);
            assertThat(installations.find(null, "T_ACROSS")).isPresent();
            assertThat(deliver(mention(workspace, "C_ACROSS", "and here?"))).isEqualTo(200);
            FakeSlack.ApiCall answer = slack.awaitCall(
                    "answer on the first replica",
                    call -> isPost(call) && "C_ACROSS".equals(call.param("channel")),
                    WAIT);
            assertThat(answer.authorization()).isEqualTo("Bearer " + workspace.botToken());
        }
    }

    @Test
    void should_refuse_a_flood_of_install_starts_before_it_fills_the_database() throws Exception {
        FakeSlack.Workspace workspace = workspace("T_FLOOD");
        BotServices services = new BotServices(
                answerer, SlackPayloads.story(), new RecordingFeedbackStore(), RateLimiter.perMinute(100));
        try (SlackBot flooded = SlackBot.start(
                settings(), services, Optional.of(new SlackInstallStore(installations, states)), 2, 100)) {
            String floodedBase = "http://127.0.0.1:" + flooded.httpPort().orElseThrow();
            java.util.List<Integer> statuses = new java.util.ArrayList<>();
            String lastState = null;
            for (int i = 0; i < SlackHttpEndpoint.MAX_INSTALL_STARTS_PER_MINUTE + 5; i++) {
                HttpResponse<String> start = get(floodedBase, SlackSettings.OAUTH_INSTALL_PATH, null);
                statuses.add(start.statusCode());
                if (start.statusCode() == 302) {
                    lastState = cookie(start);
                } else {
                    assertThat(start.body()).isEqualTo(SlackHttpEndpoint.TOO_MANY_INSTALLS_TEXT);
                }
            }

            assertThat(statuses.stream().filter(status -> status == 302))
                    .hasSize(SlackHttpEndpoint.MAX_INSTALL_STARTS_PER_MINUTE);
            assertThat(statuses.stream().filter(status -> status == 429)).hasSize(5);
            assertThat(get(
                                    floodedBase,
                                    SlackSettings.OAUTH_REDIRECT_PATH + "?code=" + workspace.code() + "&state="
                                            + lastState,
                                    STATE_COOKIE + "=" + lastState)
                            .statusCode())
                    .as("installs already started still finish")
                    .isEqualTo(200);
        }
    }

    private SlackSettings settings() {
        return new SlackSettings(
                null,
                null,
                SlackFakes.SIGNING_SECRET,
                "127.0.0.1",
                0,
                slack.apiUrl(),
                new SlackSettings.OAuth(CLIENT_ID, "client-secret", PUBLIC_URL));
    }

    private FakeSlack.Workspace workspace(String teamId) {
        FakeSlack.Workspace workspace =
                new FakeSlack.Workspace("code-" + teamId, teamId, "xoxb-" + teamId.toLowerCase(), "UBOT_" + teamId);
        slack.installable(workspace);
        return workspace;
    }

    /** The browser's whole round trip: the install link, Slack's consent (skipped), the redirect back. */
    private HttpResponse<String> install(FakeSlack.Workspace workspace) throws Exception {
        return install(workspace, cookie(get(SlackSettings.OAUTH_INSTALL_PATH, null)));
    }

    private HttpResponse<String> install(FakeSlack.Workspace workspace, String state) throws Exception {
        return get(
                SlackSettings.OAUTH_REDIRECT_PATH + "?code=" + workspace.code() + "&state=" + state,
                STATE_COOKIE + "=" + state);
    }

    private ObjectNode mention(FakeSlack.Workspace workspace, String channel, String text) {
        String ts = "1700000" + String.format("%03d", events.incrementAndGet()) + ".000100";
        return callback(
                workspace,
                SlackPayloads.appMention(channel, "U_ASKER", "<@" + workspace.botUserId() + "> " + text, ts, null));
    }

    private ObjectNode callback(FakeSlack.Workspace workspace, ObjectNode event) {
        ObjectNode payload = SlackPayloads.eventCallback("Ev_OAUTH_" + events.incrementAndGet(), event);
        payload.put("team_id", workspace.teamId());
        ((ObjectNode) payload.path("authorizations").get(0))
                .put("team_id", workspace.teamId())
                .put("user_id", workspace.botUserId());
        return payload;
    }

    private int deliver(ObjectNode payload) throws Exception {
        String body = payload.toString();
        long timestamp = Instant.now().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + SlackSettings.EVENTS_PATH))
                .timeout(WAIT)
                .header("Content-Type", "application/json")
                .header("X-Slack-Request-Timestamp", Long.toString(timestamp))
                .header("X-Slack-Signature", SlackFakes.sign(timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private HttpResponse<String> get(String pathAndQuery, String cookie) throws Exception {
        return get(base, pathAndQuery, cookie);
    }

    private HttpResponse<String> get(String server, String pathAndQuery, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server + pathAndQuery))
                .timeout(WAIT)
                .GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String cookie(HttpResponse<String> response) {
        String setCookie = response.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(setCookie).startsWith(STATE_COOKIE + "=").contains("HttpOnly");
        return setCookie.substring(STATE_COOKIE.length() + 1, setCookie.indexOf(';'));
    }

    private static Map<String, String> query(String rawQuery) {
        Map<String, String> query = new LinkedHashMap<>();
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            query.put(pair.substring(0, equals), URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return query;
    }

    private static boolean isPost(FakeSlack.ApiCall call) {
        return call.method().equals("chat.postMessage");
    }

    private static void eventually(String what, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(WAIT);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as(what).isBefore(deadline);
            Object pause = new Object();
            synchronized (pause) {
                pause.wait(20);
            }
        }
    }
}
