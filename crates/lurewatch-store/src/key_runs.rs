//! The event log's actor and conversation keys on SQLite, as sorted runs.
//!
//! "The newest events of this account / of this conversation" needs the
//! events by key. Two B-tree indexes on the log did it, and cost about half
//! of what an ingest commit wrote: each event put one entry into a leaf page
//! of its own in each index (keys arrive in no order), and a WAL commit
//! writes whole 4 KB pages, again at checkpoint. Batching does not help
//! while there are more accounts than entries per batch.
//!
//! Instead the keys are kept as **runs**, a small log-structured merge:
//!
//! * The newest events (the *tail*, past the last run) are not indexed at
//!   all; a read scans them in the log itself (a `seq` range).
//! * Every [`KeyRunPolicy::run_events`] events, one transaction writes the
//!   tail's keys as a new level-0 run, sorted: `(run, role, ident, seq)` is
//!   the key of a `WITHOUT ROWID` table, so a run's pages fill one after the
//!   other.
//! * When [`KeyRunPolicy::fanout`] neighbouring live runs have the same
//!   level they are merged into one of the next level, in chunks of
//!   [`KeyRunPolicy::chunk`] entries per transaction (one statement: a
//!   `UNION ALL` of the sources' index ranges under one `ORDER BY … LIMIT`,
//!   which SQLite runs as a merge, appended to the new run in order; the
//!   merge's position is the new run's largest entry). The new run goes live
//!   and the old ones stop being live in one transaction; the old entries
//!   are then deleted chunk by chunk.
//!
//! A read takes the live runs newest first, in one read transaction (a
//! consistent snapshot), and stops as soon as it has enough events.
//!
//! **Invariants**: live runs cover disjoint `seq` ranges whose union, with
//! the tail, is the whole log; a run's entries never change while it is
//! live; everything is written in SQLite transactions, so a crash at any
//! point leaves a consistent index. Which runs a merge reads is kept in
//! memory only: a run left half-built by a crash is not live, and is deleted
//! like any replaced run.
//!
//! All of this runs on a background task ([`spawn_maintenance`]) on a
//! connection of its own. On a file store the runs are a second SQLite
//! file (`lurewatch-keys.db`, ATTACHed as `keys`), so maintenance writes
//! never wait for, or hold up, the ingest writer; the file can be deleted
//! while the service is stopped and is rebuilt from the log.

use std::sync::Mutex;
use std::time::{Duration, Instant};

use sqlx::{Pool, Row, Sqlite};

use crate::StoreError;

/// Which key of an event an entry holds (`event_keys.role`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum KeyRole {
    /// The event's actor.
    Actor = 0,
    /// The event's conversation.
    Conversation = 1,
}

/// Sizes of the runs and of the maintenance transactions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KeyRunPolicy {
    /// Events per level-0 run: the tail a read scans is at most about this
    /// long while maintenance keeps up.
    pub run_events: i64,
    /// Neighbouring runs of one level merged into one of the next: a read
    /// probes at most about `fanout` runs per level.
    pub fanout: usize,
    /// Entries per merge or delete transaction (how long maintenance holds
    /// the keys file's write lock at a time).
    pub chunk: usize,
}

impl Default for KeyRunPolicy {
    fn default() -> Self {
        KeyRunPolicy {
            run_events: 2048,
            fanout: 8,
            chunk: 1024,
        }
    }
}

/// A merge in progress. Its position is the target run's largest entry:
/// every source entry up to it has been copied (entries are copied in key
/// order, and no two sources share an entry: their seqs differ).
#[derive(Debug)]
struct Merge {
    target: i64,
    sources: Vec<i64>,
}

/// What one maintenance step did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Step {
    /// Wrote a level-0 run.
    Built,
    /// Merged a chunk (or started or finished a merge).
    Merged,
    /// Deleted a chunk of a replaced run.
    Deleted,
    /// Nothing to do.
    Idle,
}

/// The maintenance state of one store.
#[derive(Debug, Default)]
pub(crate) struct KeyRuns {
    policy: Mutex<KeyRunPolicy>,
    /// The merge in progress; the lock also serialises steps.
    merge: tokio::sync::Mutex<Option<Merge>>,
}

/// A live run as reads and merges see it.
#[derive(Debug, Clone, Copy)]
struct LiveRun {
    run: i64,
    level: i64,
    first_seq: i64,
    last_seq: i64,
}

/// A maintenance transaction on the keys connection (sqlx's, rolled back
/// if dropped open). On a file store the runs live in a database file of
/// their own (`keys`, ATTACHed to every connection that reads them), written
/// with `synchronous = NORMAL`: a write transaction locks only the files it
/// writes, so maintenance never holds the ingest writer (it did, for 4–7 ms
/// a step, when the runs shared the log's file), and a crash loses at most
/// recent maintenance, which leaves the index consistent (every step is one
/// transaction; the runs are rebuilt from the log). sqlx's `BEGIN` is
/// deferred, as it must be: `IMMEDIATE` would take the write lock of every
/// attached file, the log's too.
async fn begin(keys: &Pool<Sqlite>) -> Result<sqlx::Transaction<'static, Sqlite>, StoreError> {
    Ok(keys.begin().await?)
}

async fn live_runs(
    conn: impl sqlx::Executor<'_, Database = Sqlite>,
) -> Result<Vec<LiveRun>, StoreError> {
    let rows = sqlx::query(
        "SELECT run, level, first_seq, last_seq FROM keys.event_key_runs \
         WHERE live = 1 ORDER BY last_seq",
    )
    .fetch_all(conn)
    .await?;
    rows.iter()
        .map(|row| {
            Ok(LiveRun {
                run: row.try_get(0)?,
                level: row.try_get(1)?,
                first_seq: row.try_get(2)?,
                last_seq: row.try_get(3)?,
            })
        })
        .collect()
}

/// The live runs, newest first, as `(run, last_seq)`: what a read probes.
pub(crate) async fn live_runs_newest_first(
    conn: &mut sqlx::SqliteConnection,
) -> Result<Vec<(i64, i64)>, StoreError> {
    let mut runs = live_runs(&mut *conn).await?;
    runs.reverse();
    Ok(runs.into_iter().map(|r| (r.run, r.last_seq)).collect())
}

impl KeyRuns {
    /// Replaces the policy (tests use tiny runs).
    pub(crate) fn set_policy(&self, policy: KeyRunPolicy) {
        let policy = KeyRunPolicy {
            run_events: policy.run_events.max(1),
            fanout: policy.fanout.max(2),
            chunk: policy.chunk.max(1),
        };
        *self.policy.lock().unwrap_or_else(|e| e.into_inner()) = policy;
    }

    fn policy(&self) -> KeyRunPolicy {
        *self.policy.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Forgets the merge in progress, as a restart would (tests).
    #[cfg(test)]
    pub(crate) async fn forget_merge(&self) {
        *self.merge.lock().await = None;
    }

    /// One unit of maintenance, in order of urgency: a level-0 run when the
    /// tail is long enough, a chunk of the merge in progress, a chunk of a
    /// replaced run's deletion, the start of a merge.
    pub(crate) async fn step(
        &self,
        keys: &Pool<Sqlite>,
        reader: &Pool<Sqlite>,
    ) -> Result<Step, StoreError> {
        let policy = self.policy();
        let mut merge = self.merge.lock().await;
        if build_run(keys, reader, policy).await? {
            return Ok(Step::Built);
        }
        if let Some(state) = merge.as_ref() {
            match merge_chunk(keys, state, policy).await {
                Ok(true) => {}
                Ok(false) => *merge = None,
                Err(error) => {
                    // The half-built run is not live: it is deleted like a
                    // replaced one, and the merge starts again later.
                    *merge = None;
                    return Err(error);
                }
            }
            return Ok(Step::Merged);
        }
        if delete_chunk(keys, reader, policy).await? {
            return Ok(Step::Deleted);
        }
        if let Some(state) = start_merge(keys, reader, policy).await? {
            *merge = Some(state);
            return Ok(Step::Merged);
        }
        Ok(Step::Idle)
    }

    /// Steps until there is nothing left to do (tests, and the end of a bulk
    /// load).
    pub(crate) async fn drain(
        &self,
        keys: &Pool<Sqlite>,
        reader: &Pool<Sqlite>,
    ) -> Result<(), StoreError> {
        while self.step(keys, reader).await? != Step::Idle {}
        Ok(())
    }
}

/// Level-0 runs' worth of log, with no run at all, indexed in one step.
const BOOTSTRAP_RUNS: i64 = 64;

/// The level of that run (merges never reach it: it is as large as runs get).
const BOOTSTRAP_LEVEL: i64 = 1000;

/// Writes the oldest `run_events` of the tail as a level-0 run, if the tail
/// is that long. Returns whether it did.
async fn build_run(
    keys: &Pool<Sqlite>,
    reader: &Pool<Sqlite>,
    policy: KeyRunPolicy,
) -> Result<bool, StoreError> {
    let row = sqlx::query(
        "SELECT (SELECT coalesce(max(last_seq), 0) FROM keys.event_key_runs WHERE live = 1), \
                (SELECT coalesce(max(seq), 0) FROM events)",
    )
    .fetch_one(reader)
    .await?;
    let indexed: i64 = row.try_get(0)?;
    let newest: i64 = row.try_get(1)?;
    // Only this task writes runs and only the ingest writer appends, so neither
    // number moves backwards before the transaction below.
    if newest - indexed < policy.run_events {
        return Ok(false);
    }
    // A long log with no run at all (a keys file new beside an existing
    // log: an upgrade, or the file deleted) is indexed in one step, as one
    // run at a level no merge reaches.
    let (first, last, level) =
        if indexed == 0 && newest >= BOOTSTRAP_RUNS.saturating_mul(policy.run_events) {
            (1, newest, BOOTSTRAP_LEVEL)
        } else {
            (indexed + 1, indexed + policy.run_events, 0)
        };
    let mut tx = begin(keys).await?;
    let run: i64 = sqlx::query_scalar(
        "INSERT INTO keys.event_key_runs (level, first_seq, last_seq, live) \
         VALUES ($3, $1, $2, 1) RETURNING run",
    )
    .bind(first)
    .bind(last)
    .bind(level)
    .fetch_one(&mut *tx)
    .await?;
    sqlx::query(
        "INSERT INTO keys.event_keys (run, role, ident, seq) \
         SELECT $1, role, ident, seq FROM ( \
             SELECT 0 AS role, actor AS ident, seq FROM events WHERE seq BETWEEN $2 AND $3 \
             UNION ALL \
             SELECT 1, conversation, seq FROM events \
             WHERE seq BETWEEN $2 AND $3 AND conversation IS NOT NULL) \
         ORDER BY role, ident, seq",
    )
    .bind(run)
    .bind(first)
    .bind(last)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(true)
}

/// Chooses `fanout` neighbouring live runs of one level (the lowest such
/// level, oldest first) and registers their merge's target run (not live).
async fn start_merge(
    keys: &Pool<Sqlite>,
    reader: &Pool<Sqlite>,
    policy: KeyRunPolicy,
) -> Result<Option<Merge>, StoreError> {
    let runs = live_runs(reader).await?;
    let Some(window) = runs
        .windows(policy.fanout)
        .filter(|w| w.iter().all(|r| r.level == w[0].level))
        .min_by_key(|w| w[0].level)
    else {
        return Ok(None);
    };
    let mut tx = begin(keys).await?;
    let target: i64 = sqlx::query_scalar(
        "INSERT INTO keys.event_key_runs (level, first_seq, last_seq, live) \
         VALUES ($1, $2, $3, 0) RETURNING run",
    )
    .bind(window[0].level + 1)
    .bind(window[0].first_seq)
    .bind(window[window.len() - 1].last_seq)
    .fetch_one(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(Some(Merge {
        target,
        sources: window.iter().map(|r| r.run).collect(),
    }))
}

/// `INSERT INTO event_keys` of the next `$2` entries after `($3, $4, $5)`
/// of the sources `$6`, `$7`, ... into run `$1`, in key order: a `UNION
/// ALL` of one index range per source under one `ORDER BY`, which SQLite
/// runs as a merge of the ranges (no sort) and stops at the limit.
fn merge_sql(sources: usize) -> String {
    let arms: Vec<String> = (0..sources)
        .map(|i| {
            format!(
                "SELECT role, ident, seq FROM keys.event_keys \
                 WHERE run = ${} AND (role, ident, seq) > ($3, $4, $5)",
                i + 6
            )
        })
        .collect();
    format!(
        "INSERT INTO keys.event_keys (run, role, ident, seq) SELECT $1, role, ident, seq FROM ({} \
         ORDER BY 1, 2, 3 LIMIT $2)",
        arms.join(" UNION ALL ")
    )
}

/// Appends the next `chunk` merged entries to the target run; when the
/// sources are used up, makes the target live in place of them, in the
/// same transaction. Returns whether the merge goes on.
async fn merge_chunk(
    keys: &Pool<Sqlite>,
    merge: &Merge,
    policy: KeyRunPolicy,
) -> Result<bool, StoreError> {
    let mut tx = begin(keys).await?;
    let at = sqlx::query(
        "SELECT role, ident, seq FROM keys.event_keys WHERE run = $1 \
         ORDER BY role DESC, ident DESC, seq DESC LIMIT 1",
    )
    .bind(merge.target)
    .fetch_optional(&mut *tx)
    .await?;
    let (role, ident, seq): (i64, String, i64) = match at {
        Some(row) => (row.try_get(0)?, row.try_get(1)?, row.try_get(2)?),
        None => (-1, String::new(), 0),
    };
    let sql = merge_sql(merge.sources.len());
    let mut insert = sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(merge.target)
        .bind(policy.chunk as i64)
        .bind(role)
        .bind(ident)
        .bind(seq);
    for source in &merge.sources {
        insert = insert.bind(*source);
    }
    let copied = insert.execute(&mut *tx).await?.rows_affected();
    let done = copied < policy.chunk as u64;
    if done {
        sqlx::query("UPDATE keys.event_key_runs SET live = 1 WHERE run = $1")
            .bind(merge.target)
            .execute(&mut *tx)
            .await?;
        for source in &merge.sources {
            sqlx::query("UPDATE keys.event_key_runs SET live = 0 WHERE run = $1")
                .bind(*source)
                .execute(&mut *tx)
                .await?;
        }
    }
    tx.commit().await?;
    Ok(!done)
}

/// Deletes a chunk of the oldest run that is neither live nor a merge's
/// target in progress (the caller holds the merge lock, and no merge is in
/// progress when this runs), and the run itself once empty. Returns whether
/// there was one.
async fn delete_chunk(
    keys: &Pool<Sqlite>,
    reader: &Pool<Sqlite>,
    policy: KeyRunPolicy,
) -> Result<bool, StoreError> {
    let Some(run) = sqlx::query_scalar::<_, i64>(
        "SELECT run FROM keys.event_key_runs WHERE live = 0 ORDER BY run LIMIT 1",
    )
    .fetch_optional(reader)
    .await?
    else {
        return Ok(false);
    };
    let mut tx = begin(keys).await?;
    // The chunk's last entry; none when fewer are left.
    let bound = sqlx::query(
        "SELECT role, ident, seq FROM keys.event_keys WHERE run = $1 \
         ORDER BY role, ident, seq LIMIT 1 OFFSET $2",
    )
    .bind(run)
    .bind(policy.chunk as i64 - 1)
    .fetch_optional(&mut *tx)
    .await?;
    match bound {
        Some(row) => {
            let (role, ident, seq): (i64, String, i64) =
                (row.try_get(0)?, row.try_get(1)?, row.try_get(2)?);
            sqlx::query(
                "DELETE FROM keys.event_keys WHERE run = $1 AND (role, ident, seq) <= ($2, $3, $4)",
            )
            .bind(run)
            .bind(role)
            .bind(ident)
            .bind(seq)
            .execute(&mut *tx)
            .await?;
        }
        None => {
            sqlx::query("DELETE FROM keys.event_keys WHERE run = $1")
                .bind(run)
                .execute(&mut *tx)
                .await?;
            sqlx::query("DELETE FROM keys.event_key_runs WHERE run = $1")
                .bind(run)
                .execute(&mut *tx)
                .await?;
        }
    }
    tx.commit().await?;
    Ok(true)
}

/// Longest pause when there is nothing to do.
const IDLE_PAUSE: Duration = Duration::from_millis(100);

/// Runs maintenance until the keys pool closes. After a step that did
/// something it pauses twice as long as the step took, so it takes at most
/// about a third of a core and of the keys file's time; a pending level-0 run (the
/// tail a read scans) is always built first.
pub(crate) fn spawn_maintenance(
    runs: std::sync::Arc<KeyRuns>,
    keys: Pool<Sqlite>,
    reader: Pool<Sqlite>,
) {
    tokio::spawn(async move {
        loop {
            if keys.is_closed() {
                break;
            }
            let started = Instant::now();
            let pause = match runs.step(&keys, &reader).await {
                Ok(Step::Idle) => IDLE_PAUSE,
                Ok(_) => (started.elapsed() * 2).max(Duration::from_millis(1)),
                // Busy, closing, or out of disk: try again later.
                Err(_) => IDLE_PAUSE,
            };
            tokio::time::sleep(pause).await;
        }
    });
}
