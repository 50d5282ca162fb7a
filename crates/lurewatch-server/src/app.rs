//! Starting and stopping the service.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, RwLock};

use arc_swap::ArcSwap;
use lurewatch_detect::DetectorModel;
use lurewatch_rules::RuleSet;
use lurewatch_store::{SqliteStore, Store};

use crate::auth::VerifiedKeys;
use crate::banks;
use crate::config::Config;
use crate::detectors::ConversationDetector;
use crate::pipeline::{Pipeline, Shared, Writer};
use crate::server::{AppState, router};

/// The shipped rule set, used when no rule file is configured.
pub const DEFAULT_RULES: &str = include_str!("../../../rules/default.toml");

/// Why the service could not start.
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    /// Storage.
    #[error("store: {0}")]
    Store(#[from] lurewatch_store::StoreError),
    /// Rules.
    #[error("rules {path}: {message}")]
    Rules {
        /// File.
        path: String,
        /// Diagnostics.
        message: String,
    },
    /// Model.
    #[error("model: {0}")]
    Model(String),
    /// Network.
    #[error("listen on {addr}: {reason}")]
    Listen {
        /// Address.
        addr: String,
        /// Why.
        reason: String,
    },
    /// A `[[webhooks]]` entry (or its secret) is unusable.
    #[error("config: {0}")]
    Webhook(#[from] crate::webhooks::WebhookConfigError),
    /// Anything else.
    #[error("{0}")]
    Other(String),
}

/// Reads and compiles a rule file; every diagnostic in the message.
pub fn load_rules(path: Option<&Path>) -> Result<(RuleSet, String), ServeError> {
    let (src, name) = match path {
        Some(p) => (
            std::fs::read_to_string(p).map_err(|e| ServeError::Rules {
                path: p.display().to_string(),
                message: e.to_string(),
            })?,
            p.display().to_string(),
        ),
        None => (
            DEFAULT_RULES.to_string(),
            "rules/default.toml (built in)".to_string(),
        ),
    };
    let rules = RuleSet::parse(&src).map_err(|errs| ServeError::Rules {
        path: name.clone(),
        message: errs
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("; "),
    })?;
    Ok((rules, name))
}

fn model_dir(config: &Config) -> PathBuf {
    config.model.clone().unwrap_or_else(|| {
        [
            PathBuf::from("models/default"),
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../../models/default"),
        ]
        .into_iter()
        .find(|p| p.join("detector.json").is_file())
        .unwrap_or_else(|| PathBuf::from("models/default"))
    })
}

/// The configured store: PostgreSQL when `database_url` is set, else the
/// embedded SQLite store in `data_dir`.
pub async fn open_store(config: &Config) -> Result<Arc<dyn Store>, ServeError> {
    Ok(match &config.database_url {
        Some(url) => Arc::new(lurewatch_store::PgStore::connect(url).await?),
        None => {
            std::fs::create_dir_all(&config.data_dir)
                .map_err(|e| ServeError::Other(format!("data dir: {e}")))?;
            Arc::new(SqliteStore::open(&config.data_dir).await?)
        }
    })
}

/// Labels live now, by entity, for the decision thread's cache.
async fn live_labels(
    store: &dyn Store,
) -> Result<HashMap<lurewatch_core::EntityRef, Vec<lurewatch_core::Label>>, ServeError> {
    let mut out: HashMap<_, Vec<_>> = HashMap::new();
    for l in store
        .live_labels(crate::pipeline::now_ms(), 5_000_000)
        .await?
    {
        out.entry(l.entity.clone()).or_default().push(l);
    }
    Ok(out)
}

/// The rules' windowed counters as stored: each counter the rules define
/// now, over its own window.
async fn load_counters(
    store: &dyn lurewatch_store::Store,
    rules: &lurewatch_rules::RuleSet,
) -> Result<crate::pipeline::Counters, ServeError> {
    let windows: HashMap<String, lurewatch_core::Millis> = rules
        .counters()
        .iter()
        .map(|c| (c.name.clone(), c.window_ms))
        .collect();
    let now = crate::pipeline::now_ms();
    let mut stored = Vec::new();
    for (name, window) in &windows {
        stored.extend(store.counters_since(name, now - window).await?);
    }
    Ok(crate::pipeline::Counters::load(&stored, &windows))
}

/// A running service's state, built from a config (also used by tests).
pub async fn build(
    config: &Config,
    metrics: Option<metrics_exporter_prometheus::PrometheusHandle>,
) -> Result<Arc<AppState>, ServeError> {
    let store = open_store(config).await?;
    store.migrate().await?;
    let (rules, _) = load_rules(config.rules.as_deref())?;
    let dir = model_dir(config);
    let model = DetectorModel::load(&dir)
        .map_err(|e| ServeError::Model(format!("{}: {e}", dir.display())))?;
    // The model lives for the rest of the process (detectors borrow it).
    let model: &'static DetectorModel = Box::leak(Box::new(model));
    let conversations =
        ConversationDetector::new(model).map_err(|e| ServeError::Model(e.to_string()))?;
    let loaded = banks::load(store.as_ref(), lurewatch_media::Limits::default()).await?;
    // Decisions and counters go back to the writer, which commits them
    // with the next batch of events.
    let effects = crate::pipeline::EffectQueue::new();
    let shared = Arc::new(Shared {
        store: store.clone(),
        rules: ArcSwap::from_pointee(rules),
        media: RwLock::new(Arc::new(loaded.detector)),
        labels: RwLock::new(live_labels(store.as_ref()).await?),
        effects: effects.clone(),
        readers: conversations.readers(),
    });
    let counters = load_counters(store.as_ref(), &shared.rules.load()).await?;
    let pipeline = Pipeline::start(shared.clone(), conversations, counters);
    let writer = Writer::start(store.clone(), effects, pipeline.clone());
    Ok(Arc::new(AppState {
        store,
        shared,
        writer,
        pipeline,
        keys: VerifiedKeys::default(),
        metrics,
        rate_per_key: config.rate_per_key,
        buckets: Mutex::new(HashMap::new()),
        entry_ids: RwLock::new(loaded.ids),
    }))
}

/// Reloads the rule file when it changes (checked every 2 s); a file that
/// fails to compile is reported and the running rules are kept.
fn watch_rules(state: Arc<AppState>, path: PathBuf) {
    tokio::spawn(async move {
        let mut last = std::fs::metadata(&path).and_then(|m| m.modified()).ok();
        loop {
            tokio::time::sleep(std::time::Duration::from_secs(2)).await;
            let now = std::fs::metadata(&path).and_then(|m| m.modified()).ok();
            if now == last {
                continue;
            }
            last = now;
            match load_rules(Some(&path)) {
                Ok((rules, _)) => {
                    tracing::info!(path = %path.display(), version = rules.version(), "rules reloaded");
                    state.shared.rules.store(Arc::new(rules));
                }
                Err(e) => {
                    tracing::error!(error = %e, "rule reload failed; keeping the running rules")
                }
            }
        }
    });
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        if let Ok(mut s) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        {
            s.recv().await;
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = term => {},
    }
    tracing::info!("shutting down: no new connections; finishing in-flight requests");
}

/// Starts the webhook delivery worker for `state`'s outbox, with the
/// config's `[[webhooks]]` (secrets read from the environment now). It runs
/// until `shutdown` fires; await the handle to let deliveries in flight
/// finish.
pub fn start_webhooks(
    state: &AppState,
    config: &Config,
    shutdown: tokio_util::sync::CancellationToken,
) -> Result<tokio::task::JoinHandle<()>, ServeError> {
    let endpoints =
        crate::webhooks::endpoints_from_config(&config.webhooks, |k| std::env::var(k).ok())?;
    if endpoints.is_empty() {
        tracing::warn!("no [[webhooks]] configured: webhook actions of the rules will be given up");
    }
    let worker = crate::webhooks::Worker::new(
        state.store.clone(),
        endpoints,
        crate::webhooks::Options::default(),
    );
    Ok(worker.spawn(shutdown))
}

/// Buckets (seconds) of the latency metrics kept as histograms:
/// `lurewatch_ingest_seconds` (`POST /v1/events` in the handler, body
/// received to response) and `lurewatch_store_append_seconds` (one group
/// commit), so that their tails can be read over any interval and summed
/// across instances.
const LATENCY_BUCKETS: &[f64] = &[
    0.0005, 0.001, 0.002, 0.003, 0.004, 0.005, 0.006, 0.008, 0.010, 0.012, 0.015, 0.020, 0.030,
    0.050, 0.100, 0.250, 1.0, 5.0,
];

/// The Prometheus exporter with [`LATENCY_BUCKETS`] for the latency
/// histograms.
fn metrics_builder()
-> Result<metrics_exporter_prometheus::PrometheusBuilder, metrics_exporter_prometheus::BuildError> {
    use metrics_exporter_prometheus::{Matcher, PrometheusBuilder};
    PrometheusBuilder::new()
        .set_buckets_for_metric(
            Matcher::Full("lurewatch_ingest_seconds".into()),
            LATENCY_BUCKETS,
        )?
        .set_buckets_for_metric(
            Matcher::Full("lurewatch_store_append_seconds".into()),
            LATENCY_BUCKETS,
        )
}

/// Runs the service until SIGINT/SIGTERM. In-flight requests finish and
/// every acknowledged event is already durable; webhook deliveries in flight
/// finish or stay queued.
pub async fn serve(config: Config) -> Result<(), ServeError> {
    // Refuse a bad webhook config before touching the store.
    crate::webhooks::endpoints_from_config(&config.webhooks, |k| std::env::var(k).ok())?;
    let metrics = metrics_builder()
        .ok()
        .and_then(|b| b.install_recorder().ok());
    let state = build(&config, metrics).await?;
    if let Some(p) = &config.rules {
        watch_rules(state.clone(), p.clone());
    }
    // Labels set by reviewers reach the rules at once (the decision
    // thread's cache), not only after a restart.
    let shared = state.shared.clone();
    let on_label: lurewatch_console::LabelHook = Arc::new(move |l: &lurewatch_core::Label| {
        if let Ok(mut cache) = shared.labels.write() {
            let v = cache.entry(l.entity.clone()).or_default();
            v.retain(|x| x.label != l.label);
            v.push(l.clone());
        }
    });
    let console = lurewatch_console::router(lurewatch_console::ConsoleState {
        on_label: Some(on_label),
        ncmec: Some(config.ncmec.clone()),
        ..lurewatch_console::ConsoleState::new(
            state.store.clone(),
            lurewatch_console::ConsoleConfig {
                // Session cookies are `Secure` when the service speaks HTTPS.
                tls: config.tls_cert.is_some(),
                ..config.console.clone()
            },
        )
    });
    let app = router(state.clone(), config.max_body_bytes).nest("/console", console);
    let listener = tokio::net::TcpListener::bind(&config.listen)
        .await
        .map_err(|e| ServeError::Listen {
            addr: config.listen.clone(),
            reason: e.to_string(),
        })?;
    let stop_webhooks = tokio_util::sync::CancellationToken::new();
    let webhooks = start_webhooks(&state, &config, stop_webhooks.clone())?;
    let mut background = lurewatch_console::spawn_background(
        state.store.clone(),
        config.retention.clone(),
        stop_webhooks.clone(),
    );
    if let Some(nats) = &config.nats {
        background.push(
            crate::nats::start(state.clone(), nats.clone(), stop_webhooks.clone())
                .await
                .map_err(|e| ServeError::Other(e.to_string()))?,
        );
    }
    background.extend(lurewatch_ncmec::spawn_worker(
        state.store.clone(),
        config.ncmec.clone(),
        stop_webhooks.clone(),
    ));
    tracing::info!(addr = %config.listen, data = %config.data_dir.display(), "lurewatch listening");
    let served = match (&config.tls_cert, &config.tls_key) {
        (Some(cert), Some(key)) => {
            let tls = crate::tls::server_config(cert, key)
                .map_err(|e| ServeError::Other(e.to_string()))?;
            let listener = crate::tls::TlsListener::new(listener, tls)
                .map_err(|e| ServeError::Other(e.to_string()))?;
            tracing::info!("serving HTTPS");
            axum::serve(listener, app)
                .with_graceful_shutdown(shutdown_signal())
                .await
        }
        (None, None) => {
            use axum::serve::ListenerExt;
            // Small JSON responses: don't let Nagle's algorithm hold them back.
            let listener = listener.tap_io(|tcp| {
                let _ = tcp.set_nodelay(true);
            });
            axum::serve(listener, app)
                .with_graceful_shutdown(shutdown_signal())
                .await
        }
        _ => {
            return Err(ServeError::Other(
                "set both tls_cert and tls_key, or neither".into(),
            ));
        }
    }
    .map_err(|e| ServeError::Other(e.to_string()));
    stop_webhooks.cancel();
    let _ = webhooks.await;
    for task in background {
        let _ = task.await;
    }
    // Decisions and counters still queued for write-back.
    crate::pipeline::flush_effects(&state.shared.effects).await;
    served
}

#[cfg(test)]
mod metrics_tests {
    /// The latency metrics render as histograms (cumulative buckets, so a
    /// tail can be read over any interval); the others stay summaries.
    #[test]
    fn latency_metrics_are_histograms() {
        let recorder = super::metrics_builder().expect("builder").build_recorder();
        let handle = recorder.handle();
        metrics::with_local_recorder(&recorder, || {
            metrics::histogram!("lurewatch_ingest_seconds").record(0.0042);
            metrics::histogram!("lurewatch_ingest_seconds").record(0.012);
            metrics::histogram!("lurewatch_store_append_seconds").record(0.0007);
            metrics::histogram!("lurewatch_decide_seconds").record(0.00002);
        });
        let text = handle.render();
        assert!(
            text.contains("# TYPE lurewatch_ingest_seconds histogram"),
            "{text}"
        );
        assert!(
            text.contains("lurewatch_ingest_seconds_bucket{le=\"0.005\"} 1"),
            "{text}"
        );
        assert!(
            text.contains("lurewatch_ingest_seconds_bucket{le=\"0.015\"} 2"),
            "{text}"
        );
        assert!(
            text.contains("lurewatch_store_append_seconds_bucket{le=\"0.001\"} 1"),
            "{text}"
        );
        assert!(
            text.contains("# TYPE lurewatch_decide_seconds summary"),
            "{text}"
        );
    }
}
