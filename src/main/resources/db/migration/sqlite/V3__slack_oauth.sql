-- Installs into many Slack workspaces through OAuth.

-- The bot's id in the workspace (events name the bot by it, e.g. in tokens_revoked); '' when not known.
ALTER TABLE slack_installations ADD COLUMN bot_id TEXT NOT NULL DEFAULT '';

-- OAuth state values handed to installing browsers, so that the redirect can land on any replica; single use.
CREATE TABLE slack_oauth_states (
    state       TEXT PRIMARY KEY,
    expires_at  BIGINT NOT NULL
);
CREATE INDEX slack_oauth_states_by_expiry ON slack_oauth_states(expires_at);
