//! NCMEC CyberTipline report jobs: drafts, submission state, responses (issue 6).
//!
//! The trait is implemented for both backends in `reports_sql.rs`, which is
//! `include!`d into `sqlite.rs` and `postgres.rs` like `shared.rs`.

use async_trait::async_trait;

use crate::StoreError;

/// NCMEC CyberTipline report jobs: drafts, submission state, responses (issue 6).
#[async_trait]
pub trait ReportStore: Send + Sync + 'static {
    /// Placeholder so the trait is not empty; replaced as the issue lands.
    async fn reports_ready(&self) -> Result<(), StoreError>;
}
