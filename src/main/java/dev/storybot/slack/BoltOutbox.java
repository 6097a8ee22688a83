package dev.storybot.slack;

import com.slack.api.Slack;
import com.slack.api.app_backend.interactive_components.ActionResponseSender;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostEphemeralResponse;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.chat.ChatUpdateResponse;
import com.slack.api.webhook.WebhookResponse;
import dev.storybot.core.PrintableText;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link SlackOutbox} over the Slack SDK's Web API client and response_url sender. */
final class BoltOutbox implements SlackOutbox {

    /** Enough of an error body to tell what went wrong, not enough to fill the log. */
    private static final int MAX_LOGGED_BODY_CHARS = 200;

    private static final Logger LOG = LoggerFactory.getLogger(BoltOutbox.class);
    private static final int HTTP_OK = 200;
    /** Enough of a refused response_url to recognise it in the log. */
    private static final int MAX_LOGGED_URL_CHARS = 80;

    private final MethodsClient methods;
    private final ActionResponseSender responseSender;
    private final ResponseUrlPolicy responseUrls;

    BoltOutbox(Slack slack, String botToken, ResponseUrlPolicy responseUrls) {
        this.methods = slack.methods(botToken);
        this.responseSender = new ActionResponseSender(slack);
        this.responseUrls = responseUrls;
    }

    @Override
    public Optional<String> post(String channel, String threadTs, SlackMessage message) {
        try {
            ChatPostMessageResponse response = methods.chatPostMessage(request -> request.channel(channel)
                    .threadTs(threadTs)
                    .text(message.text())
                    .blocks(message.blocks())
                    .unfurlLinks(false)
                    .unfurlMedia(false));
            if (response.isOk()) {
                return Optional.ofNullable(response.getTs());
            }
            LOG.warn("Slack chat.postMessage to {} failed: {}", channel, response.getError());
        } catch (IOException | SlackApiException e) {
            LOG.warn("Slack chat.postMessage to {} failed", channel, e);
        }
        return Optional.empty();
    }

    @Override
    public boolean postEphemeral(String channel, String user, String threadTs, SlackMessage message) {
        try {
            ChatPostEphemeralResponse response = methods.chatPostEphemeral(request -> request.channel(channel)
                    .user(user)
                    .threadTs(threadTs)
                    .text(message.text())
                    .blocks(message.blocks()));
            if (response.isOk()) {
                return true;
            }
            LOG.warn("Slack chat.postEphemeral to {} failed: {}", channel, response.getError());
        } catch (IOException | SlackApiException e) {
            LOG.warn("Slack chat.postEphemeral to {} failed", channel, e);
        }
        return false;
    }

    @Override
    public boolean update(String channel, String ts, SlackMessage message) {
        try {
            ChatUpdateResponse response = methods.chatUpdate(request ->
                    request.channel(channel).ts(ts).text(message.text()).blocks(message.blocks()));
            if (response.isOk()) {
                return true;
            }
            LOG.warn("Slack chat.update of {} in {} failed: {}", ts, channel, response.getError());
        } catch (IOException | SlackApiException e) {
            LOG.warn("Slack chat.update of {} in {} failed", ts, channel, e);
        }
        return false;
    }

    @Override
    public boolean respond(String responseUrl, SlackMessage message, Visibility visibility) {
        if (!responseUrls.allows(responseUrl)) {
            LOG.warn(
                    "Refused to post to a response_url outside Slack: {}",
                    PrintableText.escape(responseUrl, MAX_LOGGED_URL_CHARS));
            return false;
        }
        ActionResponse response = ActionResponse.builder()
                .responseType(visibility == Visibility.IN_CHANNEL ? "in_channel" : "ephemeral")
                .replaceOriginal(false)
                .text(message.text())
                .blocks(message.blocks())
                .build();
        try {
            WebhookResponse result = responseSender.send(responseUrl, response);
            if (result.getCode() != null && result.getCode() == HTTP_OK) {
                return true;
            }
            LOG.warn(
                    "Slack response_url call failed: HTTP {} {}",
                    result.getCode(),
                    PrintableText.escape(result.getBody(), MAX_LOGGED_BODY_CHARS));
        } catch (IOException e) {
            LOG.warn("Slack response_url call failed", e);
        }
        return false;
    }
}
