package dev.storybot.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.storybot.settings.Variable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * {@link FakeSlack} for tests outside this package (serve, check, load and fault tests): start it, point the bot at it
 * through the environment, build signed HTTP-mode requests and observe what was posted to each response_url.
 */
public final class SlackFakes implements AutoCloseable {

    /** The signing secret the HTTP-mode settings from {@link #httpModeEnv} use. */
    public static final String SIGNING_SECRET = "ops-test-signing-secret";

    static {
        // the JDK HTTP server the fake uses otherwise leaves Nagle's algorithm on, so every response waits for the
        // client's delayed ACK (~40 ms), which caps a client with few connections at a few dozen calls a second;
        // read once per JVM, so it only helps when set before the first server starts
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final FakeSlack slack;

    private SlackFakes(FakeSlack slack) {
        this.slack = slack;
    }

    /** Starts the fake Web API and Socket Mode server on 127.0.0.1. */
    public static SlackFakes start() throws Exception {
        return new SlackFakes(FakeSlack.start());
    }

    /** Settings for HTTP mode on a free port (port 0), with the bot token {@code botToken}. */
    public Map<String, String> httpModeEnv(String botToken) {
        Map<String, String> env = new HashMap<>();
        env.put(Variable.SLACK_BOT_TOKEN.name(), botToken);
        env.put(Variable.SLACK_SIGNING_SECRET.name(), SIGNING_SECRET);
        env.put(Variable.STORYBOT_SLACK_HOST.name(), "127.0.0.1");
        env.put(Variable.STORYBOT_SLACK_PORT.name(), "0");
        env.put(Variable.STORYBOT_SLACK_API_URL.name(), slack.apiUrl());
        return env;
    }

    /** Settings for Socket Mode with these tokens. */
    public Map<String, String> socketModeEnv(String botToken, String appToken) {
        Map<String, String> env = new HashMap<>();
        env.put(Variable.SLACK_BOT_TOKEN.name(), botToken);
        env.put(Variable.SLACK_APP_TOKEN.name(), appToken);
        env.put(Variable.STORYBOT_SLACK_API_URL.name(), slack.apiUrl());
        return env;
    }

    /** Makes {@code auth.test} fail with {@code error} (e.g. "invalid_auth") from now on. */
    public void rejectBotToken(String error) {
        slack.rejectBotToken(error);
    }

    /** Makes {@code apps.connections.open} fail with {@code error} from now on. */
    public void rejectAppToken(String error) {
        slack.rejectAppToken(error);
    }

    /** Accepts every token again. */
    public void acceptTokens() {
        slack.rejectBotToken(null);
        slack.rejectAppToken(null);
    }

    /** A response_url on this fake; what the bot posts there is returned by {@link #responses}. */
    public String responseUrl(String id) {
        return slack.responseUrl(id);
    }

    /** A {@code /ask} slash command as Slack posts it in HTTP mode (a form body). */
    public String slashCommandForm(String channel, String user, String text, String responseUrl) {
        return form(SlackPayloads.slashCommand(channel, user, text, responseUrl));
    }

    /** An Events API callback for a DM, as Slack posts it in HTTP mode (JSON). */
    public static String directMessageEvent(String eventId, String user, String text, String ts) {
        return SlackPayloads.eventCallback(eventId, SlackPayloads.message("D_OPS", "im", user, text, ts, null))
                .toString();
    }

    /** An Events API callback for a mention of the bot in a channel, as Slack posts it in HTTP mode (JSON). */
    public static String mentionEvent(String eventId, String channel, String user, String text, String ts) {
        return SlackPayloads.eventCallback(
                        eventId,
                        SlackPayloads.appMention(channel, user, "<@" + FakeSlack.BOT_USER_ID + "> " + text, ts, null))
                .toString();
    }

    /** An Events API callback for a message without a mention in the thread {@code threadTs} of a channel. */
    public static String threadMessageEvent(
            String eventId, String channel, String user, String text, String ts, String threadTs) {
        return SlackPayloads.eventCallback(eventId, SlackPayloads.message(channel, "channel", user, text, ts, threadTs))
                .toString();
    }

    /** What every chat.postMessage into the thread {@code threadTs} of {@code channel} showed, oldest first. */
    public List<String> postsInThread(String channel, String threadTs) {
        return slack
                .calls(call -> call.method().equals("chat.postMessage")
                        && channel.equals(call.param("channel"))
                        && threadTs.equals(call.param("thread_ts")))
                .stream()
                .map(FakeSlack.ApiCall::shownContent)
                .toList();
    }

    /** How many messages the bot posted in {@code channel} (chat.postMessage; edits of a message do not count). */
    public int postCountIn(String channel) {
        return slack.calls(call -> call.method().equals("chat.postMessage") && channel.equals(call.param("channel")))
                .size();
    }

    /** What every chat.postMessage and chat.update in {@code channel} showed, oldest first. */
    public List<String> shownIn(String channel) {
        return slack
                .calls(call -> (call.method().equals("chat.postMessage")
                                || call.method().equals("chat.update"))
                        && channel.equals(call.param("channel")))
                .stream()
                .map(FakeSlack.ApiCall::shownContent)
                .toList();
    }

    /** The answer id on the latest feedback buttons posted or edited into {@code channel}, or null if none. */
    public String feedbackAnswerIdIn(String channel) {
        List<FakeSlack.ApiCall> withButtons = slack.calls(call ->
                (call.method().equals("chat.postMessage") || call.method().equals("chat.update"))
                        && channel.equals(call.param("channel"))
                        && SlackPayloads.feedbackAnswerId(call.blocks()) != null);
        return withButtons.isEmpty()
                ? null
                : SlackPayloads.feedbackAnswerId(
                        withButtons.get(withButtons.size() - 1).blocks());
    }

    /**
     * What the bot did in one channel.
     *
     * @param posts   messages posted (chat.postMessage)
     * @param showing posts and edits whose shown content contains the mark asked for
     */
    public record ChannelTally(int posts, int showing) {}

    /** A {@link ChannelTally} for every channel the bot posted in, in one pass over the calls (for load runs). */
    public Map<String, ChannelTally> tallyByChannel(String mark) {
        Map<String, ChannelTally> tallies = new HashMap<>();
        for (FakeSlack.ApiCall call : slack.calls(call ->
                call.method().equals("chat.postMessage") || call.method().equals("chat.update"))) {
            boolean post = call.method().equals("chat.postMessage");
            boolean showing = call.shownContent().contains(mark);
            tallies.merge(
                    call.param("channel"),
                    new ChannelTally(post ? 1 : 0, showing ? 1 : 0),
                    (a, b) -> new ChannelTally(a.posts() + b.posts(), a.showing() + b.showing()));
        }
        return tallies;
    }

    /** How many notices only one user could see (chat.postEphemeral) were posted in {@code channel}. */
    public int ephemeralCountIn(String channel) {
        return slack.calls(call -> call.method().equals("chat.postEphemeral") && channel.equals(call.param("channel")))
                .size();
    }

    /**
     * A click on a feedback button (👍 when {@code up}, else 👎) as Slack posts it in HTTP mode: a form whose
     * {@code payload} field holds the {@code block_actions} JSON.
     */
    public static String voteForm(String user, boolean up, String answerId, String channel, String responseUrl) {
        String actionId = up ? SlackRenderer.ACTION_FEEDBACK_UP : SlackRenderer.ACTION_FEEDBACK_DOWN;
        return "payload="
                + URLEncoder.encode(
                        SlackPayloads.buttonClick(user, actionId, answerId, channel, responseUrl)
                                .toString(),
                        StandardCharsets.UTF_8);
    }

    /** Waits for the first post to the response_url {@code id} and returns what it shows (text and blocks). */
    public String awaitResponse(String id, Duration timeout) throws InterruptedException {
        return slack.awaitCall("response " + id, call -> call.path().equals("/response/" + id), timeout)
                .shownContent();
    }

    /** Waits for a chat.postMessage whose shown content matches and returns that content. */
    public String awaitPost(java.util.function.Predicate<String> content, Duration timeout)
            throws InterruptedException {
        return slack.awaitCall(
                        "chat.postMessage",
                        call -> call.method().equals("chat.postMessage") && content.test(call.shownContent()),
                        timeout)
                .shownContent();
    }

    /** Everything posted to the response_url {@code id} so far, oldest first. */
    public List<String> responses(String id) {
        return slack.calls(call -> call.path().equals("/response/" + id)).stream()
                .map(FakeSlack.ApiCall::shownContent)
                .toList();
    }

    /** The section texts of Block Kit JSON, e.g. of a response. */
    public static List<String> sectionTexts(JsonNode blocks) {
        return SlackPayloads.sectionTexts(blocks);
    }

    /** The {@code v0=} signature Slack would send for this body with {@link #SIGNING_SECRET}. */
    public static String sign(long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SIGNING_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8));
            return "v0=" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The {@code v0=} signature for raw body bytes (which need not be valid UTF-8). */
    public static String sign(long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SIGNING_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.UTF_8));
            return "v0=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A form body (as Slack posts slash commands in HTTP mode) with these fields. */
    static String form(ObjectNode fields) {
        StringJoiner joined = new StringJoiner("&");
        for (Iterator<Map.Entry<String, JsonNode>> it = fields.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            joined.add(URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(field.getValue().asText(), StandardCharsets.UTF_8));
        }
        return joined.toString();
    }

    @Override
    public void close() throws Exception {
        slack.close();
    }
}
