package dev.storybot.discord;

/**
 * One gateway shard this process runs, as health checks and metrics see it.
 *
 * @param id                the shard id
 * @param total             the total number of shards across all replicas
 * @param status            JDA's connection status, e.g. "CONNECTED", "ATTEMPTING_TO_RECONNECT"; "NOT_STARTED" while
 *                          the shard waits for its turn to connect
 * @param guilds            servers this shard holds
 * @param gatewayPingMillis the last heartbeat's round trip, or -1 before the first one
 */
public record ShardStatus(int id, int total, String status, long guilds, long gatewayPingMillis) {

    /** JDA's status of a shard that answers and receives events. */
    public static final String CONNECTED = "CONNECTED";

    /** True when the shard is connected. */
    public boolean connected() {
        return CONNECTED.equals(status);
    }
}
