//! The embedded backend: one SQLite file in a data directory.
//!
//! * WAL journal, `synchronous = FULL`: a commit returns after its WAL frames
//!   are `fsync`ed, so an acknowledged event survives a crash and a power
//!   loss. Readers never block the writer and see only committed data.
//! * One writer connection for every write (appends, updates): SQLite allows
//!   one writer at a time anyway, and queuing in the pool instead of in
//!   SQLite's lock avoids `SQLITE_BUSY`. Batches are one transaction each
//!   (group commit).
//! * A few read-only connections for reads.
//! * WAL checkpoints on their own connection every 250 ms (PASSIVE), never
//!   inside a commit: the writer's automatic checkpoint is off.
//! * Foreign keys on, a busy timeout, and a per-connection cache of prepared
//!   statements (sqlx's, 100 statements).

use std::path::Path;
use std::str::FromStr;
use std::sync::atomic::{AtomicI64, Ordering};
use std::time::Duration;

use sqlx::migrate::Migrator;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{Pool, Sqlite};

use crate::StoreError;
use crate::key_runs::{KeyRole, KeyRuns};

/// File name of the database inside the data directory.
pub const SQLITE_FILE_NAME: &str = "lurewatch.db";

/// The key runs' file in the data directory, ATTACHed as `keys` (see
/// `key_runs.rs`): rebuilt from the log when missing.
pub const SQLITE_KEYS_FILE_NAME: &str = "lurewatch-keys.db";

/// The key runs' schema, in the attached `keys` database. Created at open,
/// not by a migration: the file is derived data, and a new one (first
/// start, an upgrade, the file deleted) is filled from the log.
const KEYS_SCHEMA: &str = "\
    CREATE TABLE IF NOT EXISTS keys.event_key_runs ( \
        run       INTEGER PRIMARY KEY AUTOINCREMENT, \
        level     INTEGER NOT NULL, \
        first_seq INTEGER NOT NULL, \
        last_seq  INTEGER NOT NULL, \
        live      INTEGER NOT NULL); \
    CREATE TABLE IF NOT EXISTS keys.event_keys ( \
        run   INTEGER NOT NULL, \
        role  INTEGER NOT NULL, \
        ident TEXT    NOT NULL, \
        seq   INTEGER NOT NULL, \
        PRIMARY KEY (run, role, ident, seq)) WITHOUT ROWID";

/// The key runs' file cannot be opened (corrupt, not a database): it is
/// derived data, and the error says so.
fn keys_file_error(path: &Path, error: sqlx::Error) -> StoreError {
    StoreError::Database(format!(
        "cannot open the key runs' file {} ({error}); it holds only data derived from \
         the event log: with the service stopped, delete it (and its -wal and -shm files) \
         and it is rebuilt at the next start",
        path.display()
    ))
}

/// Empties the key runs when they index seqs the log never issued: the
/// log's file was restored from an older backup (or replaced) while the
/// keys file stayed. The runs would claim seqs the log now gives to other
/// events. Emptied, they are rebuilt from the log. (A log not yet migrated
/// has no events table: nothing to compare.)
async fn forget_runs_ahead_of_the_log(conn: &mut sqlx::SqliteConnection) -> Result<(), StoreError> {
    let has_log: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM main.sqlite_master WHERE type = 'table' AND name IN ('events', 'sqlite_sequence')",
    )
    .fetch_one(&mut *conn)
    .await?;
    if has_log < 2 {
        return Ok(());
    }
    let (indexed, issued): (i64, i64) = sqlx::query_as(
        "SELECT (SELECT coalesce(max(last_seq), 0) FROM keys.event_key_runs), \
                (SELECT coalesce(max(seq), 0) FROM main.sqlite_sequence WHERE name = 'events')",
    )
    .fetch_one(&mut *conn)
    .await?;
    if indexed > issued {
        #[allow(deprecated)] // multi-statement query: SQLite only
        sqlx::query("DELETE FROM keys.event_keys; DELETE FROM keys.event_key_runs")
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

/// ATTACHes the key runs' file as `keys` on a new connection.
async fn attach_keys(conn: &mut sqlx::SqliteConnection, path: &str) -> Result<(), sqlx::Error> {
    sqlx::query("ATTACH DATABASE $1 AS keys")
        .bind(path)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Read-only connections of a file store.
const READERS: u32 = 4;

/// How often the WAL is checkpointed (PASSIVE: never blocks the writer or
/// readers; frames still in use are left for the next round).
const CHECKPOINT_EVERY: Duration = Duration::from_millis(250);

/// Size the WAL file is truncated to after a checkpoint resets it (bytes).
const WAL_SIZE_LIMIT: &str = "67108864";

/// WAL frames past which a checkpoint also restarts the log: 16,384 frames
/// of 4 KB, 64 MB (the size the file is truncated back to). Under full load
/// that is about twice a second, and each restart stalls commits for some
/// tens of milliseconds: measured at ~22,500 events/s, p99 9–11 → 19–22 ms.
/// Larger bounds measured worse (the stall grows with the log): 256 MB p99
/// 53–54 ms; 1 GiB ~360 ms stalls. Below full load writes pause often
/// enough for a PASSIVE checkpoint to finish and SQLite restarts the log by
/// itself.
const WAL_RESTART_FRAMES: i64 = 16_384;

/// Frames left to copy below which the restart is attempted (2 MB).
const RESTART_WHEN_LEFT: i64 = 512;

/// RESTART checkpoints tried, a millisecond apart, before the next tick.
const RESTART_ATTEMPTS: usize = 50;

/// A PASSIVE checkpoint: `(busy, frames in the log, frames copied)`.
async fn passive_checkpoint(pool: &Pool<Sqlite>) -> Option<(i64, i64, i64)> {
    sqlx::query_as("PRAGMA wal_checkpoint(PASSIVE)")
        .fetch_one(pool)
        .await
        .ok()
}

/// Checkpoints the WAL through `pool` every [`CHECKPOINT_EVERY`] until the
/// pool is closed. Durability does not depend on it (a commit is durable in
/// the WAL); it keeps the WAL short and the copy-back off the commit path.
///
/// A PASSIVE checkpoint never waits, but under continuous writes it never
/// finds the log fully copied either, so SQLite never starts the log over
/// and the WAL grew without end (measured: 5.5 GB in 30 s of load, with
/// multi-second stalls). So when the log is longer than
/// [`WAL_RESTART_FRAMES`], PASSIVE checkpoints are repeated until at most
/// [`RESTART_WHEN_LEFT`] frames are left to copy, and a RESTART checkpoint
/// follows: it takes the write lock (no busy wait: if the writer is in a
/// commit it gives up, and is tried again a millisecond later, up to
/// [`RESTART_ATTEMPTS`] times), copies those few frames, and lets the next
/// commit write the log from its start.
fn spawn_checkpointer(pool: Pool<Sqlite>, restart_frames: std::sync::Arc<AtomicI64>) {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(CHECKPOINT_EVERY);
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tick.tick().await;
            if pool.is_closed() {
                break;
            }
            // An error (busy, closing) is retried on the next tick.
            let Some((_, mut log_frames, mut copied)) = passive_checkpoint(&pool).await else {
                continue;
            };
            if log_frames <= restart_frames.load(Ordering::Relaxed) {
                continue;
            }
            // Copy until little is left (each round copies what was written
            // during the previous one), so the restart holds the writer
            // only for that little.
            for _ in 0..8 {
                if log_frames - copied <= RESTART_WHEN_LEFT {
                    break;
                }
                match passive_checkpoint(&pool).await {
                    Some((_, log, done)) => (log_frames, copied) = (log, done),
                    None => break,
                }
            }
            // Without a busy wait the restart gives up whenever a commit is
            // in progress, which under continuous writes is most of the
            // time: try again in the gaps between commits, for a while.
            for _ in 0..RESTART_ATTEMPTS {
                let restarted: Option<(i64, i64, i64)> =
                    sqlx::query_as("PRAGMA wal_checkpoint(RESTART)")
                        .fetch_one(&pool)
                        .await
                        .ok();
                if matches!(restarted, Some((0, _, _))) {
                    break;
                }
                tokio::time::sleep(Duration::from_millis(1)).await;
            }
        }
    });
}

type Db = Sqlite;
type Backend = SqliteStore;

static MIGRATOR: Migrator = sqlx::migrate!("./migrations/sqlite");

/// SQLite serialises writers itself (and there is one writer connection).
const APPEND_LOCK: Option<&str> = None;

/// A batch of events in one insert: the rows as one JSON array of
/// `[dedupe_key, kind, actor, conversation, ts, received, envelope]`, inserted
/// in array order (so their seqs are consecutive and the last one is the
/// statement's last insert id). Fails on a dedupe key stored before.
const INSERT_EVENTS_JSON: Option<&str> = Some(insert_events_json!("$1"));

/// [`INSERT_EVENTS_JSON`]'s text with the rows in parameter `$p`.
macro_rules! insert_events_json {
    ($p:literal) => {
        concat!(
            "INSERT INTO events (dedupe_key, kind, actor, conversation, ts, received, envelope) \
             SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4, value ->> 5, \
             value ->> 6 FROM json_each(",
            $p,
            ") ORDER BY key"
        )
    };
}
use insert_events_json;

/// Leases due jobs: `$1` now, `$2` lease end, `$3` limit.
const DUE_JOBS: &str = "UPDATE jobs SET leased_until = $2 WHERE id IN (\
     SELECT id FROM jobs WHERE status = 'pending' AND next_attempt <= $1 \
     AND (leased_until IS NULL OR leased_until <= $1) \
     ORDER BY next_attempt, id LIMIT $3) \
     RETURNING id, kind, payload, attempts, next_attempt";

/// Bind parameters of the generated multi-row statements: anonymous `?`,
/// bound in order. (sqlx resolves a `$n` through
/// `sqlite3_bind_parameter_name`, a linear scan per parameter: quadratic in a
/// 448-parameter insert.)
fn placeholder(_position: usize) -> String {
    "?".to_string()
}

/// The embedded store. Cheap to clone (pools are shared).
#[derive(Debug, Clone)]
pub struct SqliteStore {
    writer: Pool<Sqlite>,
    reader: Pool<Sqlite>,
    /// Writes the key runs (the attached `keys` file; on an in-memory
    /// store, the one connection).
    keys_writer: Pool<Sqlite>,
    /// Runs WAL checkpoints off the writer's commit path (file stores).
    checkpointer: Option<Pool<Sqlite>>,
    /// The actor and conversation keys' runs (see `key_runs.rs`).
    keys: std::sync::Arc<KeyRuns>,
    /// WAL frames past which the checkpointer restarts the log
    /// ([`WAL_RESTART_FRAMES`]; tests lower it).
    wal_restart_frames: std::sync::Arc<AtomicI64>,
}

impl SqliteStore {
    /// Opens (creating if needed) `dir/lurewatch.db`, creating `dir` too.
    /// Call [`crate::Store::migrate`] before use.
    pub async fn open(dir: &Path) -> Result<SqliteStore, StoreError> {
        std::fs::create_dir_all(dir).map_err(|error| {
            StoreError::Database(format!("cannot create data directory: {error}"))
        })?;
        let path = dir.join(SQLITE_FILE_NAME);
        let options = SqliteConnectOptions::new()
            .filename(&path)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Full)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(10))
            // Statement journals (a multi-row statement inside a transaction
            // keeps one to undo itself alone) and sort spills stay in memory:
            // on disk each commit opened, wrote, closed and unlinked a temp
            // file (~5 % of the server's CPU under load). The WAL and the
            // database itself are unaffected, so durability is unchanged.
            .pragma("temp_store", "memory");
        // The writer never checkpoints itself: SQLite's automatic checkpoint
        // would run inside a commit (an ingest batch waiting on it); a
        // separate connection does it every CHECKPOINT_EVERY instead.
        let writer = SqlitePoolOptions::new()
            .max_connections(1)
            .min_connections(1)
            .test_before_acquire(false)
            .acquire_timeout(Duration::from_secs(60))
            .connect_with(
                options
                    .clone()
                    .create_if_missing(true)
                    .pragma("wal_autocheckpoint", "0")
                    .pragma("journal_size_limit", WAL_SIZE_LIMIT),
            )
            .await?;
        // The writer created the file and switched it to WAL first.
        // No busy wait: a RESTART checkpoint that would have to wait for
        // the writer's commit or for a reader gives up at once and is tried
        // again shortly (see `spawn_checkpointer`), instead of holding the
        // write lock through the busy handler's sleeps (PASSIVE checkpoints
        // never wait).
        let checkpointer = SqlitePoolOptions::new()
            .max_connections(1)
            .min_connections(1)
            .connect_with(
                options
                    .clone()
                    .pragma("wal_autocheckpoint", "0")
                    .busy_timeout(Duration::ZERO),
            )
            .await?;
        let wal_restart_frames = std::sync::Arc::new(AtomicI64::new(WAL_RESTART_FRAMES));
        spawn_checkpointer(checkpointer.clone(), wal_restart_frames.clone());
        // The key runs' file: its own connection writes it (maintenance
        // never takes the ingest writer's lock), WAL, no fsync of its own.
        // It creates the file, so it comes before the readers.
        let keys_path = dir
            .join(SQLITE_KEYS_FILE_NAME)
            .to_str()
            .ok_or_else(|| StoreError::Database("the data directory's path is not UTF-8".into()))?
            .to_string();
        // Once on a connection of its own first, for SQLite's own error (a
        // pool would retry until its timeout and report only that).
        let keys_error =
            |error: sqlx::Error| keys_file_error(&dir.join(SQLITE_KEYS_FILE_NAME), error);
        {
            use sqlx::{ConnectOptions, Connection};
            let mut conn = options.clone().create_if_missing(true).connect().await?;
            attach_keys(&mut conn, &keys_path)
                .await
                .map_err(keys_error)?;
            sqlx::query("PRAGMA keys.journal_mode = WAL")
                .execute(&mut conn)
                .await
                .map_err(keys_error)?;
            #[allow(deprecated)] // multi-statement query: SQLite only, schema set-up
            sqlx::query(KEYS_SCHEMA)
                .execute(&mut conn)
                .await
                .map_err(keys_error)?;
            forget_runs_ahead_of_the_log(&mut conn).await?;
            conn.close().await?;
        }
        let attach_path = keys_path.clone();
        let keys_writer = SqlitePoolOptions::new()
            .max_connections(1)
            .min_connections(1)
            .test_before_acquire(false)
            .after_connect(move |conn, _| {
                let path = attach_path.clone();
                Box::pin(async move {
                    attach_keys(conn, &path).await?;
                    sqlx::query("PRAGMA keys.synchronous = NORMAL")
                        .execute(&mut *conn)
                        .await?;
                    Ok(())
                })
            })
            .connect_with(options.clone())
            .await
            .map_err(keys_error)?;
        let reader = SqlitePoolOptions::new()
            .max_connections(READERS)
            .after_connect(move |conn, _| {
                let path = keys_path.clone();
                Box::pin(async move { attach_keys(conn, &path).await })
            })
            .connect_with(options.read_only(true))
            .await?;
        let keys = std::sync::Arc::new(KeyRuns::default());
        crate::key_runs::spawn_maintenance(keys.clone(), keys_writer.clone(), reader.clone());
        Ok(SqliteStore {
            writer,
            reader,
            keys_writer,
            checkpointer: Some(checkpointer),
            keys,
            wal_restart_frames,
        })
    }

    /// A private in-memory database, for tests: it lives as long as the store
    /// and is not durable. Reads and writes share one connection. Its key
    /// runs are built only by [`SqliteStore::maintain_keys`] (reads scan the
    /// log until then).
    pub async fn open_in_memory() -> Result<SqliteStore, StoreError> {
        let options = SqliteConnectOptions::from_str("sqlite::memory:")?.foreign_keys(true);
        // An in-memory database dies with its connection: never recycle it.
        let pool = SqlitePoolOptions::new()
            .max_connections(1)
            .min_connections(1)
            .idle_timeout(None)
            .max_lifetime(None)
            .after_connect(|conn, _| Box::pin(async move { attach_keys(conn, ":memory:").await }))
            .connect_with(options)
            .await?;
        #[allow(deprecated)] // multi-statement query: SQLite only, schema set-up
        sqlx::query(KEYS_SCHEMA).execute(&pool).await?;
        Ok(SqliteStore {
            writer: pool.clone(),
            reader: pool.clone(),
            keys_writer: pool,
            checkpointer: None,
            keys: std::sync::Arc::new(KeyRuns::default()),
            wal_restart_frames: std::sync::Arc::new(AtomicI64::new(WAL_RESTART_FRAMES)),
        })
    }

    /// Waits for in-flight work and closes every connection (checkpointing
    /// the WAL). Dropping the store without closing is safe too: committed
    /// data is durable either way.
    pub async fn close(&self) {
        self.reader.close().await;
        self.keys_writer.close().await;
        if let Some(checkpointer) = &self.checkpointer {
            checkpointer.close().await;
        }
        self.writer.close().await;
    }

    /// Brings the actor and conversation key runs up to date (builds every
    /// due run, finishes merges, deletes replaced runs). A file store does
    /// this in the background; this is for bulk loads and tests.
    pub async fn maintain_keys(&self) -> Result<(), StoreError> {
        self.keys.drain(&self.keys_writer, &self.reader).await
    }

    /// Sets the key runs' sizes (tests use tiny ones).
    pub fn set_key_run_policy(&self, policy: crate::KeyRunPolicy) {
        self.keys.set_policy(policy);
    }

    /// Sets the WAL length (frames of 4 KB) past which the checkpointer
    /// restarts the log; [`WAL_RESTART_FRAMES`] unless set. Lower keeps the
    /// WAL smaller and restarts (each a short stall of commits) more often.
    pub fn set_wal_restart_frames(&self, frames: i64) {
        self.wal_restart_frames.store(frames, Ordering::Relaxed);
    }

    /// One step of key-run maintenance (tests).
    #[cfg(test)]
    pub(crate) async fn key_step(&self) -> Result<crate::key_runs::Step, StoreError> {
        self.keys.step(&self.keys_writer, &self.reader).await
    }

    /// Forgets a merge in progress, as a restart would (tests).
    #[cfg(test)]
    pub(crate) async fn forget_key_merge(&self) {
        self.keys.forget_merge().await;
    }

    fn writer(&self) -> &Pool<Sqlite> {
        &self.writer
    }

    fn reader(&self) -> &Pool<Sqlite> {
        &self.reader
    }
}

include!("shared.rs");
include!("review_sql.rs");
include!("audit_sql.rs");
include!("reports_sql.rs");

/// The newest `limit` events whose actor or conversation is `ident`: the
/// unindexed tail from the log, then the live key runs newest first, until
/// there are enough (see `key_runs.rs`). One read transaction, so the runs
/// and the log are one snapshot.
async fn events_by_key(
    store: &SqliteStore,
    role: KeyRole,
    ident: &str,
    limit: usize,
) -> Result<Vec<StoredEvent>, StoreError> {
    if limit == 0 {
        return Ok(Vec::new());
    }
    let mut tx = store.reader().begin().await?;
    let runs = crate::key_runs::live_runs_newest_first(&mut tx).await?;
    let indexed = runs.first().map_or(0, |&(_, last_seq)| last_seq);
    let tail_sql = match role {
        KeyRole::Actor => event_sql!("WHERE seq > $1 AND actor = $2 ORDER BY seq DESC LIMIT $3"),
        KeyRole::Conversation => {
            event_sql!("WHERE seq > $1 AND conversation = $2 ORDER BY seq DESC LIMIT $3")
        }
    };
    let mut events = events_from_rows(
        &sqlx::query(tail_sql)
            .bind(indexed)
            .bind(ident)
            .bind(sql_limit(limit))
            .fetch_all(&mut *tx)
            .await?,
    )?;
    for (run, _) in runs {
        if events.len() >= limit {
            break;
        }
        let rows = sqlx::query(
            "SELECT e.seq, e.dedupe_key, e.kind, e.actor, e.conversation, e.ts, e.received, \
                    e.envelope, \
                    (SELECT d.decision FROM event_decisions AS d WHERE d.seq = e.seq) \
                    AS decision \
             FROM keys.event_keys AS k JOIN events AS e ON e.seq = k.seq \
             WHERE k.run = $1 AND k.role = $2 AND k.ident = $3 ORDER BY k.seq DESC LIMIT $4",
        )
        .bind(run)
        .bind(role as i64)
        .bind(ident)
        .bind(sql_limit(limit - events.len()))
        .fetch_all(&mut *tx)
        .await?;
        events.extend(events_from_rows(&rows)?);
    }
    tx.rollback().await?;
    Ok(events)
}

// After `shared.rs`: uses its `case_upsert_conflict!` macro.

/// The write-back of one group commit (decisions, counter additions, case
/// updates) as one multi-statement query (`CROSS JOIN` keeps SQLite's
/// planner from scanning every open case per row): each kind's rows travel as one JSON
/// array parameter read with `json_each`, so the whole write-back is one round
/// trip to sqlx's connection thread. (Statement by statement, a batch of ~30
/// events with ~6 case updates took ~30 round trips, each a pair of thread
/// wake-ups: most of the writer thread's CPU under load.) `$3` holds case
/// updates coalesced per subject, so the upsert sees each subject once.
const WRITE_BACK_SQL: &str = write_back_sql!();

/// [`WRITE_BACK_SQL`]'s text, as a literal `concat!` can embed.
macro_rules! write_back_sql {
    () => {
        concat!(
    "INSERT INTO event_decisions (seq, decision) \
    SELECT j.value ->> 0, j.value ->> 1 FROM json_each($1) AS j \
    CROSS JOIN events AS e ON e.seq = j.value ->> 0 WHERE true \
    ON CONFLICT (seq) DO UPDATE SET decision = excluded.decision; \
    INSERT INTO counters (entity_kind, entity_id, name, bucket, value) \
    SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4 FROM json_each($2) \
    WHERE true \
    ON CONFLICT (entity_kind, entity_id, name, bucket) \
    DO UPDATE SET value = counters.value + excluded.value; \
    INSERT INTO cases (subject, status, queue, priority, child_safety, created, updated) \
    SELECT value ->> 0, 'open', value ->> 1, value ->> 2, value ->> 3, value ->> 4, value ->> 5 \
    FROM json_each($3) WHERE true ",
    case_upsert_conflict!(),
    "; \
    INSERT INTO case_events (case_id, event_seq) \
    SELECT c.id, j.value ->> 1 FROM json_each($4) AS j \
    CROSS JOIN cases AS c ON c.subject = j.value ->> 0 AND c.status = 'open' WHERE true \
    ON CONFLICT DO NOTHING; \
    INSERT INTO case_targets (case_id, target) \
    SELECT c.id, j.value ->> 1 FROM json_each($5) AS j \
    CROSS JOIN cases AS c ON c.subject = j.value ->> 0 AND c.status = 'open' WHERE true \
    ON CONFLICT DO NOTHING"
        )
    };
}
use write_back_sql;

/// A whole group commit as one query, with `$extra` (statements ending in
/// `; `) after the write-back.
macro_rules! one_trip_sql {
    ($extra:expr) => {
        concat!(
            "BEGIN IMMEDIATE; ",
            insert_events_json!("$6"),
            "; SELECT last_insert_rowid(), changes(); ",
            write_back_sql!(),
            "; ",
            $extra,
            "COMMIT"
        )
    };
}

/// A whole group commit as one multi-statement query: one round trip to
/// sqlx-sqlite's connection thread instead of four (begin, events,
/// write-back, commit). Under load each round trip is a pair of thread
/// wake-ups that wait for a core busy with HTTP requests: measured at
/// ~0.3 ms each, most of a ~2 ms commit. `$6` is the batch's events (as
/// [`INSERT_EVENTS_JSON`] reads them), `$1`–`$5` the write-back; the
/// `SELECT` after the insert reports its last seq and row count (the seqs
/// are consecutive: one writer, inside the transaction).
const ONE_TRIP_SQL: &str = one_trip_sql!("");

/// Labels (`$7`, as [`Store::add_label`]: a new label replaces a stored one
/// only if it expires later) and outbox jobs (`$8`, in order) of a group
/// commit, each a JSON array read with `json_each`.
macro_rules! labels_and_jobs_sql {
    () => {
        concat!(
            "INSERT INTO labels (entity_kind, entity_id, label, source, created, expires) \
             SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4, value ->> 5 \
             FROM json_each($7) WHERE true \
             ON CONFLICT (entity_kind, entity_id, label) DO UPDATE SET \
             source = excluded.source, created = excluded.created, expires = excluded.expires \
             WHERE labels.expires IS NOT NULL \
             AND (excluded.expires IS NULL OR excluded.expires > labels.expires); \
             INSERT INTO jobs (kind, payload, status, attempts, next_attempt, created) \
             SELECT value ->> 0, value ->> 1, 'pending', 0, value ->> 2, value ->> 2 \
             FROM json_each($8) WHERE true"
        )
    };
}

/// [`ONE_TRIP_SQL`] with the group commit's labels and jobs: a wave of
/// risky events (a raid, a script sent to many) sets labels and queues
/// webhooks in most batches, and the general path's statement-per-row
/// round trips halved the service's throughput then
/// (docs/benchmarks.md, "Varied texts").
const ONE_TRIP_FULL_SQL: &str = one_trip_sql!(concat!(labels_and_jobs_sql!(), "; "));

/// The group commit in one round trip ([`ONE_TRIP_SQL`], or
/// [`ONE_TRIP_FULL_SQL`] with labels or jobs), or `None` when the batch
/// needs the general path: no events, or a key repeated within the batch.
/// A key stored before is found by the insert, inside the open
/// transaction, which then goes on by the general path.
async fn one_trip_append(
    pool: &Pool<Sqlite>,
    batch: &[NewEvent],
    envelopes: &[String],
    write_back: &WriteBack,
) -> Result<Option<Vec<Appended>>, StoreError> {
    if batch.is_empty() {
        return Ok(None);
    }
    let mut keys = std::collections::HashSet::with_capacity(batch.len());
    if batch
        .iter()
        .filter_map(|event| event.dedupe_key.as_deref())
        .any(|key| !keys.insert(key))
    {
        return Ok(None);
    }
    let events = events_json(batch, envelopes, 0..batch.len())?;
    let binds = WriteBackBinds::new(write_back)?;
    let mut tx = RawTransaction {
        conn: Some(pool.acquire().await?),
    };
    let extra = !write_back.labels.is_empty() || !write_back.jobs.is_empty();
    let (labels, jobs) = if extra {
        labels_and_jobs_json(write_back)?
    } else {
        (String::new(), String::new())
    };
    let conn = tx.conn();
    let query = if extra {
        binds
            .bind(sqlx::query(ONE_TRIP_FULL_SQL))
            .bind(events)
            .bind(labels)
            .bind(jobs)
    } else {
        binds.bind(sqlx::query(ONE_TRIP_SQL)).bind(events)
    };
    #[allow(deprecated)] // multi-statement queries: SQLite only, and on purpose (above)
    let mut results = query.fetch_many(&mut **conn);
    let mut inserted: Option<(i64, i64)> = None;
    let mut failure: Option<sqlx::Error> = None;
    while let Some(item) = futures_util::StreamExt::next(&mut results).await {
        match item {
            Ok(sqlx::Either::Right(row)) => inserted = Some((row.try_get(0)?, row.try_get(1)?)),
            Ok(sqlx::Either::Left(_)) => {}
            Err(error) => {
                failure = Some(error);
                break;
            }
        }
    }
    drop(results);
    match failure {
        None => {
            // Committed.
            tx.finish();
            let (last, count) = inserted.ok_or_else(|| {
                StoreError::Database("append: the insert reported no seqs".into())
            })?;
            if count != batch.len() as i64 {
                return Err(StoreError::Database(
                    "append: inserted rows do not match the batch".into(),
                ));
            }
            let first = last - count + 1;
            Ok(Some(
                (0..count)
                    .map(|i| Appended::New { seq: first + i })
                    .collect(),
            ))
        }
        // A key stored before (the insert is the only statement here that
        // can break a uniqueness constraint): the insert was undone, the
        // transaction is open; finish it by the general path.
        Some(error) if is_unique_violation(&error) && inserted.is_none() => {
            let conn = tx.conn();
            let appended = append_in(conn, batch, envelopes).await;
            let done = match appended {
                Ok(appended) => match write_back_in(conn, write_back).await {
                    Ok(()) => sqlx::query("COMMIT")
                        .execute(&mut **conn)
                        .await
                        .map(|_| appended)
                        .map_err(StoreError::from),
                    Err(error) => Err(error),
                },
                Err(error) => Err(error),
            };
            match done {
                Ok(appended) => {
                    tx.finish();
                    Ok(Some(appended))
                }
                Err(error) => {
                    tx.rollback().await;
                    Err(error)
                }
            }
        }
        Some(error) => {
            tx.rollback().await;
            if is_foreign_key_violation(&error) {
                return Err(StoreError::NotFound(
                    "an event of a case update is not stored".into(),
                ));
            }
            Err(error.into())
        }
    }
}

/// A transaction opened by hand on a pooled connection. Dropped while open
/// (an error path that did not roll back, or a cancelled future), the
/// connection leaves the pool and closes, which rolls the transaction back:
/// it never returns to the pool with a transaction open. (The in-memory
/// store, for tests, has only that connection: it would lose its database.)
struct RawTransaction {
    conn: Option<sqlx::pool::PoolConnection<Sqlite>>,
}

impl RawTransaction {
    fn conn(&mut self) -> &mut sqlx::pool::PoolConnection<Sqlite> {
        self.conn
            .as_mut()
            .expect("a live transaction has its connection")
    }

    /// Committed (or rolled back): the connection goes back to the pool.
    fn finish(&mut self) {
        self.conn.take();
    }

    async fn rollback(&mut self) {
        if let Some(conn) = self.conn.as_mut()
            && sqlx::query("ROLLBACK").execute(&mut **conn).await.is_ok()
        {
            self.finish();
        }
        // else: dropped with the transaction open, closed below.
    }
}

impl Drop for RawTransaction {
    fn drop(&mut self) {
        if let Some(conn) = self.conn.take() {
            drop(conn.detach());
        }
    }
}

/// One subject's case updates of a write-back merged into one, with the
/// effect of applying them in order (the upsert keeps the highest priority
/// and its first queue, ORs `child_safety`, keeps the latest time).
/// Serialised as the JSON array `$3` reads (`child_safety` as 0/1).
struct MergedCase<'a> {
    subject: &'a str,
    queue: &'a str,
    priority: i32,
    child_safety: bool,
    created: Millis,
    updated: Millis,
}

impl serde::Serialize for MergedCase<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let row = (
            self.subject,
            self.queue,
            self.priority,
            i32::from(self.child_safety),
            self.created,
            self.updated,
        );
        serde::Serialize::serialize(&row, serializer)
    }
}

/// The group commit's write-back inside its transaction (see
/// [`WRITE_BACK_SQL`]); labels and jobs (rare) go one statement each.
async fn write_back_in(conn: &mut DbConnection, write_back: &WriteBack) -> Result<(), StoreError> {
    let binds = WriteBackBinds::new(write_back)?;
    if !binds.is_empty() {
        let done = binds
            .bind(sqlx::query(WRITE_BACK_SQL))
            .execute(&mut *conn)
            .await;
        match done {
            Err(error) if is_foreign_key_violation(&error) => {
                return Err(StoreError::NotFound(
                    "an event of a case update is not stored".into(),
                ));
            }
            other => {
                other?;
            }
        }
    }
    labels_and_jobs_in(conn, write_back).await
}

/// One label as `$7` of [`ONE_TRIP_FULL_SQL`] reads it: entity kind, entity
/// id, label, source, created, expires.
type LabelRow<'a> = (&'a str, &'a str, &'a str, &'a str, Millis, Option<Millis>);

/// The parameters `$7` (labels) and `$8` (jobs) of [`ONE_TRIP_FULL_SQL`], as
/// JSON text.
fn labels_and_jobs_json(write_back: &WriteBack) -> Result<(String, String), StoreError> {
    let labels: Vec<LabelRow<'_>> = write_back
        .labels
        .iter()
        .map(|l| {
            (
                l.entity.kind.as_str(),
                l.entity.id.as_str(),
                l.label.as_str(),
                l.source.as_str(),
                l.created,
                l.expires,
            )
        })
        .collect();
    let jobs = write_back
        .jobs
        .iter()
        .map(|j| Ok((j.kind.as_str(), to_json_text("payload", &j.payload)?, j.now)))
        .collect::<Result<Vec<_>, StoreError>>()?;
    Ok((
        to_json_text("labels", &labels)?,
        to_json_text("jobs", &jobs)?,
    ))
}

/// The parameters `$1`–`$5` of [`WRITE_BACK_SQL`]: decisions (the latest
/// per event), counter additions (summed per bucket), case updates
/// (coalesced per subject), their event links and their targets, each a
/// JSON array.
struct WriteBackBinds {
    json: [String; 5],
    empty: bool,
}

impl WriteBackBinds {
    fn new(write_back: &WriteBack) -> Result<WriteBackBinds, StoreError> {
        let decisions = latest_decisions(&write_back.decisions)?;
        let counters: Vec<(&str, &str, &str, Millis, i64)> = summed_counters(&write_back.counters)
            .into_iter()
            .map(|((entity, name, bucket), by)| {
                (entity.kind.as_str(), entity.id.as_str(), name, bucket, by)
            })
            .collect();
        let mut merged: Vec<MergedCase<'_>> = Vec::new();
        let mut at: HashMap<&str, usize> = HashMap::new();
        let mut links: Vec<(&str, i64)> = Vec::new();
        let mut targets: Vec<(&str, &str)> = Vec::new();
        for case in &write_back.cases {
            let subject = case.subject.as_str();
            match at.get(subject) {
                Some(&i) => {
                    let m = &mut merged[i];
                    if case.priority > m.priority {
                        m.priority = case.priority;
                        m.queue = case.queue.as_str();
                    }
                    m.child_safety |= case.child_safety;
                    m.updated = m.updated.max(case.now);
                }
                None => {
                    at.insert(subject, merged.len());
                    merged.push(MergedCase {
                        subject,
                        queue: case.queue.as_str(),
                        priority: case.priority,
                        child_safety: case.child_safety,
                        created: case.now,
                        updated: case.now,
                    });
                }
            }
            links.push((subject, case.event_seq));
            targets.extend(case.targets.iter().map(|t| (subject, t.as_str())));
        }
        Ok(WriteBackBinds {
            empty: decisions.is_empty() && counters.is_empty() && merged.is_empty(),
            json: [
                to_json_text("decisions", &decisions)?,
                to_json_text("counters", &counters)?,
                to_json_text("cases", &merged)?,
                to_json_text("case events", &links)?,
                to_json_text("case targets", &targets)?,
            ],
        })
    }

    fn is_empty(&self) -> bool {
        self.empty
    }

    /// Binds `$1`–`$5` (moving the text: each is bound once).
    fn bind<'q>(
        self,
        mut query: sqlx::query::Query<'q, Sqlite, sqlx::sqlite::SqliteArguments>,
    ) -> sqlx::query::Query<'q, Sqlite, sqlx::sqlite::SqliteArguments> {
        for json in self.json {
            query = query.bind(json);
        }
        query
    }
}

#[cfg(test)]
mod pragma_tests {
    use sqlx::Row;

    use super::*;
    use crate::Store;

    /// A corrupt key runs' file refuses the store with an error that names
    /// the file and says it can be deleted; deleted, it is rebuilt.
    #[tokio::test]
    async fn a_corrupt_keys_file_is_named_and_can_be_deleted() {
        let dir = tempfile::tempdir().unwrap();
        let store = SqliteStore::open(dir.path()).await.unwrap();
        store.migrate().await.unwrap();
        store.close().await;
        let keys = dir.path().join(SQLITE_KEYS_FILE_NAME);
        remove_wal_and_shm(dir.path(), SQLITE_KEYS_FILE_NAME);
        std::fs::write(&keys, vec![0xA5u8; 8192]).unwrap();
        let error = SqliteStore::open(dir.path()).await.unwrap_err().to_string();
        assert!(error.contains(SQLITE_KEYS_FILE_NAME), "{error}");
        assert!(error.contains("delete it"), "{error}");
        assert!(error.contains("not a database"), "{error}");
        std::fs::remove_file(&keys).unwrap();
        let store = SqliteStore::open(dir.path()).await.unwrap();
        store.migrate().await.unwrap();
        store.close().await;
    }

    /// The log's file restored from an older backup beside a newer keys
    /// file: the runs that index seqs the log never issued are forgotten and
    /// rebuilt, so new events with those seqs are found.
    #[tokio::test]
    async fn runs_ahead_of_a_restored_log_are_rebuilt() {
        let dir = tempfile::tempdir().unwrap();
        let backup = tempfile::tempdir().unwrap();
        let policy = crate::KeyRunPolicy {
            run_events: 2,
            fanout: 8,
            chunk: 64,
        };
        let store = open_and_append(dir.path(), policy, &[message("a", 1), message("a", 2)]).await;
        store.close().await;
        // The backup: the log's file alone, two events.
        std::fs::copy(
            dir.path().join(SQLITE_FILE_NAME),
            backup.path().join(SQLITE_FILE_NAME),
        )
        .unwrap();
        let store = open_and_append(dir.path(), policy, &[message("a", 3), message("a", 4)]).await;
        store.maintain_keys().await.unwrap();
        store.close().await;
        // Restored: seqs 3 and 4 go to other events; the keys file stays.
        std::fs::copy(
            backup.path().join(SQLITE_FILE_NAME),
            dir.path().join(SQLITE_FILE_NAME),
        )
        .unwrap();
        remove_wal_and_shm(dir.path(), SQLITE_FILE_NAME);
        let store = open_and_append(dir.path(), policy, &[message("b", 5), message("b", 6)]).await;
        store.maintain_keys().await.unwrap();
        let of_b = store.events_of_actor("b", 10).await.unwrap();
        assert_eq!(of_b.iter().map(|e| e.seq).collect::<Vec<_>>(), vec![4, 3]);
        let of_a = store.events_of_actor("a", 10).await.unwrap();
        assert_eq!(of_a.iter().map(|e| e.seq).collect::<Vec<_>>(), vec![2, 1]);
        store.close().await;
    }

    /// Opens (and migrates) the store in `dir` with `policy` and appends
    /// `events`.
    async fn open_and_append(
        dir: &std::path::Path,
        policy: crate::KeyRunPolicy,
        events: &[crate::NewEvent],
    ) -> SqliteStore {
        let store = SqliteStore::open(dir).await.unwrap();
        store.migrate().await.unwrap();
        store.set_key_run_policy(policy);
        store.append_events(events).await.unwrap();
        store
    }

    /// A message event of `actor` at `ts`, without an idempotency key.
    fn message(actor: &str, ts: i64) -> crate::NewEvent {
        crate::NewEvent {
            dedupe_key: None,
            kind: crate::EventKind::Message,
            actor: actor.into(),
            conversation: None,
            ts,
            received: ts,
            envelope: serde_json::json!({}),
        }
    }

    /// Removes a database file's `-wal` and `-shm` companions, if any.
    fn remove_wal_and_shm(dir: &Path, file: &str) {
        for suffix in ["-wal", "-shm"] {
            let _ = std::fs::remove_file(dir.join(format!("{file}{suffix}")));
        }
    }

    /// The seqs that have a decision.
    async fn decided(store: &SqliteStore) -> Vec<i64> {
        sqlx::query_scalar("SELECT seq FROM event_decisions ORDER BY seq")
            .fetch_all(store.reader())
            .await
            .unwrap()
    }

    /// Migration 7 moves the decisions of events stored before it into
    /// `event_decisions` and drops the column; a decision goes with its
    /// event when the event is deleted, and a write-back to a seq that is
    /// not stored is skipped.
    #[tokio::test]
    async fn decisions_live_beside_the_events_and_go_with_them() {
        let dir = tempfile::tempdir().unwrap();
        let store = SqliteStore::open(dir.path()).await.unwrap();
        MIGRATOR.run_to(6, store.writer()).await.unwrap();
        let review = serde_json::to_string(&lurewatch_core::Decision {
            verdict: lurewatch_core::Verdict::Review,
            ..Default::default()
        })
        .unwrap();
        for (i, decision) in [Some(review.as_str()), None].iter().enumerate() {
            sqlx::query(
                "INSERT INTO events (kind, actor, ts, received, envelope, decision) \
                 VALUES ('message', 'u1', $1, $1, '{}', $2)",
            )
            .bind(i as i64)
            .bind(decision)
            .execute(store.writer())
            .await
            .unwrap();
        }
        store.migrate().await.unwrap();
        let moved: Vec<(i64, String)> =
            sqlx::query_as("SELECT seq, decision FROM event_decisions ORDER BY seq")
                .fetch_all(store.reader())
                .await
                .unwrap();
        assert_eq!(moved, vec![(1, review.clone())]);
        let columns: Vec<String> =
            sqlx::query_scalar("SELECT name FROM pragma_table_info('events')")
                .fetch_all(store.reader())
                .await
                .unwrap();
        assert!(!columns.iter().any(|c| c == "decision"), "{columns:?}");
        let first = store.event(1).await.unwrap().unwrap();
        assert_eq!(
            first.decision.unwrap().verdict,
            lurewatch_core::Verdict::Review
        );
        assert!(store.event(2).await.unwrap().unwrap().decision.is_none());
        // A group commit's write-back: the decision of event 2, and one of a
        // seq never stored (skipped, not an error).
        let write_back = crate::WriteBack {
            decisions: vec![
                (2, lurewatch_core::Decision::default()),
                (99, lurewatch_core::Decision::default()),
            ],
            ..Default::default()
        };
        let batch = [crate::NewEvent {
            dedupe_key: Some("k3".into()),
            ..message("u1", 3)
        }];
        store
            .append_with_write_back(&batch, &write_back)
            .await
            .unwrap();
        assert_eq!(decided(&store).await, vec![1, 2]);
        sqlx::query("DELETE FROM events WHERE seq = 1")
            .execute(store.writer())
            .await
            .unwrap();
        assert_eq!(decided(&store).await, vec![2]);
        store.close().await;
    }

    #[tokio::test]
    async fn file_store_is_wal_full_sync_with_foreign_keys() {
        let dir = tempfile::tempdir().unwrap();
        let store = SqliteStore::open(dir.path()).await.unwrap();
        store.migrate().await.unwrap();
        assert!(dir.path().join(SQLITE_FILE_NAME).exists());
        for pool in [store.writer(), store.reader()] {
            let mut connection = pool.acquire().await.unwrap();
            let pragma = |name: &'static str| sqlx::query(name);
            let journal: String = pragma("PRAGMA journal_mode")
                .fetch_one(&mut *connection)
                .await
                .unwrap()
                .get(0);
            let synchronous: i64 = pragma("PRAGMA synchronous")
                .fetch_one(&mut *connection)
                .await
                .unwrap()
                .get(0);
            let foreign_keys: i64 = pragma("PRAGMA foreign_keys")
                .fetch_one(&mut *connection)
                .await
                .unwrap()
                .get(0);
            let temp_store: i64 = pragma("PRAGMA temp_store")
                .fetch_one(&mut *connection)
                .await
                .unwrap()
                .get(0);
            assert_eq!(journal, "wal");
            assert_eq!(synchronous, 2, "FULL");
            assert_eq!(foreign_keys, 1);
            assert_eq!(temp_store, 2, "MEMORY");
        }
        // Checkpoints are the checkpointer's job, not the commit path's.
        let mut connection = store.writer().acquire().await.unwrap();
        let auto: i64 = sqlx::query("PRAGMA wal_autocheckpoint")
            .fetch_one(&mut *connection)
            .await
            .unwrap()
            .get(0);
        assert_eq!(auto, 0);
        drop(connection);
        // Readers cannot write.
        let refused = sqlx::query("DELETE FROM events")
            .execute(store.reader())
            .await;
        assert!(refused.is_err());
        store.close().await;
    }

    /// Under continuous writes a PASSIVE checkpoint never finds the whole
    /// log copied, so SQLite never starts it over: the restart keeps it
    /// bounded (with restarts off, `i64::MAX`, this WAL passes 100 MB).
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn the_wal_stays_bounded_under_continuous_writes() {
        let dir = tempfile::tempdir().unwrap();
        let store = SqliteStore::open(dir.path()).await.unwrap();
        store.migrate().await.unwrap();
        // 1,024 frames: 4 MB.
        store.set_wal_restart_frames(1024);
        let wal = dir.path().join(format!("{SQLITE_FILE_NAME}-wal"));
        let mut largest = 0;
        let mut n = 0i64;
        let started = std::time::Instant::now();
        while started.elapsed() < Duration::from_secs(6) {
            let events: Vec<crate::NewEvent> = (0..64)
                .map(|i| {
                    n += 1;
                    crate::NewEvent {
                        dedupe_key: Some(format!("k{n}")),
                        kind: crate::EventKind::Message,
                        actor: format!("u{}", (n * 7919) % 5000),
                        conversation: Some(format!("c{}", (n * 104_729 + i) % 20_000)),
                        ts: n,
                        received: n,
                        envelope: serde_json::json!({"type": "message", "text": "x".repeat(300)}),
                    }
                })
                .collect();
            store.append_events(&events).await.unwrap();
            largest = largest.max(std::fs::metadata(&wal).map_or(0, |m| m.len()));
        }
        // The WAL file keeps its largest size until a restart truncates it
        // back to WAL_SIZE_LIMIT (64 MB); it never grows far past that.
        assert!(
            largest < 80 << 20,
            "WAL grew to {largest} bytes over {n} events"
        );
        store.close().await;
    }

    #[tokio::test]
    async fn the_wal_is_checkpointed_in_the_background() {
        let dir = tempfile::tempdir().unwrap();
        let store = SqliteStore::open(dir.path()).await.unwrap();
        store.migrate().await.unwrap();
        // Let the checkpointer catch up with the migration, then write.
        tokio::time::sleep(CHECKPOINT_EVERY * 3).await;
        let db = dir.path().join(SQLITE_FILE_NAME);
        let before = std::fs::metadata(&db).unwrap().len();
        let events: Vec<crate::NewEvent> = (0..2_000)
            .map(|i| crate::NewEvent {
                dedupe_key: Some(format!("k{i}")),
                kind: crate::EventKind::Message,
                actor: "u".into(),
                conversation: Some("c".into()),
                ts: i,
                received: i,
                envelope: serde_json::json!({"type": "message", "text": "x".repeat(200)}),
            })
            .collect();
        store.append_events(&events).await.unwrap();
        // The commit is in the WAL; only a checkpoint copies it into the
        // database file, and the writer never runs one.
        let mut grown = false;
        for _ in 0..40 {
            tokio::time::sleep(CHECKPOINT_EVERY).await;
            if std::fs::metadata(&db).unwrap().len() > before + 200_000 {
                grown = true;
                break;
            }
        }
        assert!(grown, "the background checkpoint copied the WAL back");
        store.close().await;
    }
}

#[cfg(test)]
#[path = "tests_key_runs.rs"]
mod key_run_tests;
