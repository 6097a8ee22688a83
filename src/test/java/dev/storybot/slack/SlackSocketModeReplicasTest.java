package dev.storybot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.chat.BotServices;
import dev.storybot.chat.ChatLimits;
import dev.storybot.core.RateLimiter;
import dev.storybot.settings.SlackSettings;
import dev.storybot.state.Database;
import dev.storybot.state.JdbcEventClaims;
import dev.storybot.state.JdbcTrackedThreads;
import dev.storybot.state.SharedState;
import dev.storybot.testing.TestPostgres;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Two Socket Mode replicas, each with its own connection to the fake Slack, sharing one real PostgreSQL: an event
 * Slack hands to both connections is answered once, and a thread one replica answered in is followed up by either.
 */
class SlackSocketModeReplicasTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Test
    void should_answer_an_event_delivered_on_both_connections_once_and_follow_its_thread_on_either() throws Exception {
        try (FakeSlack slack = FakeSlack.start();
                Database database = Database.open(TestPostgres.newDatabase(), TestPostgres.USER, null);
                SlackBot replicaA = replica(slack, database);
                SlackBot replicaB = replica(slack, database)) {
            slack.awaitConnections(2, WAIT);

            int connections = slack.sendEnvelopeToEach(
                    "env-mention",
                    "events_api",
                    SlackPayloads.eventCallback(
                            "Ev_SOCKET_REPLICAS_1",
                            SlackPayloads.appMention(
                                    "C_SOCKET", "U_ASKER", "<@UBOT> who?", "1700004000.000100", null)));
            assertThat(connections).isEqualTo(2);
            slack.awaitAcks("env-mention", 2, WAIT);
            slack.awaitCall(
                    "the mention answered",
                    call -> call.method().equals("chat.postMessage") && "C_SOCKET".equals(call.param("channel")),
                    WAIT);
            // a later question on both connections: once it is answered, a second answer to the first had its turn
            slack.sendEnvelopeToEach(
                    "env-later",
                    "events_api",
                    SlackPayloads.eventCallback(
                            "Ev_SOCKET_REPLICAS_2",
                            SlackPayloads.message("D_LATER", "im", "U_OTHER", "later?", "1700004001.000100", null)));
            slack.awaitCall(
                    "the later question answered",
                    call -> call.method().equals("chat.postMessage") && "D_LATER".equals(call.param("channel")),
                    WAIT);
            slack.awaitAcks("env-later", 2, WAIT);

            assertThat(slack.calls(call ->
                            call.method().equals("chat.postMessage") && "C_SOCKET".equals(call.param("channel"))))
                    .as("answered once")
                    .hasSize(1);

            slack.sendEnvelope(
                    "env-follow-up",
                    "events_api",
                    SlackPayloads.eventCallback(
                            "Ev_SOCKET_REPLICAS_3",
                            SlackPayloads.message(
                                    "C_SOCKET",
                                    "channel",
                                    "U_ASKER",
                                    "and then?",
                                    "1700004002.000100",
                                    "1700004000.000100")));
            slack.awaitCalls(
                    "the follow-up answered in the thread, on the newest connection's replica",
                    2,
                    call -> call.method().equals("chat.postMessage") && "C_SOCKET".equals(call.param("channel")),
                    WAIT);
        }
    }

    private static SlackBot replica(FakeSlack slack, Database database) throws SlackStartException {
        SharedState shared = new SharedState(
                new JdbcEventClaims(database.dataSource(), Clock.systemUTC(), ChatLimits.DELIVERY_MEMORY),
                new JdbcTrackedThreads(database.dataSource(), Clock.systemUTC(), ChatLimits.THREAD_MEMORY));
        BotServices services = new BotServices(
                new ScriptedAnswerer(),
                SlackPayloads.story(),
                new RecordingFeedbackStore(),
                RateLimiter.perMinute(100),
                Optional.of(shared));
        SlackSettings settings = new SlackSettings("xoxb-test", "xapp-test", null, "127.0.0.1", 0, slack.apiUrl());
        return SlackBot.start(settings, services, 1, 100);
    }
}
