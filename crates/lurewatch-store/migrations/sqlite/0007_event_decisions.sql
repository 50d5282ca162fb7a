-- An event's decision moves out of its row into a table of its own. The
-- decision is known only after the event is durable (it is written back
-- with a later commit), so in `events` it rewrote each event's row a second
-- time: the events' last pages went into the WAL twice, ~1.3 KB of the
-- ~5 KB an ingest commit wrote per event under load. Here a decision is a
-- short row appended in seq order. Keep in step with
-- ../postgres/0006_event_decisions.sql.
CREATE TABLE event_decisions (
    seq      INTEGER PRIMARY KEY REFERENCES events (seq) ON DELETE CASCADE,
    decision TEXT    NOT NULL
);
INSERT INTO event_decisions (seq, decision)
    SELECT seq, decision FROM events WHERE decision IS NOT NULL;
ALTER TABLE events DROP COLUMN decision;
