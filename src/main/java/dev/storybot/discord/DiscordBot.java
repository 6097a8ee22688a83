package dev.storybot.discord;

import dev.storybot.chat.BotServices;
import dev.storybot.chat.ChatService;
import dev.storybot.chat.ChatWorkers;
import dev.storybot.chat.RecentKeys;
import dev.storybot.settings.DiscordSettings;
import dev.storybot.settings.Redactor;
import dev.storybot.settings.Variable;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
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
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The running Discord bot: a connected JDA session with the Storybot listeners; close it to disconnect. */
public final class DiscordBot implements AutoCloseable {

    /**
     * The gateway events the bot needs besides servers and channels (which JDA always requests): messages in servers
     * and DMs, and their text (MESSAGE_CONTENT must also be enabled in the Developer Portal).
     */
    public static final EnumSet<GatewayIntent> INTENTS =
            EnumSet.of(GatewayIntent.GUILD_MESSAGES, GatewayIntent.DIRECT_MESSAGES, GatewayIntent.MESSAGE_CONTENT);
    /** Longest wait for the gateway's READY (all servers loaded) at start-up. */
    public static final long READY_TIMEOUT_SECONDS = 30;
    /** Longest wait for Discord to accept the slash command definitions. */
    public static final long COMMANDS_TIMEOUT_SECONDS = 15;
    /** Longest wait for a clean disconnect on {@link #close()}. */
    public static final long SHUTDOWN_TIMEOUT_SECONDS = 5;
    /** Platform name in requests, rate-limit keys, conversation ids and stored feedback. */
    static final String PLATFORM = "discord";

    private static final Logger LOG = LoggerFactory.getLogger(DiscordBot.class);

    private final JDA jda;
    private final ChatWorkers workers;

    private DiscordBot(JDA jda, ChatWorkers workers) {
        this.jda = jda;
        this.workers = workers;
    }

    /**
     * Connects to Discord, waits (bounded) until the session is ready and registers the slash commands, in the
     * configured guild if there is one, else globally. Never throws for a bad token or an unreachable Discord.
     * Answers {@code answerThreads} questions at once with up to {@code answerQueue} more waiting; beyond that,
     * askers are told the bot is busy.
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

        JDA jda;
        try {
            jda = JDABuilder.createLight(config.token(), INTENTS)
                    .setRestConfig(new RestConfig().setBaseUrl(config.apiUrl().toString()))
                    .setSessionController(new FixedGatewaySessionController(
                            config.gatewayUrl().toString()))
                    .setCompression(Compression.NONE)
                    .setEnableShutdownHook(false)
                    .addEventListeners(session, listener)
                    .build();
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

        String failure = session.awaitReady(Duration.ofSeconds(READY_TIMEOUT_SECONDS), config);
        if (failure == null) {
            failure = registerCommands(jda, config);
        }
        if (failure != null) {
            jda.shutdownNow();
            workers.close();
            return new DiscordStart.Failed(failure);
        }
        LOG.info("Discord bot {} connected", jda.getSelfUser().getName());
        return new DiscordStart.Started(new DiscordBot(jda, workers));
    }

    /** True while the gateway session is connected (for health checks). */
    public boolean isConnected() {
        return jda.getStatus() == JDA.Status.CONNECTED;
    }

    /** The bot user's id, which is also its application id. */
    public String selfUserId() {
        return jda.getSelfUser().getId();
    }

    /**
     * Lets the workers finish (bounded) while JDA can still deliver their answers, then disconnects from Discord,
     * waiting a bounded time for each.
     */
    @Override
    public void close() {
        workers.close(); // first: an answer finished after JDA's shutdown could not be sent any more
        jda.shutdown();
        try {
            if (!jda.awaitShutdown(Duration.ofSeconds(SHUTDOWN_TIMEOUT_SECONDS))) {
                jda.shutdownNow();
            }
        } catch (InterruptedException e) {
            jda.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /** Registers the commands; returns a failure message only when the configured guild is unknown. */
    private static String registerCommands(JDA jda, DiscordSettings config) {
        CommandListUpdateAction update;
        if (config.guildId() != null) {
            Guild guild = jda.getGuildById(config.guildId());
            if (guild == null) {
                return Variable.DISCORD_GUILD_ID + " " + config.guildId() + " is not a server this bot is in: "
                        + "invite it there first (storybot discord-invite) or unset " + Variable.DISCORD_GUILD_ID;
            }
            update = guild.updateCommands();
        } else {
            update = jda.updateCommands();
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

    /** Uses the configured gateway URL instead of asking Discord for one. */
    private static final class FixedGatewaySessionController extends SessionControllerAdapter {

        private final String gatewayUrl;

        FixedGatewaySessionController(String gatewayUrl) {
            this.gatewayUrl = gatewayUrl;
        }

        @Override
        public String getGateway() {
            return gatewayUrl;
        }
    }

    /** Completes when the session is ready, or with a one-line reason when JDA gives up during start-up. */
    private static final class SessionWatcher extends ListenerAdapter {

        private final CompletableFuture<String> outcome = new CompletableFuture<>();

        @Override
        public void onReady(ReadyEvent event) {
            outcome.complete(null);
        }

        @Override
        public void onShutdown(ShutdownEvent event) {
            CloseCode code = event.getCloseCode();
            String reason;
            if (code == CloseCode.AUTHENTICATION_FAILED) {
                reason = "Discord rejected " + Variable.DISCORD_TOKEN + " at the gateway (close code 4004): copy the "
                        + "bot token again from the Developer Portal";
            } else if (code == CloseCode.DISALLOWED_INTENTS) {
                reason = "Discord refused the Message Content intent (close code 4014): enable \"Message Content "
                        + "Intent\" under Bot > Privileged Gateway Intents in the Developer Portal";
            } else {
                reason = "Discord closed the connection during start-up (close code " + event.getCode()
                        + (code == null ? "" : ": " + code.getMeaning()) + ")";
            }
            outcome.complete(reason);
        }

        /** Null when ready, else why not. */
        String awaitReady(Duration timeout, DiscordSettings config) {
            try {
                return outcome.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                return "Discord did not become ready within " + timeout.toSeconds() + " s (gateway "
                        + config.gatewayUrl() + ")";
            } catch (ExecutionException e) {
                return "Discord start-up failed: " + oneLine(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "Interrupted while connecting to Discord";
            }
        }
    }
}
