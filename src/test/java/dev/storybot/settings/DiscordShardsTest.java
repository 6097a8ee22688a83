package dev.storybot.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code DISCORD_SHARDS_TOTAL} and {@code DISCORD_SHARDS}: good values, and one clear line for each bad one. */
class DiscordShardsTest {

    private static final String TOKEN =
            Base64.getEncoder().withoutPadding().encodeToString("1100000000000000001".getBytes(StandardCharsets.UTF_8))
                    + ".fake.token";

    static Stream<Arguments> goodValues() {
        return Stream.of(
                Arguments.of("4", "0-3", List.of(0, 1, 2, 3)),
                Arguments.of("4", "0,2", List.of(0, 2)),
                Arguments.of("5", "0-1,4", List.of(0, 1, 4)),
                Arguments.of("2", "1", List.of(1)),
                Arguments.of("8", " 4 - 5 , 7 ", List.of(4, 5, 7)),
                Arguments.of("8", "6,0-1", List.of(0, 1, 6)),
                Arguments.of("1", "0", List.of(0)),
                Arguments.of("3", "2-2", List.of(2)),
                Arguments.of("4", null, List.of()),
                Arguments.of("4", "  ", List.of()));
    }

    @ParameterizedTest(name = "DISCORD_SHARDS_TOTAL={0} DISCORD_SHARDS=''{1}'' runs {2}")
    @MethodSource("goodValues")
    void should_read_shard_ids_and_ranges_in_ascending_order(String total, String ids, List<Integer> expected) {
        DiscordShards shards = read(total, ids);

        assertThat(shards.total()).isEqualTo(Integer.parseInt(total));
        assertThat(shards.ids()).isEqualTo(expected);
        assertThat(shards.runsAll()).isEqualTo(expected.isEmpty());
    }

    static Stream<Arguments> badValues() {
        String format = "DISCORD_SHARDS must be shard ids and ranges like 0-3, 0,2 or 0-1,4";
        return Stream.of(
                Arguments.of(
                        "4",
                        "0-4",
                        "DISCORD_SHARDS must be shard ids from 0 to 3 (DISCORD_SHARDS_TOTAL is 4)," + " was '0-4'"),
                Arguments.of(
                        "2",
                        "2",
                        "DISCORD_SHARDS must be shard ids from 0 to 1 (DISCORD_SHARDS_TOTAL is 2)," + " was '2'"),
                Arguments.of("4", "3-1", format + " (range 3-1 runs backwards), was '3-1'"),
                Arguments.of("4", "0,,2", format + " (entry 2 is empty), was '0,,2'"),
                Arguments.of("4", "0,", format + " (entry 2 is empty), was '0,'"),
                Arguments.of("4", ",", format + " (entry 1 is empty), was ','"),
                Arguments.of("4", "0-", format + " ('0-' is not an id or a range), was '0-'"),
                Arguments.of("4", "-1", format + " ('-1' is not an id or a range), was '-1'"),
                Arguments.of("4", "0-1-2", format + " ('0-1-2' is not an id or a range), was '0-1-2'"),
                Arguments.of("4", "a", format + " ('a' is not an id or a range), was 'a'"),
                Arguments.of("4", "0;1", format + " ('0;1' is not an id or a range), was '0;1'"),
                Arguments.of(
                        "4", "99999999999", format + " ('99999999999' is not an id or a range), was '99999999999'"),
                Arguments.of("4", "0-2,1", format + " (shard 1 is listed twice), was '0-2,1'"),
                Arguments.of(
                        "0", "0", "DISCORD_SHARDS_TOTAL must be a whole number of shards from 1 to 10000, was '0'"),
                Arguments.of(
                        "-2",
                        null,
                        "DISCORD_SHARDS_TOTAL must be a whole number of shards from 1 to 10000," + " was '-2'"),
                Arguments.of(
                        "10001",
                        null,
                        "DISCORD_SHARDS_TOTAL must be a whole number of shards from 1 to 10000," + " was '10001'"),
                Arguments.of(
                        "four",
                        null,
                        "DISCORD_SHARDS_TOTAL must be a whole number of shards from 1 to 10000," + " was 'four'"),
                Arguments.of(
                        null,
                        "0-1",
                        "DISCORD_SHARDS needs DISCORD_SHARDS_TOTAL, the same total on every"
                                + " replica (e.g. DISCORD_SHARDS_TOTAL=4 with DISCORD_SHARDS=0-1 on one replica and 2-3 on"
                                + " the other), was '0-1'"));
    }

    @ParameterizedTest(name = "DISCORD_SHARDS_TOTAL={0} DISCORD_SHARDS=''{1}'' is refused")
    @MethodSource("badValues")
    void should_refuse_bad_shard_settings_with_one_line_naming_the_variable(String total, String ids, String message) {
        assertThatThrownBy(() -> read(total, ids))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void should_run_every_recommended_shard_when_nothing_is_set() {
        DiscordShards shards = read(null, null);

        assertThat(shards).isEqualTo(DiscordShards.ALL);
        assertThat(shards.optionalTotal()).isEmpty();
        assertThat(shards.runsAll()).isTrue();
        assertThat(shards.runsShardZero()).isTrue();
    }

    @Test
    void should_describe_the_shards_for_operators() {
        assertThat(read(null, null).describe()).isEqualTo("runs the shards Discord recommends");
        assertThat(read("4", null).describe()).isEqualTo("runs all 4 shard(s)");
        assertThat(read("4", "0-1").describe()).isEqualTo("runs shard(s) [0, 1] of 4");
    }

    @Test
    void should_say_whether_this_replica_runs_shard_zero() {
        assertThat(read("4", "0-1").runsShardZero()).isTrue();
        assertThat(read("4", "2-3").runsShardZero()).isFalse();
        assertThat(read("4", null).runsShardZero()).isTrue();
    }

    @Test
    void should_carry_the_shards_in_the_discord_settings_and_validate_them_only_with_discord_on() {
        Map<String, String> env = new HashMap<>();
        env.put("DISCORD_TOKEN", TOKEN);
        env.put("DISCORD_SHARDS_TOTAL", "4");
        env.put("DISCORD_SHARDS", "2-3");

        DiscordSettings discord = SettingsReader.of(env).discord().orElseThrow();

        assertThat(discord.shards()).isEqualTo(new DiscordShards(4, List.of(2, 3)));
        assertThat(discord.toString()).contains("shards=");
        assertThat(SettingsReader.of(Map.of("DISCORD_SHARDS", "x")).discord()).isEmpty();
    }

    private static DiscordShards read(String total, String ids) {
        Map<String, String> env = new HashMap<>();
        if (total != null) {
            env.put("DISCORD_SHARDS_TOTAL", total);
        }
        if (ids != null) {
            env.put("DISCORD_SHARDS", ids);
        }
        return SettingsReader.of(env).discordShards();
    }
}
