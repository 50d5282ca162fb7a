//! Reporting to NCMEC's CyberTipline.

use std::sync::Arc;

use lurewatch_store::Store;
use serde::Deserialize;

/// `[ncmec]` in the service config.
#[derive(Debug, Clone, PartialEq, Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
pub struct NcmecConfig {}

/// Starts the submission worker until `shutdown`; `None` when reporting is
/// not configured.
pub fn spawn_worker(
    _store: Arc<dyn Store>,
    _config: NcmecConfig,
    _shutdown: tokio_util::sync::CancellationToken,
) -> Option<tokio::task::JoinHandle<()>> {
    None
}
