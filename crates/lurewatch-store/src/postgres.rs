//! The PostgreSQL backend: same SQL as SQLite (see `shared.rs`), one pool.
//!
//! * A commit is durable under the server's default
//!   `synchronous_commit = on`.
//! * Appends take a transaction-scoped advisory lock first, so seqs become
//!   visible in order: a reader paging with [`crate::Store::events_after`]
//!   never skips an event whose transaction committed late. (Identity values
//!   are handed out at insert time; without the lock, transaction A could
//!   take seq 5, B seq 6, B commit, a reader see 6 and move past 5.) Seqs may
//!   have gaps (a rolled-back append, or a duplicate, consumes values).
//! * `due_jobs` claims with `FOR UPDATE SKIP LOCKED`, so several workers can
//!   poll at once.

use std::time::Duration;

use sqlx::migrate::Migrator;
use sqlx::postgres::PgPoolOptions;
use sqlx::{Pool, Postgres};

use crate::StoreError;

/// Connections of the pool.
const CONNECTIONS: u32 = 8;

type Db = Postgres;
type Backend = PgStore;

static MIGRATOR: Migrator = sqlx::migrate!("./migrations/postgres");

/// Serialises appends (a fixed key of this crate), see the module docs.
const APPEND_LOCK: Option<&str> = Some("SELECT pg_advisory_xact_lock(7817418922365380711)");

/// Events go in chunked multi-row inserts (see `shared.rs`).
const INSERT_EVENTS_JSON: Option<&str> = None;

/// Leases due jobs: `$1` now, `$2` lease end, `$3` limit.
const DUE_JOBS: &str = "UPDATE jobs SET leased_until = $2 WHERE id IN (\
     SELECT id FROM jobs WHERE status = 'pending' AND next_attempt <= $1 \
     AND (leased_until IS NULL OR leased_until <= $1) \
     ORDER BY next_attempt, id LIMIT $3 FOR UPDATE SKIP LOCKED) \
     RETURNING id, kind, payload, attempts, next_attempt";

/// Bind parameters of the generated multi-row statements.
fn placeholder(position: usize) -> String {
    format!("${position}")
}

/// The PostgreSQL store. Cheap to clone (the pool is shared).
#[derive(Debug, Clone)]
pub struct PgStore {
    pool: Pool<Postgres>,
}

impl PgStore {
    /// Connects to `url` (`postgres://user@host:port/database`). Call
    /// [`crate::Store::migrate`] before use.
    pub async fn connect(url: &str) -> Result<PgStore, StoreError> {
        let pool = PgPoolOptions::new()
            .max_connections(CONNECTIONS)
            .acquire_timeout(Duration::from_secs(30))
            .connect(url)
            .await?;
        Ok(PgStore { pool })
    }

    /// Waits for in-flight work and closes every connection.
    pub async fn close(&self) {
        self.pool.close().await;
    }

    fn writer(&self) -> &Pool<Postgres> {
        &self.pool
    }

    fn reader(&self) -> &Pool<Postgres> {
        &self.pool
    }
}

/// The group commit's write-back inside its transaction: one multi-row
/// statement per chunk of decisions and counters, one upsert per case.
/// SQLite's single-round-trip commit has no PostgreSQL counterpart (one
/// prepared statement per query there): always the general path.
async fn one_trip_append(
    _pool: &Pool<Postgres>,
    _batch: &[NewEvent],
    _envelopes: &[String],
    _write_back: &WriteBack,
) -> Result<Option<Vec<Appended>>, StoreError> {
    Ok(None)
}

async fn write_back_in(conn: &mut DbConnection, write_back: &WriteBack) -> Result<(), StoreError> {
    record_decisions_in(conn, &write_back.decisions).await?;
    add_to_counters_in(conn, &write_back.counters).await?;
    for case in &write_back.cases {
        upsert_case_in(conn, case).await?;
    }
    labels_and_jobs_in(conn, write_back).await
}

include!("shared.rs");
include!("review_sql.rs");
include!("audit_sql.rs");
include!("reports_sql.rs");

/// The newest `limit` events whose actor or conversation is `ident` (the
/// log's B-tree indexes).
async fn events_by_key(
    store: &PgStore,
    role: crate::key_runs::KeyRole,
    ident: &str,
    limit: usize,
) -> Result<Vec<StoredEvent>, StoreError> {
    let sql = match role {
        crate::key_runs::KeyRole::Actor => {
            event_sql!("WHERE actor = $1 ORDER BY seq DESC LIMIT $2")
        }
        crate::key_runs::KeyRole::Conversation => {
            event_sql!("WHERE conversation = $1 ORDER BY seq DESC LIMIT $2")
        }
    };
    latest_events(store.reader(), sql, ident, limit).await
}

/// The newest events matching `sql` (`$1` = `key`, `$2` = limit).
async fn latest_events(
    pool: &sqlx::Pool<Db>,
    sql: &'static str,
    key: &str,
    limit: usize,
) -> Result<Vec<StoredEvent>, StoreError> {
    let rows = sqlx::query(sql)
        .bind(key)
        .bind(sql_limit(limit))
        .fetch_all(pool)
        .await?;
    events_from_rows(&rows)
}
