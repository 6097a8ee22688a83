-- The feedback schema; SQLite's INTEGER holds 64 bits, PostgreSQL's BIGINT does the same for the epoch milliseconds.
CREATE TABLE answers (
    id          TEXT PRIMARY KEY,
    platform    TEXT NOT NULL,
    question    TEXT NOT NULL,
    answer      TEXT NOT NULL,
    outcome     TEXT NOT NULL,
    mode        TEXT NOT NULL,
    model       TEXT,
    created_at  BIGINT NOT NULL
);

CREATE TABLE votes (
    answer_id   TEXT NOT NULL REFERENCES answers(id),
    user_id     TEXT NOT NULL,
    vote        TEXT NOT NULL CHECK (vote IN ('UP', 'DOWN')),
    voted_at    BIGINT NOT NULL,
    PRIMARY KEY (answer_id, user_id)
);

CREATE INDEX votes_by_vote ON votes(vote);
