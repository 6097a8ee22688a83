package dev.storybot.cli;

import dev.storybot.slack.SlackManifest;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Prints the Slack app manifest to paste into "Create New App → From an app manifest". */
@Command(
        name = "slack-manifest",
        mixinStandardHelpOptions = true,
        description = "Print the Slack app manifest (slash command, events, scopes, Socket Mode).")
public final class SlackManifestCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.out.println(SlackManifest.json());
        return 0;
    }
}
