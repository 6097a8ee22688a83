package dev.storybot.state;

import java.time.Instant;
import java.util.Objects;

/**
 * The app's installation in one Slack workspace.
 *
 * @param enterpriseId the Enterprise Grid organisation, or empty text for none
 * @param teamId       the workspace, or empty text for an organisation-wide install
 * @param botToken     the workspace's bot token ({@code xoxb-…}); never printed
 * @param botUserId    the bot's user id in that workspace
 * @param botId        the bot's id in that workspace, or empty text when not known
 * @param installedAt  when it was installed
 */
public record Installation(
        String enterpriseId, String teamId, String botToken, String botUserId, String botId, Instant installedAt) {

    public Installation {
        enterpriseId = enterpriseId == null ? "" : enterpriseId;
        teamId = teamId == null ? "" : teamId;
        botId = botId == null ? "" : botId;
        Objects.requireNonNull(botToken, "botToken");
        Objects.requireNonNull(botUserId, "botUserId");
        Objects.requireNonNull(installedAt, "installedAt");
    }

    @Override
    public String toString() {
        return "Installation[enterpriseId=" + enterpriseId + ", teamId=" + teamId + ", botToken=****, botUserId="
                + botUserId + ", botId=" + botId + ", installedAt=" + installedAt + "]";
    }
}
