package dev.storybot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storybot.answering.TestBots;
import dev.storybot.chat.BotServices;
import dev.storybot.core.RateLimiter;
import dev.storybot.feedback.SqliteFeedbackStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input on every Discord entry point (slash command, DM, mention, button), with the real JDA and the real
 * retrieval answerer: each gets a clear reply, with no stack trace and nothing that can ping anyone, and the bot keeps
 * answering.
 */
class DiscordBadInputTest {

    private static final int ANSWER_THREADS = 2;
    private static final int ANSWER_QUEUE = 100;

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final String MENTION = "<@" + FakeDiscord.BOT_ID + ">";
    private static final String ORIGINAL = "/webhooks/" + FakeDiscord.BOT_ID + "/[^/]+/messages/@original";
    private static final String CALLBACK = "/interactions/\\d+/[^/]+/callback";

    @TempDir
    static Path dataDir;

    private static FakeDiscord discord;
    private static SqliteFeedbackStore store;
    private static DiscordBot bot;

    @BeforeAll
    static void startBot() throws Exception {
        discord = FakeDiscord.start();
        store = SqliteFeedbackStore.open(dataDir);
        BotServices services =
                new BotServices(TestBots.retrieval(), TestStory.BRIEF, store, RateLimiter.perMinute(1_000));
        bot = ((DiscordStart.Started) DiscordBot.start(
                        discord.config(FakeDiscord.TOKEN, true), services, ANSWER_THREADS, ANSWER_QUEUE))
                .bot();
    }

    @AfterAll
    static void stopBot() throws Exception {
        if (bot != null) {
            bot.close();
        }
        store.close();
        discord.close();
    }

    static Stream<Arguments> inputs() {
        return Stream.of(
                Arguments.of("empty", ""),
                Arguments.of("100 KB", "why ".repeat(25_600)),
                Arguments.of("control characters", "how\u0000 many\u0007 downloads\u001b[31m did\r\n Qwen get?\u202e"),
                Arguments.of("unpaired surrogates (invalid UTF-8 once encoded)", "\uD800 how many downloads \uDFFF?"),
                Arguments.of(
                        "Markdown and mention injection",
                        "@everyone @here <@&" + FakeDiscord.BOT_ROLE_ID + "> <@"
                                + FakeDiscord.USER_ID
                                + "> **bold** __u__ ||spoiler|| ```code``` [click](https://evil.example)"
                                + " # Heading\n> quote how many downloads did Qwen get?"));
    }

    @ParameterizedTest(name = "/ask with {0} text")
    @MethodSource("inputs")
    void should_reply_clearly_to_bad_slash_command_text(String name, String text) throws Exception {
        int mark = discord.mark();

        discord.slashCommand("ask", Map.of("question", text));

        FakeDiscord.RestCall reply = discord.awaitCall(mark, call -> call.is("PATCH", ORIGINAL), TIMEOUT);
        assertClear(reply);
        assertNothingPings(mark);
    }

    @ParameterizedTest(name = "a DM with {0} text")
    @MethodSource("inputs")
    void should_reply_clearly_to_bad_direct_messages(String name, String text) throws Exception {
        int mark = discord.mark();

        discord.sendMessage(discord.directMessage(text));

        FakeDiscord.RestCall reply = discord.awaitCall(
                mark, call -> call.is("POST", "/channels/" + FakeDiscord.DM_CHANNEL_ID + "/messages"), TIMEOUT);
        assertClear(reply);
        assertNothingPings(mark);
    }

    @ParameterizedTest(name = "a mention with {0} text")
    @MethodSource("inputs")
    void should_reply_clearly_to_bad_mentions(String name, String text) throws Exception {
        int mark = discord.mark();

        discord.sendMessage(discord.mentioningBot(
                discord.guildMessage(FakeDiscord.CHANNEL_ID, FakeDiscord.USER_ID, MENTION + " " + text)));

        FakeDiscord.RestCall reply = discord.awaitCall(
                mark, call -> call.is("POST", "/channels/" + FakeDiscord.CHANNEL_ID + "/messages"), TIMEOUT);
        assertClear(reply);
        assertNothingPings(mark);
    }

    @Test
    void should_answer_forged_buttons_and_unknown_commands_with_a_notice_and_keep_answering() throws Exception {
        int mark = discord.mark();

        discord.buttonClick("fb:not-a-vote", FakeDiscord.USER_ID, null);
        discord.buttonClick("x".repeat(100), FakeDiscord.USER_ID, null);
        discord.slashCommand("no-such-command", Map.of("question", "hello"));

        List<FakeDiscord.RestCall> replies = List.of(
                discord.awaitCall(
                        mark,
                        call -> call.is("POST", CALLBACK) && call.content().contains("no longer"),
                        TIMEOUT),
                discord.awaitCall(
                        mark,
                        call -> call.is("POST", CALLBACK) && call.content().contains("/help"),
                        TIMEOUT));
        replies.forEach(DiscordBadInputTest::assertClear);
        int alive = discord.mark();
        discord.sendMessage(discord.directMessage("How many downloads did Qwen get?"));
        assertThat(discord.awaitCall(
                                alive,
                                call -> call.is("POST", "/channels/" + FakeDiscord.DM_CHANNEL_ID + "/messages"),
                                TIMEOUT)
                        .content())
                .contains("385.3 million");
        assertThat(bot.isConnected()).isTrue();
    }

    private static void assertClear(FakeDiscord.RestCall reply) {
        assertThat(reply.content()).isNotBlank().doesNotContain("Exception", "\tat ", "java.", "dev.storybot");
        assertThat(reply.content().length()).isLessThanOrEqualTo(DiscordRenderer.MAX_MESSAGE_CHARS);
    }

    /** Every message the bot sent since {@code mark} allows no mentions at all. */
    private static void assertNothingPings(int mark) {
        for (FakeDiscord.RestCall call : discord.callsSince(mark)) {
            JsonNode body = call.body().has("data") ? call.body().get("data") : call.body();
            if (body.has("content")) {
                assertThat(body.path("allowed_mentions").path("parse").isArray())
                        .as(call.path())
                        .isTrue();
                assertThat(body.path("allowed_mentions").path("parse"))
                        .as(call.path())
                        .isEmpty();
                assertThat(body.path("content").asText())
                        .doesNotContainIgnoringCase("@everyone")
                        .doesNotContain("@here");
            }
        }
    }
}
