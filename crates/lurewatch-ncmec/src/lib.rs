//! Reporting to NCMEC's CyberTipline.
//!
//! US providers must report apparent child sexual exploitation to NCMEC —
//! since the REPORT Act (2024) explicitly including child sex trafficking
//! and online enticement — and preserve the content for a year. This crate
//! does it end to end:
//!
//! * [`model`]: the typed report (every element of NCMEC's schema that a
//!   platform fills, with the schema's enumerations as enums);
//! * [`xml`]: the writer, emitting elements in exactly the schema's order,
//!   escaping text and replacing characters XML forbids, and checking
//!   everything the schema (and NCMEC) requires, naming the field at fault;
//! * [`case`]: the draft of a case — offender, victims, conversations as
//!   chat incidents with CSV chat logs, matched media as files; text-only
//!   grooming and recruitment reports are first-class;
//! * [`client`]: the API client (`/status`, `/submit`, `/upload`,
//!   `/fileinfo`, `/finish`, `/retract`; Basic auth; test or production);
//! * [`response`]: NCMEC's answers, parsed as untrusted input, and their
//!   response codes in words;
//! * [`submit`]: the durable submission job (one report per case, resumable,
//!   retries with backoff, never dangling, every exchange stored and
//!   audited, preservation holds when filed) and the worker;
//! * [`standin`]: a local stand-in server validating with `xmllint` against
//!   the vendored schema (`schema/cyber_tipline.xsd`), for tests.
//!
//! See `docs/ncmec.md` for operators.

pub mod case;
pub mod client;
pub mod config;
pub mod model;
pub mod response;
pub mod standin;
pub mod submit;
pub mod xml;

use std::sync::Arc;

use lurewatch_store::Store;

pub use config::NcmecConfig;

/// Starts the submission worker until `shutdown`; `None` when reporting is
/// not enabled or the client cannot be set up (logged: e.g. the password
/// variable is not set).
pub fn spawn_worker(
    store: Arc<dyn Store>,
    config: NcmecConfig,
    shutdown: tokio_util::sync::CancellationToken,
) -> Option<tokio::task::JoinHandle<()>> {
    if !config.enabled {
        return None;
    }
    let client = match client::Client::from_config(&config, |k| std::env::var(k).ok()) {
        Ok(client) => client,
        Err(error) => {
            tracing::error!(%error, "NCMEC reporting is enabled but cannot start");
            return None;
        }
    };
    let worker = submit::Submitter::new(store, client, config);
    Some(tokio::spawn(worker.run(shutdown)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn worker_starts_only_when_enabled_and_configured() {
        let store = lurewatch_store::SqliteStore::open_in_memory()
            .await
            .unwrap();
        store.migrate().await.unwrap();
        let store: Arc<dyn Store> = Arc::new(store);
        let stop = tokio_util::sync::CancellationToken::new();
        let config = NcmecConfig {
            platform: "ExampleChat".into(),
            ..NcmecConfig::default()
        };
        assert!(
            spawn_worker(store.clone(), config.clone(), stop.clone()).is_none(),
            "not enabled"
        );
        let enabled = NcmecConfig {
            enabled: true,
            username: "esp".into(),
            password_env: "LUREWATCH_TEST_NCMEC_PASSWORD_THAT_IS_NOT_SET".into(),
            ..config
        };
        assert!(
            spawn_worker(store, enabled, stop).is_none(),
            "no password: refuses to start"
        );
    }
}
