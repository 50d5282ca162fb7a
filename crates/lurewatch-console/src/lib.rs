//! The review console that `lurewatch serve` serves under `/console`.
//!
//! Server-rendered HTML with vendored assets (no CDN, no JavaScript build
//! chain). Moderators log in, claim cases from their queues, read the
//! evidence, decide; every decision and every view of child-safety material
//! goes to the hash-chained audit log.

mod audit;
mod export;
mod ncmec;
mod retention;
mod stats;

use std::sync::Arc;

use axum::Router;
use lurewatch_store::Store;
use serde::Deserialize;

/// `[console]` in the service config.
#[derive(Debug, Clone, PartialEq, Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
pub struct ConsoleConfig {}

/// `[retention]` in the service config.
#[derive(Debug, Clone, PartialEq, Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
pub struct RetentionConfig {}

/// What the console's handlers share.
#[derive(Clone)]
pub struct ConsoleState {
    /// The service's store.
    pub store: Arc<dyn Store>,
    /// `[console]` settings.
    pub config: ConsoleConfig,
}

/// The console's routes, to be nested under `/console` by the server.
pub fn router(state: ConsoleState) -> Router {
    Router::new()
        .merge(audit::routes())
        .merge(stats::routes())
        .merge(retention::routes())
        .merge(export::routes())
        .merge(ncmec::routes())
        .with_state(state)
}

/// Starts the console's background jobs (retention purges) until `shutdown`.
pub fn spawn_background(
    _store: Arc<dyn Store>,
    _retention: RetentionConfig,
    _shutdown: tokio_util::sync::CancellationToken,
) -> Vec<tokio::task::JoinHandle<()>> {
    Vec::new()
}
