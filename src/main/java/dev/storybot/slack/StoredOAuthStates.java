package dev.storybot.slack;

import com.slack.api.bolt.service.OAuthStateService;
import dev.storybot.state.OAuthStates;
import java.time.Duration;
import java.util.Objects;

/**
 * Bolt's OAuth state store over {@link OAuthStates}: the state Bolt puts in the browser's cookie and in Slack's
 * authorize link is also kept in the database, so that the redirect is accepted on whichever replica it reaches,
 * once, within {@link #LIFETIME}.
 */
final class StoredOAuthStates implements OAuthStateService {

    /** Time to read Slack's consent page and click Allow; Bolt's own default. */
    static final Duration LIFETIME = Duration.ofSeconds(DEFAULT_EXPIRATION_IN_SECONDS);

    private final OAuthStates states;

    StoredOAuthStates(OAuthStates states) {
        this.states = Objects.requireNonNull(states, "states");
    }

    @Override
    public long getExpirationInSeconds() {
        return LIFETIME.toSeconds();
    }

    @Override
    public void addNewStateToDatastore(String state) {
        states.issue(state, LIFETIME);
    }

    @Override
    public boolean isAvailableInDatabase(String state) {
        return states.isLive(state);
    }

    @Override
    public void deleteStateFromDatastore(String state) {
        states.consume(state);
    }
}
