//! Console pages and jobs: `audit` (placeholder until it lands).

use axum::Router;

use crate::ConsoleState;

/// This module's routes, merged into the console router.
pub(crate) fn routes() -> Router<ConsoleState> {
    Router::new()
}
