package dev.storybot.state;

import java.util.Optional;

/** Slack installations by workspace, for the OAuth install flow. */
public interface Installations {

    /** Stores an installation, replacing the workspace's earlier one. */
    void save(Installation installation);

    /** The installation for a workspace ({@code enterpriseId} or {@code teamId} null or empty for none). */
    Optional<Installation> find(String enterpriseId, String teamId);

    /** Removes a workspace's installation; true when there was one. */
    boolean delete(String enterpriseId, String teamId);

    /** How many workspaces the app is installed in. */
    int count();
}
