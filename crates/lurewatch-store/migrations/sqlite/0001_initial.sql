-- lurewatch store, SQLite. Times are Unix milliseconds; booleans are 0/1;
-- JSON is TEXT. Keep in step with ../postgres/0001_initial.sql.

-- The event log. `seq` is the order of acceptance; AUTOINCREMENT so a seq is
-- never reused, even after events are purged. A NULL dedupe_key never
-- collides (UNIQUE allows many NULLs).
CREATE TABLE events (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT,
    dedupe_key   TEXT UNIQUE,
    kind         TEXT    NOT NULL,
    actor        TEXT    NOT NULL,
    conversation TEXT,
    ts           INTEGER NOT NULL,
    received     INTEGER NOT NULL,
    envelope     TEXT    NOT NULL,
    decision     TEXT
);
CREATE INDEX events_by_actor ON events (actor, seq);
CREATE INDEX events_by_conversation ON events (conversation, seq) WHERE conversation IS NOT NULL;

-- Labels on entities; expires NULL = never.
CREATE TABLE labels (
    entity_kind TEXT    NOT NULL,
    entity_id   TEXT    NOT NULL,
    label       TEXT    NOT NULL,
    source      TEXT    NOT NULL,
    created     INTEGER NOT NULL,
    expires     INTEGER,
    PRIMARY KEY (entity_kind, entity_id, label)
) WITHOUT ROWID;

-- Counters per entity, name and time bucket (bucket = start of the bucket).
CREATE TABLE counters (
    entity_kind TEXT    NOT NULL,
    entity_id   TEXT    NOT NULL,
    name        TEXT    NOT NULL,
    bucket      INTEGER NOT NULL,
    value       INTEGER NOT NULL,
    PRIMARY KEY (entity_kind, entity_id, name, bucket)
) WITHOUT ROWID;

-- Cases: at most one open case per subject (partial unique index).
CREATE TABLE cases (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    subject      TEXT    NOT NULL,
    status       TEXT    NOT NULL CHECK (status IN ('open', 'closed')),
    queue        TEXT    NOT NULL,
    priority     INTEGER NOT NULL,
    child_safety INTEGER NOT NULL,
    created      INTEGER NOT NULL,
    updated      INTEGER NOT NULL
);
CREATE UNIQUE INDEX cases_one_open_per_subject ON cases (subject) WHERE status = 'open';
CREATE INDEX cases_by_subject ON cases (subject);
CREATE INDEX cases_by_queue ON cases (status, queue, priority DESC, created);

CREATE TABLE case_events (
    case_id   INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    event_seq INTEGER NOT NULL REFERENCES events (seq),
    PRIMARY KEY (case_id, event_seq)
) WITHOUT ROWID;
CREATE INDEX case_events_by_event ON case_events (event_seq);

CREATE TABLE case_targets (
    case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    target  TEXT    NOT NULL,
    PRIMARY KEY (case_id, target)
) WITHOUT ROWID;

-- Hash banks and their entries.
CREATE TABLE banks (
    name         TEXT    PRIMARY KEY,
    max_distance INTEGER NOT NULL,
    enabled      INTEGER NOT NULL
);

CREATE TABLE bank_entries (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    bank        TEXT    NOT NULL REFERENCES banks (name) ON DELETE CASCADE,
    signal_type TEXT    NOT NULL CHECK (signal_type IN ('pdq', 'md5', 'sha256')),
    value       TEXT    NOT NULL,
    source      TEXT    NOT NULL,
    label       TEXT,
    added       INTEGER NOT NULL,
    enabled     INTEGER NOT NULL,
    quality     INTEGER,
    UNIQUE (bank, signal_type, value)
);

-- The outbox. status: pending (due at next_attempt, unless leased to a
-- worker until leased_until) or dead (gave up; kept for inspection). Done
-- jobs are deleted.
CREATE TABLE jobs (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    kind         TEXT    NOT NULL,
    payload      TEXT    NOT NULL,
    status       TEXT    NOT NULL CHECK (status IN ('pending', 'dead')),
    attempts     INTEGER NOT NULL,
    next_attempt INTEGER NOT NULL,
    leased_until INTEGER,
    created      INTEGER NOT NULL,
    last_error   TEXT
);
CREATE INDEX jobs_due ON jobs (next_attempt, id) WHERE status = 'pending';

-- API keys: the argon2 PHC string of the secret, never the secret.
CREATE TABLE api_keys (
    id      TEXT    PRIMARY KEY,
    name    TEXT    NOT NULL,
    hash    TEXT    NOT NULL,
    scopes  TEXT    NOT NULL,
    created INTEGER NOT NULL,
    revoked INTEGER NOT NULL
);
