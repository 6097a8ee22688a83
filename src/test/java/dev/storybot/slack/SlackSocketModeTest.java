package dev.storybot.slack;

import static dev.storybot.slack.SlackPayloads.appMention;
import static dev.storybot.slack.SlackPayloads.buttonClick;
import static dev.storybot.slack.SlackPayloads.eventCallback;
import static dev.storybot.slack.SlackPayloads.feedbackAnswerId;
import static dev.storybot.slack.SlackPayloads.message;
import static dev.storybot.slack.SlackPayloads.sectionTexts;
import static dev.storybot.slack.SlackPayloads.slashCommand;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.storybot.chat.BotServices;
import dev.storybot.chat.ChatTexts;
import dev.storybot.core.ChatRequest;
import dev.storybot.core.RateLimiter;
import dev.storybot.feedback.Vote;
import dev.storybot.settings.SlackSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The real Bolt in Socket Mode against {@link FakeSlack}: every way of asking, de-duplication, rendering, votes. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlackSocketModeTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Duration SLACK_ACK_DEADLINE = Duration.ofSeconds(3);
    private static final int QUESTIONS_PER_MINUTE = 3;
    private static final int WORKER_QUEUE = 100;

    private final ScriptedAnswerer answerer = new ScriptedAnswerer();
    private final RecordingFeedbackStore feedback = new RecordingFeedbackStore();
    private FakeSlack slack;
    private SlackBot bot;
    private int envelopes;

    @BeforeAll
    void startBot() throws Exception {
        slack = FakeSlack.start();
        BotServices services =
                new BotServices(answerer, SlackPayloads.story(), feedback, RateLimiter.perMinute(QUESTIONS_PER_MINUTE));
        SlackSettings settings = new SlackSettings("xoxb-test", "xapp-test", null, "127.0.0.1", 0, slack.apiUrl());
        // one worker: work runs in arrival order, so a later "sentinel" question proves earlier ones were handled
        bot = SlackBot.start(settings, services, 1, WORKER_QUEUE);
        slack.awaitConnections(1, WAIT);
    }

    @AfterAll
    void stopBot() throws Exception {
        if (bot != null) {
            bot.close();
        }
        if (slack != null) {
            slack.close();
        }
    }

    @BeforeEach
    void resetAnswerer() {
        answerer.reset();
    }

    @Test
    @DisplayName(
            "/ask is acknowledged within Slack's 3 s while the answerer is still busy, then answered in the channel")
    void should_ack_ask_at_once_and_answer_through_response_url() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        answerer.script((request, partial) -> {
            awaitQuietly(release);
            return ScriptedAnswerer.answered("The vote was on Sunday.");
        });

        Instant sent = slack.sendEnvelope(
                "env-ask",
                "slash_commands",
                slashCommand("C_ASK", "U_ASK", "when was the vote?", slack.responseUrl("ask")));
        FakeSlack.Ack ack = slack.awaitAck("env-ask", SLACK_ACK_DEADLINE);

        assertThat(Duration.between(sent, ack.at())).isLessThan(SLACK_ACK_DEADLINE);
        assertThat(ack.message().path("payload").path("text").asText()).isEqualTo(ChatTexts.LOOKING_UP);
        assertThat(slack.calls(call -> call.path().equals("/response/ask"))).isEmpty();

        release.countDown();
        FakeSlack.ApiCall response =
                slack.awaitCall("answer via response_url", call -> call.path().equals("/response/ask"), WAIT);
        assertThat(response.param("response_type")).isEqualTo("in_channel");
        assertThat(sectionTexts(response.blocks())).containsExactly("> when was the vote?", "The vote was on Sunday.");
        assertThat(response.blocks().toString()).contains("¶2 “The vote was held on Sunday.”");
        String answerId = feedbackAnswerId(response.blocks());
        assertThat(feedback.saved.get(answerId).question()).isEqualTo("when was the vote?");
        ChatRequest asked = answerer.requests.poll();
        assertThat(asked).isEqualTo(new ChatRequest("slack", "slack:C_ASK:ask:U_ASK", "U_ASK", "when was the vote?"));
    }

    @Test
    @DisplayName("/ask -p answers only the asker (ephemeral) and drops the switch from the question")
    void should_answer_privately_with_p_switch() throws Exception {
        slack.sendEnvelope(
                "env-ask-private",
                "slash_commands",
                slashCommand("C_PRIVATE", "U_PRIVATE", "-p when was the vote?", slack.responseUrl("private")));

        FakeSlack.ApiCall response =
                slack.awaitCall("private answer", call -> call.path().equals("/response/private"), WAIT);
        assertThat(response.param("response_type")).isEqualTo("ephemeral");
        assertThat(answerer.requests.poll().text()).isEqualTo("when was the vote?");
    }

    @Test
    @DisplayName("/ask without a question gets a usage hint right in the ack and asks nothing")
    void should_explain_usage_for_empty_ask() throws Exception {
        slack.sendEnvelope(
                "env-ask-empty",
                "slash_commands",
                slashCommand("C_EMPTY", "U_EMPTY", "  ", slack.responseUrl("empty")));

        FakeSlack.Ack ack = slack.awaitAck("env-ask-empty", WAIT);
        assertThat(ack.message().path("payload").path("text").asText()).contains("/ask When was the vote?");
        assertThat(answerer.requests).isEmpty();
    }

    @Test
    @DisplayName("a mention is answered in a thread under it, with the mention stripped from the question")
    void should_answer_mention_in_its_thread() throws Exception {
        sendEvent(
                "Ev_MENTION",
                appMention("C_MENTION", "U_MENTION", "<@UBOT> when was the vote?", "1700000100.000001", null));

        FakeSlack.ApiCall post = slack.awaitCall(
                "answer in thread",
                call -> call.method().equals("chat.postMessage") && "C_MENTION".equals(call.param("channel")),
                WAIT);
        assertThat(post.param("thread_ts")).isEqualTo("1700000100.000001");
        assertThat(sectionTexts(post.blocks())).containsExactly("Answer to: when was the vote?");
        assertThat(answerer.requests.poll())
                .isEqualTo(new ChatRequest(
                        "slack", "slack:C_MENTION:1700000100.000001", "U_MENTION", "when was the vote?"));
    }

    @Test
    @DisplayName("a message in a thread the bot answered in continues that conversation without a new mention")
    void should_continue_thread_without_mention() throws Exception {
        String threadTs = "1700000200.000001";
        sendEvent("Ev_THREAD_1", appMention("C_THREAD", "U_THREAD", "<@UBOT> when was the vote?", threadTs, null));
        slack.awaitCall("first answer", inChannel("C_THREAD"), WAIT);
        String unrelated = sendEvent(
                "Ev_THREAD_OTHER",
                message(
                        "C_THREAD",
                        "channel",
                        "U_THREAD",
                        "chatting in someone else's thread",
                        "1700000250.000001",
                        "1700000240.000001"));
        slack.awaitAck(unrelated, WAIT);

        sendEvent(
                "Ev_THREAD_2",
                message("C_THREAD", "channel", "U_THREAD", "and who won?", "1700000300.000001", threadTs));

        List<FakeSlack.ApiCall> posts = slack.awaitCalls("two answers", 2, inChannel("C_THREAD"), WAIT);
        assertThat(posts).extracting(call -> call.param("thread_ts")).containsExactly(threadTs, threadTs);
        assertThat(sectionTexts(posts.get(1).blocks())).containsExactly("Answer to: and who won?");
        List<ChatRequest> asked = drain();
        assertThat(asked).extracting(ChatRequest::text).containsExactly("when was the vote?", "and who won?");
        assertThat(asked.get(1).conversationId())
                .isEqualTo(asked.get(0).conversationId())
                .isEqualTo("slack:C_THREAD:" + threadTs);
    }

    @Test
    @DisplayName("a mention in a bot thread arrives as app_mention and as message, and is answered once")
    void should_answer_mention_in_bot_thread_once() throws Exception {
        String threadTs = "1700000400.000001";
        sendEvent("Ev_BOTH_1", appMention("C_BOTH", "U_BOTH", "<@UBOT> when was the vote?", threadTs, null));
        slack.awaitCall("first answer", inChannel("C_BOTH"), WAIT);

        String followUpTs = "1700000500.000001";
        sendEvent("Ev_BOTH_2", appMention("C_BOTH", "U_BOTH", "<@UBOT> who won?", followUpTs, threadTs));
        String asMessage = sendEvent(
                "Ev_BOTH_3", message("C_BOTH", "channel", "U_BOTH", "<@UBOT> who won?", followUpTs, threadTs));
        slack.awaitAck(asMessage, WAIT);
        sendEvent("Ev_BOTH_4", message("C_BOTH", "channel", "U_BOTH2", "sentinel", "1700000600.000001", threadTs));

        slack.awaitCall(
                "sentinel answer",
                call -> inChannel("C_BOTH").test(call)
                        && sectionTexts(call.blocks()).contains("Answer to: sentinel"),
                WAIT);
        assertThat(drain()).extracting(ChatRequest::text).containsExactly("when was the vote?", "who won?", "sentinel");
    }

    @Test
    @DisplayName("every direct message is a question, answered in the DM, which is the conversation")
    void should_answer_direct_message() throws Exception {
        sendEvent("Ev_DM", message("D_DM", "im", "U_DM", "when was the vote?", "1700000700.000001", null));

        FakeSlack.ApiCall post = slack.awaitCall("DM answer", inChannel("D_DM"), WAIT);
        assertThat(post.param("thread_ts")).isNull();
        assertThat(sectionTexts(post.blocks())).containsExactly("Answer to: when was the vote?");
        assertThat(answerer.requests.poll())
                .isEqualTo(new ChatRequest("slack", "slack:D_DM", "U_DM", "when was the vote?"));
    }

    @Test
    @DisplayName("the same event delivered twice (a retry) is answered exactly once")
    void should_answer_retried_event_once() throws Exception {
        ObjectNode event = message("D_DUP", "im", "U_DUP", "when was the vote?", "1700000800.000001", null);
        slack.awaitAck(sendEvent("Ev_DUP", event), WAIT);
        slack.awaitAck(sendEvent("Ev_DUP", event), WAIT);

        sendEvent("Ev_DUP_SENTINEL", message("D_DUP", "im", "U_DUP", "sentinel", "1700000900.000001", null));

        slack.awaitCall(
                "sentinel answer",
                call -> inChannel("D_DUP").test(call)
                        && sectionTexts(call.blocks()).contains("Answer to: sentinel"),
                WAIT);
        assertThat(slack.calls(inChannel("D_DUP"))).hasSize(2);
        assertThat(drain()).extracting(ChatRequest::text).containsExactly("when was the vote?", "sentinel");
    }

    @Test
    @DisplayName("messages from bots (other bots, bot_message, the bot itself) and edits are ignored")
    void should_ignore_bot_messages_and_edits() throws Exception {
        ObjectNode otherBot = message("D_BOTS", "im", "U_OTHER_BOT", "I am a bot", "1700001000.000001", null);
        otherBot.put("bot_id", "B_OTHER");
        ObjectNode botMessage = message("D_BOTS", "im", "U_OTHER_BOT", "legacy bot", "1700001000.000002", null);
        botMessage.remove("user");
        botMessage.put("subtype", "bot_message");
        botMessage.put("bot_id", "B_OTHER");
        ObjectNode itself = message("D_BOTS", "im", FakeSlack.BOT_USER_ID, "my own answer", "1700001000.000003", null);
        ObjectNode edit = message("D_BOTS", "im", "U_BOTS", "an edit", "1700001000.000004", null);
        edit.put("subtype", "message_changed");
        for (ObjectNode ignored : List.of(otherBot, botMessage, itself, edit)) {
            slack.awaitAck(sendEvent("Ev_BOTS_" + ignored.get("ts").asText(), ignored), WAIT);
        }

        sendEvent("Ev_BOTS_SENTINEL", message("D_BOTS", "im", "U_BOTS", "sentinel", "1700001100.000001", null));

        slack.awaitCall("sentinel answer", inChannel("D_BOTS"), WAIT);
        assertThat(slack.calls(inChannel("D_BOTS"))).hasSize(1);
        assertThat(drain()).extracting(ChatRequest::text).containsExactly("sentinel");
    }

    @Test
    @DisplayName("'<!channel>' and user mentions in a question or answer never become a broadcast or ping")
    void should_never_produce_broadcasts_or_mentions() throws Exception {
        answerer.script((request, partial) ->
                ScriptedAnswerer.answered("Echo: " + request.text() + " <!here> <!everyone> <@U123> & done"));

        sendEvent(
                "Ev_ESCAPE",
                message(
                        "D_ESCAPE",
                        "im",
                        "U_ESCAPE",
                        "<!channel> hi <@U999|bob> &amp; more",
                        "1700001200.000001",
                        null));
        slack.sendEnvelope(
                "env-escape-ask",
                "slash_commands",
                slashCommand("C_ESCAPE", "U_ESCAPE", "<!channel> hi", slack.responseUrl("escape")));

        FakeSlack.ApiCall post = slack.awaitCall("DM answer", inChannel("D_ESCAPE"), WAIT);
        FakeSlack.ApiCall response =
                slack.awaitCall("ask answer", call -> call.path().equals("/response/escape"), WAIT);
        for (FakeSlack.ApiCall call : List.of(post, response)) {
            assertThat(call.shownContent()).doesNotContain("<!", "<@").contains("&lt;!here&gt;", "&amp; done");
        }
        assertThat(sectionTexts(response.blocks()).get(0)).isEqualTo("> @channel hi");
        assertThat(drain()).extracting(ChatRequest::text).contains("@channel hi @bob & more");
    }

    @Test
    @DisplayName("an 8,000-character answer is split into sections within Slack's limits, losing nothing")
    void should_split_long_answer_within_limits() throws Exception {
        StringBuilder longText = new StringBuilder();
        for (int i = 0; longText.length() < 8_000; i++) {
            longText.append("Sentence ").append(i).append(" has <tags> & ampersands. ");
        }
        String expected = longText.toString().strip();
        answerer.script((request, partial) -> ScriptedAnswerer.answered(expected));

        sendEvent("Ev_LONG", message("D_LONG", "im", "U_LONG", "tell me everything", "1700001300.000001", null));

        FakeSlack.ApiCall post = slack.awaitCall("long answer", inChannel("D_LONG"), WAIT);
        JsonNode blocks = post.blocks();
        List<String> sections = sectionTexts(blocks);
        assertThat(blocks.size()).isLessThanOrEqualTo(SlackRenderer.MAX_BLOCKS_PER_MESSAGE);
        assertThat(sections)
                .hasSizeGreaterThan(2)
                .allSatisfy(text -> assertThat(text.length()).isLessThanOrEqualTo(SlackRenderer.MAX_SECTION_CHARS));
        String rejoined = String.join(" ", sections)
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&");
        assertThat(rejoined).isEqualTo(expected);
        assertThat(post.text().length()).isLessThanOrEqualTo(SlackRenderer.MAX_SECTION_CHARS);
    }

    @Test
    @DisplayName("streamed text appears in a placeholder message that the final answer then replaces")
    void should_stream_into_placeholder_then_replace_it() throws Exception {
        answerer.script((request, partial) -> {
            partial.accept("The vote");
            partial.accept("The vote was on");
            return ScriptedAnswerer.answered("The vote was on Sunday.");
        });

        sendEvent("Ev_STREAM", message("D_STREAM", "im", "U_STREAM", "when?", "1700001400.000001", null));

        FakeSlack.ApiCall finalEdit = slack.awaitCall(
                "final edit",
                call -> call.method().equals("chat.update")
                        && "D_STREAM".equals(call.param("channel"))
                        && sectionTexts(call.blocks()).contains("The vote was on Sunday."),
                WAIT);
        List<FakeSlack.ApiCall> posts = slack.calls(inChannel("D_STREAM"));
        assertThat(posts).hasSize(1);
        assertThat(posts.get(0).text()).isEqualTo("The vote …");
        assertThat(finalEdit.param("ts"))
                .isEqualTo(slack.calls(
                                call -> call.method().equals("chat.update") && "D_STREAM".equals(call.param("channel")))
                        .get(0)
                        .param("ts"));
        assertThat(feedbackAnswerId(finalEdit.blocks())).isNotNull();
    }

    @Test
    @DisplayName("a 👎 click is acknowledged, stored with the answer id and the voter, and thanked privately")
    void should_store_vote_from_button_click() throws Exception {
        sendEvent("Ev_VOTE", message("D_VOTE", "im", "U_ASKER", "when was the vote?", "1700001500.000001", null));
        String answerId = feedbackAnswerId(
                slack.awaitCall("answer", inChannel("D_VOTE"), WAIT).blocks());
        assertThat(answerId).isNotNull();

        slack.sendEnvelope(
                "env-vote",
                "interactive",
                buttonClick(
                        "U_VOTER", SlackRenderer.ACTION_FEEDBACK_DOWN, answerId, "D_VOTE", slack.responseUrl("vote")));

        slack.awaitAck("env-vote", SLACK_ACK_DEADLINE);
        assertThat(feedback.votes.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS))
                .isEqualTo(new RecordingFeedbackStore.Cast(answerId, "U_VOTER", Vote.DOWN));
        FakeSlack.ApiCall thanks = slack.awaitCall("thanks", call -> call.path().equals("/response/vote"), WAIT);
        assertThat(thanks.param("response_type")).isEqualTo("ephemeral");
        assertThat(thanks.param("replace_original")).isEqualTo("false");
        assertThat(thanks.text()).isEqualTo(ChatTexts.THANKS);
    }

    @Test
    @DisplayName("over the rate limit, the user alone is told the limit, once per window, instead of an answer")
    void should_state_the_rate_limit_once_and_only_to_the_user() throws Exception {
        int asked = QUESTIONS_PER_MINUTE + 3;
        for (int i = 0; i < asked; i++) {
            String ts = "1700001600.00000" + i;
            slack.awaitAck(
                    sendEvent("Ev_RATE_" + i, message("D_RATE", "im", "U_RATE", "question " + i, ts, null)), WAIT);
        }
        // one worker runs work in arrival order: once this is answered, every notice above has been sent
        sendEvent(
                "Ev_RATE_SENTINEL",
                message("D_RATE_OTHER", "im", "U_RATE_OTHER", "sentinel", "1700001650.000001", null));

        slack.awaitCall("sentinel answer", inChannel("D_RATE_OTHER"), WAIT);
        assertThat(slack.calls(inChannel("D_RATE")))
                .hasSize(QUESTIONS_PER_MINUTE)
                .allSatisfy(
                        call -> assertThat(sectionTexts(call.blocks()).get(0)).startsWith("Answer to: question"));
        List<FakeSlack.ApiCall> notices = slack.calls(call -> call.method().equals("chat.postEphemeral"));
        assertThat(notices).hasSize(1);
        assertThat(notices.get(0).param("channel")).isEqualTo("D_RATE");
        assertThat(notices.get(0).param("user")).isEqualTo("U_RATE");
        assertThat(notices.get(0).text())
                .isEqualTo("You can ask up to 3 questions per minute. Please try again shortly.");
        assertThat(drain())
                .extracting(ChatRequest::text)
                .hasSize(QUESTIONS_PER_MINUTE + 1)
                .contains("sentinel");
    }

    @Test
    @DisplayName("a click is stored before it is acknowledged, even while every worker is busy")
    void should_store_vote_before_acknowledging_it() throws Exception {
        sendEvent(
                "Ev_VOTE_FIRST",
                message("D_VOTE_FIRST", "im", "U_ASKER", "when was the vote?", "1700001700.000001", null));
        String answerId = feedbackAnswerId(
                slack.awaitCall("answer", inChannel("D_VOTE_FIRST"), WAIT).blocks());
        drain();
        CountDownLatch release = new CountDownLatch(1);
        answerer.script((request, partial) -> {
            awaitQuietly(release);
            return ScriptedAnswerer.answered("A slow answer.");
        });
        sendEvent(
                "Ev_VOTE_BUSY",
                message("D_VOTE_BUSY", "im", "U_BUSY", "keep the worker busy", "1700001700.000002", null));
        assertThat(answerer.requests.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS))
                .as("the one worker is busy")
                .extracting(ChatRequest::text)
                .isEqualTo("keep the worker busy");
        try {
            slack.sendEnvelope(
                    "env-vote-first",
                    "interactive",
                    buttonClick(
                            "U_VOTER",
                            SlackRenderer.ACTION_FEEDBACK_UP,
                            answerId,
                            "D_VOTE_FIRST",
                            slack.responseUrl("vote-first")));

            slack.awaitAck("env-vote-first", SLACK_ACK_DEADLINE);
            assertThat(feedback.votes.poll()).isEqualTo(new RecordingFeedbackStore.Cast(answerId, "U_VOTER", Vote.UP));
        } finally {
            release.countDown();
        }
        FakeSlack.ApiCall thanks = slack.awaitCall("thanks", call -> call.path().equals("/response/vote-first"), WAIT);
        assertThat(thanks.text()).isEqualTo(ChatTexts.THANKS);
    }

    @Test
    @DisplayName("a click that cannot be stored is acknowledged all the same, and the voter is told it was not saved")
    void should_ack_and_tell_voter_when_vote_cannot_be_stored() throws Exception {
        feedback.failVotes(true);
        try {
            slack.sendEnvelope(
                    "env-vote-broken",
                    "interactive",
                    buttonClick(
                            "U_VOTER",
                            SlackRenderer.ACTION_FEEDBACK_UP,
                            "ans-any",
                            "D_VOTE_BROKEN",
                            slack.responseUrl("vote-broken")));

            slack.awaitAck("env-vote-broken", SLACK_ACK_DEADLINE);
            FakeSlack.ApiCall reply =
                    slack.awaitCall("not saved", call -> call.path().equals("/response/vote-broken"), WAIT);
            assertThat(reply.param("response_type")).isEqualTo("ephemeral");
            assertThat(reply.text()).isEqualTo(ChatTexts.VOTE_FAILED);
        } finally {
            feedback.failVotes(false);
        }
    }

    @Test
    @DisplayName("/ask -p is its own conversation per user, apart from the user's visible /ask questions")
    void should_keep_private_questions_in_their_own_conversation() throws Exception {
        slack.sendEnvelope(
                "env-ask-secret",
                "slash_commands",
                slashCommand("C_SECRET", "U_SECRET", "-p a private question", slack.responseUrl("secret")));
        slack.awaitCall("private answer", call -> call.path().equals("/response/secret"), WAIT);
        slack.sendEnvelope(
                "env-ask-open",
                "slash_commands",
                slashCommand("C_SECRET", "U_SECRET", "an open question", slack.responseUrl("open")));
        slack.awaitCall("open answer", call -> call.path().equals("/response/open"), WAIT);

        List<ChatRequest> asked = drain();
        assertThat(asked).extracting(ChatRequest::text).containsExactly("a private question", "an open question");
        assertThat(asked.get(0).conversationId()).isEqualTo("slack:C_SECRET:private:U_SECRET");
        assertThat(asked.get(1).conversationId()).isEqualTo("slack:C_SECRET:ask:U_SECRET");
    }

    @Test
    @DisplayName("when Slack asks the client to reconnect, it does and keeps answering on the new connection")
    void should_reconnect_on_disconnect_request() throws Exception {
        int before = slack.connectionsOpened();
        slack.sendDisconnect();
        slack.awaitConnections(before + 1, WAIT);

        slack.sendEnvelope(
                "env-after-reconnect",
                "slash_commands",
                slashCommand("C_RECONNECT", "U_RECONNECT", "still there?", slack.responseUrl("reconnect")));

        slack.awaitAck("env-after-reconnect", WAIT);
        slack.awaitCall("answer", call -> call.path().equals("/response/reconnect"), WAIT);
        assertThat(bot.isConnected()).isTrue();
    }

    /** Sends an events_api envelope and returns its envelope id. */
    private String sendEvent(String eventId, ObjectNode event) {
        String envelopeId = "env-" + (++envelopes) + "-" + eventId;
        slack.sendEnvelope(envelopeId, "events_api", eventCallback(eventId, event));
        return envelopeId;
    }

    private static java.util.function.Predicate<FakeSlack.ApiCall> inChannel(String channel) {
        return call -> call.method().equals("chat.postMessage") && channel.equals(call.param("channel"));
    }

    private List<ChatRequest> drain() {
        List<ChatRequest> asked = new ArrayList<>();
        answerer.requests.drainTo(asked);
        return asked;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
