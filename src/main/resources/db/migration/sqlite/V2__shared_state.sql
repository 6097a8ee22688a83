-- State that replicas share. Times are epoch milliseconds; every table is purged by age by the code that writes it.

-- The last turns of each conversation, so that a follow-up answered by another replica keeps its context.
CREATE TABLE conversation_turns (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    conversation_id   TEXT NOT NULL,
    question          TEXT,
    resolved_question TEXT,
    answer            TEXT,
    fact_ids          TEXT NOT NULL,
    entity_ids        TEXT NOT NULL,
    created_at        BIGINT NOT NULL
);
CREATE INDEX conversation_turns_by_conversation ON conversation_turns(conversation_id, id);
CREATE INDEX conversation_turns_by_age ON conversation_turns(created_at);

-- Threads the bot answered in, where follow-ups need no mention.
CREATE TABLE tracked_threads (
    thread_key      TEXT PRIMARY KEY,
    last_active_at  BIGINT NOT NULL
);
CREATE INDEX tracked_threads_by_age ON tracked_threads(last_active_at);

-- Deliveries already taken by a replica (Slack event ids, messages answered): the primary key lets one insert win.
CREATE TABLE event_claims (
    claim_key   TEXT PRIMARY KEY,
    claimed_at  BIGINT NOT NULL
);
CREATE INDEX event_claims_by_age ON event_claims(claimed_at);

-- Questions admitted per user and fixed window, counted by every replica.
CREATE TABLE rate_limit_windows (
    limit_key     TEXT NOT NULL,
    window_start  BIGINT NOT NULL,
    hits          INTEGER NOT NULL,
    PRIMARY KEY (limit_key, window_start)
);
CREATE INDEX rate_limit_windows_by_start ON rate_limit_windows(window_start);

-- Slack workspaces the app is installed in (filled by the OAuth install flow); '' stands for no enterprise.
CREATE TABLE slack_installations (
    enterprise_id  TEXT NOT NULL DEFAULT '',
    team_id        TEXT NOT NULL,
    bot_token      TEXT NOT NULL,
    bot_user_id    TEXT NOT NULL,
    installed_at   BIGINT NOT NULL,
    PRIMARY KEY (enterprise_id, team_id)
);
