//! Webhook delivery: the outbox worker that tells the platform about actions.
//!
//! A rule action `{ action = "webhook", name = "platform" }` makes the
//! decision pipeline enqueue an outbox job of kind [`JOB_KIND`]. The
//! [`Worker`] polls the outbox, POSTs each job to the webhook configured
//! under that name (`[[webhooks]]` in the config file), and retries with
//! exponential backoff until the platform answers 2xx.
//!
//! # The request
//!
//! ```text
//! POST <url>
//! Content-Type: application/json
//! X-Lurewatch-Delivery: 42
//! X-Lurewatch-Timestamp: 1767225600
//! X-Lurewatch-Signature: sha256=<64 hex digits>
//!
//! {"webhook":"platform","event_seq":17,"verdict":"block","rule":"known_abuse_hash",
//!  "actor":"u123","delivery_id":42,"sent_at":1767225600123}
//! ```
//!
//! `delivery_id` (also in `X-Lurewatch-Delivery`) is the same on every
//! retry of one delivery: delivery is *at least once*, so receivers should
//! use it to ignore duplicates.
//!
//! # Verifying a delivery (for platforms)
//!
//! 1. Read `X-Lurewatch-Timestamp` (Unix seconds) and reject the request if
//!    it is more than 5 minutes from your clock (replay protection).
//! 2. Compute `HMAC-SHA256(secret, "<timestamp>.<raw body>")` over the raw
//!    request body bytes exactly as received (before any JSON parsing), and
//!    hex-encode it in lower case.
//! 3. Compare `"sha256=" + hex` with `X-Lurewatch-Signature` in constant
//!    time; reject on mismatch.
//!
//! [`verify`] implements exactly this recipe; `docs/webhooks.md` has the
//! same in Python.
//!
//! # Outcomes
//!
//! * 2xx: done, the job is removed.
//! * Network error, timeout ([`Options::timeout`]), 5xx or 429: retried
//!   after `base · 2^(attempt-1)` (1 s, 2 s, 4 s … capped at 1 h, ±20 %
//!   jitter); after [`Options::max_attempts`] attempts the job is given up.
//! * Any other status (4xx, 3xx: redirects are not followed): the receiver
//!   rejected the delivery; given up at once.
//! * A job naming a webhook that is not configured: given up at once.
//!
//! Given-up jobs stay in the outbox, with their last error, for inspection.
//! Logs carry the job id, webhook name, status and attempt, never the
//! payload, the URL or the secret.

use std::collections::HashMap;
use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use hmac::{Hmac, Mac};
use http_body_util::{BodyExt, Full, Limited};
use hyper::body::Bytes;
use hyper_rustls::HttpsConnector;
use hyper_util::client::legacy::Client;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::rt::TokioExecutor;
use lurewatch_core::Millis;
use lurewatch_store::{Job, Store, StoreError};
use rand::Rng;
use sha2::Sha256;
use tokio::task::{JoinHandle, JoinSet};
use tokio_util::sync::CancellationToken;

use crate::config::WebhookConfig;
use crate::pipeline::now_ms;

/// Outbox job kind this worker delivers.
pub const JOB_KIND: &str = "webhook";
/// Header carrying the delivery (outbox job) id.
pub const HEADER_DELIVERY: &str = "x-lurewatch-delivery";
/// Header carrying the signing time, Unix seconds.
pub const HEADER_TIMESTAMP: &str = "x-lurewatch-timestamp";
/// Header carrying `sha256=<hex HMAC-SHA256(secret, "<timestamp>.<body>")>`.
pub const HEADER_SIGNATURE: &str = "x-lurewatch-signature";
/// Largest response body read (and discarded) from a receiver.
const MAX_RESPONSE_BYTES: usize = 64 * 1024;

type HmacSha256 = Hmac<Sha256>;

/// A signing secret. Its `Debug` output is redacted.
#[derive(Clone)]
pub struct Secret(Arc<[u8]>);

impl Secret {
    /// Wraps secret bytes.
    pub fn new(bytes: impl Into<Vec<u8>>) -> Secret {
        Secret(bytes.into().into())
    }

    fn bytes(&self) -> &[u8] {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(<redacted>)")
    }
}

/// A configured webhook: where to POST and what to sign with.
#[derive(Clone)]
pub struct Endpoint {
    name: String,
    uri: hyper::Uri,
    secret: Secret,
}

impl fmt::Debug for Endpoint {
    // The URL may carry credentials (a token in the query): only the name.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Endpoint")
            .field("name", &self.name)
            .finish_non_exhaustive()
    }
}

impl Endpoint {
    /// An endpoint named `name` at `url` (`http://` or `https://`).
    pub fn new(name: &str, url: &str, secret: Secret) -> Result<Endpoint, WebhookConfigError> {
        let invalid = |reason: String| WebhookConfigError {
            name: name.to_string(),
            reason,
        };
        if name.is_empty() {
            return Err(invalid("empty name".into()));
        }
        let uri: hyper::Uri = url
            .parse()
            .map_err(|e| invalid(format!("url is not a valid URL: {e}")))?;
        match uri.scheme_str() {
            Some("http" | "https") => {}
            _ => return Err(invalid("url must start with http:// or https://".into())),
        }
        if uri.host().is_none_or(str::is_empty) {
            return Err(invalid("url has no host".into()));
        }
        if secret.bytes().is_empty() {
            return Err(invalid("empty secret".into()));
        }
        Ok(Endpoint {
            name: name.to_string(),
            uri,
            secret,
        })
    }

    /// The name rules use.
    pub fn name(&self) -> &str {
        &self.name
    }
}

/// A `[[webhooks]]` entry that cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("webhook {name:?}: {reason}")]
pub struct WebhookConfigError {
    /// The webhook's name.
    pub name: String,
    /// What is wrong.
    pub reason: String,
}

/// Builds the endpoints of the config, reading each secret from the
/// environment variable its `secret_env` names (`env` looks one up; the
/// service passes `std::env::var`). Names must be unique and secrets set and
/// non-empty.
pub fn endpoints_from_config(
    configs: &[WebhookConfig],
    env: impl Fn(&str) -> Option<String>,
) -> Result<Vec<Endpoint>, WebhookConfigError> {
    let mut out: Vec<Endpoint> = Vec::with_capacity(configs.len());
    for c in configs {
        let invalid = |reason: String| WebhookConfigError {
            name: c.name.clone(),
            reason,
        };
        if out.iter().any(|e| e.name == c.name) {
            return Err(invalid("configured twice".into()));
        }
        if c.secret_env.is_empty() {
            return Err(invalid(
                "secret_env must name the environment variable holding the secret".into(),
            ));
        }
        let secret = env(&c.secret_env)
            .filter(|s| !s.is_empty())
            .ok_or_else(|| {
                invalid(format!(
                    "environment variable {} (its secret_env) is not set or empty",
                    c.secret_env
                ))
            })?;
        out.push(Endpoint::new(&c.name, &c.url, Secret::new(secret))?);
    }
    Ok(out)
}

/// The `X-Lurewatch-Signature` value for `body` sent at `timestamp` (Unix
/// seconds): `sha256=` and the lower-case hex HMAC-SHA256 of
/// `"<timestamp>.<body>"` under `secret`.
pub fn sign(secret: &[u8], timestamp: i64, body: &[u8]) -> String {
    let mut mac = HmacSha256::new_from_slice(secret).expect("HMAC takes keys of any length");
    mac.update(timestamp.to_string().as_bytes());
    mac.update(b".");
    mac.update(body);
    format!("sha256={}", hex::encode(mac.finalize().into_bytes()))
}

/// Checks a delivery the way a receiving platform should: the timestamp
/// header is within `tolerance_s` of `now_s`, and the signature header
/// matches (compared in constant time).
pub fn verify(
    secret: &[u8],
    timestamp: &str,
    body: &[u8],
    signature: &str,
    now_s: i64,
    tolerance_s: i64,
) -> bool {
    let Ok(ts) = timestamp.trim().parse::<i64>() else {
        return false;
    };
    if (now_s - ts).abs() > tolerance_s {
        return false;
    }
    let Some(Ok(sig)) = signature.trim().strip_prefix("sha256=").map(hex::decode) else {
        return false;
    };
    let mut mac = HmacSha256::new_from_slice(secret).expect("HMAC takes keys of any length");
    mac.update(ts.to_string().as_bytes());
    mac.update(b".");
    mac.update(body);
    mac.verify_slice(&sig).is_ok()
}

/// Worker settings.
#[derive(Debug, Clone)]
pub struct Options {
    /// Pause between polls when the outbox had nothing due.
    pub poll_interval: Duration,
    /// Most jobs taken per poll (delivered concurrently).
    pub batch: usize,
    /// Limit on one attempt (connect, request and response).
    pub timeout: Duration,
    /// Delay before the first retry; doubles with each further attempt.
    pub backoff_base: Duration,
    /// Longest delay between attempts.
    pub backoff_cap: Duration,
    /// Attempts before a retryable failure is given up.
    pub max_attempts: u32,
    /// On shutdown, how long deliveries in flight may take to finish;
    /// unfinished ones stay leased and are retried after a restart.
    pub shutdown_grace: Duration,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            poll_interval: Duration::from_millis(200),
            batch: 64,
            timeout: Duration::from_secs(10),
            backoff_base: Duration::from_secs(1),
            backoff_cap: Duration::from_secs(3600),
            max_attempts: 10,
            shutdown_grace: Duration::from_secs(5),
        }
    }
}

/// Delay before retrying after failed attempt number `attempt` (1-based),
/// without jitter: `base · 2^(attempt-1)`, at most `cap`.
pub fn backoff(attempt: u32, base: Duration, cap: Duration) -> Duration {
    let factor = 1u32 << attempt.saturating_sub(1).min(31);
    base.saturating_mul(factor).min(cap)
}

/// [`backoff`] with ±20 % jitter (still at most `cap`), so that deliveries
/// that failed together do not retry in lockstep.
fn retry_delay(attempt: u32, opts: &Options) -> Duration {
    let d = backoff(attempt, opts.backoff_base, opts.backoff_cap);
    d.mul_f64(rand::thread_rng().gen_range(0.8..1.2))
        .min(opts.backoff_cap)
}

/// What one attempt came to.
enum Outcome {
    /// 2xx.
    Delivered(u16),
    /// Worth retrying (network, timeout, 5xx, 429).
    Retry(String),
    /// Not worth retrying (other statuses, bad job).
    Reject(String),
}

type HttpClient = Client<HttpsConnector<HttpConnector>, Full<Bytes>>;

struct Inner {
    store: Arc<dyn Store>,
    endpoints: HashMap<String, Endpoint>,
    client: HttpClient,
    opts: Options,
}

/// The webhook delivery worker. Cheap to clone.
#[derive(Clone)]
pub struct Worker {
    inner: Arc<Inner>,
}

impl Worker {
    /// A worker delivering to `endpoints`.
    pub fn new(store: Arc<dyn Store>, endpoints: Vec<Endpoint>, opts: Options) -> Worker {
        let provider = rustls::crypto::ring::default_provider();
        let https = hyper_rustls::HttpsConnectorBuilder::new()
            .with_provider_and_webpki_roots(provider)
            .expect("the ring provider supports rustls' default protocol versions")
            .https_or_http()
            .enable_http1()
            .build();
        let client = Client::builder(TokioExecutor::new())
            .pool_idle_timeout(Duration::from_secs(30))
            .build(https);
        Worker {
            inner: Arc::new(Inner {
                store,
                endpoints: endpoints.into_iter().map(|e| (e.name.clone(), e)).collect(),
                client,
                opts,
            }),
        }
    }

    /// Runs [`Worker::run`] on a task.
    pub fn spawn(self, shutdown: CancellationToken) -> JoinHandle<()> {
        tokio::spawn(self.run(shutdown))
    }

    /// Polls and delivers until `shutdown` fires. Deliveries in flight then
    /// get [`Options::shutdown_grace`] to finish; any still unfinished are
    /// dropped with their jobs leased, so they are retried later (never
    /// lost).
    pub async fn run(self, shutdown: CancellationToken) {
        tracing::info!(
            webhooks = self.inner.endpoints.len(),
            "webhook worker started"
        );
        loop {
            let now = now_ms();
            let jobs = tokio::select! {
                () = shutdown.cancelled() => break,
                r = self.inner.store.due_jobs_of_kind(JOB_KIND, now, self.inner.opts.batch) => r,
            };
            let jobs = match jobs {
                Ok(jobs) => jobs,
                Err(e) => {
                    tracing::warn!(error = %e, "webhook worker: reading the outbox failed");
                    Vec::new()
                }
            };
            if jobs.is_empty() {
                tokio::select! {
                    () = shutdown.cancelled() => break,
                    () = tokio::time::sleep(self.inner.opts.poll_interval) => continue,
                }
            }
            let mut set = self.start(jobs);
            let all = async { while set.join_next().await.is_some() {} };
            tokio::select! {
                () = all => {}
                () = shutdown.cancelled() => {
                    let grace = self.inner.opts.shutdown_grace;
                    let drain = async { while set.join_next().await.is_some() {} };
                    if tokio::time::timeout(grace, drain).await.is_err() {
                        tracing::warn!(
                            in_flight = set.len(),
                            "webhook worker: deliveries unfinished at shutdown stay leased and will be retried"
                        );
                        set.abort_all();
                    }
                    break;
                }
            }
        }
        tracing::info!("webhook worker stopped");
    }

    /// Takes the due jobs once and handles them all; returns how many jobs
    /// the outbox handed out. For tests and one-shot tools.
    pub async fn run_once(&self) -> Result<usize, StoreError> {
        let jobs = self
            .inner
            .store
            .due_jobs_of_kind(JOB_KIND, now_ms(), self.inner.opts.batch)
            .await?;
        let n = jobs.len();
        let mut set = self.start(jobs);
        while set.join_next().await.is_some() {}
        Ok(n)
    }

    fn start(&self, jobs: Vec<Job>) -> JoinSet<()> {
        let mut set = JoinSet::new();
        // Only this worker's kind is leased (`due_jobs_of_kind`): NCMEC
        // report jobs belong to `lurewatch_ncmec`'s worker.
        for job in jobs {
            set.spawn(handle(self.inner.clone(), job));
        }
        set
    }
}

/// Delivers one webhook job and records the outcome in the outbox.
async fn handle(inner: Arc<Inner>, job: Job) {
    let attempt = job.attempts + 1;
    let name = job
        .payload
        .get("webhook")
        .and_then(|v| v.as_str())
        .unwrap_or_default()
        .to_string();
    let outcome = match inner.endpoints.get(&name) {
        None if name.is_empty() => Outcome::Reject("job payload names no webhook".into()),
        None => Outcome::Reject(format!(
            "unknown webhook {name:?}: no [[webhooks]] entry with that name in the config"
        )),
        Some(ep) => attempt_delivery(&inner, ep, &job).await,
    };
    let store = &inner.store;
    let recorded = match outcome {
        Outcome::Delivered(status) => {
            metrics::counter!("lurewatch_webhook_deliveries_total", "result" => "delivered")
                .increment(1);
            tracing::info!(job = job.id, webhook = %name, status, attempt, "webhook delivered");
            store.job_done(job.id).await
        }
        Outcome::Retry(error) if attempt < inner.opts.max_attempts => {
            let delay = retry_delay(attempt, &inner.opts);
            metrics::counter!("lurewatch_webhook_deliveries_total", "result" => "retry")
                .increment(1);
            tracing::warn!(
                job = job.id, webhook = %name, attempt, error = %error,
                retry_in_ms = delay.as_millis() as u64, "webhook delivery failed; will retry"
            );
            let next = now_ms().saturating_add(delay.as_millis() as Millis);
            store.job_failed(job.id, next, &error, false).await
        }
        Outcome::Retry(error) => {
            metrics::counter!("lurewatch_webhook_deliveries_total", "result" => "gave_up")
                .increment(1);
            tracing::error!(
                job = job.id, webhook = %name, attempt, error = %error,
                "webhook delivery failed; giving up after the last attempt"
            );
            let error = format!("{error} (gave up after {attempt} attempts)");
            store.job_failed(job.id, now_ms(), &error, true).await
        }
        Outcome::Reject(error) => {
            metrics::counter!("lurewatch_webhook_deliveries_total", "result" => "rejected")
                .increment(1);
            tracing::error!(
                job = job.id, webhook = %name, attempt, error = %error,
                "webhook delivery rejected; giving up"
            );
            store.job_failed(job.id, now_ms(), &error, true).await
        }
    };
    if let Err(e) = recorded {
        // The lease runs out and the job comes back: at least once.
        tracing::error!(job = job.id, webhook = %name, error = %e, "recording a webhook outcome failed");
    }
}

/// One POST of `job` to `ep`.
async fn attempt_delivery(inner: &Inner, ep: &Endpoint, job: &Job) -> Outcome {
    let Some(fields) = job.payload.as_object() else {
        return Outcome::Reject("job payload is not a JSON object".into());
    };
    let sent_at = now_ms();
    let timestamp = sent_at.div_euclid(1000);
    let mut fields = fields.clone();
    fields.insert("delivery_id".into(), job.id.into());
    fields.insert("sent_at".into(), sent_at.into());
    let body = match serde_json::to_vec(&serde_json::Value::Object(fields)) {
        Ok(b) => b,
        Err(e) => return Outcome::Reject(format!("encoding the body: {e}")),
    };
    let signature = sign(ep.secret.bytes(), timestamp, &body);
    let request = hyper::Request::post(ep.uri.clone())
        .header(hyper::header::CONTENT_TYPE, "application/json")
        .header(hyper::header::USER_AGENT, "lurewatch-webhooks")
        .header(HEADER_DELIVERY, job.id)
        .header(HEADER_TIMESTAMP, timestamp)
        .header(HEADER_SIGNATURE, signature)
        .body(Full::new(Bytes::from(body)));
    let request = match request {
        Ok(r) => r,
        Err(e) => return Outcome::Reject(format!("building the request: {e}")),
    };
    let exchange = async {
        let response = inner.client.request(request).await?;
        let status = response.status();
        // Read (a bounded amount of) the body so the connection can be reused.
        let _ = Limited::new(response.into_body(), MAX_RESPONSE_BYTES)
            .collect()
            .await;
        Ok::<_, hyper_util::client::legacy::Error>(status)
    };
    let timeout = inner.opts.timeout;
    match tokio::time::timeout(timeout, exchange).await {
        Err(_) => Outcome::Retry(format!("no response within {} ms", timeout.as_millis())),
        Ok(Err(e)) => Outcome::Retry(format!("request failed: {}", error_chain(&e))),
        Ok(Ok(status)) if status.is_success() => Outcome::Delivered(status.as_u16()),
        Ok(Ok(status))
            if status.is_server_error() || status == hyper::StatusCode::TOO_MANY_REQUESTS =>
        {
            Outcome::Retry(format!("HTTP {}", status.as_u16()))
        }
        Ok(Ok(status)) if status.is_redirection() => Outcome::Reject(format!(
            "HTTP {} (redirects are not followed: configure the final URL)",
            status.as_u16()
        )),
        Ok(Ok(status)) => {
            Outcome::Reject(format!("HTTP {}: receiver rejected it", status.as_u16()))
        }
    }
}

/// An error and its sources, `: `-separated (hyper's top-level messages are
/// terse: the cause is in the chain).
fn error_chain(e: &dyn std::error::Error) -> String {
    let mut s = e.to_string();
    let mut source = e.source();
    while let Some(cause) = source {
        s.push_str(": ");
        s.push_str(&cause.to_string());
        source = cause.source();
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_and_caps() {
        let s = Duration::from_secs;
        let cap = s(3600);
        assert_eq!(backoff(1, s(1), cap), s(1));
        assert_eq!(backoff(2, s(1), cap), s(2));
        assert_eq!(backoff(3, s(1), cap), s(4));
        assert_eq!(backoff(9, s(1), cap), s(256));
        assert_eq!(backoff(13, s(1), cap), cap);
        assert_eq!(backoff(u32::MAX, s(1), cap), cap);
        let opts = Options::default();
        for attempt in 1..20 {
            let d = retry_delay(attempt, &opts);
            let b = backoff(attempt, opts.backoff_base, opts.backoff_cap);
            assert!(
                d >= b.mul_f64(0.8) && d <= b.mul_f64(1.2).min(cap),
                "{attempt}: {d:?}"
            );
        }
    }

    #[test]
    fn sign_and_verify() {
        // HMAC-SHA256("key", "1700000000.{}"), computed independently
        // (Python: hmac.new(b"key", b'1700000000.{}', hashlib.sha256)).
        let sig = sign(b"key", 1_700_000_000, b"{}");
        assert_eq!(
            sig,
            "sha256=9d713ed406bb7076d4123f0dc2c39d2df5c654ed4b0cd56b52c8b4c940bd63ae"
        );
        assert!(verify(
            b"key",
            "1700000000",
            b"{}",
            &sig,
            1_700_000_010,
            300
        ));
        assert!(!verify(
            b"key",
            "1700000000",
            b"{} ",
            &sig,
            1_700_000_010,
            300
        ));
        assert!(!verify(
            b"other",
            "1700000000",
            b"{}",
            &sig,
            1_700_000_010,
            300
        ));
        assert!(!verify(
            b"key",
            "1700000001",
            b"{}",
            &sig,
            1_700_000_010,
            300
        ));
        assert!(!verify(
            b"key",
            "1700000000",
            b"{}",
            &sig,
            1_700_001_000,
            300
        ));
        assert!(!verify(b"key", "x", b"{}", &sig, 1_700_000_000, 300));
        assert!(!verify(
            b"key",
            "1700000000",
            b"{}",
            "sha1=00",
            1_700_000_000,
            300
        ));
    }

    #[test]
    fn config_reads_secret_from_env_and_validates() {
        let hook = |name: &str, url: &str, env: &str| WebhookConfig {
            name: name.into(),
            url: url.into(),
            secret_env: env.into(),
        };
        let env = |k: &str| (k == "HOOK_SECRET").then(|| "s3cret".to_string());
        let eps = endpoints_from_config(
            &[hook("p", "https://example.invalid/h", "HOOK_SECRET")],
            env,
        )
        .unwrap();
        assert_eq!(eps[0].name(), "p");
        assert!(!format!("{eps:?}").contains("s3cret"));
        let err = endpoints_from_config(&[hook("p", "http://x/h", "MISSING")], env).unwrap_err();
        assert!(err.to_string().contains("MISSING"), "{err}");
        assert!(endpoints_from_config(&[hook("p", "ftp://x/h", "HOOK_SECRET")], env).is_err());
        assert!(endpoints_from_config(&[hook("p", "/relative", "HOOK_SECRET")], env).is_err());
        assert!(
            endpoints_from_config(
                &[
                    hook("p", "http://x/h", "HOOK_SECRET"),
                    hook("p", "http://y/h", "HOOK_SECRET")
                ],
                env
            )
            .is_err()
        );
    }
}
