//! The append-only, hash-chained audit log; retention holds and purges;
//! statistics queries (issue 5, accountability).
//!
//! The trait is implemented for both backends in `audit_sql.rs`, which is
//! `include!`d into `sqlite.rs` and `postgres.rs` like `shared.rs`.

use async_trait::async_trait;
use serde::{Deserialize, Serialize};

use crate::{Millis, StoreError};

/// An audit entry to append.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NewAuditEntry {
    /// Who: a reviewer's user name, or `system:<job>` for background jobs.
    pub actor: String,
    /// What, dotted: `case.view`, `media.reveal`, `case.decide`,
    /// `case.claim`, `ncmec.submit`, `retention.purge`, ...
    pub action: String,
    /// On what: `case:12`, `event:345`, `user:alice`, ...
    pub subject: String,
    /// Details (decision, reason, counts). Never message text.
    pub detail: serde_json::Value,
    /// When.
    pub ts: Millis,
}

/// An entry of the audit log, chained to the one before it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AuditEntry {
    /// Position in the log, from 1, without gaps.
    pub id: i64,
    /// The entry as appended.
    #[serde(flatten)]
    pub entry: NewAuditEntry,
    /// Hex SHA-256 of the previous entry (64 zeros for the first).
    pub prev_hash: String,
    /// Hex SHA-256 over `prev_hash` and this entry's canonical encoding.
    pub hash: String,
}

/// The audit log and the other accountability tables.
#[async_trait]
pub trait AuditStore: Send + Sync + 'static {
    /// Appends one entry after the current last one, atomically (concurrent
    /// appends are serialised so the chain never forks).
    async fn append_audit(&self, entry: &NewAuditEntry) -> Result<AuditEntry, StoreError>;
}
