package dev.storybot.cli;

import static dev.storybot.cli.ServeTestSupport.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storybot.discord.DiscordFakes;
import dev.storybot.settings.Variable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code storybot serve} processes splitting two Discord shards ({@code DISCORD_SHARDS_TOTAL=2},
 * {@code DISCORD_SHARDS=0} and {@code 1}) against the fake Discord, whose gateway sends each guild's events only to
 * the session of the shard that holds it.
 */
class ServeShardsProcessTest {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Duration EXIT_TIMEOUT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GLOBAL_COMMANDS = "/applications/\\d+/commands";
    /** Questions asked in each guild. */
    private static final int QUESTIONS_PER_GUILD = 3;

    @TempDir
    Path dir;

    @Test
    void should_split_the_guilds_between_two_serve_processes_and_answer_every_question_exactly_once() throws Exception {
        try (DiscordFakes discord = DiscordFakes.startWithTwoGuilds()) {
            Map<String, String> env = new HashMap<>(discord.env(DiscordFakes.TOKEN));
            env.remove(Variable.DISCORD_GUILD_ID.name()); // global commands, as in production
            env.put(Variable.DISCORD_SHARDS_TOTAL.name(), "2");
            int firstGuildShard = DiscordFakes.shardOfGuild(DiscordFakes.GUILD_ID, 2);
            int secondGuildShard = DiscordFakes.shardOfGuild(DiscordFakes.SECOND_GUILD_ID, 2);
            assertThat(firstGuildShard).isNotEqualTo(secondGuildShard);

            try (ServeProcess shardOne = start(env, 1)) {
                eventually("the shard 1 replica is healthy", shardOne::healthy, START_TIMEOUT);
                assertThat(commandRegistrations(discord)).as(shardOne.output()).isZero();
                assertThat(shardOne.output())
                        .contains("connected: shard(s) [1] of 2")
                        .contains("Shard 0 runs on another replica; that replica registers the global slash commands");

                try (ServeProcess shardZero = start(env, 0)) {
                    eventually("the shard 0 replica is healthy", shardZero::healthy, START_TIMEOUT);

                    assertThat(commandRegistrations(discord))
                            .as("only the replica running shard 0 registers the global commands")
                            .isEqualTo(1);
                    assertThat(discord.identifiedShards()).containsExactly(List.of(1, 2), List.of(0, 2));
                    assertHealthListsOneShard(shardZero, 0);
                    assertHealthListsOneShard(shardOne, 1);

                    List<DiscordFakes.Interaction> asked = new ArrayList<>();
                    for (int i = 0; i < QUESTIONS_PER_GUILD; i++) {
                        asked.add(discord.askIn(
                                DiscordFakes.GUILD_ID, "What is the story about? (first guild " + i + ")"));
                        asked.add(discord.askIn(
                                DiscordFakes.SECOND_GUILD_ID, "What is the story about? (second guild " + i + ")"));
                    }
                    for (DiscordFakes.Interaction interaction : asked) {
                        discord.awaitReply(interaction, text -> !text.isBlank(), WAIT);
                    }
                    for (DiscordFakes.Interaction interaction : asked) {
                        assertThat(discord.acks(interaction)).hasSize(1);
                        assertThat(discord.replies(interaction)).hasSize(1);
                    }
                    assertThat(discordQuestions(shardZero))
                            .as("questions answered by the shard 0 replica")
                            .isEqualTo(QUESTIONS_PER_GUILD);
                    assertThat(discordQuestions(shardOne))
                            .as("questions answered by the shard 1 replica")
                            .isEqualTo(QUESTIONS_PER_GUILD);
                    assertThat(shardZero.get("/metrics").body())
                            .contains("storybot_discord_shard_connected{shard=\"0\"} 1.0")
                            .contains("storybot_discord_shard_guilds{shard=\"0\"} 1.0")
                            .doesNotContain("shard=\"1\"");

                    assertThat(shardZero.terminate(EXIT_TIMEOUT))
                            .as(shardZero.output())
                            .isZero();
                }
                assertThat(shardOne.terminate(EXIT_TIMEOUT))
                        .as(shardOne.output())
                        .isZero();
            }
        }
    }

    private ServeProcess start(Map<String, String> common, int shard) throws IOException {
        Map<String, String> env = new HashMap<>(common);
        env.put(Variable.DISCORD_SHARDS.name(), Integer.toString(shard));
        env.put(Variable.STORYBOT_DATA_DIR.name(), dir.resolve("data-" + shard).toString());
        return ServeProcess.start(env, dir.resolve("serve-" + shard + ".log"), "-Xmx256m");
    }

    private static long commandRegistrations(DiscordFakes discord) {
        return discord.calls().stream()
                .filter(call -> call.method().equals("PUT") && call.path().matches(GLOBAL_COMMANDS))
                .count();
    }

    private static void assertHealthListsOneShard(ServeProcess serve, int shard) throws IOException {
        JsonNode health = JSON.readTree(serve.get("/healthz").body());
        assertThat(health.get("status").asText()).isEqualTo("ok");
        assertThat(health.get("platforms").get("discord").asText()).isEqualTo("connected");
        JsonNode shards = health.get("discord_shards");
        assertThat(shards).as(health.toString()).hasSize(1);
        assertThat(shards.get(0).get("id").asInt()).isEqualTo(shard);
        assertThat(shards.get(0).get("total").asInt()).isEqualTo(2);
        assertThat(shards.get(0).get("status").asText()).isEqualTo("CONNECTED");
        assertThat(shards.get(0).get("guilds").asInt()).isEqualTo(1);
        assertThat(shards.get(0).has("gateway_ping_ms")).isTrue();
    }

    /** The sum of {@code storybot_questions_total} over every mode and outcome on Discord. */
    private static double discordQuestions(ServeProcess serve) throws IOException {
        return serve.get("/metrics")
                .body()
                .lines()
                .filter(line -> line.startsWith("storybot_questions_total{") && line.contains("platform=\"discord\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }
}
