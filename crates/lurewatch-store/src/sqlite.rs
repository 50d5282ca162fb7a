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
//! * Foreign keys on, a busy timeout, and a per-connection cache of prepared
//!   statements (sqlx's, 100 statements).

use std::path::Path;
use std::str::FromStr;
use std::time::Duration;

use sqlx::migrate::Migrator;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{Pool, Sqlite};

use crate::StoreError;

/// File name of the database inside the data directory.
pub const SQLITE_FILE_NAME: &str = "lurewatch.db";

/// Read-only connections of a file store.
const READERS: u32 = 4;

type Db = Sqlite;
type Backend = SqliteStore;

static MIGRATOR: Migrator = sqlx::migrate!("./migrations/sqlite");

/// SQLite serialises writers itself (and there is one writer connection).
const APPEND_LOCK: Option<&str> = None;

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
            .busy_timeout(Duration::from_secs(10));
        let writer = SqlitePoolOptions::new()
            .max_connections(1)
            .min_connections(1)
            .acquire_timeout(Duration::from_secs(60))
            .connect_with(options.clone().create_if_missing(true))
            .await?;
        // The writer created the file and switched it to WAL first.
        let reader = SqlitePoolOptions::new()
            .max_connections(READERS)
            .connect_with(options.read_only(true))
            .await?;
        Ok(SqliteStore { writer, reader })
    }

    /// A private in-memory database, for tests: it lives as long as the store
    /// and is not durable. Reads and writes share one connection.
    pub async fn open_in_memory() -> Result<SqliteStore, StoreError> {
        let options = SqliteConnectOptions::from_str("sqlite::memory:")?.foreign_keys(true);
        // An in-memory database dies with its connection: never recycle it.
        let pool = SqlitePoolOptions::new()
            .max_connections(1)
            .min_connections(1)
            .idle_timeout(None)
            .max_lifetime(None)
            .connect_with(options)
            .await?;
        Ok(SqliteStore {
            writer: pool.clone(),
            reader: pool,
        })
    }

    /// Waits for in-flight work and closes every connection (checkpointing
    /// the WAL). Dropping the store without closing is safe too: committed
    /// data is durable either way.
    pub async fn close(&self) {
        self.reader.close().await;
        self.writer.close().await;
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

#[cfg(test)]
mod pragma_tests {
    use sqlx::Row;

    use super::*;
    use crate::Store;

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
            assert_eq!(journal, "wal");
            assert_eq!(synchronous, 2, "FULL");
            assert_eq!(foreign_keys, 1);
        }
        // Readers cannot write.
        let refused = sqlx::query("DELETE FROM events")
            .execute(store.reader())
            .await;
        assert!(refused.is_err());
        store.close().await;
    }
}
