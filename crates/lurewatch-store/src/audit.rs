//! The append-only, hash-chained audit log, retention holds and purges, statistics queries (issue 5, accountability).
//!
//! The trait is implemented for both backends in `audit_sql.rs`, which is
//! `include!`d into `sqlite.rs` and `postgres.rs` like `shared.rs`.

use async_trait::async_trait;

use crate::StoreError;

/// The append-only, hash-chained audit log, retention holds and purges, statistics queries (issue 5, accountability).
#[async_trait]
pub trait AuditStore: Send + Sync + 'static {
    /// Placeholder so the trait is not empty; replaced as the issue lands.
    async fn audit_ready(&self) -> Result<(), StoreError>;
}
