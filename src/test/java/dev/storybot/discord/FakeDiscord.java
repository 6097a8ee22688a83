package dev.storybot.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.storybot.settings.DiscordSettings;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * A local stand-in for Discord on 127.0.0.1: a gateway speaking the real WebSocket protocol (HELLO, IDENTIFY,
 * READY, GUILD_CREATE, heartbeats, dispatches) and a REST server that answers the routes JDA calls and records
 * every call, so tests can drive a real JDA client and observe what it sends.
 *
 * <p>The world: one guild with a text channel, a thread in it, the bot and a human member, plus a DM channel; on
 * request a second guild with a text channel. Sharding works as on Discord: each session runs the shard its IDENTIFY
 * names ({@code [shard_id, num_shards]}, default {@code [0, 1]}), holds the guilds with
 * {@code (guild_id >> 22) % num_shards == shard_id} and receives only their events; DMs go to shard 0.
 * {@code GET /gateway/bot} recommends {@link #recommendShards a configurable number} of shards.
 */
final class FakeDiscord implements AutoCloseable {

    static final String BOT_ID = "1100000000000000001";
    static final String GUILD_ID = "1200000000000000001";
    static final String BOT_ROLE_ID = "1200000000000000002";
    static final String CHANNEL_ID = "1300000000000000001";
    static final String THREAD_ID = "1300000000000000002";
    static final String DM_CHANNEL_ID = "1300000000000000003";
    /** The second guild (see {@link #addSecondGuild()}): on shard 0 of 2, where {@link #GUILD_ID} is on shard 1. */
    static final String SECOND_GUILD_ID = "1200000000004194305";

    static final String SECOND_BOT_ROLE_ID = "1200000000004194306";
    static final String SECOND_CHANNEL_ID = "1300000000000000004";
    static final String USER_ID = "1400000000000000001";
    static final String OTHER_BOT_ID = "1400000000000000002";
    static final String WEBHOOK_ID = "1400000000000000003";
    /** A well-formed token whose first segment is the bot id in base64, as Discord's are. */
    static final String TOKEN =
            Base64.getEncoder().withoutPadding().encodeToString(BOT_ID.getBytes(StandardCharsets.UTF_8))
                    + ".fake.token";
    /** A token the REST server answers with 401. */
    static final String REJECTED_TOKEN = "MTIz.rejected.token";

    /** Heartbeat interval sent in HELLO; short enough that heartbeats happen during a test run. */
    static final int HEARTBEAT_INTERVAL_MILLIS = 5_000;

    private static final long MESSAGE_CONTENT = 1L << 15;
    private static final long DISCORD_EPOCH_MILLIS = 1_420_070_400_000L;
    private static final String API_PREFIX = "/api/v10";
    private static final String TIMESTAMP = "2025-01-01T00:00:00.000000+00:00";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(10);

    private final ObjectMapper json = new ObjectMapper();
    private final AtomicLong snowflakeSequence = new AtomicLong();
    private final Gateway gateway = new Gateway();
    private final HttpServer rest;
    private final ExecutorService restThreads = Executors.newFixedThreadPool(4, runnable -> {
        Thread thread = new Thread(runnable, "fake-discord-rest");
        thread.setDaemon(true);
        return thread;
    });
    private final List<RestCall> calls = new ArrayList<>();
    private final Map<String, String> channelOfInteractionToken = new ConcurrentHashMap<>();
    private final CompletableFuture<JsonNode> identify = new CompletableFuture<>();
    private final List<JsonNode> identifies = new ArrayList<>();
    private volatile boolean rejectMessageContentIntent;
    private volatile boolean secondGuild;
    private volatile int recommendedShards = 1;
    private volatile int requiredShards = 1;

    private FakeDiscord() throws IOException {
        rest = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        rest.createContext("/", this::handleRest);
        rest.setExecutor(restThreads);
    }

    /** Starts both servers on ephemeral ports. */
    static FakeDiscord start() throws IOException, InterruptedException {
        FakeDiscord discord = new FakeDiscord();
        discord.rest.start();
        discord.gateway.start();
        if (!discord.gateway.started.await(START_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("fake gateway did not start");
        }
        return discord;
    }

    URI apiUrl() {
        return URI.create("http://127.0.0.1:" + rest.getAddress().getPort() + API_PREFIX + "/");
    }

    URI gatewayUrl() {
        return URI.create("ws://127.0.0.1:" + gateway.getPort() + "/");
    }

    /** A configuration pointing the bot at this fake, optionally registering commands in the fake guild. */
    DiscordSettings config(String token, boolean guildCommands) {
        return new DiscordSettings(token, guildCommands ? GUILD_ID : null, apiUrl(), gatewayUrl(), BOT_ID);
    }

    /**
     * Makes the gateway close with 4014 (disallowed intents) when a client asks for MESSAGE_CONTENT, as Discord does
     * when the intent is not enabled for the application.
     */
    void rejectMessageContentIntent(boolean reject) {
        rejectMessageContentIntent = reject;
    }

    /**
     * Closes the gateway connection from the server side with {@code code}, as Discord does when it restarts a
     * gateway node (4000-range codes other than the fatal ones tell the client to resume).
     */
    void dropConnection(int code, String reason) {
        gateway.drop(code, reason);
    }

    /** Adds {@link #SECOND_GUILD_ID} to the world; call it before a client connects. */
    void addSecondGuild() {
        secondGuild = true;
    }

    /** Makes {@code GET /gateway/bot} recommend {@code shards} shards (default 1). */
    void recommendShards(int shards) {
        recommendedShards = shards;
    }

    /**
     * Makes the gateway close with 4011 (sharding required) when a client identifies with fewer than {@code shards}
     * shards, as Discord does when a shard would hold too many servers.
     */
    void requireShards(int shards) {
        requiredShards = shards;
    }

    /** The {@code shard} arrays ({@code [shard_id, num_shards]}) of every IDENTIFY so far, in arrival order. */
    synchronized List<List<Integer>> identifiedShards() {
        return identifies.stream()
                .map(d -> List.of(shardOf(d)[0], shardOf(d)[1]))
                .toList();
    }

    /** The shard id that owns {@code guildId} when there are {@code numShards} shards, as Discord computes it. */
    static int shardOfGuild(String guildId, int numShards) {
        return (int) ((Long.parseLong(guildId) >> 22) % numShards);
    }

    private static int[] shardOf(JsonNode identify) {
        JsonNode shard = identify.path("shard");
        return shard.isArray() && shard.size() == 2
                ? new int[] {shard.get(0).asInt(), shard.get(1).asInt()}
                : new int[] {0, 1};
    }

    private synchronized void recordIdentify(JsonNode identify) {
        identifies.add(identify);
    }

    private List<String> guildIds() {
        return secondGuild ? List.of(GUILD_ID, SECOND_GUILD_ID) : List.of(GUILD_ID);
    }

    /** How many RESUME requests (op 6) the gateway has received. */
    int resumes() {
        return gateway.resumes.get();
    }

    /** The first IDENTIFY payload a client sent. */
    JsonNode awaitIdentify(Duration timeout) throws Exception {
        return identify.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    // ---------------------------------------------------------------- recorded REST calls

    /** One REST request as received, with the JSON the fake answered (null for none). */
    record RestCall(String method, String path, String query, JsonNode body, JsonNode response, Instant receivedAt) {

        boolean is(String expectedMethod, String pathPattern) {
            return method.equals(expectedMethod) && path.matches(pathPattern);
        }

        /** The message text sent, or "" when the call carries none. */
        String content() {
            return body.path("content").asText(body.path("data").path("content").asText(""));
        }
    }

    /** How many calls were recorded so far; pass it to {@link #awaitCall} to look only at later calls. */
    synchronized int mark() {
        return calls.size();
    }

    /** The calls recorded at or after {@code from}. */
    synchronized List<RestCall> callsSince(int from) {
        return List.copyOf(calls.subList(from, calls.size()));
    }

    /** Waits (bounded) for the first call at or after index {@code from} that matches. */
    synchronized RestCall awaitCall(int from, Predicate<RestCall> match, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        int next = from;
        while (true) {
            for (; next < calls.size(); next++) {
                if (match.test(calls.get(next))) {
                    return calls.get(next);
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no matching REST call within " + timeout + "; calls since mark: "
                        + describe(calls.subList(from, calls.size())));
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    private static String describe(List<RestCall> list) {
        StringBuilder out = new StringBuilder();
        for (RestCall call : list) {
            out.append("\n  ")
                    .append(call.method())
                    .append(' ')
                    .append(call.path())
                    .append(' ')
                    .append(call.body());
        }
        return out.toString();
    }

    private synchronized void record(RestCall call) {
        calls.add(call);
        notifyAll();
    }

    // ---------------------------------------------------------------- gateway dispatches

    /** A user message in the guild text channel. */
    ObjectNode guildMessage(String channelId, String authorId, String content) {
        ObjectNode message = message(channelId, user(authorId), content);
        message.put("guild_id", GUILD_ID);
        message.set("member", member(GUILD_ID, authorId, null));
        return message;
    }

    /** A user message in the DM channel. */
    ObjectNode directMessage(String content) {
        return message(DM_CHANNEL_ID, user(USER_ID), content);
    }

    /** A message posted by a webhook in the guild text channel. */
    ObjectNode webhookMessage(String content) {
        ObjectNode author = object(
                "id", WEBHOOK_ID, "username", "Announcements", "discriminator", "0000", "avatar", null, "bot", true);
        ObjectNode message = message(CHANNEL_ID, author, content);
        message.put("guild_id", GUILD_ID);
        message.put("webhook_id", WEBHOOK_ID);
        return message;
    }

    /** Adds a mention of the bot to a message's mentions (its content must contain {@code <@BOT_ID>}). */
    ObjectNode mentioningBot(ObjectNode message) {
        ((ArrayNode) message.get("mentions")).add(user(BOT_ID));
        return message;
    }

    /** Sends MESSAGE_CREATE. */
    void sendMessage(ObjectNode message) {
        gateway.dispatch("MESSAGE_CREATE", message);
    }

    /**
     * Sends INTERACTION_CREATE for a slash command in the guild text channel.
     *
     * @return the interaction token (its webhook routes contain it)
     */
    String slashCommand(String name, Map<String, Object> options) {
        return slashCommandIn(GUILD_ID, name, options);
    }

    /** Sends INTERACTION_CREATE for a slash command in the text channel of {@code guildId}. */
    String slashCommandIn(String guildId, String name, Map<String, Object> options) {
        ArrayNode optionArray = json.createArrayNode();
        options.forEach((key, value) ->
                optionArray.add(object("name", key, "type", value instanceof Boolean ? 5 : 3, "value", value)));
        ObjectNode data = object("id", "1600000000000000001", "name", name, "type", 1, "guild_id", guildId);
        data.set("options", optionArray);
        return interaction(guildId, 2, data, USER_ID, null);
    }

    /**
     * Sends INTERACTION_CREATE for a click on a button of a message the bot sent; with a null message, the partial
     * message (id and flags only) Discord sends for ephemeral messages.
     */
    String buttonClick(String customId, String userId, JsonNode botMessage) {
        return interaction(GUILD_ID, 3, object("custom_id", customId, "component_type", 2), userId, botMessage);
    }

    private String interaction(String guildId, int type, ObjectNode data, String userId, JsonNode message) {
        String channelId = channelOf(guildId);
        String id = nextId();
        String token = "interaction-token-" + id;
        channelOfInteractionToken.put(token, channelId);
        ObjectNode interaction = object(
                "id",
                id,
                "application_id",
                BOT_ID,
                "type",
                type,
                "token",
                token,
                "version",
                1,
                "guild_id",
                guildId,
                "channel_id",
                channelId,
                "locale",
                "en-US",
                "guild_locale",
                "en-US",
                "app_permissions",
                String.valueOf(DiscordInvite.permissionBits()),
                "context",
                0);
        interaction.set("guild", object("id", guildId, "locale", "en-US", "features", json.createArrayNode()));
        interaction.set("channel", textChannel(guildId));
        interaction.set("member", member(guildId, userId, "0"));
        interaction.set("authorizing_integration_owners", object("0", guildId));
        interaction.set("entitlements", json.createArrayNode());
        interaction.set("data", data);
        if (type == 3) {
            interaction.set("message", message != null ? message : object("id", nextId(), "flags", 64));
        }
        gateway.dispatch("INTERACTION_CREATE", interaction);
        return token;
    }

    // ---------------------------------------------------------------- JSON shapes

    private ObjectNode message(String channelId, ObjectNode author, String content) {
        ObjectNode message = object(
                "id",
                nextId(),
                "type",
                0,
                "channel_id",
                channelId,
                "content",
                content,
                "timestamp",
                TIMESTAMP,
                "edited_timestamp",
                null,
                "tts",
                false,
                "mention_everyone",
                false,
                "pinned",
                false,
                "flags",
                0);
        message.set("author", author);
        for (String empty : new String[] {"mentions", "mention_roles", "attachments", "embeds", "components"}) {
            message.set(empty, json.createArrayNode());
        }
        return message;
    }

    ObjectNode user(String id) {
        boolean bot = id.equals(BOT_ID) || id.equals(OTHER_BOT_ID);
        String name = id.equals(BOT_ID) ? "storybot" : id.equals(OTHER_BOT_ID) ? "otherbot" : "alice";
        return object(
                "id",
                id,
                "username",
                name,
                "global_name",
                null,
                "discriminator",
                bot ? "1234" : "0",
                "avatar",
                null,
                "bot",
                bot,
                "public_flags",
                0);
    }

    private static String channelOf(String guildId) {
        return guildId.equals(SECOND_GUILD_ID) ? SECOND_CHANNEL_ID : CHANNEL_ID;
    }

    private static String botRoleOf(String guildId) {
        return guildId.equals(SECOND_GUILD_ID) ? SECOND_BOT_ROLE_ID : BOT_ROLE_ID;
    }

    private ObjectNode member(String guildId, String userId, String permissions) {
        ObjectNode member = object(
                "nick",
                null,
                "avatar",
                null,
                "joined_at",
                TIMESTAMP,
                "deaf",
                false,
                "mute",
                false,
                "flags",
                0,
                "pending",
                false,
                "premium_since",
                null);
        member.set(
                "roles",
                userId.equals(BOT_ID) ? json.createArrayNode().add(botRoleOf(guildId)) : json.createArrayNode());
        member.set("user", user(userId));
        if (permissions != null) {
            member.put("permissions", permissions);
        }
        return member;
    }

    private ObjectNode textChannel(String guildId) {
        ObjectNode channel = object(
                "id",
                channelOf(guildId),
                "type",
                0,
                "guild_id",
                guildId,
                "name",
                "general",
                "position",
                0,
                "parent_id",
                null,
                "topic",
                null,
                "nsfw",
                false,
                "last_message_id",
                null,
                "rate_limit_per_user",
                0);
        channel.set("permission_overwrites", json.createArrayNode());
        return channel;
    }

    private ObjectNode thread() {
        ObjectNode thread = object(
                "id",
                THREAD_ID,
                "type",
                11,
                "guild_id",
                GUILD_ID,
                "parent_id",
                CHANNEL_ID,
                "name",
                "questions",
                "owner_id",
                USER_ID,
                "member_count",
                2,
                "message_count",
                0,
                "total_message_count",
                0,
                "last_message_id",
                null,
                "rate_limit_per_user",
                0,
                "flags",
                0);
        thread.set(
                "thread_metadata",
                object(
                        "archived",
                        false,
                        "auto_archive_duration",
                        1440,
                        "archive_timestamp",
                        TIMESTAMP,
                        "locked",
                        false,
                        "invitable",
                        true,
                        "create_timestamp",
                        TIMESTAMP));
        return thread;
    }

    private ObjectNode role(String id, String name, long permissions, int position, boolean managed) {
        ObjectNode role = object(
                "id",
                id,
                "name",
                name,
                "color",
                0,
                "hoist",
                false,
                "icon",
                null,
                "unicode_emoji",
                null,
                "position",
                position,
                "permissions",
                String.valueOf(permissions),
                "managed",
                managed,
                "mentionable",
                false,
                "flags",
                0);
        role.set("colors", object("primary_color", 0, "secondary_color", null, "tertiary_color", null));
        if (managed) {
            role.set("tags", object("bot_id", BOT_ID));
        }
        return role;
    }

    private ObjectNode ready(int shardId, int numShards) {
        ObjectNode ready = object(
                "v",
                10,
                "session_id",
                "fake-session-" + shardId + "-" + numShards,
                "resume_gateway_url",
                gatewayUrl().toString());
        ready.set(
                "user",
                object(
                        "id",
                        BOT_ID,
                        "username",
                        "storybot",
                        "global_name",
                        null,
                        "discriminator",
                        "1234",
                        "avatar",
                        null,
                        "bot",
                        true,
                        "verified",
                        true,
                        "mfa_enabled",
                        false,
                        "flags",
                        0));
        ArrayNode guilds = json.createArrayNode();
        guildIds().stream()
                .filter(id -> shardOfGuild(id, numShards) == shardId)
                .forEach(id -> guilds.add(object("id", id, "unavailable", true)));
        ready.set("guilds", guilds);
        ready.set("application", object("id", BOT_ID, "flags", 0));
        ready.set("private_channels", json.createArrayNode());
        ready.set("presences", json.createArrayNode());
        ready.set("relationships", json.createArrayNode());
        ready.set("user_settings", json.createObjectNode());
        ready.set("shard", json.createArrayNode().add(shardId).add(numShards));
        return ready;
    }

    private ObjectNode guildCreate(String guildId) {
        boolean first = guildId.equals(GUILD_ID);
        ObjectNode guild = object(
                "id",
                guildId,
                "name",
                first ? "Newsroom" : "Second newsroom",
                "icon",
                null,
                "owner_id",
                USER_ID,
                "afk_channel_id",
                null,
                "afk_timeout",
                300,
                "verification_level",
                0,
                "default_message_notifications",
                0,
                "explicit_content_filter",
                0,
                "mfa_level",
                0,
                "nsfw_level",
                0,
                "premium_tier",
                0,
                "premium_subscription_count",
                0,
                "preferred_locale",
                "en-US",
                "system_channel_id",
                null,
                "rules_channel_id",
                null,
                "max_members",
                500_000,
                "premium_progress_bar_enabled",
                false,
                "system_channel_flags",
                0,
                "large",
                false,
                "unavailable",
                false,
                "member_count",
                2,
                "joined_at",
                TIMESTAMP);
        // @everyone (id == guild id) may read but not write; the bot's role has exactly the invite permissions
        long viewOnly = net.dv8tion.jda.api.Permission.getRaw(net.dv8tion.jda.api.Permission.VIEW_CHANNEL);
        guild.set(
                "roles",
                json.createArrayNode()
                        .add(role(guildId, "@everyone", viewOnly, 0, false))
                        .add(role(botRoleOf(guildId), "storybot", DiscordInvite.permissionBits(), 1, true)));
        guild.set("channels", json.createArrayNode().add(textChannel(guildId)));
        guild.set("threads", first ? json.createArrayNode().add(thread()) : json.createArrayNode());
        guild.set(
                "members",
                json.createArrayNode().add(member(guildId, BOT_ID, null)).add(member(guildId, USER_ID, null)));
        for (String empty : new String[] {
            "features", "emojis", "stickers", "voice_states", "presences", "guild_scheduled_events", "stage_instances"
        }) {
            guild.set(empty, json.createArrayNode());
        }
        return guild;
    }

    private ObjectNode botMessage(String id, String channelId, JsonNode request) {
        ObjectNode message =
                message(channelId, user(BOT_ID), request.path("content").asText(""));
        message.put("id", id);
        if (request.has("message_reference")) {
            message.put("type", 19);
            message.set("message_reference", request.get("message_reference"));
        }
        message.put("flags", request.path("flags").asInt(0));
        return message;
    }

    private ObjectNode object(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return json.valueToTree(map);
    }

    /**
     * A snowflake for now: JDA reads creation times from ids (e.g. to tell whether an interaction has expired).
     */
    private String nextId() {
        long millis = System.currentTimeMillis() - DISCORD_EPOCH_MILLIS;
        return Long.toString(millis << 22 | snowflakeSequence.incrementAndGet() & 0xFFF);
    }

    // ---------------------------------------------------------------- REST

    private void handleRest(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (path.startsWith(API_PREFIX)) {
                path = path.substring(API_PREFIX.length());
            }
            String method = exchange.getRequestMethod();
            byte[] bytes = exchange.getRequestBody().readAllBytes();
            JsonNode body = bytes.length == 0 ? json.createObjectNode() : parseBody(exchange, bytes);
            Instant receivedAt = Instant.now();
            Reply reply = route(exchange, method, path, body);
            // record before answering, so calls a client makes one after another are recorded in that order
            record(new RestCall(method, path, exchange.getRequestURI().getRawQuery(), body, reply.body(), receivedAt));
            send(exchange, reply);
        }
    }

    private JsonNode parseBody(HttpExchange exchange, byte[] bytes) throws IOException {
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (type != null && type.startsWith("multipart/form-data")) {
            // JDA sends messages with files as multipart; the JSON is the payload_json part
            int start = text.indexOf('{');
            int end = text.lastIndexOf('}');
            return start < 0 ? json.createObjectNode() : json.readTree(text.substring(start, end + 1));
        }
        return json.readTree(text);
    }

    private record Reply(int status, JsonNode body) {}

    private Reply route(HttpExchange exchange, String method, String path, JsonNode body) {
        String[] parts = path.substring(1).split("/");
        if (method.equals("GET") && path.equals("/users/@me")) {
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            if (("Bot " + TOKEN).equals(auth)) {
                return new Reply(200, ready(0, 1).get("user"));
            } else {
                return new Reply(401, object("message", "401: Unauthorized", "code", 0));
            }
        } else if (method.equals("GET") && path.equals("/gateway/bot")) {
            if (!("Bot " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                return new Reply(401, object("message", "401: Unauthorized", "code", 0));
            }
            ObjectNode gatewayBot = object("url", gatewayUrl().toString(), "shards", recommendedShards);
            // as Discord: many session starts left, and up to 16 shards may identify at once
            gatewayBot.set(
                    "session_start_limit",
                    object("total", 1000, "remaining", 1000, "reset_after", 0, "max_concurrency", 16));
            return new Reply(200, gatewayBot);
        } else if (method.equals("GET") && path.startsWith("/gateway")) {
            return new Reply(200, object("url", gatewayUrl().toString()));
        } else if (method.equals("PUT") && path.matches("/applications/\\d+(/guilds/\\d+)?/commands")) {
            ArrayNode commands = json.createArrayNode();
            for (JsonNode command : body) {
                ObjectNode registered = ((ObjectNode) command.deepCopy());
                registered.put("id", nextId()).put("application_id", BOT_ID).put("version", nextId());
                if (parts.length > 3) {
                    registered.put("guild_id", parts[3]);
                }
                commands.add(registered);
            }
            return new Reply(200, commands);
        } else if (method.equals("POST") && path.matches("/interactions/\\d+/[^/]+/callback")) {
            ObjectNode response = object("interaction", object("id", parts[1], "type", 2));
            response.set("resource", object("type", body.path("type").asInt()));
            return new Reply(200, response);
        } else if (path.matches("/webhooks/\\d+/[^/]+(/messages/.+)?")) {
            String channelId = channelOfInteractionToken.getOrDefault(parts[2], CHANNEL_ID);
            ObjectNode message = botMessage(nextId(), channelId, body);
            message.put("webhook_id", BOT_ID).put("application_id", BOT_ID);
            return new Reply(200, message);
        } else if (method.equals("POST") && path.matches("/channels/\\d+/typing")) {
            return new Reply(204, null);
        } else if (method.equals("POST") && path.matches("/channels/\\d+/messages")) {
            return new Reply(200, botMessage(nextId(), parts[1], body));
        } else if (method.equals("PATCH") && path.matches("/channels/\\d+/messages/\\d+")) {
            ObjectNode message = botMessage(parts[3], parts[1], body);
            message.put("edited_timestamp", TIMESTAMP);
            return new Reply(200, message);
        } else {
            return new Reply(404, object("message", "Unknown route " + method + " " + path, "code", 0));
        }
    }

    private void send(HttpExchange exchange, Reply reply) throws IOException {
        if (reply.body() == null) {
            exchange.sendResponseHeaders(reply.status(), -1);
            return;
        }
        byte[] bytes = json.writeValueAsBytes(reply.body());
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(reply.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() throws InterruptedException {
        gateway.stop(1_000);
        rest.stop(0);
        restThreads.shutdownNow();
    }

    // ---------------------------------------------------------------- gateway

    /**
     * The gateway WebSocket: HELLO on connect, READY and a GUILD_CREATE per guild of the session's shard on IDENTIFY,
     * RESUMED on RESUME, ACK for heartbeats; each dispatch goes to the session whose shard holds its guild.
     */
    private final class Gateway extends WebSocketServer {

        private final CountDownLatch started = new CountDownLatch(1);
        private final AtomicInteger resumes = new AtomicInteger();
        /** The shard ({@code [shard_id, num_shards]}) of each identified or resumed connection. */
        private final Map<WebSocket, int[]> sessions = new ConcurrentHashMap<>();

        private int sequence;

        Gateway() {
            super(new InetSocketAddress("127.0.0.1", 0));
            setReuseAddr(true);
            setDaemon(true);
        }

        @Override
        public void onStart() {
            started.countDown();
        }

        @Override
        public void onOpen(WebSocket connection, ClientHandshake handshake) {
            connection.send(write(object(
                    "op", 10, "s", null, "t", null, "d", Map.of("heartbeat_interval", HEARTBEAT_INTERVAL_MILLIS))));
        }

        @Override
        public void onMessage(WebSocket connection, String message) {
            JsonNode payload = read(message);
            switch (payload.path("op").asInt(-1)) {
                case 1 -> {
                    if (connection.isOpen()) {
                        connection.send(write(object("op", 11, "s", null, "t", null, "d", null)));
                    }
                }
                case 2 -> {
                    JsonNode d = payload.get("d");
                    recordIdentify(d);
                    identify.complete(d);
                    if (rejectMessageContentIntent && (d.path("intents").asLong() & MESSAGE_CONTENT) != 0) {
                        connection.close(4014, "Disallowed intent(s).");
                        return;
                    }
                    int[] shard = shardOf(d);
                    if (shard[0] < 0 || shard[1] < 1 || shard[0] >= shard[1]) {
                        connection.close(4010, "Invalid shard.");
                        return;
                    }
                    if (shard[1] < requiredShards) {
                        connection.close(4011, "Sharding required.");
                        return;
                    }
                    sessions.put(connection, shard);
                    send(connection, "READY", ready(shard[0], shard[1]));
                    for (String guildId : guildIds()) {
                        if (shardOfGuild(guildId, shard[1]) == shard[0]) {
                            send(connection, "GUILD_CREATE", guildCreate(guildId));
                        }
                    }
                }
                case 6 -> {
                    // the session id names the shard ("fake-session-<shard>-<total>"); nothing was missed while
                    // disconnected: confirm the resumed session at once
                    String[] id = payload.path("d").path("session_id").asText().split("-");
                    sessions.put(
                            connection,
                            new int[] {Integer.parseInt(id[id.length - 2]), Integer.parseInt(id[id.length - 1])});
                    resumes.incrementAndGet();
                    send(connection, "RESUMED", json.createObjectNode());
                }
                default -> {
                    // presence updates and the like need no answer
                }
            }
        }

        /** Sends the event to the session holding its guild ({@code guild_id}), or to shard 0 when it has none. */
        void dispatch(String type, JsonNode data) {
            String guildId = data.hasNonNull("guild_id") ? data.get("guild_id").asText() : null;
            WebSocket target = sessions.entrySet().stream()
                    .filter(entry -> entry.getKey().isOpen())
                    .filter(entry ->
                            entry.getValue()[0] == (guildId == null ? 0 : shardOfGuild(guildId, entry.getValue()[1])))
                    .map(Map.Entry::getKey)
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no client connected to the fake gateway holds "
                            + (guildId == null ? "DMs (shard 0)" : "guild " + guildId)));
            send(target, type, data);
        }

        private synchronized void send(WebSocket connection, String type, JsonNode data) {
            ObjectNode event = object("op", 0, "t", type, "s", ++sequence);
            event.set("d", data);
            connection.send(write(event));
        }

        /** Closes every session. */
        void drop(int code, String reason) {
            if (sessions.isEmpty()) {
                throw new IllegalStateException("no client connected to the fake gateway");
            }
            sessions.keySet().forEach(connection -> connection.close(code, reason));
        }

        @Override
        public void onClose(WebSocket connection, int code, String reason, boolean remote) {
            sessions.remove(connection);
        }

        @Override
        public void onError(WebSocket connection, Exception error) {
            // a client disconnecting abruptly at shutdown is expected
        }

        private String write(JsonNode node) {
            try {
                return json.writeValueAsString(node);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        private JsonNode read(String text) {
            try {
                return json.readTree(text);
            } catch (IOException e) {
                throw new IllegalStateException("client sent invalid JSON: " + text, e);
            }
        }
    }
}
