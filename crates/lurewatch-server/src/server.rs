//! The HTTP API (axum).

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Instant;

use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{Path, Query, Request, State};
use axum::http::{StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Extension, Json, Router};
use lurewatch_core::event::Envelope;
use lurewatch_core::{Decision, EntityKind, EntityRef};
use lurewatch_store::{CaseFilter, CaseStatus, NewEvent, Store};
use metrics_exporter_prometheus::PrometheusHandle;
use serde::{Deserialize, Serialize};
use tokio::sync::oneshot;

use crate::auth::{self, Scope, VerifiedKeys};
use crate::detectors::READ_INLINE_MAX_BYTES;
use crate::error::{ApiError, json_error};
use crate::pipeline::{IngestError, Ingested, Pipeline, Shared, Submission, Writer, now_ms};

/// The OpenAPI description of this API, checked into the repository.
pub const OPENAPI: &str = include_str!("../../../docs/openapi.json");

/// Most events in one batch request.
pub const MAX_BATCH_EVENTS: usize = 1000;

/// Everything handlers share.
pub struct AppState {
    /// Storage.
    pub store: Arc<dyn Store>,
    /// Detector/rules shared state.
    pub shared: Arc<Shared>,
    /// Group-commit writer.
    pub writer: Writer,
    /// Decision thread.
    pub pipeline: Pipeline,
    /// Verified API keys.
    pub keys: VerifiedKeys,
    /// Prometheus exporter.
    pub metrics: Option<PrometheusHandle>,
    /// Requests per second allowed per key (token bucket, burst = 2 s).
    pub rate_per_key: f64,
    /// Token buckets per key id.
    pub buckets: Mutex<HashMap<String, (f64, Instant)>>,
    /// Store bank-entry id → id in the live index (for enable/disable).
    pub entry_ids: std::sync::RwLock<HashMap<i64, u32>>,
}

/// The authenticated caller.
#[derive(Clone, Debug)]
pub struct Caller {
    /// Key id.
    pub key_id: String,
    /// Scopes.
    pub scopes: Vec<Scope>,
}

impl Caller {
    fn need(&self, scope: Scope) -> Result<(), ApiError> {
        if auth::allows(&self.scopes, scope) {
            Ok(())
        } else {
            Err(ApiError::forbidden(scope.as_str()))
        }
    }
}

/// The router: health endpoints open, everything else behind API keys.
pub fn router(state: Arc<AppState>, max_body: usize) -> Router {
    let api = Router::new()
        .route("/v1/events", post(post_events))
        .route("/v1/events/{seq}", get(get_event))
        .route("/v1/decisions", get(list_decisions))
        .route("/v1/cases", get(list_cases))
        .route("/v1/cases/{id}", get(get_case))
        .route("/v1/entities/{kind}/{id}", get(get_entity))
        .route("/v1/banks", get(list_banks).post(create_bank))
        .route("/v1/banks/{name}/entries", post(import_bank))
        .route("/v1/banks/{name}/enabled", post(set_bank_enabled))
        .route("/v1/bank-entries/{id}/enabled", post(set_entry_enabled))
        .route("/h/hash", post(hma_hash))
        .route("/m/lookup", get(hma_lookup))
        .route("/metrics", get(metrics_endpoint))
        .route("/openapi.json", get(openapi))
        .layer(middleware::from_fn_with_state(state.clone(), authenticate));
    Router::new()
        .route("/healthz", get(|| async { "ok" }))
        .route("/readyz", get(readyz))
        .merge(api)
        .layer(axum::extract::DefaultBodyLimit::max(max_body))
        .with_state(state)
}

async fn readyz(State(s): State<Arc<AppState>>) -> Response {
    match s.store.banks().await {
        Ok(_) => (StatusCode::OK, "ready").into_response(),
        Err(_) => (StatusCode::SERVICE_UNAVAILABLE, "store unavailable").into_response(),
    }
}

async fn authenticate(State(s): State<Arc<AppState>>, mut req: Request, next: Next) -> Response {
    let key = req
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::to_string);
    let Some(key) = key else {
        return ApiError::unauthorized().into_response();
    };
    let caller = match s.keys.get(&key) {
        Some((key_id, scopes)) => Caller { key_id, scopes },
        None => match verify(&s, &key).await {
            Some(c) => c,
            None => {
                metrics::counter!("lurewatch_auth_failures_total").increment(1);
                return ApiError::unauthorized().into_response();
            }
        },
    };
    if !take_token(&s, &caller.key_id) {
        return ApiError::rate_limited().into_response();
    }
    req.extensions_mut().insert(caller);
    next.run(req).await
}

async fn verify(s: &AppState, key: &str) -> Option<Caller> {
    let (id, secret) = auth::split(key).ok()?;
    let rec = s.store.api_key(id).await.ok()??;
    if rec.revoked {
        return None;
    }
    let (secret, hash) = (secret.to_string(), rec.hash.clone());
    let ok = tokio::task::spawn_blocking(move || auth::verify_secret(&secret, &hash))
        .await
        .ok()?;
    if !ok {
        return None;
    }
    let scopes: Vec<Scope> = rec.scopes.iter().filter_map(|x| Scope::parse(x)).collect();
    s.keys.insert(key, rec.id.clone(), scopes.clone());
    Some(Caller {
        key_id: rec.id,
        scopes,
    })
}

fn take_token(s: &AppState, key_id: &str) -> bool {
    let Ok(mut b) = s.buckets.lock() else {
        return true;
    };
    let now = Instant::now();
    let cap = (s.rate_per_key * 2.0).max(1.0);
    let (tokens, last) = b.entry(key_id.to_string()).or_insert((cap, now));
    *tokens = (*tokens + now.duration_since(*last).as_secs_f64() * s.rate_per_key).min(cap);
    *last = now;
    if *tokens >= 1.0 {
        *tokens -= 1.0;
        true
    } else {
        false
    }
}

/// One event's result in a response.
#[derive(Serialize)]
pub struct EventResult {
    /// Stored sequence number.
    pub seq: i64,
    /// A retry of an event already stored: not processed again.
    pub duplicate: bool,
    /// The decision (the stored one for duplicates, when available).
    pub decision: Option<Decision>,
}

async fn post_events(
    State(s): State<Arc<AppState>>,
    Extension(caller): Extension<Caller>,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, ApiError> {
    caller.need(Scope::Ingest)?;
    let started = Instant::now();
    let body = body_bytes(body)?;
    let value: serde_json::Value = serde_json::from_slice(&body).map_err(|e| json_error(&e))?;
    let (items, single) = match value {
        serde_json::Value::Array(a) => (a, false),
        v => (vec![v], true),
    };
    if items.is_empty() || items.len() > MAX_BATCH_EVENTS {
        return Err(ApiError::bad_request(
            "batch_size",
            format!("send 1 to {MAX_BATCH_EVENTS} events"),
        ));
    }
    // Validate everything before storing anything: a bad batch is refused whole.
    let mut envelopes = Vec::with_capacity(items.len());
    for (i, v) in items.into_iter().enumerate() {
        let prefix = if single {
            String::new()
        } else {
            format!("[{i}].")
        };
        let env = Envelope::from_json(v)
            .map_err(|e| ApiError::field(format!("{prefix}{}", e.field), e.reason))?;
        env.validate()
            .map_err(|e| ApiError::field(format!("{prefix}{}", e.field), e.reason))?;
        envelopes.push(env);
    }
    // Queue every event before waiting for any: a request's events share
    // a group commit (and keep their order).
    let mut pending = Vec::with_capacity(envelopes.len());
    for env in envelopes {
        pending.push(submit(&s, env).await?);
    }
    let mut results = Vec::with_capacity(pending.len());
    for p in pending {
        results.push(outcome(&s, p).await?);
    }
    metrics::counter!("lurewatch_events_total").increment(results.len() as u64);
    metrics::histogram!("lurewatch_ingest_seconds").record(started.elapsed().as_secs_f64());
    Ok(if single {
        Json(results.remove(0)).into_response()
    } else {
        Json(results).into_response()
    })
}

/// Ingests one validated event: durable, then decided (or found to be a
/// retry). The path of `POST /v1/events` and of stream ingest.
pub(crate) async fn ingest_one(s: &Arc<AppState>, env: Envelope) -> Result<EventResult, ApiError> {
    let pending = submit(s, env).await?;
    outcome(s, pending).await
}

/// Hashes the event's media, keeps inline media files, and queues the
/// event for the group-commit writer; the receiver gets its outcome.
async fn submit(
    s: &Arc<AppState>,
    env: Envelope,
) -> Result<oneshot::Receiver<Result<Ingested, IngestError>>, ApiError> {
    let received = now_ms();
    let ts = env.ts.unwrap_or(received);
    let conversation = match &env.event {
        lurewatch_core::Event::Message(m) => Some(m.conversation.clone()),
        lurewatch_core::Event::Report(r) => r.conversation.clone(),
        _ => None,
    };
    let attachments = env.event.attachments();
    let mut stored = serde_json::to_value(&env).map_err(|_| ApiError::internal())?;
    if attachments.iter().any(|a| a.content_base64.is_some()) {
        // Inline media bytes leave the envelope; the file itself is kept
        // once by content digest (durable before the event is acknowledged)
        // for review and reports, under the retention policy.
        let mut media_files = Vec::new();
        strip_media_bytes(&mut stored, &mut media_files);
        for (digest, bytes) in &media_files {
            s.store
                .put_media(digest, bytes, received)
                .await
                .map_err(|e| {
                    tracing::error!(error = %e, "storing media failed");
                    ApiError::unavailable(
                        "the media store is unavailable; retry with the same idempotency key",
                    )
                })?;
        }
    }
    // Media hashing is CPU-heavy: do it on the blocking pool.
    let media_signals = if attachments.is_empty() {
        Vec::new()
    } else {
        let detector = s
            .shared
            .media
            .read()
            .map_err(|_| ApiError::internal())?
            .clone();
        let attachments = attachments.to_vec();
        tokio::task::spawn_blocking(move || {
            let mut hasher = lurewatch_pdq::Hasher::new();
            let mut out = Vec::new();
            for a in &attachments {
                detector.detect(a, &mut hasher, &mut out);
            }
            out
        })
        .await
        .map_err(|_| ApiError::internal())?
    };
    // The text detector's stateless half runs here, spread over the
    // workers, rather than on the decision thread after the commit.
    let read = match &env.event {
        lurewatch_core::Event::Message(m) if m.text.is_empty() => None,
        lurewatch_core::Event::Message(m) if m.text.len() <= READ_INLINE_MAX_BYTES => {
            Some(s.shared.readers.read(&m.text))
        }
        lurewatch_core::Event::Message(m) => {
            let (s, text) = (s.clone(), m.text.clone());
            Some(
                tokio::task::spawn_blocking(move || s.shared.readers.read(&text))
                    .await
                    .map_err(|_| ApiError::internal())?,
            )
        }
        _ => None,
    };
    let event = NewEvent {
        dedupe_key: env.dedupe_key().map(str::to_string),
        kind: env.event.kind(),
        actor: env.event.actor().to_string(),
        conversation,
        ts,
        received,
        envelope: stored,
    };
    let (reply, rx) = oneshot::channel();
    s.writer
        .submit(Submission {
            event,
            envelope: env,
            ts,
            media_signals,
            read,
            reply,
        })
        .await
        .map_err(|_| store_unavailable())?;
    Ok(rx)
}

fn store_unavailable() -> ApiError {
    ApiError::unavailable("the event store is unavailable; retry with the same idempotency key")
}

/// Waits for a submitted event's outcome.
async fn outcome(
    s: &Arc<AppState>,
    pending: oneshot::Receiver<Result<Ingested, IngestError>>,
) -> Result<EventResult, ApiError> {
    let stopped = || ApiError::unavailable("the decision pipeline stopped");
    match pending.await.map_err(|_| stopped())? {
        Ok(Ingested::New { seq, decision }) => Ok(EventResult {
            seq,
            duplicate: false,
            decision: Some(decision),
        }),
        Ok(Ingested::Duplicate { seq }) => {
            let decision = s
                .store
                .event(seq)
                .await
                .ok()
                .flatten()
                .and_then(|e| e.decision);
            Ok(EventResult {
                seq,
                duplicate: true,
                decision,
            })
        }
        Err(IngestError::Store(e)) => {
            tracing::error!(error = %e, "append failed");
            Err(store_unavailable())
        }
        Err(IngestError::Stopped(_)) => Err(stopped()),
    }
}

/// Marker left where inline media bytes were removed before storage: its
/// value is the hex SHA-256 of the file, kept in the store's media table
/// ([`lurewatch_store::Store::media`]); `true` where the content was not
/// valid base64.
pub const STRIPPED: &str = "content_stripped";

/// An envelope as stored (media bytes replaced by a marker) back to an
/// [`Envelope`], for replay.
pub fn parse_stored(v: &serde_json::Value) -> Option<Envelope> {
    fn unmark(v: &mut serde_json::Value) {
        match v {
            serde_json::Value::Object(m) => {
                m.remove(STRIPPED);
                m.values_mut().for_each(unmark);
            }
            serde_json::Value::Array(a) => a.iter_mut().for_each(unmark),
            _ => {}
        }
    }
    let mut v = v.clone();
    unmark(&mut v);
    serde_json::from_value(v).ok()
}

/// Replaces every inline `content_base64` by the [`STRIPPED`] marker holding
/// the hex SHA-256 of the decoded bytes, and collects `(digest, bytes)`.
/// Content that is not valid base64 (already reported as a media error by
/// the detector) is dropped with marker `true`.
fn strip_media_bytes(v: &mut serde_json::Value, files: &mut Vec<(String, Vec<u8>)>) {
    use base64::Engine as _;
    use sha2::Digest as _;
    match v {
        serde_json::Value::Object(m) => {
            if let Some(content) = m.remove("content_base64") {
                let decoded = content
                    .as_str()
                    .and_then(|b64| base64::engine::general_purpose::STANDARD.decode(b64).ok());
                let marker = match decoded {
                    Some(bytes) => {
                        let digest = hex::encode(sha2::Sha256::digest(&bytes));
                        files.push((digest.clone(), bytes));
                        serde_json::Value::String(digest)
                    }
                    None => serde_json::Value::Bool(true),
                };
                m.insert(STRIPPED.into(), marker);
            }
            for x in m.values_mut() {
                strip_media_bytes(x, files);
            }
        }
        serde_json::Value::Array(a) => a.iter_mut().for_each(|x| strip_media_bytes(x, files)),
        _ => {}
    }
}

async fn get_event(
    State(s): State<Arc<AppState>>,
    Extension(c): Extension<Caller>,
    Path(seq): Path<i64>,
) -> Result<Response, ApiError> {
    c.need(Scope::Review)?;
    let e = s
        .store
        .event(seq)
        .await
        .map_err(|_| ApiError::internal())?
        .ok_or_else(|| ApiError::not_found("no such event"))?;
    Ok(Json(e).into_response())
}

#[derive(Deserialize)]
struct DecisionQuery {
    /// Only events after this sequence number (paging).
    after: Option<i64>,
    /// Only events at or after this time (Unix ms).
    since: Option<i64>,
    /// Only these verdicts (comma-separated).
    verdict: Option<String>,
    limit: Option<usize>,
}

/// Recent decisions with their signals, oldest first, for paging:
/// `GET /v1/decisions?after=SEQ&since=MS&verdict=review,block&limit=100`.
async fn list_decisions(
    State(s): State<Arc<AppState>>,
    Extension(c): Extension<Caller>,
    Query(q): Query<DecisionQuery>,
) -> Result<Response, ApiError> {
    c.need(Scope::Review)?;
    let limit = q.limit.unwrap_or(100).min(1000);
    let wanted: Option<Vec<String>> = q
        .verdict
        .map(|v| v.split(',').map(|x| x.trim().to_string()).collect());
    if let Some(w) = &wanted
        && let Some(bad) = w
            .iter()
            .find(|x| !["allow", "review", "restrict", "block"].contains(&x.as_str()))
    {
        return Err(ApiError::field(
            "verdict",
            format!("unknown verdict {bad:?}"),
        ));
    }
    let events = s
        .store
        .events_after(q.after.unwrap_or(0), q.since, limit)
        .await
        .map_err(|_| ApiError::internal())?;
    let out: Vec<serde_json::Value> = events
        .into_iter()
        .filter_map(|e| {
            let d = e.decision?;
            if wanted.as_ref().is_some_and(|w| !w.iter().any(|v| v == d.verdict.as_str())) {
                return None;
            }
            Some(serde_json::json!({"seq": e.seq, "kind": e.kind, "actor": e.actor, "conversation": e.conversation, "ts": e.ts, "decision": d}))
        })
        .collect();
    Ok(Json(out).into_response())
}

#[derive(Deserialize)]
struct CaseQuery {
    status: Option<String>,
    queue: Option<String>,
    subject: Option<String>,
    limit: Option<usize>,
    offset: Option<usize>,
}

async fn list_cases(
    State(s): State<Arc<AppState>>,
    Extension(c): Extension<Caller>,
    Query(q): Query<CaseQuery>,
) -> Result<Response, ApiError> {
    c.need(Scope::Review)?;
    let status = match q.status.as_deref() {
        None => None,
        Some("open") => Some(CaseStatus::Open),
        Some("closed") => Some(CaseStatus::Closed),
        Some(_) => return Err(ApiError::field("status", "must be open or closed")),
    };
    let filter = CaseFilter {
        status,
        queue: q.queue,
        subject: q.subject,
        limit: q.limit.unwrap_or(50).min(500),
        offset: q.offset.unwrap_or(0),
    };
    let cases = s
        .store
        .cases(&filter)
        .await
        .map_err(|_| ApiError::internal())?;
    Ok(Json(cases).into_response())
}

async fn get_case(
    State(s): State<Arc<AppState>>,
    Extension(c): Extension<Caller>,
    Path(id): Path<i64>,
) -> Result<Response, ApiError> {
    c.need(Scope::Review)?;
    let case = s
        .store
        .case(lurewatch_store::CaseId(id))
        .await
        .map_err(|_| ApiError::internal())?
        .ok_or_else(|| ApiError::not_found("no such case"))?;
    Ok(Json(case).into_response())
}

async fn get_entity(
    State(s): State<Arc<AppState>>,
    Extension(c): Extension<Caller>,
    Path((kind, id)): Path<(String, String)>,
) -> Result<Response, ApiError> {
    c.need(Scope::Review)?;
    let kind = match kind.as_str() {
        "account" => EntityKind::Account,
        "conversation" => EntityKind::Conversation,
        "media" => EntityKind::Media,
        _ => {
            return Err(ApiError::field(
                "kind",
                "must be account, conversation or media",
            ));
        }
    };
    let entity = EntityRef {
        kind,
        id: id.clone(),
    };
    let labels = s
        .store
        .labels(&entity, now_ms())
        .await
        .map_err(|_| ApiError::internal())?;
    let events = match kind {
        EntityKind::Account => s.store.events_of_actor(&id, 100).await,
        EntityKind::Conversation => s.store.events_of_conversation(&id, 100).await,
        EntityKind::Media => Ok(Vec::new()),
    }
    .map_err(|_| ApiError::internal())?;
    let seqs: Vec<i64> = events.iter().map(|e| e.seq).collect();
    Ok(
        Json(serde_json::json!({"entity": entity, "labels": labels, "recent_events": seqs}))
            .into_response(),
    )
}

async fn list_banks(
    State(s): State<Arc<AppState>>,
    Extension(c): Extension<Caller>,
) -> Result<Response, ApiError> {
    c.need(Scope::Review)?;
    Ok(Json(s.store.banks().await.map_err(|_| ApiError::internal())?).into_response())
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NewBank {
    name: String,
    #[serde(default = "default_distance")]
    max_distance: u32,
}

fn default_distance() -> u32 {
    lurewatch_match::MATCH_THRESHOLD
}

async fn create_bank(
    State(s): State<Arc<AppState>>,
    Extension(c): Extension<Caller>,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, ApiError> {
    c.need(Scope::Admin)?;
    let b: NewBank = json_body(body)?;
    let name = lurewatch_match::normalize_bank_name(&b.name)
        .map_err(|e| ApiError::field("name", e.to_string()))?;
    if b.max_distance > 256 {
        return Err(ApiError::field("max_distance", "must be 0..=256"));
    }
    s.store
        .create_bank(&name, b.max_distance)
        .await
        .map_err(|e| ApiError::bad_request("conflict", e.to_string()))?;
    Ok((
        StatusCode::CREATED,
        Json(serde_json::json!({"name": name, "max_distance": b.max_distance})),
    )
        .into_response())
}

#[derive(Deserialize)]
struct ImportQuery {
    format: Option<String>,
    source: Option<String>,
}

async fn import_bank(
    State(s): State<Arc<AppState>>,
    Extension(c): Extension<Caller>,
    Path(name): Path<String>,
    Query(q): Query<ImportQuery>,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, ApiError> {
    c.need(Scope::Admin)?;
    let body = body_bytes(body)?;
    let report = crate::banks::import(
        &s,
        &name,
        q.format.as_deref().unwrap_or("auto"),
        q.source.as_deref(),
        &body,
    )
    .await?;
    Ok(Json(report).into_response())
}

/// The request body, or a JSON error (413 when over the size limit).
fn body_bytes(body: Result<Bytes, BytesRejection>) -> Result<Bytes, ApiError> {
    body.map_err(|e| ApiError {
        status: e.status(),
        code: "body",
        message: e.body_text(),
        field: None,
    })
}

/// A JSON request body as `T`, or a 4xx naming the field.
fn json_body<T: serde::de::DeserializeOwned>(
    body: Result<Bytes, BytesRejection>,
) -> Result<T, ApiError> {
    serde_json::from_slice(&body_bytes(body)?).map_err(|e| json_error(&e))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Enabled {
    enabled: bool,
}

async fn set_bank_enabled(
    State(s): State<Arc<AppState>>,
    Extension(c): Extension<Caller>,
    Path(name): Path<String>,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, ApiError> {
    c.need(Scope::Admin)?;
    let e: Enabled = json_body(body)?;
    crate::banks::set_bank_enabled(&s, &name, e.enabled).await?;
    Ok(Json(serde_json::json!({"bank": name, "enabled": e.enabled})).into_response())
}

async fn set_entry_enabled(
    State(s): State<Arc<AppState>>,
    Extension(c): Extension<Caller>,
    Path(id): Path<i64>,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, ApiError> {
    c.need(Scope::Admin)?;
    let e: Enabled = json_body(body)?;
    crate::banks::set_entry_enabled(&s, id, e.enabled).await?;
    Ok(Json(serde_json::json!({"entry": id, "enabled": e.enabled})).into_response())
}

/// HMA `POST /h/hash`: the image is the request body.
async fn hma_hash(
    Extension(c): Extension<Caller>,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, ApiError> {
    c.need(Scope::Ingest)?;
    let body = body_bytes(body)?;
    let h = tokio::task::spawn_blocking(move || {
        lurewatch_media::hash_media(
            &body,
            &lurewatch_media::Limits::default(),
            false,
            &mut lurewatch_pdq::Hasher::new(),
        )
    })
    .await
    .map_err(|_| ApiError::internal())?
    .map_err(|e| ApiError::field("body", e.to_string()))?;
    Ok(Json(serde_json::json!({
        "pdq": h.pdq.hash.to_hex(), "pdq_quality": h.pdq.quality,
        "md5": hex::encode(h.digests.md5), "sha256": hex::encode(h.digests.sha256),
    }))
    .into_response())
}

#[derive(Deserialize)]
struct LookupQuery {
    signal_type: String,
    signal: String,
}

/// HMA `GET /m/lookup?signal_type=pdq&signal=<hex>`: matches grouped by bank.
async fn hma_lookup(
    State(s): State<Arc<AppState>>,
    Extension(c): Extension<Caller>,
    Query(q): Query<LookupQuery>,
) -> Result<Response, ApiError> {
    c.need(Scope::Ingest)?;
    let media = s
        .shared
        .media
        .read()
        .map_err(|_| ApiError::internal())?
        .clone();
    let a = match q.signal_type.as_str() {
        "pdq" => lurewatch_core::event::Attachment {
            media_id: "lookup".into(),
            pdq: Some(q.signal.clone()),
            ..Default::default()
        },
        "md5" | "video_md5" => lurewatch_core::event::Attachment {
            media_id: "lookup".into(),
            md5: Some(q.signal.clone()),
            ..Default::default()
        },
        "sha256" => lurewatch_core::event::Attachment {
            media_id: "lookup".into(),
            sha256: Some(q.signal.clone()),
            ..Default::default()
        },
        _ => return Err(ApiError::field("signal_type", "must be pdq, md5 or sha256")),
    };
    let digits = if q.signal_type.contains("md5") {
        32
    } else {
        64
    };
    if q.signal.len() != digits || !q.signal.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(ApiError::field(
            "signal",
            format!("must be {digits} hex digits"),
        ));
    }
    let mut out = Vec::new();
    media.detect(&a, &mut lurewatch_pdq::Hasher::new(), &mut out);
    let mut by_bank: HashMap<String, Vec<serde_json::Value>> = HashMap::new();
    for sig in out {
        if let lurewatch_core::Signal::MediaMatch {
            bank,
            entry,
            distance,
            ..
        } = sig
        {
            by_bank.entry(bank).or_default().push(
                serde_json::json!({"bank_content_id": entry, "distance": distance.to_string()}),
            );
        }
    }
    Ok(Json(by_bank).into_response())
}

async fn metrics_endpoint(
    State(s): State<Arc<AppState>>,
    Extension(c): Extension<Caller>,
) -> Result<Response, ApiError> {
    c.need(Scope::Review)?;
    let body = s
        .metrics
        .as_ref()
        .map(PrometheusHandle::render)
        .unwrap_or_default();
    Ok(([(header::CONTENT_TYPE, "text/plain; version=0.0.4")], body).into_response())
}

async fn openapi(Extension(_c): Extension<Caller>) -> Response {
    ([(header::CONTENT_TYPE, "application/json")], OPENAPI).into_response()
}
