package dev.storybot.slack;

import dev.storybot.state.Installations;
import dev.storybot.state.OAuthStates;
import java.util.Objects;

/**
 * Where installs through OAuth are kept: each workspace's bot token, and the state values of installs under way.
 *
 * @param installations one installation per workspace
 * @param states        OAuth state values issued to installing browsers
 */
public record SlackInstallStore(Installations installations, OAuthStates states) {

    public SlackInstallStore {
        Objects.requireNonNull(installations, "installations");
        Objects.requireNonNull(states, "states");
    }
}
