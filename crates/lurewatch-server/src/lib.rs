//! The lurewatch service: the HTTP API, the ingest pipeline (detectors,
//! rules, decisions), cases and API keys. The only crate that speaks HTTP.
//!
//! * [`app::serve`] starts it from a [`config::Config`];
//! * [`server::router`] is the axum router (health endpoints open,
//!   everything else behind API keys with scopes);
//! * [`pipeline`]: group-commit writer (durable before the 2xx) and the
//!   decision thread (detectors → counters, labels → rules → decision →
//!   effects);
//! * [`detectors`]: media hashing and matching, conversation and behaviour
//!   detectors, producing typed signals;
//! * [`webhooks`]: the outbox worker that delivers signed webhooks to the
//!   platform, retried with backoff.

pub mod app;
pub mod auth;
pub mod banks;
pub mod config;
pub mod detectors;
pub mod error;
pub mod nats;
pub mod pipeline;
pub mod replay;
pub mod server;
pub mod tls;
pub mod webhooks;
