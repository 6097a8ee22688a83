package dev.storybot.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.storybot.core.Paragraph;
import dev.storybot.core.StoryBrief;
import java.util.List;

/** Builds the payloads Slack sends, shaped as in Slack's documentation, for tests. */
final class SlackPayloads {

    static final ObjectMapper JSON = new ObjectMapper();

    private SlackPayloads() {}

    /** A small story for {@link dev.storybot.core.BotServices}. */
    static StoryBrief story() {
        return new StoryBrief(
                "A test story",
                "a test source",
                "https://example.org/story",
                "Something happened on Sunday.",
                List.of(new Paragraph(1, "Something happened."), new Paragraph(2, "The vote was held on Sunday.")),
                List.of("When was the vote?"));
    }

    /** A {@code /ask} slash command payload as Socket Mode delivers it (JSON). */
    static ObjectNode slashCommand(String channel, String user, String text, String responseUrl) {
        ObjectNode payload = JSON.createObjectNode();
        payload.put("token", "legacy-verification-token");
        payload.put("team_id", FakeSlack.TEAM_ID);
        payload.put("team_domain", "fake");
        payload.put("channel_id", channel);
        payload.put("channel_name", "general");
        payload.put("user_id", user);
        payload.put("user_name", "someone");
        payload.put("command", "/ask");
        payload.put("text", text);
        payload.put("api_app_id", FakeSlack.APP_ID);
        payload.put("is_enterprise_install", "false");
        payload.put("response_url", responseUrl);
        payload.put("trigger_id", "1234.5678.abcdef");
        return payload;
    }

    /** An Events API callback wrapping {@code event}. */
    static ObjectNode eventCallback(String eventId, ObjectNode event) {
        ObjectNode payload = JSON.createObjectNode();
        payload.put("token", "legacy-verification-token");
        payload.put("team_id", FakeSlack.TEAM_ID);
        payload.put("api_app_id", FakeSlack.APP_ID);
        payload.set("event", event);
        payload.put("type", "event_callback");
        payload.put("event_id", eventId);
        payload.put("event_time", 1_700_000_000);
        ObjectNode authorization = payload.putArray("authorizations").addObject();
        authorization.putNull("enterprise_id");
        authorization.put("team_id", FakeSlack.TEAM_ID);
        authorization.put("user_id", FakeSlack.BOT_USER_ID);
        authorization.put("is_bot", true);
        authorization.put("is_enterprise_install", false);
        payload.put("is_ext_shared_channel", false);
        payload.put("event_context", "4-fake");
        return payload;
    }

    /** An {@code app_mention} event; {@code threadTs} may be null. */
    static ObjectNode appMention(String channel, String user, String text, String ts, String threadTs) {
        ObjectNode event = JSON.createObjectNode();
        event.put("type", "app_mention");
        event.put("user", user);
        event.put("text", text);
        event.put("ts", ts);
        event.put("channel", channel);
        event.put("event_ts", ts);
        if (threadTs != null) {
            event.put("thread_ts", threadTs);
        }
        return event;
    }

    /** A user's {@code message} event; {@code channelType} is "im" for DMs, "channel" otherwise. */
    static ObjectNode message(
            String channel, String channelType, String user, String text, String ts, String threadTs) {
        ObjectNode event = JSON.createObjectNode();
        event.put("type", "message");
        event.put("channel", channel);
        event.put("user", user);
        event.put("text", text);
        event.put("ts", ts);
        event.put("event_ts", ts);
        event.put("channel_type", channelType);
        if (threadTs != null) {
            event.put("thread_ts", threadTs);
        }
        return event;
    }

    /** A {@code block_actions} payload for a click on a button. */
    static ObjectNode buttonClick(String user, String actionId, String value, String channel, String responseUrl) {
        ObjectNode payload = JSON.createObjectNode();
        payload.put("type", "block_actions");
        payload.putObject("user").put("id", user).put("username", "someone").put("team_id", FakeSlack.TEAM_ID);
        payload.put("api_app_id", FakeSlack.APP_ID);
        payload.put("token", "legacy-verification-token");
        payload.putObject("container")
                .put("type", "message")
                .put("message_ts", "1700000000.000100")
                .put("channel_id", channel)
                .put("is_ephemeral", false);
        payload.put("trigger_id", "1234.5678.abcdef");
        payload.putObject("team").put("id", FakeSlack.TEAM_ID).put("domain", "fake");
        payload.putObject("channel").put("id", channel).put("name", "general");
        payload.put("response_url", responseUrl);
        ObjectNode action = payload.putArray("actions").addObject();
        action.put("action_id", actionId);
        action.put("block_id", "feedback");
        action.putObject("text").put("type", "plain_text").put("text", "👍").put("emoji", true);
        action.put("value", value);
        action.put("type", "button");
        action.put("action_ts", "1700000001.000200");
        return payload;
    }

    /** The text of every section block. */
    static List<String> sectionTexts(JsonNode blocks) {
        return stream(blocks)
                .filter(block -> "section".equals(block.path("type").asText()))
                .map(block -> block.path("text").path("text").asText())
                .toList();
    }

    /** The feedback buttons' answer id (the value of the 👍 button), or null. */
    static String feedbackAnswerId(JsonNode blocks) {
        return stream(blocks)
                .filter(block -> "actions".equals(block.path("type").asText()))
                .flatMap(block -> stream(block.path("elements")))
                .filter(element -> SlackRenderer.ACTION_FEEDBACK_UP.equals(
                        element.path("action_id").asText()))
                .map(element -> element.path("value").asText())
                .findFirst()
                .orElse(null);
    }

    private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false);
    }
}
