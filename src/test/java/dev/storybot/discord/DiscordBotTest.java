package dev.storybot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.storybot.chat.BotServices;
import dev.storybot.chat.ConversationIds;
import dev.storybot.core.Answer;
import dev.storybot.core.ChatRequest;
import dev.storybot.core.Language;
import dev.storybot.core.Mode;
import dev.storybot.core.Outcome;
import dev.storybot.core.RateLimiter;
import dev.storybot.feedback.SqliteFeedbackStore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import net.dv8tion.jda.api.requests.GatewayIntent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real JDA client, driven by {@link DiscordBot}, against {@link FakeDiscord} on 127.0.0.1. */
class DiscordBotTest {

    private static final int ANSWER_THREADS = 4;
    private static final int ANSWER_QUEUE = 100;

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final String MENTION = "<@" + FakeDiscord.BOT_ID + ">";
    private static final String CALLBACK = "/interactions/\\d+/[^/]+/callback";
    private static final String ORIGINAL = "/webhooks/" + FakeDiscord.BOT_ID + "/[^/]+/messages/@original";
    private static final String FOLLOW_UP = "/webhooks/" + FakeDiscord.BOT_ID + "/[^/]+";
    /** How long a test waits for an acknowledgement that must not come before the vote is stored. */
    private static final Duration EARLY_ACK_GRACE = Duration.ofSeconds(2);
    /** A second human in the guild. */
    private static final String OTHER_USER_ID = "1300000000000000077";

    @TempDir
    static Path dataDir;

    private static FakeDiscord discord;
    private static ScriptedAnswerer answerer;
    private static SqliteFeedbackStore store;
    private static HookedVotes votes;
    private static DiscordBot bot;

    @BeforeAll
    static void startBot() throws Exception {
        discord = FakeDiscord.start();
        answerer = new ScriptedAnswerer();
        store = SqliteFeedbackStore.open(dataDir);
        votes = new HookedVotes(store);
        BotServices services = new BotServices(answerer, TestStory.BRIEF, votes, RateLimiter.perMinute(1_000));
        DiscordStart start =
                DiscordBot.start(discord.config(FakeDiscord.TOKEN, true), services, ANSWER_THREADS, ANSWER_QUEUE);
        assertThat(start).isInstanceOf(DiscordStart.Started.class);
        bot = ((DiscordStart.Started) start).bot();
    }

    @AfterAll
    static void stopBot() throws Exception {
        if (bot != null) {
            bot.close();
        }
        if (store != null) {
            store.close();
        }
        if (discord != null) {
            discord.close();
        }
    }

    @Test
    void should_identify_with_the_message_intents_and_report_connected() throws Exception {
        JsonNode identify = discord.awaitIdentify(TIMEOUT);

        assertThat(identify.get("token").asText()).isEqualTo(FakeDiscord.TOKEN);
        int guilds = 1; // the GUILDS intent, which JDA always adds
        assertThat(identify.get("intents").asLong())
                .isEqualTo(guilds
                        | GatewayIntent.getRaw(
                                GatewayIntent.GUILD_MESSAGES,
                                GatewayIntent.DIRECT_MESSAGES,
                                GatewayIntent.MESSAGE_CONTENT));
        assertThat(bot.isConnected()).isTrue();
        assertThat(bot.selfUserId()).isEqualTo(FakeDiscord.BOT_ID);
    }

    @Test
    void should_register_the_slash_commands_in_the_configured_guild() throws Exception {
        FakeDiscord.RestCall put = discord.awaitCall(
                0,
                call -> call.is(
                        "PUT", "/applications/" + FakeDiscord.BOT_ID + "/guilds/" + FakeDiscord.GUILD_ID + "/commands"),
                TIMEOUT);

        List<String> names = new ArrayList<>();
        put.body().forEach(command -> names.add(command.get("name").asText()));
        assertThat(names).containsExactly("ask", "story", "sources", "help");
        JsonNode askOptions = put.body().get(0).get("options");
        assertThat(askOptions.get(0).get("name").asText()).isEqualTo("question");
        assertThat(askOptions.get(0).get("required").asBoolean()).isTrue();
        assertThat(askOptions.get(1).get("name").asText()).isEqualTo("private");
        assertThat(askOptions.get(1).get("type").asInt()).isEqualTo(5);
    }

    @Test
    @DisplayName("/ask is deferred within 3 s while the answer is still being written, then delivered by editing")
    void should_defer_ask_at_once_and_deliver_the_answer_later() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        answerer.on("slow question", request -> {
            await(release);
            return ScriptedAnswerer.answered("The slow answer.");
        });
        int mark = discord.mark();
        Instant sent = Instant.now();

        discord.slashCommand("ask", Map.of("question", "slow question"));

        FakeDiscord.RestCall deferral =
                discord.awaitCall(mark, call -> call.is("POST", CALLBACK), Duration.ofSeconds(3));
        assertThat(Duration.between(sent, deferral.receivedAt())).isLessThan(Duration.ofSeconds(3));
        assertThat(deferral.body().get("type").asInt()).isEqualTo(5);
        assertThat(deferral.body().path("data").path("flags").asInt(0) & 64).isZero();
        assertThat(release.getCount())
                .as("answer still being written when deferred")
                .isEqualTo(1);

        release.countDown();
        FakeDiscord.RestCall edit = discord.awaitCall(
                mark, call -> call.is("PATCH", ORIGINAL) && call.content().startsWith("The slow answer."), TIMEOUT);
        assertThat(edit.content()).isEqualTo("The slow answer.\n\n> the quoted sentence (¶2)");
        assertThat(buttonIds(edit.body())).hasSize(2).allMatch(id -> id.startsWith("fb:"));
        ChatRequest request = answerer.awaitRequest(r -> r.text().equals("slow question"), TIMEOUT);
        assertThat(request.conversationId()).isEqualTo("discord:" + FakeDiscord.CHANNEL_ID);
        assertThat(request.userId()).isEqualTo(FakeDiscord.USER_ID);
    }

    @Test
    void should_defer_a_private_ask_as_ephemeral() throws Exception {
        int mark = discord.mark();

        discord.slashCommand("ask", ordered("question", "private question", "private", true));

        FakeDiscord.RestCall deferral = discord.awaitCall(mark, call -> call.is("POST", CALLBACK), TIMEOUT);
        assertThat(deferral.body().get("type").asInt()).isEqualTo(5);
        assertThat(deferral.body().path("data").path("flags").asInt()).isEqualTo(64);
        discord.awaitCall(
                mark,
                call -> call.is("PATCH", ORIGINAL) && call.content().startsWith("You asked: private question"),
                TIMEOUT);
    }

    @Test
    void should_answer_a_direct_message_with_a_reply() throws Exception {
        int mark = discord.mark();
        ObjectNode dm = discord.directMessage("When did the bridge reopen?");

        discord.sendMessage(dm);

        FakeDiscord.RestCall reply = discord.awaitCall(
                mark, call -> call.is("POST", "/channels/" + FakeDiscord.DM_CHANNEL_ID + "/messages"), TIMEOUT);
        assertThat(reply.content()).startsWith("You asked: When did the bridge reopen?");
        assertThat(reply.body().path("message_reference").path("message_id").asText())
                .isEqualTo(dm.get("id").asText());
        ChatRequest request = answerer.awaitRequest(r -> r.text().equals("When did the bridge reopen?"), TIMEOUT);
        assertThat(request.conversationId()).isEqualTo("discord:" + FakeDiscord.DM_CHANNEL_ID);
        assertThat(discord.callsSince(mark))
                .anyMatch(call -> call.is("POST", "/channels/" + FakeDiscord.DM_CHANNEL_ID + "/typing"));
    }

    @Test
    void should_answer_a_guild_mention_as_a_reply_with_the_mention_stripped() throws Exception {
        int mark = discord.mark();
        ObjectNode mention = discord.mentioningBot(discord.guildMessage(
                FakeDiscord.CHANNEL_ID, FakeDiscord.USER_ID, MENTION + " how much did the repairs cost?"));

        discord.sendMessage(mention);

        FakeDiscord.RestCall reply = discord.awaitCall(
                mark,
                call -> call.is("POST", "/channels/" + FakeDiscord.CHANNEL_ID + "/messages")
                        && call.content().contains("how much did the repairs cost?"),
                TIMEOUT);
        assertThat(reply.content()).startsWith("You asked: how much did the repairs cost?");
        assertThat(reply.body().path("message_reference").path("message_id").asText())
                .isEqualTo(mention.get("id").asText());
        assertThat(reply.body().path("allowed_mentions").path("replied_user").asBoolean(true))
                .isFalse();
        ChatRequest request = answerer.awaitRequest(r -> r.text().equals("how much did the repairs cost?"), TIMEOUT);
        assertThat(request.conversationId()).isEqualTo("discord:" + FakeDiscord.CHANNEL_ID);
    }

    @Test
    void should_answer_a_thread_follow_up_without_a_mention() throws Exception {
        int mark = discord.mark();
        discord.sendMessage(discord.mentioningBot(
                discord.guildMessage(FakeDiscord.THREAD_ID, FakeDiscord.USER_ID, MENTION + " first thread question")));
        discord.awaitCall(mark, call -> call.content().contains("first thread question"), TIMEOUT);

        discord.sendMessage(discord.guildMessage(FakeDiscord.THREAD_ID, FakeDiscord.USER_ID, "and a follow-up?"));

        FakeDiscord.RestCall reply = discord.awaitCall(
                mark,
                call -> call.is("POST", "/channels/" + FakeDiscord.THREAD_ID + "/messages")
                        && call.content().contains("and a follow-up?"),
                TIMEOUT);
        assertThat(reply.content()).startsWith("You asked: and a follow-up?");
        ChatRequest followUp = answerer.awaitRequest(r -> r.text().equals("and a follow-up?"), TIMEOUT);
        assertThat(followUp.conversationId()).isEqualTo("discord:" + FakeDiscord.THREAD_ID);
    }

    @Test
    void should_answer_a_reply_to_one_of_its_messages_without_a_mention() throws Exception {
        int mark = discord.mark();
        discord.sendMessage(discord.mentioningBot(discord.guildMessage(
                FakeDiscord.CHANNEL_ID, FakeDiscord.USER_ID, MENTION + " question before the reply")));
        FakeDiscord.RestCall answer =
                discord.awaitCall(mark, call -> call.content().contains("question before the reply"), TIMEOUT);
        ObjectNode reply = discord.guildMessage(FakeDiscord.CHANNEL_ID, FakeDiscord.USER_ID, "and what about that?");
        reply.put("type", 19);
        reply.set("referenced_message", answer.response());
        reply.putObject("message_reference")
                .put("type", 0)
                .put("message_id", answer.response().get("id").asText())
                .put("channel_id", FakeDiscord.CHANNEL_ID)
                .put("guild_id", FakeDiscord.GUILD_ID);

        discord.sendMessage(reply);

        FakeDiscord.RestCall posted =
                discord.awaitCall(mark, call -> call.content().contains("and what about that?"), TIMEOUT);
        assertThat(posted.body().path("message_reference").path("message_id").asText())
                .isEqualTo(reply.get("id").asText());
    }

    @Test
    void should_show_invalid_input_as_text_without_vote_buttons() throws Exception {
        answerer.on(
                "",
                request -> new Answer(
                        "Please type a question after the mention.",
                        List.of(),
                        Outcome.INVALID_INPUT,
                        Mode.RETRIEVAL,
                        null,
                        null,
                        Language.EN));
        int mark = discord.mark();

        discord.sendMessage(
                discord.mentioningBot(discord.guildMessage(FakeDiscord.CHANNEL_ID, FakeDiscord.USER_ID, MENTION)));

        FakeDiscord.RestCall posted = discord.awaitCall(
                mark, call -> call.content().equals("Please type a question after the mention."), TIMEOUT);
        assertThat(buttonIds(posted.body())).isEmpty();
    }

    @Test
    void should_ignore_bots_itself_webhooks_and_messages_not_addressed_to_it() throws Exception {
        int mark = discord.mark();
        discord.sendMessage(discord.mentioningBot(discord.guildMessage(
                FakeDiscord.CHANNEL_ID, FakeDiscord.OTHER_BOT_ID, MENTION + " question from another bot")));
        discord.sendMessage(discord.mentioningBot(
                discord.guildMessage(FakeDiscord.CHANNEL_ID, FakeDiscord.BOT_ID, MENTION + " question from itself")));
        discord.sendMessage(discord.mentioningBot(discord.webhookMessage(MENTION + " question from a webhook")));
        discord.sendMessage(discord.guildMessage(
                FakeDiscord.CHANNEL_ID, FakeDiscord.USER_ID, "chatter that does not mention the bot"));

        // events are handled in order: once the sentinel is answered, the earlier messages were seen and ignored
        discord.sendMessage(discord.mentioningBot(
                discord.guildMessage(FakeDiscord.CHANNEL_ID, FakeDiscord.USER_ID, MENTION + " sentinel question")));

        discord.awaitCall(mark, call -> call.content().contains("sentinel question"), TIMEOUT);
        List<FakeDiscord.RestCall> channelCalls = discord.callsSince(mark).stream()
                .filter(call -> call.path().startsWith("/channels/" + FakeDiscord.CHANNEL_ID + "/"))
                .toList();
        assertThat(channelCalls)
                .filteredOn(call -> call.path().endsWith("/typing"))
                .hasSize(1);
        assertThat(channelCalls)
                .filteredOn(call -> call.path().endsWith("/messages"))
                .extracting(FakeDiscord.RestCall::content)
                .containsExactly("You asked: sentinel question\n\n> the quoted sentence (¶2)");
        assertThat(answerer.received())
                .extracting(ChatRequest::text)
                .doesNotContain(
                        "question from another bot",
                        "question from itself",
                        "question from a webhook",
                        "chatter that does not mention the bot");
    }

    @Test
    void should_send_no_pinging_mentions_even_when_the_answer_says_everyone() throws Exception {
        answerer.on(
                "@everyone hi",
                request -> ScriptedAnswerer.answered("@everyone and @here hi <@" + FakeDiscord.USER_ID + ">"));
        int mark = discord.mark();

        discord.sendMessage(discord.mentioningBot(
                discord.guildMessage(FakeDiscord.CHANNEL_ID, FakeDiscord.USER_ID, MENTION + " @everyone hi")));
        discord.slashCommand("ask", Map.of("question", "@everyone hi"));

        discord.awaitCall(
                mark,
                call -> call.is("POST", "/channels/" + FakeDiscord.CHANNEL_ID + "/messages")
                        && call.content().contains("hi <@"),
                TIMEOUT);
        discord.awaitCall(
                mark, call -> call.is("PATCH", ORIGINAL) && call.content().contains("hi <@"), TIMEOUT);
        List<FakeDiscord.RestCall> posted = discord.callsSince(mark).stream()
                .filter(call -> call.content().contains("hi <@"))
                .toList();
        assertThat(posted).hasSizeGreaterThanOrEqualTo(2);
        for (FakeDiscord.RestCall call : posted) {
            assertThat(call.content()).doesNotContain("@everyone", "@here").contains("@\u200Beveryone");
            JsonNode allowed = call.body().get("allowed_mentions");
            assertThat(allowed)
                    .as("allowed_mentions of %s %s", call.method(), call.path())
                    .isNotNull();
            assertThat(allowed.get("parse")).isEmpty();
            assertThat(allowed.path("users")).isEmpty();
            assertThat(allowed.path("roles")).isEmpty();
            assertThat(allowed.path("replied_user").asBoolean(true)).isFalse();
        }
    }

    @Test
    void should_split_a_5000_character_answer_into_messages_within_the_limit() throws Exception {
        String sentence = "This sentence is part of a very long answer about the bridge. ";
        String longText = sentence.repeat(5_000 / sentence.length() + 1).strip();
        answerer.on("long question", request -> ScriptedAnswerer.answered(longText));
        int mark = discord.mark();

        discord.sendMessage(discord.directMessage("long question"));

        String messages = "/channels/" + FakeDiscord.DM_CHANNEL_ID + "/messages";
        discord.awaitCall(
                mark,
                call -> call.is("POST", messages)
                        && !buttonIds(call.body()).isEmpty()
                        && call.content().endsWith("(¶2)"),
                TIMEOUT);
        List<FakeDiscord.RestCall> posted = discord.callsSince(mark).stream()
                .filter(call -> call.is("POST", messages))
                .toList();
        assertThat(posted).hasSizeGreaterThanOrEqualTo(3);
        assertThat(posted).allSatisfy(call -> assertThat(call.content()).hasSizeLessThanOrEqualTo(2_000));
        assertThat(posted.get(0).body().has("message_reference")).isTrue();
        assertThat(posted.subList(0, posted.size() - 1))
                .allSatisfy(call -> assertThat(buttonIds(call.body())).isEmpty());
        String joined = String.join(
                " ", posted.stream().map(FakeDiscord.RestCall::content).toList());
        assertThat(joined.replaceAll("\\s+", " "))
                .isEqualTo((longText + " > the quoted sentence (¶2)").replaceAll("\\s+", " "));
    }

    @Test
    void should_store_a_button_click_and_thank_the_voter() throws Exception {
        int mark = discord.mark();
        discord.sendMessage(discord.directMessage("question to vote on"));
        FakeDiscord.RestCall answer =
                discord.awaitCall(mark, call -> call.content().contains("question to vote on"), TIMEOUT);
        String downVote = buttonIds(answer.body()).stream()
                .filter(id -> id.startsWith("fb:down:"))
                .findFirst()
                .orElseThrow();
        int before = store.summary().down();

        int clickMark = discord.mark();
        discord.buttonClick(downVote, FakeDiscord.USER_ID, answer.response());

        FakeDiscord.RestCall thanks = discord.awaitCall(clickMark, call -> call.is("POST", CALLBACK), TIMEOUT);
        assertThat(thanks.body().get("type").asInt()).isEqualTo(4);
        assertThat(thanks.body().path("data").path("flags").asInt()).isEqualTo(64);
        assertThat(thanks.content()).isEqualTo("Thanks for the feedback!");
        assertThat(store.summary().down()).isEqualTo(before + 1);
        assertThat(store.summary().downVoted())
                .anyMatch(item -> item.question().equals("question to vote on")
                        && item.platform().equals("discord"));
    }

    @Test
    @DisplayName("a click is answered only once its vote is stored, so an answered click is never lost")
    void should_store_the_vote_before_answering_the_click() throws Exception {
        int mark = discord.mark();
        discord.sendMessage(discord.directMessage("question to vote on before the reply"));
        FakeDiscord.RestCall answer = discord.awaitCall(
                mark, call -> call.content().contains("question to vote on before the reply"), TIMEOUT);
        String upVote = buttonIds(answer.body()).stream()
                .filter(id -> id.startsWith("fb:up:"))
                .findFirst()
                .orElseThrow();
        int clickMark = discord.mark();
        AtomicInteger callsWhenStored = new AtomicInteger(-1);
        // give an early acknowledgement of the click every chance to arrive before the vote is stored
        votes.beforeEachVote(() -> arrivesWithin(clickMark, call -> call.is("POST", CALLBACK), EARLY_ACK_GRACE));
        votes.afterEachVote(() -> callsWhenStored.set(discord.mark()));
        try {
            discord.buttonClick(upVote, FakeDiscord.USER_ID, answer.response());

            FakeDiscord.RestCall reply = discord.awaitCall(clickMark, call -> call.is("POST", CALLBACK), TIMEOUT);
            assertThat(reply.content()).isEqualTo("Thanks for the feedback!");
            assertThat(discord.callsSince(0).indexOf(reply))
                    .as("index of the click's first reply")
                    .isGreaterThanOrEqualTo(callsWhenStored.get())
                    .isNotNegative();
        } finally {
            votes.beforeEachVote(() -> {});
            votes.afterEachVote(() -> {});
        }
    }

    @Test
    void should_tell_the_voter_when_the_answer_is_unknown() throws Exception {
        int mark = discord.mark();

        discord.buttonClick("fb:up:no-such-answer", FakeDiscord.USER_ID, null);

        FakeDiscord.RestCall reply = discord.awaitCall(mark, call -> call.is("POST", CALLBACK), TIMEOUT);
        assertThat(reply.content()).contains("no longer on record");
    }

    @Test
    @DisplayName("a private /ask is its own conversation per user: the channel's next question never sees it")
    void should_keep_a_private_ask_out_of_the_channel_conversation() throws Exception {
        int mark = discord.mark();
        discord.slashCommand("ask", ordered("question", "secret private question", "private", true));
        discord.awaitCall(
                mark,
                call -> call.is("PATCH", ORIGINAL) && call.content().startsWith("You asked: secret private question"),
                TIMEOUT);

        discord.sendMessage(discord.mentioningBot(
                discord.guildMessage(FakeDiscord.CHANNEL_ID, OTHER_USER_ID, MENTION + " a question in the channel")));

        ChatRequest privately = answerer.awaitRequest(r -> r.text().equals("secret private question"), TIMEOUT);
        ChatRequest inChannel = answerer.awaitRequest(r -> r.text().equals("a question in the channel"), TIMEOUT);
        assertThat(privately.conversationId())
                .isEqualTo(ConversationIds.privately("discord", FakeDiscord.CHANNEL_ID, FakeDiscord.USER_ID))
                .isNotEqualTo(inChannel.conversationId());
        assertThat(inChannel.conversationId()).isEqualTo("discord:" + FakeDiscord.CHANNEL_ID);
    }

    @Test
    void should_stream_partial_text_into_the_reply_then_replace_it_with_the_final_answer() throws Exception {
        answerer.streaming(
                "stream question",
                List.of("Partial text so far"),
                ScriptedAnswerer.answered("The final streamed answer."));
        int mark = discord.mark();

        discord.sendMessage(discord.directMessage("stream question"));

        FakeDiscord.RestCall created = discord.awaitCall(
                mark, call -> call.is("POST", "/channels/" + FakeDiscord.DM_CHANNEL_ID + "/messages"), TIMEOUT);
        assertThat(created.content()).isEqualTo("Partial text so far");
        FakeDiscord.RestCall edited = discord.awaitCall(
                mark, call -> call.is("PATCH", "/channels/" + FakeDiscord.DM_CHANNEL_ID + "/messages/\\d+"), TIMEOUT);
        assertThat(edited.content()).isEqualTo("The final streamed answer.\n\n> the quoted sentence (¶2)");
        assertThat(buttonIds(edited.body())).hasSize(2);
    }

    @Test
    void should_answer_story_sources_and_help_commands() throws Exception {
        int mark = discord.mark();

        discord.slashCommand("story", Map.of());
        FakeDiscord.RestCall story = discord.awaitCall(mark, call -> call.is("POST", CALLBACK), TIMEOUT);
        assertThat(story.body().get("type").asInt()).isEqualTo(4);
        assertThat(story.content()).contains("Harbour bridge reopens", "210 million dollars", "City Desk");

        mark = discord.mark();
        discord.slashCommand("sources", Map.of());
        FakeDiscord.RestCall sources = discord.awaitCall(mark, call -> call.is("POST", CALLBACK), TIMEOUT);
        assertThat(sources.content()).contains("https://example.com/bridge", "**[1]**", "**[4]**");

        mark = discord.mark();
        discord.slashCommand("help", Map.of());
        FakeDiscord.RestCall help = discord.awaitCall(mark, call -> call.is("POST", CALLBACK), TIMEOUT);
        assertThat(help.content()).contains("/ask", "When did the bridge reopen?");
        assertThat(help.body().path("data").path("flags").asInt()).isEqualTo(64);
    }

    private static List<String> buttonIds(JsonNode body) {
        List<String> ids = new ArrayList<>();
        JsonNode components = body.has("components")
                ? body.get("components")
                : body.path("data").path("components");
        for (JsonNode row : components) {
            for (JsonNode component : row.path("components")) {
                ids.add(component.path("custom_id").asText());
            }
        }
        return ids;
    }

    /** Waits (bounded) for a matching call; false when none came. */
    private static boolean arrivesWithin(
            int from, java.util.function.Predicate<FakeDiscord.RestCall> match, Duration timeout) {
        try {
            discord.awaitCall(from, match, timeout);
            return true;
        } catch (AssertionError e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("test never released the answer");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
