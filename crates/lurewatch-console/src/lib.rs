//! The review console that `lurewatch serve` serves under `/console`.
//!
//! Server-rendered HTML (askama templates, compiled in, autoescaped) with
//! vendored assets served by the console itself: no CDN, no JavaScript build
//! chain, and every form works by keyboard without JavaScript (the small
//! script only adds shortcuts and the media reveal). Moderators log in, claim
//! cases from their queues, read the evidence, decide; every decision and
//! every view of child-safety material goes to the hash-chained audit log.
//!
//! # Modules
//!
//! * [`auth`]: passwords, sessions, the CSRF check on every unsafe request
//!   (a middleware over the whole console), the [`auth::CurrentUser`]
//!   extractor every page uses, login and logout.
//! * `queues`: the queue overview with SLA timers, claim next / claim this,
//!   release, reassign (admins).
//! * `case`: the case page (subject, conversation timeline with evidence
//!   highlighted, stage timeline, targets, media matches, rules, history),
//!   media bytes, decisions, notes.
//! * `evidence`: pure functions turning stored events and decisions into
//!   what the case page shows (span highlighting on char boundaries, stage
//!   timeline).
//! * `settings`: per-user wellness settings.
//! * `audit`, `stats`, `retention`, `export`, `ncmec`: the audit log page,
//!   statistics, retention, the training export and NCMEC drafting.
//!
//! # Security model (summary; `docs/console.md` has the whole of it)
//!
//! Sessions are random 256-bit tokens in an `HttpOnly`, `SameSite=Strict`
//! cookie (`Secure` over TLS), stored only as SHA-256 hashes. Every POST
//! carries the session's CSRF token (compared in constant time; a forged one
//! gets 403). Child-safety cases and their media exist only for the
//! `child_safety` and `admin` roles: for anyone else every route answers 404
//! as for a case that does not exist. A reviewer sees only granted queues.

pub mod auth;
mod case;
mod error;
mod evidence;
mod queues;
mod settings;
mod ui;

mod audit;
mod export;
mod ncmec;
mod retention;
mod stats;

use std::collections::BTreeMap;
use std::sync::Arc;

use axum::Router;
use lurewatch_core::Label;
use lurewatch_store::Store;
use serde::Deserialize;

pub use error::ConsoleError;

/// The path the server nests the console under; links and redirects use it.
pub const BASE_PATH: &str = "/console";

/// `[console]` in the service config.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ConsoleConfig {
    /// Review SLA per queue, in minutes (e.g. `{ trafficking = 240 }`).
    /// Queues not listed get 60 minutes when their name contains `urgent`,
    /// else [`ConsoleConfig::default_sla_minutes`].
    pub sla_minutes: BTreeMap<String, u64>,
    /// SLA of queues not in `sla_minutes` (default 24 hours).
    pub default_sla_minutes: u64,
    /// How long a session lasts, in hours (default 12).
    pub session_hours: u64,
    /// Mark the session cookie `Secure` even without the service's own TLS
    /// (set it behind a TLS-terminating proxy).
    pub secure_cookies: bool,
    /// Actions a reviewer may choose when confirming a violation.
    pub actions: Vec<String>,
    /// Failed logins before an account is locked (default 5).
    pub max_login_failures: u32,
    /// How long a lock-out lasts, in minutes (default 15).
    pub lockout_minutes: u64,
    /// Whether the service itself serves HTTPS (set by the server, not the
    /// config file): the session cookie is then `Secure`.
    #[serde(skip)]
    pub tls: bool,
}

impl Default for ConsoleConfig {
    fn default() -> Self {
        ConsoleConfig {
            sla_minutes: BTreeMap::new(),
            default_sla_minutes: 24 * 60,
            session_hours: 12,
            secure_cookies: false,
            actions: ["warn", "remove_content", "restrict", "suspend", "ban"]
                .into_iter()
                .map(String::from)
                .collect(),
            max_login_failures: 5,
            lockout_minutes: 15,
            tls: false,
        }
    }
}

impl ConsoleConfig {
    /// The review SLA of a queue, in milliseconds.
    pub fn sla_ms(&self, queue: &str) -> i64 {
        let minutes = self
            .sla_minutes
            .get(queue)
            .copied()
            .unwrap_or(if queue.contains("urgent") {
                60
            } else {
                self.default_sla_minutes
            });
        i64::try_from(minutes.saturating_mul(60_000)).unwrap_or(i64::MAX)
    }

    /// Whether the session cookie gets `Secure`.
    pub fn secure_cookie(&self) -> bool {
        self.tls || self.secure_cookies
    }
}

/// `[retention]` in the service config: how long what is kept, and how
/// often the purge runs. Content under a preservation hold, and events of
/// open cases, are kept whatever this says (see `docs/accountability.md`).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RetentionConfig {
    /// Whether the background purge runs at all (default true).
    pub enabled: bool,
    /// Minutes between purges (default 60; at least 1).
    pub interval_minutes: u64,
    /// Events (and their stored media) are kept this many days after
    /// receipt (default 90; at least 1).
    pub events_days: u64,
    /// Expired labels are kept this many days after expiry (default 30).
    pub labels_days: u64,
    /// Counter buckets are kept this many days (default 90; at least 1, and
    /// longer than the longest window of any rule).
    pub counters_days: u64,
    /// Given-up outbox jobs are kept this many days for inspection
    /// (default 30).
    pub dead_jobs_days: u64,
    /// Events deleted per transaction (default 5000).
    pub batch: usize,
}

impl Default for RetentionConfig {
    fn default() -> Self {
        RetentionConfig {
            enabled: true,
            interval_minutes: 60,
            events_days: 90,
            labels_days: 30,
            counters_days: 90,
            dead_jobs_days: 30,
            batch: 5000,
        }
    }
}

/// Called with every label a review decision sets (after it is stored), so
/// the service can update the rules' label cache at once.
pub type LabelHook = Arc<dyn Fn(&Label) + Send + Sync>;

/// What the console's handlers share.
#[derive(Clone)]
pub struct ConsoleState {
    /// The service's store.
    pub store: Arc<dyn Store>,
    /// `[console]` settings.
    pub config: ConsoleConfig,
    /// Optional: told about labels set by review decisions (the server's
    /// decision cache); `None` means rules see them after a restart.
    pub on_label: Option<LabelHook>,
    /// The service's `[ncmec]` settings, for the NCMEC drafting page;
    /// `None`: drafting says reporting is not configured.
    pub ncmec: Option<lurewatch_ncmec::NcmecConfig>,
}

impl ConsoleState {
    /// State without a label hook.
    pub fn new(store: Arc<dyn Store>, config: ConsoleConfig) -> ConsoleState {
        ConsoleState {
            store,
            config,
            on_label: None,
            ncmec: None,
        }
    }
}

/// The console's routes, to be nested under [`BASE_PATH`] by the server.
/// Every route (including the audit, statistics, retention, export and
/// NCMEC pages) sits behind the session and CSRF middleware of [`auth`].
pub fn router(state: ConsoleState) -> Router {
    Router::new()
        .merge(auth::routes())
        .merge(queues::routes())
        .merge(case::routes())
        .merge(settings::routes())
        .merge(ui::routes())
        .merge(audit::routes())
        .merge(stats::routes())
        .merge(retention::routes())
        .merge(export::routes())
        .merge(ncmec::routes())
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            auth::session_middleware,
        ))
        .with_state(state)
}

/// Starts the console's background jobs until `shutdown`: the retention
/// purge (every `interval_minutes`, first one a minute after start; each run
/// audited as `retention.purge` when it deletes anything) and the removal of
/// expired sessions. Nothing is started when `retention.enabled` is false.
pub fn spawn_background(
    store: Arc<dyn Store>,
    retention: RetentionConfig,
    shutdown: tokio_util::sync::CancellationToken,
) -> Vec<tokio::task::JoinHandle<()>> {
    if !retention.enabled {
        tracing::info!("retention purge disabled by configuration");
        return Vec::new();
    }
    vec![tokio::spawn(retention::run(store, retention, shutdown))]
}

/// Unix milliseconds now.
pub(crate) fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
}
