package dev.storybot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storybot.chat.BotServices;
import dev.storybot.core.RateLimiter;
import dev.storybot.settings.SlackSettings;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Start-up failures give one clear line for the user, and start-up leaves nothing behind. */
class SlackStartupTest {

    private static final int WORKER_THREADS = 2;
    private static final int WORKER_QUEUE = 100;

    private FakeSlack slack;
    private BotServices services;

    @BeforeEach
    void startFake() throws Exception {
        slack = FakeSlack.start();
        services = new BotServices(
                new ScriptedAnswerer(), SlackPayloads.story(), new RecordingFeedbackStore(), RateLimiter.perMinute(10));
    }

    @AfterEach
    void stopFake() throws Exception {
        slack.close();
    }

    @Test
    @DisplayName("a bot token Slack rejects gives one line naming the variable and Slack's error")
    void should_explain_rejected_bot_token() {
        slack.rejectBotToken("invalid_auth");

        assertThatThrownBy(() -> SlackBot.start(socketMode(), services, WORKER_THREADS, WORKER_QUEUE))
                .isInstanceOf(SlackStartException.class)
                .hasMessageContaining("SLACK_BOT_TOKEN")
                .hasMessageContaining("invalid_auth")
                .hasMessageNotContaining("\n");
    }

    @Test
    @DisplayName("an app token Slack rejects gives one line naming the variable and Slack's error")
    void should_explain_rejected_app_token() {
        slack.rejectAppToken("invalid_auth");

        assertThatThrownBy(() -> SlackBot.start(socketMode(), services, WORKER_THREADS, WORKER_QUEUE))
                .isInstanceOf(SlackStartException.class)
                .hasMessageContaining("SLACK_APP_TOKEN")
                .hasMessageContaining("invalid_auth")
                .hasMessageNotContaining("\n");
    }

    @Test
    @DisplayName("an unreachable Web API gives one line naming the URL")
    void should_explain_unreachable_api() throws Exception {
        String closedUrl;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedUrl = "http://127.0.0.1:" + socket.getLocalPort() + "/api/";
        }
        SlackSettings settings = new SlackSettings("xoxb-test", "xapp-test", null, "127.0.0.1", 0, closedUrl);

        assertThatThrownBy(() -> SlackBot.start(settings, services, WORKER_THREADS, WORKER_QUEUE))
                .isInstanceOf(SlackStartException.class)
                .hasMessageStartingWith("Could not reach the Slack Web API at " + closedUrl)
                .hasMessageNotContaining("\n");
    }

    @Test
    @DisplayName("an HTTP port already in use gives one line naming the port variable")
    void should_explain_port_in_use() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            SlackSettings settings =
                    new SlackSettings("xoxb-test", null, "secret", "127.0.0.1", taken.getLocalPort(), slack.apiUrl());

            assertThatThrownBy(() -> SlackBot.start(settings, services, WORKER_THREADS, WORKER_QUEUE))
                    .isInstanceOf(SlackStartException.class)
                    .hasMessageContaining(String.valueOf(taken.getLocalPort()))
                    .hasMessageContaining("STORYBOT_SLACK_PORT")
                    .hasMessageNotContaining("\n");
        }
    }

    @Test
    @DisplayName("Socket Mode connects through apps.connections.open and reports the connection until closed")
    void should_connect_in_socket_mode_and_disconnect_on_close() throws Exception {
        SlackBot bot = SlackBot.start(socketMode(), services, WORKER_THREADS, WORKER_QUEUE);
        try {
            assertThat(bot.isConnected()).isTrue();
            assertThat(bot.transport()).isEqualTo(SlackSettings.Transport.SOCKET_MODE);
            assertThat(bot.botUserId()).isEqualTo(FakeSlack.BOT_USER_ID);
            assertThat(bot.httpPort()).isEmpty();
            assertThat(slack.calls(call -> call.method().equals("apps.connections.open")))
                    .allSatisfy(call -> assertThat(call.authorization()).isEqualTo("Bearer xapp-test"));
        } finally {
            bot.close();
        }
        assertThat(bot.isConnected()).isFalse();
    }

    private SlackSettings socketMode() {
        return new SlackSettings("xoxb-test", "xapp-test", null, "127.0.0.1", 0, slack.apiUrl());
    }
}
