-- An event's decision moves out of its row into a table of its own: it is
-- known only after the event is durable (written back later), and an UPDATE
-- of the event wrote a whole new version of its row (envelope included).
-- Keep in step with ../sqlite/0007_event_decisions.sql.
CREATE TABLE event_decisions (
    seq      BIGINT PRIMARY KEY REFERENCES events (seq) ON DELETE CASCADE,
    decision TEXT   NOT NULL
);
INSERT INTO event_decisions (seq, decision)
    SELECT seq, decision FROM events WHERE decision IS NOT NULL;
ALTER TABLE events DROP COLUMN decision;
