package dev.storybot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.chat.BotServices;
import dev.storybot.core.RateLimiter;
import dev.storybot.feedback.SqliteFeedbackStore;
import dev.storybot.settings.DiscordSettings;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Start-up failures, global command registration and the rate limit, with the real JDA against the fake Discord. */
class DiscordStartTest {

    private static final int ANSWER_THREADS = 2;
    private static final int ANSWER_QUEUE = 100;

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final String CALLBACK = "/interactions/\\d+/[^/]+/callback";
    private static final String MENTION = "<@" + FakeDiscord.BOT_ID + ">";
    /** A second human in the guild, whose question proves the first one's were all handled. */
    private static final String OTHER_USER_ID = "1300000000000000077";

    private static FakeDiscord discord;

    @TempDir
    Path dataDir;

    private SqliteFeedbackStore store;
    private BotServices services;

    @BeforeAll
    static void startFake() throws Exception {
        discord = FakeDiscord.start();
    }

    @AfterAll
    static void stopFake() throws Exception {
        discord.close();
    }

    @BeforeEach
    void createServices() {
        store = SqliteFeedbackStore.open(dataDir);
        services = new BotServices(new ScriptedAnswerer(), TestStory.BRIEF, store, RateLimiter.perMinute(1));
    }

    @AfterEach
    void closeStore() {
        discord.rejectMessageContentIntent(false);
        store.close();
    }

    @Test
    void should_fail_with_one_clear_line_when_discord_rejects_the_token() {
        DiscordStart start = DiscordBot.start(
                discord.config(FakeDiscord.REJECTED_TOKEN, false), services, ANSWER_THREADS, ANSWER_QUEUE);

        assertThat(start).isInstanceOf(DiscordStart.Failed.class);
        String message = ((DiscordStart.Failed) start).message();
        assertThat(message).contains("DISCORD_TOKEN", "401").doesNotContain("\n", "Exception");
    }

    @Test
    void should_fail_clearly_when_discord_cannot_be_reached() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        DiscordSettings config = discord.config(FakeDiscord.TOKEN, false);
        DiscordSettings unreachable = new DiscordSettings(
                config.token(),
                null,
                URI.create("http://127.0.0.1:" + closedPort + "/api/v10/"),
                config.gatewayUrl(),
                config.applicationId());

        DiscordStart start = DiscordBot.start(unreachable, services, ANSWER_THREADS, ANSWER_QUEUE);

        assertThat(start).isInstanceOf(DiscordStart.Failed.class);
        assertThat(((DiscordStart.Failed) start).message())
                .startsWith("Could not log in to Discord at http://127.0.0.1:")
                .doesNotContain("\n");
    }

    @Test
    void should_fail_clearly_when_discord_refuses_the_message_content_intent() {
        discord.rejectMessageContentIntent(true);

        DiscordStart start =
                DiscordBot.start(discord.config(FakeDiscord.TOKEN, false), services, ANSWER_THREADS, ANSWER_QUEUE);

        assertThat(start).isInstanceOf(DiscordStart.Failed.class);
        assertThat(((DiscordStart.Failed) start).message())
                .contains("4014", "Message Content Intent")
                .doesNotContain("\n");
    }

    @Test
    void should_fail_clearly_when_the_configured_guild_is_not_joined() {
        DiscordSettings config = discord.config(FakeDiscord.TOKEN, false);
        DiscordSettings otherGuild = new DiscordSettings(
                config.token(), "1299999999999999999", config.apiUrl(), config.gatewayUrl(), config.applicationId());

        DiscordStart start = DiscordBot.start(otherGuild, services, ANSWER_THREADS, ANSWER_QUEUE);

        assertThat(start).isInstanceOf(DiscordStart.Failed.class);
        assertThat(((DiscordStart.Failed) start).message()).contains("DISCORD_GUILD_ID", "1299999999999999999");
    }

    @Test
    void should_register_globally_and_answer_over_the_limit_with_a_notice() throws Exception {
        int mark = discord.mark();
        DiscordStart start =
                DiscordBot.start(discord.config(FakeDiscord.TOKEN, false), services, ANSWER_THREADS, ANSWER_QUEUE);
        assertThat(start).isInstanceOf(DiscordStart.Started.class);
        try (DiscordBot bot = ((DiscordStart.Started) start).bot()) {
            discord.awaitCall(
                    mark, call -> call.is("PUT", "/applications/" + FakeDiscord.BOT_ID + "/commands"), TIMEOUT);

            discord.sendMessage(discord.directMessage("first question"));
            discord.awaitCall(mark, call -> call.content().startsWith("You asked: first question"), TIMEOUT);
            discord.sendMessage(discord.directMessage("second question"));
            FakeDiscord.RestCall notice =
                    discord.awaitCall(mark, call -> call.content().contains("1 question per minute"), TIMEOUT);
            assertThat(notice.path()).isEqualTo("/channels/" + FakeDiscord.DM_CHANNEL_ID + "/messages");
            assertThat(notice.content()).contains("1 question per minute");

            int slashMark = discord.mark();
            discord.slashCommand("ask", Map.of("question", "third question"));
            FakeDiscord.RestCall reply = discord.awaitCall(slashMark, call -> call.is("POST", CALLBACK), TIMEOUT);
            assertThat(reply.body().get("type").asInt()).isEqualTo(4);
            assertThat(reply.body().path("data").path("flags").asInt()).isEqualTo(64);
            assertThat(reply.content()).contains("1 question per minute");
            assertThat(bot.isConnected()).isTrue();
        }
    }

    @Test
    void should_reply_once_per_window_to_mentions_over_the_limit_then_stay_silent() throws Exception {
        int mark = discord.mark();
        DiscordStart start =
                DiscordBot.start(discord.config(FakeDiscord.TOKEN, true), services, ANSWER_THREADS, ANSWER_QUEUE);
        assertThat(start).isInstanceOf(DiscordStart.Started.class);
        try (DiscordBot bot = ((DiscordStart.Started) start).bot()) {
            for (int i = 1; i <= 5; i++) {
                discord.sendMessage(discord.mentioningBot(
                        discord.guildMessage(FakeDiscord.CHANNEL_ID, FakeDiscord.USER_ID, MENTION + " question " + i)));
            }
            // handled in order, and replies in one channel are sent in order: once this is answered, every
            // notice for the five questions above has been sent
            discord.sendMessage(discord.mentioningBot(
                    discord.guildMessage(FakeDiscord.CHANNEL_ID, OTHER_USER_ID, MENTION + " sentinel question")));

            discord.awaitCall(mark, call -> call.content().startsWith("You asked: sentinel question"), TIMEOUT);
            List<FakeDiscord.RestCall> notices = discord.callsSince(mark).stream()
                    .filter(call -> call.is("POST", "/channels/" + FakeDiscord.CHANNEL_ID + "/messages")
                            && call.content().contains("1 question per minute"))
                    .toList();
            assertThat(notices).hasSize(1);
            assertThat(bot.isConnected()).isTrue();
        }
    }
}
