//! The training export has no page: reviewed cases become the detector's
//! training JSONL through `lurewatch export training --since DATE`
//! (`crates/lurewatch/src/cmd/export.rs`), run by an operator next to the
//! data, so message text never passes through a browser download. The
//! source is the console's review decisions
//! ([`lurewatch_store::ReviewStore::review_decisions`]); the format and the
//! labelling rules are in `docs/accountability.md`.

use axum::Router;

use crate::ConsoleState;

/// This module's routes (none; see the module docs).
pub(crate) fn routes() -> Router<ConsoleState> {
    Router::new()
}
