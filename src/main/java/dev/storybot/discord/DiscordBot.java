package dev.storybot.discord;

import dev.storybot.chat.BotServices;
import dev.storybot.chat.ChatService;
import dev.storybot.chat.ChatWorkers;
import dev.storybot.chat.RecentKeys;
import dev.storybot.settings.DiscordSettings;
import dev.storybot.settings.DiscordShards;
import dev.storybot.settings.Redactor;
import dev.storybot.settings.Variable;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.IntStream;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.events.session.ShutdownEvent;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.requests.CloseCode;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.requests.restaction.CommandListUpdateAction;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running Discord bot: the gateway shards this process runs (a JDA shard manager) with the Storybot listeners;
 * close it to disconnect.
 */
public final class DiscordBot implements AutoCloseable {

    /**
     * The gateway events the bot needs besides servers and channels (which JDA always requests): messages in servers
     * and DMs, and their text (MESSAGE_CONTENT must also be enabled in the Developer Portal).
     */
    public static final EnumSet<GatewayIntent> INTENTS =
            EnumSet.of(GatewayIntent.GUILD_MESSAGES, GatewayIntent.DIRECT_MESSAGES, GatewayIntent.MESSAGE_CONTENT);
    /** Longest wait for the gateway's READY (all servers loaded) of the first shard at start-up. */
    public static final long READY_TIMEOUT_SECONDS = 30;
    /**
     * Extra wait per further shard at start-up: Discord lets a bot open one session every 5 s (per concurrency
     * bucket), so shards connect one after the other.
     */
    public static final long READY_TIMEOUT_PER_SHARD_SECONDS = 6;
    /** Longest wait for Discord to accept the slash command definitions. */
    public static final long COMMANDS_TIMEOUT_SECONDS = 15;
    /** Longest wait for a clean disconnect on {@link #close()}. */
    public static final long SHUTDOWN_TIMEOUT_SECONDS = 5;
    /** Platform name in requests, rate-limit keys, conversation ids and stored feedback. */
    static final String PLATFORM = "discord";
    /** JDA's status of a shard this process runs that has not been built yet (it waits for its turn). */
    static final String NOT_STARTED = "NOT_STARTED";

    private static final Logger LOG = LoggerFactory.getLogger(DiscordBot.class);

    private final ShardManager shards;
    private final List<Integer> shardIds;
    private final ChatWorkers workers;

    private DiscordBot(ShardManager shards, List<Integer> shardIds, ChatWorkers workers) {
        this.shards = shards;
        this.shardIds = shardIds;
        this.workers = workers;
    }

    /**
     * Connects this process's shards to Discord and waits (bounded) until each is ready; then, if this process runs
     * shard 0 (or the configured guild), registers the slash commands, in the configured guild if there is one, else
     * globally. Never throws for a bad token or an unreachable Discord. Answers {@code answerThreads} questions at
     * once with up to {@code answerQueue} more waiting; beyond that, askers are told the bot is busy.
     */
    public static DiscordStart start(DiscordSettings config, BotServices services, int answerThreads, int answerQueue) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(services, "services");
        // set once for every message this process sends: nothing the bot writes can ping anyone
        MessageRequest.setDefaultMentions(EnumSet.noneOf(Message.MentionType.class));
        MessageRequest.setDefaultMentionRepliedUser(false);

        ChatWorkers workers = new ChatWorkers(PLATFORM, answerThreads, answerQueue);
        ChatService chat = new ChatService(PLATFORM, services, Clock.systemUTC());
        RecentKeys threads = RecentKeys.threads(Clock.systemUTC());
        DiscordListener listener = new DiscordListener(
                new SlashCommandHandler(chat, workers, threads),
                new MessageHandler(chat, workers, threads),
                new FeedbackHandler(chat, workers));
        SessionWatcher session = new SessionWatcher();

        ShardManager shards;
        try {
            DefaultShardManagerBuilder builder = DefaultShardManagerBuilder.createLight(config.token(), INTENTS)
                    .setRestConfig(new RestConfig().setBaseUrl(config.apiUrl().toString()))
                    .setSessionController(new FixedGatewaySessionController(
                            config.gatewayUrl().toString()))
                    .setCompression(Compression.NONE)
                    .setEnableShutdownHook(false)
                    .addEventListeners(session, listener);
            config.shards().optionalTotal().ifPresent(builder::setShardsTotal);
            if (!config.shards().runsAll()) {
                builder.setShards(config.shards().ids());
            }
            shards = builder.build();
        } catch (InvalidTokenException e) {
            workers.close();
            return new DiscordStart.Failed("Discord rejected " + Variable.DISCORD_TOKEN
                    + " (401 Unauthorized): copy the bot token again from the Developer Portal (Bot > Reset Token)");
        } catch (RuntimeException e) {
            workers.close();
            String reason = Redactor.of(List.of(config.token())).redact(oneLine(e));
            LOG.debug("Discord login failed: {}: {}", e.getClass().getSimpleName(), reason);
            return new DiscordStart.Failed("Could not log in to Discord at " + config.apiUrl() + ": " + reason);
        }

        List<Integer> shardIds = config.shards().runsAll()
                ? IntStream.range(0, shards.getShardsTotal()).boxed().toList()
                : config.shards().ids();
        Duration readyTimeout =
                Duration.ofSeconds(READY_TIMEOUT_SECONDS + READY_TIMEOUT_PER_SHARD_SECONDS * (shardIds.size() - 1L));
        String failure = session.awaitReady(shardIds, readyTimeout, config);
        if (failure == null) {
            failure = registerCommands(shards, shardIds, config);
        }
        if (failure != null) {
            shards.shutdown();
            workers.close();
            return new DiscordStart.Failed(failure);
        }
        LOG.info(
                "Discord bot {} connected: shard(s) {} of {}",
                anyShard(shards).getSelfUser().getName(),
                shardIds,
                shards.getShardsTotal());
        return new DiscordStart.Started(new DiscordBot(shards, shardIds, workers));
    }

    /** True while every shard this process runs is connected (for health checks). */
    public boolean isConnected() {
        return shardStatuses().stream().allMatch(ShardStatus::connected);
    }

    /** Each shard this process runs, by ascending id. */
    public List<ShardStatus> shardStatuses() {
        int total = shards.getShardsTotal();
        return shardIds.stream().map(id -> status(id, total)).toList();
    }

    /** The shard {@code id} right now; "NOT_STARTED" when this process does not run it (yet). */
    public ShardStatus shardStatus(int id) {
        return status(id, shards.getShardsTotal());
    }

    /** The shard ids this process runs, ascending. */
    public List<Integer> shardIds() {
        return shardIds;
    }

    /** The bot user's id, which is also its application id. */
    public String selfUserId() {
        return anyShard(shards).getSelfUser().getId();
    }

    /**
     * Lets the workers finish (bounded) while JDA can still deliver their answers, then disconnects every shard from
     * Discord, waiting a bounded time in all.
     */
    @Override
    public void close() {
        workers.close(); // first: an answer finished after JDA's shutdown could not be sent any more
        List<JDA> running = shards.getShards();
        shards.shutdown();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(SHUTDOWN_TIMEOUT_SECONDS);
        try {
            for (JDA shard : running) {
                long left = deadline - System.nanoTime();
                if (left <= 0 || !shard.awaitShutdown(Duration.ofNanos(left))) {
                    shard.shutdownNow();
                }
            }
        } catch (InterruptedException e) {
            running.forEach(JDA::shutdownNow);
            Thread.currentThread().interrupt();
        }
    }

    private ShardStatus status(int id, int total) {
        JDA shard = shards.getShardById(id);
        if (shard == null) {
            return new ShardStatus(id, total, NOT_STARTED, 0, -1);
        }
        return new ShardStatus(
                id, total, shard.getStatus().name(), shard.getGuildCache().size(), shard.getGatewayPing());
    }

    private static JDA anyShard(ShardManager shards) {
        return shards.getShardCache().iterator().next();
    }

    /**
     * Registers the commands once across replicas: in the configured guild by the process whose shard holds it,
     * otherwise globally by the process that runs shard 0. Returns a failure message only when this process runs
     * every shard and the configured guild is not among them.
     */
    private static String registerCommands(ShardManager shards, List<Integer> shardIds, DiscordSettings config) {
        CommandListUpdateAction update;
        if (config.guildId() != null) {
            Guild guild = shards.getGuildById(config.guildId());
            if (guild == null && config.shards().runsAll()) {
                return Variable.DISCORD_GUILD_ID + " " + config.guildId() + " is not a server this bot is in: "
                        + "invite it there first (storybot discord-invite) or unset " + Variable.DISCORD_GUILD_ID;
            }
            if (guild == null) {
                LOG.info(
                        "{} {} is on a shard another replica runs; that replica registers the slash commands",
                        Variable.DISCORD_GUILD_ID,
                        config.guildId());
                return null;
            }
            update = guild.updateCommands();
        } else if (shardIds.contains(0)) {
            update = shards.getShardById(0).updateCommands();
        } else {
            LOG.info("Shard 0 runs on another replica; that replica registers the global slash commands");
            return null;
        }
        try {
            update.addCommands(DiscordCommands.all()).submit().get(COMMANDS_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            // mentions and DMs still work without slash commands, so keep running
            LOG.warn(
                    "Could not register the slash commands ({}); mentions and DMs still work. Re-invite the bot "
                            + "with the applications.commands scope (storybot discord-invite).",
                    oneLine(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "Interrupted while registering the slash commands";
        }
        return null;
    }

    private static String oneLine(Throwable error) {
        Throwable cause = error instanceof ExecutionException && error.getCause() != null ? error.getCause() : error;
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /**
     * Uses the configured gateway URL instead of the one Discord names; the shard total and the number of sessions
     * that may start at once still come from Discord.
     */
    private static final class FixedGatewaySessionController extends ConcurrentSessionController {

        private final String gatewayUrl;

        FixedGatewaySessionController(String gatewayUrl) {
            this.gatewayUrl = gatewayUrl;
        }

        @Override
        public String getGateway() {
            return gatewayUrl;
        }

        @Override
        public ShardedGateway getShardedGateway(JDA api) {
            ShardedGateway discord = super.getShardedGateway(api);
            return new ShardedGateway(gatewayUrl, discord.getShardTotal(), discord.getConcurrency());
        }
    }

    /**
     * Completes when every shard of this process is ready, or with a one-line reason when JDA gives up on one during
     * start-up.
     */
    private static final class SessionWatcher extends ListenerAdapter {

        private final Set<Integer> ready = new HashSet<>();
        private String failure;

        @Override
        public synchronized void onReady(ReadyEvent event) {
            ready.add(event.getJDA().getShardInfo().getShardId());
            notifyAll();
        }

        @Override
        public synchronized void onShutdown(ShutdownEvent event) {
            CloseCode code = event.getCloseCode();
            String reason;
            if (code == CloseCode.AUTHENTICATION_FAILED) {
                reason = "Discord rejected " + Variable.DISCORD_TOKEN + " at the gateway (close code 4004): copy the "
                        + "bot token again from the Developer Portal";
            } else if (code == CloseCode.DISALLOWED_INTENTS) {
                reason = "Discord refused the Message Content intent (close code 4014): enable \"Message Content "
                        + "Intent\" under Bot > Privileged Gateway Intents in the Developer Portal";
            } else if (code == CloseCode.INVALID_SHARD || code == CloseCode.SHARDING_REQUIRED) {
                reason = "Discord refused the shard settings (close code " + event.getCode() + ": "
                        + code.getMeaning() + "): check " + Variable.DISCORD_SHARDS_TOTAL + " and "
                        + Variable.DISCORD_SHARDS + " (at most " + DiscordShards.MAX_GUILDS_PER_SHARD
                        + " servers per shard)";
            } else {
                reason = "Discord closed the connection during start-up (close code " + event.getCode()
                        + (code == null ? "" : ": " + code.getMeaning()) + ")";
            }
            if (failure == null) {
                failure = reason;
            }
            notifyAll();
        }

        /** Null when every shard in {@code shardIds} is ready, else why not. */
        synchronized String awaitReady(List<Integer> shardIds, Duration timeout, DiscordSettings config) {
            long deadline = System.nanoTime() + timeout.toNanos();
            try {
                while (failure == null && !ready.containsAll(shardIds)) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        List<Integer> waiting = shardIds.stream()
                                .filter(id -> !ready.contains(id))
                                .toList();
                        return "Discord did not become ready within " + timeout.toSeconds() + " s (gateway "
                                + config.gatewayUrl() + "; shard(s) " + waiting + " not ready)";
                    }
                    TimeUnit.NANOSECONDS.timedWait(this, left);
                }
                return failure;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "Interrupted while connecting to Discord";
            }
        }
    }
}
