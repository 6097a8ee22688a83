package dev.storybot.slack;

import com.slack.api.bolt.model.Bot;
import com.slack.api.bolt.model.Installer;
import com.slack.api.bolt.model.builtin.DefaultBot;
import com.slack.api.bolt.service.InstallationService;
import dev.storybot.state.Installation;
import dev.storybot.state.Installations;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bolt's installation store over {@link Installations}: keeps the bot token of each workspace the app is installed
 * in (no user tokens: the bot asks for none), so that every replica answers a workspace with its own token.
 */
final class StoredInstallations implements InstallationService {

    private static final Logger LOG = LoggerFactory.getLogger(StoredInstallations.class);

    private final Installations installations;
    private final Clock clock;

    StoredInstallations(Installations installations, Clock clock) {
        this.installations = Objects.requireNonNull(installations, "installations");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public boolean isHistoricalDataEnabled() {
        return false;
    }

    @Override
    public void setHistoricalDataEnabled(boolean isHistoricalDataEnabled) {
        // only the current installation of each workspace is kept
    }

    @Override
    public void saveInstallerAndBot(Installer installer) {
        if (installer.getBotAccessToken() == null) {
            LOG.warn("Ignored an install into team {} that granted no bot token", installer.getTeamId());
            return;
        }
        Instant installedAt =
                installer.getInstalledAt() == null ? clock.instant() : Instant.ofEpochMilli(installer.getInstalledAt());
        installations.save(new Installation(
                installer.getEnterpriseId(),
                installer.getTeamId(),
                installer.getBotAccessToken(),
                installer.getBotUserId(),
                installer.getBotId(),
                installedAt));
        LOG.info(
                "Installed into Slack team {} (enterprise {})",
                installer.getTeamId(),
                orNone(installer.getEnterpriseId()));
    }

    @Override
    public void deleteBot(Bot bot) {
        deleteAll(bot.getEnterpriseId(), bot.getTeamId());
    }

    @Override
    public void deleteInstaller(Installer installer) {
        // no user tokens are kept, so there is nothing of the installing user's to remove
    }

    @Override
    public Bot findBot(String enterpriseId, String teamId) {
        return installations
                .find(enterpriseId, teamId)
                .map(StoredInstallations::bot)
                .orElse(null);
    }

    @Override
    public Installer findInstaller(String enterpriseId, String teamId, String userId) {
        return null; // no user tokens are kept
    }

    @Override
    public void deleteAll(String enterpriseId, String teamId) {
        if (installations.delete(enterpriseId, teamId)) {
            LOG.info("Uninstalled from Slack team {} (enterprise {})", teamId, orNone(enterpriseId));
        }
    }

    private static Bot bot(Installation installation) {
        DefaultBot bot = new DefaultBot();
        bot.setEnterpriseId(emptyToNull(installation.enterpriseId()));
        bot.setTeamId(emptyToNull(installation.teamId()));
        bot.setIsEnterpriseInstall(
                installation.teamId().isEmpty() && !installation.enterpriseId().isEmpty());
        bot.setBotAccessToken(installation.botToken());
        bot.setBotUserId(installation.botUserId());
        bot.setBotId(emptyToNull(installation.botId()));
        bot.setInstalledAt(installation.installedAt().toEpochMilli());
        return bot;
    }

    private static String emptyToNull(String id) {
        return id.isEmpty() ? null : id;
    }

    private static String orNone(String id) {
        return id == null || id.isEmpty() ? "none" : id;
    }
}
