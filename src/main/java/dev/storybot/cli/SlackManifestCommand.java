package dev.storybot.cli;

import dev.storybot.settings.SlackSettings;
import dev.storybot.slack.SlackManifest;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Prints the Slack app manifest to paste into "Create New App → From an app manifest". */
@Command(
        name = "slack-manifest",
        mixinStandardHelpOptions = true,
        description = "Print the Slack app manifest (slash command, events, scopes, Socket Mode; or, with"
                + " SLACK_CLIENT_ID set, HTTP mode and the OAuth redirect URL).")
public final class SlackManifestCommand implements Callable<Integer> {

    @Mixin
    ConfigOption config;

    @Override
    public Integer call() {
        SlackSettings.OAuth oauth;
        try {
            oauth = config.reader().slack().map(SlackSettings::oauth).orElse(null);
        } catch (IllegalArgumentException e) {
            System.err.println("storybot slack-manifest: " + e.getMessage());
            return 1;
        }
        System.out.println(SlackManifest.json(oauth));
        if (oauth != null) {
            System.err.println("HTTP mode with installs through OAuth. Redirect URL: " + oauth.redirectUrl()
                    + " ; install at " + oauth.installUrl());
        }
        return 0;
    }
}
