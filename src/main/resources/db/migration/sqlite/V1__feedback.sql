-- The feedback schema as the single-process versions created it (PRAGMA user_version 1): a database file made by
-- them is recorded at this version without running this script, and keeps its rows.
CREATE TABLE IF NOT EXISTS answers (
    id          TEXT PRIMARY KEY,
    platform    TEXT NOT NULL,
    question    TEXT NOT NULL,
    answer      TEXT NOT NULL,
    outcome     TEXT NOT NULL,
    mode        TEXT NOT NULL,
    model       TEXT,
    created_at  INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS votes (
    answer_id   TEXT NOT NULL REFERENCES answers(id),
    user_id     TEXT NOT NULL,
    vote        TEXT NOT NULL CHECK (vote IN ('UP', 'DOWN')),
    voted_at    INTEGER NOT NULL,
    PRIMARY KEY (answer_id, user_id)
);

CREATE INDEX IF NOT EXISTS votes_by_vote ON votes(vote);
