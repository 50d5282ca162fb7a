-- lurewatch store, SQLite: the audit log and preservation holds (issue 5).
-- Keep in step with ../postgres/0003_audit.sql.

-- The hash-chained audit log. `id` is assigned by the appender (last + 1,
-- under the single writer), so ids have no gaps; the primary key makes a
-- fork impossible. `detail` is canonical JSON text.
CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY,
    actor     TEXT    NOT NULL,
    action    TEXT    NOT NULL,
    subject   TEXT    NOT NULL,
    detail    TEXT    NOT NULL,
    ts        INTEGER NOT NULL,
    prev_hash TEXT    NOT NULL,
    hash      TEXT    NOT NULL
);
CREATE INDEX audit_log_by_action ON audit_log (action, id);
CREATE INDEX audit_log_by_actor ON audit_log (actor, id);
CREATE INDEX audit_log_by_subject ON audit_log (subject, id);

-- Append-only: no API changes or removes an entry, and the database refuses.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

-- Evidence preservation: what `subject` names (case:<id>, event:<seq>,
-- account:<id>, conversation:<id>) is not purged before `until`.
CREATE TABLE preservation_holds (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    subject    TEXT    NOT NULL,
    reason     TEXT    NOT NULL,
    created_by TEXT    NOT NULL,
    created    INTEGER NOT NULL,
    until      INTEGER NOT NULL
);
CREATE INDEX preservation_holds_by_subject ON preservation_holds (subject, until);

-- The purge finds old events by receipt time.
CREATE INDEX events_by_received ON events (received);
