//! Reviewer accounts, sessions, queues and claims, review decisions and notes (issue 5, the review console).
//!
//! The trait is implemented for both backends in `review_sql.rs`, which is
//! `include!`d into `sqlite.rs` and `postgres.rs` like `shared.rs`.

use async_trait::async_trait;

use crate::StoreError;

/// Reviewer accounts, sessions, queues and claims, review decisions and notes (issue 5, the review console).
#[async_trait]
pub trait ReviewStore: Send + Sync + 'static {
    /// Placeholder so the trait is not empty; replaced as the issue lands.
    async fn review_ready(&self) -> Result<(), StoreError>;
}
