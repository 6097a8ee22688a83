package dev.storybot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.chat.BotServices;
import dev.storybot.core.Answerer;
import dev.storybot.core.RateLimiter;
import dev.storybot.feedback.SqliteFeedbackStore;
import dev.storybot.settings.DiscordSettings;
import dev.storybot.settings.DiscordShards;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two shard managers in one JVM (as two replicas would run) and one running every recommended shard, with the real
 * JDA against {@link FakeDiscord}, whose gateway routes each guild's events to the session of the shard that holds it.
 */
class DiscordShardingTest {

    private static final int ANSWER_THREADS = 2;
    private static final int ANSWER_QUEUE = 100;
    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final String GLOBAL_COMMANDS = "/applications/" + FakeDiscord.BOT_ID + "/commands";
    private static final String ORIGINAL = "/webhooks/" + FakeDiscord.BOT_ID + "/[^/]+/messages/@original";
    private static final String CALLBACK = "/interactions/\\d+/[^/]+/callback";
    /** Questions asked in each guild. */
    private static final int QUESTIONS_PER_GUILD = 3;

    @TempDir
    Path dataDir;

    private FakeDiscord discord;
    private SqliteFeedbackStore store;
    private final List<DiscordBot> bots = new ArrayList<>();

    @BeforeEach
    void startFake() throws Exception {
        discord = FakeDiscord.start();
        discord.addSecondGuild();
        store = SqliteFeedbackStore.open(dataDir);
    }

    @AfterEach
    void stopEverything() throws Exception {
        bots.forEach(DiscordBot::close);
        store.close();
        discord.close();
    }

    @Test
    void should_split_the_guilds_between_two_replicas_and_answer_every_question_exactly_once() throws Exception {
        DiscordBot shardOne = start(new DiscordShards(2, List.of(1)), "shard 1 answers: ");
        assertThat(discord.callsSince(0)).noneMatch(call -> call.is("PUT", GLOBAL_COMMANDS));
        DiscordBot shardZero = start(new DiscordShards(2, List.of(0)), "shard 0 answers: ");

        assertThat(discord.identifiedShards()).containsExactly(List.of(1, 2), List.of(0, 2));
        assertThat(discord.callsSince(0).stream().filter(call -> call.is("PUT", GLOBAL_COMMANDS)))
                .as("only the replica running shard 0 registers the global commands")
                .hasSize(1);
        assertThat(shardZero.shardStatuses()).singleElement().satisfies(shard -> {
            assertThat(shard.id()).isZero();
            assertThat(shard.total()).isEqualTo(2);
            assertThat(shard.status()).isEqualTo(ShardStatus.CONNECTED);
            assertThat(shard.guilds()).isEqualTo(1);
        });
        assertThat(shardOne.shardStatuses()).singleElement().satisfies(shard -> {
            assertThat(shard.id()).isEqualTo(1);
            assertThat(shard.guilds()).isEqualTo(1);
        });
        assertThat(shardZero.isConnected()).isTrue();
        assertThat(shardOne.isConnected()).isTrue();

        Map<String, String> expectedPrefix = askInBothGuilds();
        assertAnsweredExactlyOnce(expectedPrefix);

        discord.sendMessage(discord.directMessage("a DM"));
        discord.awaitCall(0, call -> call.content().startsWith("shard 0 answers: a DM"), TIMEOUT);
    }

    @Test
    void should_run_every_shard_discord_recommends_when_none_are_configured() throws Exception {
        discord.recommendShards(2);

        DiscordBot bot = start(DiscordShards.ALL, "answer: ");

        assertThat(discord.identifiedShards()).containsExactlyInAnyOrder(List.of(0, 2), List.of(1, 2));
        assertThat(bot.shardIds()).containsExactly(0, 1);
        assertThat(bot.shardStatuses())
                .extracting(ShardStatus::id, ShardStatus::total, ShardStatus::status, ShardStatus::guilds)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(0, 2, ShardStatus.CONNECTED, 1L),
                        org.assertj.core.groups.Tuple.tuple(1, 2, ShardStatus.CONNECTED, 1L));
        assertThat(discord.callsSince(0).stream().filter(call -> call.is("PUT", GLOBAL_COMMANDS)))
                .hasSize(1);

        Map<String, String> tokens = new LinkedHashMap<>();
        for (String guildId : List.of(FakeDiscord.GUILD_ID, FakeDiscord.SECOND_GUILD_ID)) {
            tokens.put(discord.slashCommandIn(guildId, "ask", Map.of("question", "in " + guildId)), "answer: ");
        }
        assertAnsweredExactlyOnce(tokens);
    }

    @Test
    void should_register_guild_commands_only_on_the_replica_whose_shard_holds_the_guild() throws Exception {
        int guildShard = FakeDiscord.shardOfGuild(FakeDiscord.GUILD_ID, 2);
        String guildCommands = "/applications/" + FakeDiscord.BOT_ID + "/guilds/" + FakeDiscord.GUILD_ID + "/commands";

        start(new DiscordShards(2, List.of(1 - guildShard)), "other: ", true);
        assertThat(discord.callsSince(0)).noneMatch(call -> call.path().endsWith("/commands"));
        start(new DiscordShards(2, List.of(guildShard)), "holder: ", true);

        assertThat(discord.callsSince(0).stream().filter(call -> call.path().endsWith("/commands")))
                .singleElement()
                .satisfies(call -> assertThat(call.is("PUT", guildCommands)).isTrue());
    }

    @Test
    void should_fail_with_one_clear_line_when_discord_requires_more_shards() {
        discord.requireShards(4);
        DiscordSettings base = discord.config(FakeDiscord.TOKEN, false);
        DiscordSettings config = new DiscordSettings(
                base.token(),
                null,
                base.apiUrl(),
                base.gatewayUrl(),
                base.applicationId(),
                new DiscordShards(2, List.of(0, 1)));
        BotServices services =
                new BotServices(new ScriptedAnswerer(), TestStory.BRIEF, store, RateLimiter.perMinute(1_000));

        DiscordStart start = DiscordBot.start(config, services, ANSWER_THREADS, ANSWER_QUEUE);

        assertThat(start).isInstanceOf(DiscordStart.Failed.class);
        assertThat(((DiscordStart.Failed) start).message())
                .contains("4011", "DISCORD_SHARDS_TOTAL", "2500")
                .doesNotContain("\n", "Exception");
    }

    /** Asks in both guilds; returns each interaction token with the prefix of the replica that must answer it. */
    private Map<String, String> askInBothGuilds() {
        Map<String, String> expected = new LinkedHashMap<>();
        for (int i = 0; i < QUESTIONS_PER_GUILD; i++) {
            expected.put(
                    discord.slashCommandIn(FakeDiscord.GUILD_ID, "ask", Map.of("question", "first guild " + i)),
                    "shard " + FakeDiscord.shardOfGuild(FakeDiscord.GUILD_ID, 2) + " answers: ");
            expected.put(
                    discord.slashCommandIn(FakeDiscord.SECOND_GUILD_ID, "ask", Map.of("question", "second guild " + i)),
                    "shard " + FakeDiscord.shardOfGuild(FakeDiscord.SECOND_GUILD_ID, 2) + " answers: ");
        }
        return expected;
    }

    private void assertAnsweredExactlyOnce(Map<String, String> prefixByToken) throws InterruptedException {
        for (Map.Entry<String, String> entry : prefixByToken.entrySet()) {
            String token = entry.getKey();
            FakeDiscord.RestCall reply =
                    discord.awaitCall(0, call -> call.path().contains(token) && call.is("PATCH", ORIGINAL), TIMEOUT);
            assertThat(reply.content()).startsWith(entry.getValue());
        }
        List<FakeDiscord.RestCall> calls = discord.callsSince(0);
        for (String token : prefixByToken.keySet()) {
            assertThat(calls.stream().filter(call -> call.path().contains(token) && call.is("PATCH", ORIGINAL)))
                    .as("replies to %s", token)
                    .hasSize(1);
            assertThat(calls.stream().filter(call -> call.path().contains(token) && call.is("POST", CALLBACK)))
                    .as("acknowledgements of %s", token)
                    .hasSize(1);
        }
    }

    private DiscordBot start(DiscordShards shards, String answerPrefix) {
        return start(shards, answerPrefix, false);
    }

    private DiscordBot start(DiscordShards shards, String answerPrefix, boolean guildCommands) {
        DiscordSettings base = discord.config(FakeDiscord.TOKEN, guildCommands);
        DiscordSettings config = new DiscordSettings(
                base.token(), base.guildId(), base.apiUrl(), base.gatewayUrl(), base.applicationId(), shards);
        Answerer answerer = request -> ScriptedAnswerer.answered(answerPrefix + request.text());
        BotServices services = new BotServices(answerer, TestStory.BRIEF, store, RateLimiter.perMinute(1_000));
        DiscordStart start = DiscordBot.start(config, services, ANSWER_THREADS, ANSWER_QUEUE);
        assertThat(start).isInstanceOf(DiscordStart.Started.class);
        DiscordBot bot = ((DiscordStart.Started) start).bot();
        bots.add(bot);
        return bot;
    }
}
