package dev.storybot.discord;

import dev.storybot.settings.Variable;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link FakeDiscord} for tests outside this package (serve, check, load and fault tests): start it, point the bot at
 * it through the environment, ask over {@code /ask} and observe the acknowledgement and the answer of each interaction.
 */
public final class DiscordFakes implements AutoCloseable {

    /** A token the fake accepts. */
    public static final String TOKEN = FakeDiscord.TOKEN;
    /** The fake guild, for {@code DISCORD_GUILD_ID}. */
    public static final String GUILD_ID = FakeDiscord.GUILD_ID;
    /** The second guild, there after {@link #startWithTwoGuilds()}: on shard 0 of 2 ({@link #GUILD_ID} is on 1). */
    public static final String SECOND_GUILD_ID = FakeDiscord.SECOND_GUILD_ID;

    private static final String CALLBACK = "/interactions/\\d+/([^/]+)/callback";
    private static final String ORIGINAL = "/webhooks/\\d+/([^/]+)/messages/@original";

    static {
        // the JDK HTTP server the fake uses otherwise leaves Nagle's algorithm on, so every response waits for the
        // client's delayed ACK (~40 ms), which caps a client with few connections at a few dozen calls a second;
        // read once per JVM, so it only helps when set before the first server starts
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final FakeDiscord discord;

    private DiscordFakes(FakeDiscord discord) {
        this.discord = discord;
    }

    /**
     * One {@code /ask} as the fake sent it.
     *
     * @param token  the interaction token, which appears in the bot's callback and webhook routes
     * @param sentAt when the fake dispatched it
     */
    public record Interaction(String token, Instant sentAt) {}

    /** One REST call the bot made, reduced to what these tests look at. */
    public record Call(String method, String path, String content, Instant receivedAt) {}

    /** Starts the fake gateway and REST server on 127.0.0.1. */
    public static DiscordFakes start() throws Exception {
        return new DiscordFakes(FakeDiscord.start());
    }

    /** Starts the fake with a second guild, so that two shards hold one guild each. */
    public static DiscordFakes startWithTwoGuilds() throws Exception {
        FakeDiscord discord = FakeDiscord.start();
        discord.addSecondGuild();
        return new DiscordFakes(discord);
    }

    /** The shard id Discord assigns {@code guildId} when there are {@code numShards} shards. */
    public static int shardOfGuild(String guildId, int numShards) {
        return FakeDiscord.shardOfGuild(guildId, numShards);
    }

    /** The {@code [shard_id, num_shards]} of every IDENTIFY so far, in arrival order. */
    public List<List<Integer>> identifiedShards() {
        return discord.identifiedShards();
    }

    /** Sends {@code /ask question:<question>} from the human member in the text channel of {@code guildId}. */
    public Interaction askIn(String guildId, String question) {
        Instant sentAt = Instant.now();
        String token =
                discord.slashCommandIn(guildId, DiscordCommands.ASK, Map.of(DiscordCommands.QUESTION_OPTION, question));
        return new Interaction(token, sentAt);
    }

    /** Every acknowledgement (callback) of the interaction so far. */
    public List<Call> acks(Interaction interaction) {
        return discord.callsSince(0).stream()
                .filter(c -> c.path().contains(interaction.token()) && c.is("POST", CALLBACK))
                .map(DiscordFakes::reduce)
                .toList();
    }

    /** The settings (environment variables) that point the bot at this fake with {@code token}. */
    public Map<String, String> env(String token) {
        Map<String, String> env = new HashMap<>();
        env.put(Variable.DISCORD_TOKEN.name(), token);
        env.put(Variable.DISCORD_GUILD_ID.name(), GUILD_ID);
        env.put(Variable.STORYBOT_DISCORD_API_URL.name(), discord.apiUrl().toString());
        env.put(
                Variable.STORYBOT_DISCORD_GATEWAY_URL.name(),
                discord.gatewayUrl().toString());
        return env;
    }

    /** Sends {@code /ask question:<question>} from the human member in the guild channel. */
    public Interaction ask(String question) {
        Instant sentAt = Instant.now();
        String token = discord.slashCommand(DiscordCommands.ASK, Map.of(DiscordCommands.QUESTION_OPTION, question));
        return new Interaction(token, sentAt);
    }

    /** Sends a DM to the bot. */
    public void directMessage(String content) {
        discord.sendMessage(discord.directMessage(content));
    }

    /** Waits for the interaction's acknowledgement (the deferral callback) and returns when it arrived. */
    public Instant awaitAck(Interaction interaction, Duration timeout) throws InterruptedException {
        return discord.awaitCall(
                        0, call -> call.path().contains(interaction.token()) && call.is("POST", CALLBACK), timeout)
                .receivedAt();
    }

    /**
     * When each interaction was acknowledged, by interaction token, from one snapshot of the recorded calls (cheaper
     * than waiting for each in turn while a burst is under way).
     */
    public Map<String, Instant> ackTimes() {
        Map<String, Instant> acks = new HashMap<>();
        Pattern callback = Pattern.compile(CALLBACK);
        for (FakeDiscord.RestCall call : discord.callsSince(0)) {
            Matcher m = callback.matcher(call.path());
            if (call.method().equals("POST") && m.matches()) {
                acks.putIfAbsent(m.group(1), call.receivedAt());
            }
        }
        return acks;
    }

    /** Waits for an edit of the interaction's reply whose text matches. */
    public Call awaitReply(Interaction interaction, Predicate<String> content, Duration timeout)
            throws InterruptedException {
        FakeDiscord.RestCall call = discord.awaitCall(
                0,
                c -> c.path().contains(interaction.token()) && c.is("PATCH", ORIGINAL) && content.test(c.content()),
                timeout);
        return reduce(call);
    }

    /** Waits for a message (not an interaction reply) the bot posted whose text matches. */
    public Call awaitMessage(Predicate<String> content, Duration timeout) throws InterruptedException {
        return reduce(discord.awaitCall(
                0, c -> c.is("POST", "/channels/\\d+/messages") && content.test(c.content()), timeout));
    }

    /** Every edit of the interaction's reply so far, oldest first. */
    public List<Call> replies(Interaction interaction) {
        return discord.callsSince(0).stream()
                .filter(c -> c.path().contains(interaction.token()) && c.is("PATCH", ORIGINAL))
                .map(DiscordFakes::reduce)
                .toList();
    }

    /** Every REST call so far, oldest first. */
    public List<Call> calls() {
        return discord.callsSince(0).stream().map(DiscordFakes::reduce).toList();
    }

    /** Closes the gateway connection from Discord's side; the client should resume. */
    public void dropGatewayConnection() {
        discord.dropConnection(4000, "Unknown error");
    }

    /** How many times a client resumed its session. */
    public int resumes() {
        return discord.resumes();
    }

    private static Call reduce(FakeDiscord.RestCall call) {
        return new Call(call.method(), call.path(), call.content(), call.receivedAt());
    }

    @Override
    public void close() throws Exception {
        discord.close();
    }
}
