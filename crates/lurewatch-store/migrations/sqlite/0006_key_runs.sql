-- The event log's actor and conversation keys move from two B-tree indexes
-- to sorted runs (see src/key_runs.rs). Each of those indexes took one
-- entry per event in a leaf page of its own, and a WAL commit writes whole
-- pages: about half of the bytes an ingest commit wrote. Runs are written
-- in key order, so their pages fill one after the other. SQLite only:
-- PostgreSQL keeps its indexes.

DROP INDEX events_by_actor;
DROP INDEX events_by_conversation;
-- Declared ages are read per account from profile events (rare).
CREATE INDEX events_profiles_by_actor ON events (actor, seq) WHERE kind = 'profile';

-- A run indexes the events with first_seq <= seq <= last_seq. The live runs
-- cover 1..=max(last_seq) without overlap; later events are the unindexed
-- tail, read from the log itself. A run being built by a merge, and a run a
-- merge replaced, are not live; the latter's entries are deleted in the
-- background.
CREATE TABLE event_key_runs (
    run       INTEGER PRIMARY KEY AUTOINCREMENT,
    level     INTEGER NOT NULL,
    first_seq INTEGER NOT NULL,
    last_seq  INTEGER NOT NULL,
    live      INTEGER NOT NULL
);

-- role 0 = the event's actor, 1 = its conversation.
CREATE TABLE event_keys (
    run   INTEGER NOT NULL,
    role  INTEGER NOT NULL,
    ident TEXT    NOT NULL,
    seq   INTEGER NOT NULL,
    PRIMARY KEY (run, role, ident, seq)
) WITHOUT ROWID;

-- The events stored before this migration: one run, at a level no merge
-- reaches (it is already as large as runs get).
INSERT INTO event_key_runs (level, first_seq, last_seq, live)
SELECT 1000, min(seq), max(seq), 1 FROM events HAVING count(*) > 0;
INSERT INTO event_keys (run, role, ident, seq)
SELECT r.run, k.role, k.ident, k.seq FROM event_key_runs AS r CROSS JOIN (
    SELECT 0 AS role, actor AS ident, seq FROM events
    UNION ALL
    SELECT 1, conversation, seq FROM events WHERE conversation IS NOT NULL
) AS k;
