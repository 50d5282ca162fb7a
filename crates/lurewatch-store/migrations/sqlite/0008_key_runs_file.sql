-- The key runs move to a file of their own (lurewatch-keys.db, ATTACHed as
-- `keys`, its schema created at open; see src/key_runs.rs): written by a
-- connection of their own, maintenance no longer holds the ingest writer's
-- lock (4-7 ms a step, measured). The runs are derived from the log: the
-- new file is filled from it (one run for a long existing log).
DROP TABLE event_keys;
DROP TABLE event_key_runs;
