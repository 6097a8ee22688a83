package dev.storybot.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which Discord gateway shards this process runs: the total number of shards (or Discord's recommendation) and the
 * shard ids out of that total (or all of them). Discord sends each server's events to shard
 * {@code (server id >> 22) % total}, so replicas that agree on the total and split the ids split the servers.
 *
 * @param total the total number of shards every replica uses, or null to ask Discord for its recommendation
 * @param ids   the shard ids this process runs, ascending, or empty for all of them
 */
public record DiscordShards(Integer total, List<Integer> ids) {

    /** Discord allows at most this many servers on one shard (it refuses to connect a shard with more). */
    public static final int MAX_GUILDS_PER_SHARD = 2_500;
    /** Most shards accepted: 25 million servers, far beyond any bot, and it bounds what a range can expand to. */
    public static final int MAX_TOTAL = 10_000;
    /** Every shard, with the total Discord recommends: one process runs the whole bot. */
    public static final DiscordShards ALL = new DiscordShards(null, List.of());

    /** What a good {@link Variable#DISCORD_SHARDS} looks like, for error messages. */
    static final String FORMAT = "shard ids and ranges like 0-3, 0,2 or 0-1,4";

    /** Most digits read as one shard id: keeps any id within an int before it is compared with the total. */
    private static final int MAX_ID_DIGITS = 9;

    private static final Pattern ENTRY =
            Pattern.compile("(\\d{1," + MAX_ID_DIGITS + "})(?:\\s*-\\s*(\\d{1," + MAX_ID_DIGITS + "}))?");

    public DiscordShards {
        ids = List.copyOf(Objects.requireNonNull(ids, "ids"));
        if (!ids.isEmpty() && total == null) {
            throw new IllegalArgumentException("shard ids need a total");
        }
    }

    /** The configured total, if any (else Discord recommends one at start-up). */
    public Optional<Integer> optionalTotal() {
        return Optional.ofNullable(total);
    }

    /** True when this process runs every shard (no {@link Variable#DISCORD_SHARDS} given). */
    public boolean runsAll() {
        return ids.isEmpty();
    }

    /** True when this process runs shard 0, the one that registers the global slash commands. */
    public boolean runsShardZero() {
        return runsAll() || ids.get(0) == 0;
    }

    /**
     * Parses {@link Variable#DISCORD_SHARDS}: comma-separated shard ids and inclusive ranges, each below {@code total}.
     *
     * @throws IllegalArgumentException with one line naming the variable, the problem and the value
     */
    static List<Integer> parseIds(String value, int total) {
        TreeSet<Integer> ids = new TreeSet<>();
        String[] entries = value.split(",", -1);
        for (int i = 0; i < entries.length; i++) {
            String entry = entries[i].strip();
            if (entry.isEmpty()) {
                throw ValueParser.invalid(Variable.DISCORD_SHARDS, FORMAT + " (entry " + (i + 1) + " is empty)", value);
            }
            Matcher m = ENTRY.matcher(entry);
            if (!m.matches()) {
                throw ValueParser.invalid(
                        Variable.DISCORD_SHARDS, FORMAT + " ('" + entry + "' is not an id or a range)", value);
            }
            int first = Integer.parseInt(m.group(1));
            int last = m.group(2) == null ? first : Integer.parseInt(m.group(2));
            if (last < first) {
                throw ValueParser.invalid(
                        Variable.DISCORD_SHARDS, FORMAT + " (range " + entry + " runs backwards)", value);
            }
            if (last >= total) {
                throw ValueParser.invalid(
                        Variable.DISCORD_SHARDS,
                        "shard ids from 0 to " + (total - 1) + " (" + Variable.DISCORD_SHARDS_TOTAL + " is " + total
                                + ")",
                        value);
            }
            for (int id = first; id <= last; id++) {
                if (!ids.add(id)) {
                    throw ValueParser.invalid(
                            Variable.DISCORD_SHARDS, FORMAT + " (shard " + id + " is listed twice)", value);
                }
            }
        }
        return new ArrayList<>(ids);
    }

    /** For operators, e.g. "runs shard(s) [0, 1] of 4", "runs all 4 shard(s)" or "runs the shards Discord recommends". */
    public String describe() {
        if (total == null) {
            return "runs the shards Discord recommends";
        }
        if (runsAll()) {
            return "runs all " + total + " shard(s)";
        }
        return "runs shard(s) " + ids + " of " + total;
    }
}
