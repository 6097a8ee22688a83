package dev.storybot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.discord.DiscordFakes;
import dev.storybot.slack.SlackFakes;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Sends bursts of questions to a running bot through the fake Discord (slash commands) and signed Slack HTTP-mode
 * requests, and measures how long each took to be acknowledged and whether each was answered exactly once.
 */
final class LoadDriver {

    static final Duration ACK_DEADLINE = Duration.ofSeconds(3);
    static final Duration ALL_ANSWERED = Duration.ofSeconds(120);
    static final List<String> QUESTIONS = List.of(
            "How many downloads did Qwen get?",
            "Who founded Thinking Machines Lab?",
            "What is Cursor suspected of?",
            "What share of new models are based on Qwen?");
    /** Every final answer quotes the article with a paragraph mark; partial (streamed) text does not. */
    static final String CITATION_MARK = "¶";

    private final DiscordFakes discord;
    private final SlackFakes slack;
    private final URI slackEndpoint;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    LoadDriver(DiscordFakes discord, SlackFakes slack, URI slackEndpoint) {
        this.discord = discord;
        this.slack = slack;
        this.slackEndpoint = slackEndpoint;
    }

    /**
     * What one burst measured.
     *
     * @param discordAckMillis per interaction, from the dispatch to the deferral's arrival
     * @param slackAckMillis   per request, from sending to the HTTP response
     * @param answeredMillis   from the start of the burst until every question was answered
     */
    record Burst(long[] discordAckMillis, long[] slackAckMillis, long answeredMillis) {

        String summary() {
            return String.format(
                    "discord /ask: ack p50 %d ms, p99 %d ms, max %d ms; slack-http /ask: ack p50 %d ms,"
                            + " p99 %d ms, max %d ms; all %d answered after %.1f s",
                    percentile(discordAckMillis, 50),
                    percentile(discordAckMillis, 99),
                    percentile(discordAckMillis, 100),
                    percentile(slackAckMillis, 50),
                    percentile(slackAckMillis, 99),
                    percentile(slackAckMillis, 100),
                    discordAckMillis.length + slackAckMillis.length,
                    answeredMillis / 1000.0);
        }
    }

    /**
     * Sends {@code perPlatform} questions on each platform at once, checks that each is acknowledged within
     * {@link #ACK_DEADLINE} and answered exactly once (after {@code drained}, which must stop anything more from
     * arriving), and returns the measurements.
     */
    Burst burst(String name, int perPlatform, Runnable drained) throws Exception {
        long start = System.nanoTime();
        List<CompletableFuture<Long>> slackAcks = new ArrayList<>();
        for (int i = 0; i < perPlatform; i++) {
            slackAcks.add(postSlash(name + "-" + i, "U_" + name + "_" + i, QUESTIONS.get(i % QUESTIONS.size())));
        }
        List<DiscordFakes.Interaction> interactions = new ArrayList<>();
        for (int i = 0; i < perPlatform; i++) {
            interactions.add(discord.ask(QUESTIONS.get(i % QUESTIONS.size())));
        }

        // one snapshot after the burst rather than waiting for each in turn, which would compete with the bot
        ServeTestSupport.eventually(
                "every Discord interaction acknowledged",
                () -> discord.ackTimes()
                        .keySet()
                        .containsAll(interactions.stream()
                                .map(DiscordFakes.Interaction::token)
                                .toList()),
                ACK_DEADLINE.plusSeconds(2));
        Map<String, Instant> acked = discord.ackTimes();
        long[] discordAckMillis = new long[perPlatform];
        for (int i = 0; i < perPlatform; i++) {
            DiscordFakes.Interaction interaction = interactions.get(i);
            discordAckMillis[i] = Duration.between(interaction.sentAt(), acked.get(interaction.token()))
                    .toMillis();
        }
        long[] slackAckMillis = new long[perPlatform];
        for (int i = 0; i < perPlatform; i++) {
            slackAckMillis[i] = slackAcks.get(i).get(ACK_DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
        }
        for (DiscordFakes.Interaction interaction : interactions) {
            discord.awaitReply(interaction, text -> text.contains(CITATION_MARK), ALL_ANSWERED);
        }
        for (int i = 0; i < perPlatform; i++) {
            slack.awaitResponse(name + "-" + i, ALL_ANSWERED);
        }
        long answeredMillis = (System.nanoTime() - start) / 1_000_000;
        drained.run();

        Burst burst = new Burst(discordAckMillis, slackAckMillis, answeredMillis);
        assertThat(percentile(discordAckMillis, 100)).as(burst.summary()).isLessThan(ACK_DEADLINE.toMillis());
        assertThat(percentile(slackAckMillis, 100)).as(burst.summary()).isLessThan(ACK_DEADLINE.toMillis());
        for (DiscordFakes.Interaction interaction : interactions) {
            assertThat(discord.replies(interaction).stream()
                            .filter(c -> c.content().contains(CITATION_MARK)))
                    .as("final answers to %s", interaction.token())
                    .hasSize(1);
        }
        for (int i = 0; i < perPlatform; i++) {
            assertThat(slack.responses(name + "-" + i))
                    .as("responses to %s-%d", name, i)
                    .hasSize(1)
                    .allMatch(shown -> shown.contains(CITATION_MARK));
        }
        return burst;
    }

    /** Posts a signed /ask; completes with the time to the acknowledgement in milliseconds. */
    CompletableFuture<Long> postSlash(String responseId, String user, String question) {
        String body = slack.slashCommandForm("C_LOAD", user, question, slack.responseUrl(responseId));
        long timestamp = Instant.now().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(slackEndpoint)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Slack-Request-Timestamp", Long.toString(timestamp))
                .header("X-Slack-Signature", SlackFakes.sign(timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        long sent = System.nanoTime();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenApply(response -> {
            assertThat(response.statusCode()).isEqualTo(200);
            return (System.nanoTime() - sent) / 1_000_000;
        });
    }

    static long percentile(long[] values, int percentile) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
