-- The review console: reviewer accounts, sessions, claims, review decisions,
-- case notes and wellness settings. Keep in step with
-- ../postgres/0002_review.sql.

-- Reviewer accounts. password_hash is an argon2 PHC string, never a
-- password; queues is a JSON array of queue names.
CREATE TABLE users (
    name          TEXT    PRIMARY KEY,
    password_hash TEXT    NOT NULL,
    role          TEXT    NOT NULL CHECK (role IN ('reviewer', 'child_safety', 'admin')),
    queues        TEXT    NOT NULL,
    disabled      INTEGER NOT NULL,
    failed_logins INTEGER NOT NULL,
    locked_until  INTEGER,
    created       INTEGER NOT NULL
);

-- Console sessions, by the SHA-256 of their token (the token is only in the
-- reviewer's cookie).
CREATE TABLE sessions (
    token_hash TEXT    PRIMARY KEY,
    user_name  TEXT    NOT NULL REFERENCES users (name) ON DELETE CASCADE,
    csrf       TEXT    NOT NULL,
    created    INTEGER NOT NULL,
    expires    INTEGER NOT NULL
);
CREATE INDEX sessions_by_user ON sessions (user_name);
CREATE INDEX sessions_by_expiry ON sessions (expires);

-- Claims live on the case: one conditional UPDATE claims atomically.
ALTER TABLE cases ADD COLUMN claimed_by TEXT;
ALTER TABLE cases ADD COLUMN claimed_at INTEGER;
CREATE INDEX cases_by_claim ON cases (claimed_by) WHERE claimed_by IS NOT NULL;

-- Review decisions: the feedback of the console (statistics, training
-- export). codes is a JSON array of taxonomy codes; the case's subject,
-- child-safety flag and creation time are copied so the record reads alone.
CREATE TABLE review_decisions (
    id       INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id  INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    reviewer TEXT    NOT NULL,
    decision TEXT    NOT NULL CHECK (decision IN ('confirm', 'dismiss', 'escalate', 'ncmec')),
    action   TEXT,
    codes    TEXT    NOT NULL,
    note     TEXT,
    queue    TEXT    NOT NULL,
    subject  TEXT    NOT NULL,
    child_safety INTEGER NOT NULL,
    case_created INTEGER NOT NULL,
    ts       INTEGER NOT NULL
);
CREATE INDEX review_decisions_by_ts ON review_decisions (ts, id);
CREATE INDEX review_decisions_by_case ON review_decisions (case_id, id);
CREATE INDEX review_decisions_by_subject ON review_decisions (subject, id);

CREATE TABLE case_notes (
    id      INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    author  TEXT    NOT NULL,
    text    TEXT    NOT NULL,
    ts      INTEGER NOT NULL
);
CREATE INDEX case_notes_by_case ON case_notes (case_id, id);

CREATE TABLE wellness (
    user_name TEXT    PRIMARY KEY REFERENCES users (name) ON DELETE CASCADE,
    blur      INTEGER NOT NULL,
    grayscale INTEGER NOT NULL,
    autoplay  INTEGER NOT NULL
);
