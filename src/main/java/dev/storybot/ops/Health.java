package dev.storybot.ops;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One health snapshot for {@code GET /healthz}: each configured platform's connection, each Discord gateway shard this
 * process runs and the language model's circuit. The bot is "ok" when it is running and every platform is connected
 * (Discord is connected when all of its shards are), and the knowledge's version; an open circuit does not degrade
 * it, because answers then come from retrieval.
 *
 * @param phase         starting, running or stopping
 * @param platforms     platform name to "connected" or "disconnected", in start order
 * @param discordShards the Discord shards this process runs, by id (empty without Discord)
 * @param llm           the language model's state
 * @param knowledge     the knowledge version in use and the last reload error, or null when not reported
 */
public record Health(
        Phase phase, Map<String, String> platforms, List<Shard> discordShards, Llm llm, Knowledge knowledge) {

    /** A platform that is connected. */
    public static final String CONNECTED = "connected";
    /** A platform that is not connected (or whose check failed). */
    public static final String DISCONNECTED = "disconnected";

    private static final Logger LOG = LoggerFactory.getLogger(Health.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Where the process is in its life. */
    public enum Phase {
        /** Connecting to the platforms. */
        STARTING,
        /** Answering. */
        RUNNING,
        /** Finishing the answers in flight before exiting. */
        STOPPING
    }

    public Health {
        Objects.requireNonNull(phase, "phase");
        platforms = Collections.unmodifiableMap(new LinkedHashMap<>(platforms));
        discordShards = List.copyOf(discordShards);
        Objects.requireNonNull(llm, "llm");
    }

    /** A snapshot without Discord shards or knowledge details. */
    public Health(Phase phase, Map<String, String> platforms, Llm llm) {
        this(phase, platforms, List.of(), llm, null);
    }

    /** A snapshot without knowledge details. */
    public Health(Phase phase, Map<String, String> platforms, List<Shard> discordShards, Llm llm) {
        this(phase, platforms, discordShards, llm, null);
    }

    /**
     * The knowledge as health checks see it. A failed reload does not degrade the bot: it keeps answering from the
     * last good version.
     *
     * @param source      {@link #BUNDLED} or {@link #DIRECTORY}
     * @param version     a short hash of the knowledge files in use
     * @param loadedAt    when that version was loaded
     * @param lastError   why the latest edit was not loaded (naming the file and entry), or null when it was
     * @param lastErrorAt when that edit was seen, or null
     */
    public record Knowledge(String source, String version, Instant loadedAt, String lastError, Instant lastErrorAt) {

        /** The knowledge shipped inside the application. */
        public static final String BUNDLED = "bundled";
        /** The configured knowledge directory, reloaded on edits. */
        public static final String DIRECTORY = "directory";

        public Knowledge {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(version, "version");
            Objects.requireNonNull(loadedAt, "loadedAt");
        }
    }

    /**
     * One Discord gateway shard as health checks and metrics see it.
     *
     * @param id                the shard id
     * @param total             the total number of shards across all replicas
     * @param status            JDA's status, e.g. "CONNECTED"
     * @param guilds            servers on this shard
     * @param gatewayPingMillis the last heartbeat's round trip, or -1 before the first one
     */
    public record Shard(int id, int total, String status, long guilds, long gatewayPingMillis) {

        /** JDA's status of a connected shard. */
        public static final String CONNECTED_STATUS = "CONNECTED";

        /** True while the shard is connected. */
        public boolean connected() {
            return CONNECTED_STATUS.equals(status);
        }
    }

    /**
     * The language model as health checks see it.
     *
     * @param configured whether a model is configured at all
     * @param circuit    the circuit breaker's state (e.g. "CLOSED", "OPEN", "HALF_OPEN"), or null when not configured
     */
    public record Llm(boolean configured, String circuit) {

        /** No model configured: retrieval only. */
        public static final Llm NONE = new Llm(false, null);

        /** The circuit state, if a model is configured. */
        public Optional<String> optionalCircuit() {
            return Optional.ofNullable(circuit);
        }
    }

    /** Checks every platform now; a check that throws counts as disconnected. */
    public static Health check(Phase phase, Map<String, BooleanSupplier> platforms, Supplier<Llm> llm) {
        return check(phase, platforms, List::of, llm);
    }

    /** Checks every platform and reads the Discord shards now; a check that throws counts as disconnected. */
    public static Health check(
            Phase phase,
            Map<String, BooleanSupplier> platforms,
            Supplier<List<Shard>> discordShards,
            Supplier<Llm> llm) {
        return check(phase, platforms, discordShards, llm, () -> null);
    }

    /** As {@link #check(Phase, Map, Supplier, Supplier)}, with the knowledge's version and last reload error. */
    public static Health check(
            Phase phase,
            Map<String, BooleanSupplier> platforms,
            Supplier<List<Shard>> discordShards,
            Supplier<Llm> llm,
            Supplier<Knowledge> knowledge) {
        Map<String, String> states = new LinkedHashMap<>();
        platforms.forEach(
                (name, connected) -> states.put(name, isConnected(name, connected) ? CONNECTED : DISCONNECTED));
        return new Health(phase, states, shards(discordShards), llm.get(), knowledge.get());
    }

    /** True when running with every platform connected. */
    public boolean ok() {
        return phase == Phase.RUNNING && platforms.values().stream().allMatch(CONNECTED::equals);
    }

    /** "ok", "degraded" (a platform is down), "starting" or "stopping". */
    public String status() {
        if (phase != Phase.RUNNING) {
            return phase.name().toLowerCase(Locale.ROOT);
        }
        return ok() ? "ok" : "degraded";
    }

    /**
     * The JSON body, e.g. {@code {"status":"ok","platforms":{"discord":"connected"},"discord_shards":[{"id":0,
     * "total":1,"status":"CONNECTED","guilds":12,"gateway_ping_ms":41}],"llm":{"configured":false}}}; without Discord
     * there is no {@code discord_shards}, and {@code gateway_ping_ms} is null before the first heartbeat.
     */
    public String toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("status", status());
        ObjectNode platformNode = root.putObject("platforms");
        platforms.forEach(platformNode::put);
        if (!discordShards.isEmpty()) {
            ArrayNode shardArray = root.putArray("discord_shards");
            for (Shard shard : discordShards) {
                ObjectNode node = shardArray.addObject();
                node.put("id", shard.id());
                node.put("total", shard.total());
                node.put("status", shard.status());
                node.put("guilds", shard.guilds());
                if (shard.gatewayPingMillis() < 0) {
                    node.putNull("gateway_ping_ms");
                } else {
                    node.put("gateway_ping_ms", shard.gatewayPingMillis());
                }
            }
        }
        ObjectNode llmNode = root.putObject("llm");
        llmNode.put("configured", llm.configured());
        llm.optionalCircuit().ifPresent(circuit -> llmNode.put("circuit", circuit));
        if (knowledge != null) {
            ObjectNode knowledgeNode = root.putObject("knowledge");
            knowledgeNode.put("source", knowledge.source());
            knowledgeNode.put("version", knowledge.version());
            knowledgeNode.put("loadedAt", knowledge.loadedAt().toString());
            if (knowledge.lastError() != null) {
                knowledgeNode.put("lastError", knowledge.lastError());
                knowledgeNode.put("lastErrorAt", String.valueOf(knowledge.lastErrorAt()));
            }
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write health JSON", e);
        }
    }

    private static List<Shard> shards(Supplier<List<Shard>> discordShards) {
        try {
            return discordShards.get();
        } catch (RuntimeException e) {
            LOG.warn("Reading the Discord shards failed; listing none", e);
            return List.of();
        }
    }

    private static boolean isConnected(String name, BooleanSupplier connected) {
        try {
            return connected.getAsBoolean();
        } catch (RuntimeException e) {
            LOG.warn("Health check of {} failed; reporting it as disconnected", name, e);
            return false;
        }
    }
}
