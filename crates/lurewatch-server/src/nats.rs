//! Stream ingest: events from a NATS JetStream stream, for platforms that
//! publish their events to a bus instead of calling `POST /v1/events`.
//!
//! A durable pull consumer (explicit acks) reads the configured stream. Each
//! message holds one event, JSON exactly as for `POST /v1/events`, and goes
//! through the same path as the HTTP API: validation, durable append with
//! idempotency, the detectors, the rules, the decision. Then:
//!
//! * accepted: the decision is published to `decisions_subject` as
//!   `{"stream_seq", "seq", "duplicate", "decision"}` and the message is
//!   acknowledged — only after the event is committed, so a crash before the
//!   ack means redelivery, never loss;
//! * refused (malformed JSON, unknown type, invalid field): the error (code,
//!   field, message — never the content) is published to `rejected_subject`
//!   with the stream sequence, and the message is terminated (not
//!   redelivered); the bytes stay in the stream for the platform to inspect;
//! * the store or pipeline unavailable: negative acknowledgement with a
//!   delay, so JetStream redelivers it.
//!
//! Redelivery never double-processes: an event without `id` or
//! `idempotency_key` gets the key `nats:<stream>:<stream sequence>`.

use std::sync::Arc;
use std::time::Duration;

use async_nats::jetstream::{self, AckKind, consumer::PullConsumer};
use futures_util::StreamExt as _;
use lurewatch_core::Envelope;
use serde::Deserialize;
use tokio_util::sync::CancellationToken;

use crate::error::ApiError;
use crate::server::AppState;

/// `[nats]` in the service config.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct NatsConfig {
    /// Server URL.
    pub url: String,
    /// The JetStream stream holding platform events.
    pub stream: String,
    /// Subjects of the stream (used when lurewatch creates it).
    pub subjects: Vec<String>,
    /// Create the stream if it does not exist.
    pub create_stream: bool,
    /// Durable consumer name (several lurewatch processes may share it).
    pub consumer: String,
    /// Where decisions are published.
    pub decisions_subject: String,
    /// Where refused messages are reported.
    pub rejected_subject: String,
    /// Largest message accepted, in bytes.
    pub max_message_bytes: usize,
}

impl Default for NatsConfig {
    fn default() -> Self {
        NatsConfig {
            url: "nats://127.0.0.1:4222".into(),
            stream: "LUREWATCH_EVENTS".into(),
            subjects: vec!["lurewatch.events.>".into()],
            create_stream: true,
            consumer: "lurewatch".into(),
            decisions_subject: "lurewatch.decisions".into(),
            rejected_subject: "lurewatch.rejected".into(),
            max_message_bytes: 24 << 20,
        }
    }
}

/// Why the stream consumer could not start.
#[derive(Debug, thiserror::Error)]
pub enum NatsError {
    /// Connecting, or setting up the stream or consumer, failed.
    #[error("NATS {what}: {reason}")]
    Setup {
        /// Which step.
        what: &'static str,
        /// The client's error.
        reason: String,
    },
}

fn setup(what: &'static str) -> impl FnOnce(String) -> NatsError {
    move |reason| NatsError::Setup { what, reason }
}

/// Connects, makes sure the stream and the durable consumer exist, and
/// spawns the consumer loop until `shutdown`.
pub async fn start(
    state: Arc<AppState>,
    config: NatsConfig,
    shutdown: CancellationToken,
) -> Result<tokio::task::JoinHandle<()>, NatsError> {
    let client = async_nats::connect(&config.url)
        .await
        .map_err(|e| setup("connect")(e.to_string()))?;
    let js = jetstream::new(client.clone());
    let stream = if config.create_stream {
        js.get_or_create_stream(jetstream::stream::Config {
            name: config.stream.clone(),
            subjects: config.subjects.clone(),
            ..Default::default()
        })
        .await
        .map_err(|e| setup("stream")(e.to_string()))?
    } else {
        js.get_stream(&config.stream)
            .await
            .map_err(|e| setup("stream")(e.to_string()))?
    };
    let consumer: PullConsumer = stream
        .get_or_create_consumer(
            &config.consumer,
            jetstream::consumer::pull::Config {
                durable_name: Some(config.consumer.clone()),
                ack_policy: jetstream::consumer::AckPolicy::Explicit,
                ack_wait: Duration::from_secs(30),
                ..Default::default()
            },
        )
        .await
        .map_err(|e| setup("consumer")(e.to_string()))?;
    let mut messages = consumer
        .messages()
        .await
        .map_err(|e| setup("subscribe")(e.to_string()))?;
    tracing::info!(stream = %config.stream, consumer = %config.consumer, "consuming events from NATS");
    Ok(tokio::spawn(async move {
        loop {
            let next = tokio::select! {
                () = shutdown.cancelled() => break,
                next = messages.next() => next,
            };
            match next {
                Some(Ok(message)) => handle(&state, &client, &config, message).await,
                Some(Err(e)) => {
                    tracing::warn!(error = %e, "NATS consumer error; continuing");
                    tokio::time::sleep(Duration::from_millis(200)).await;
                }
                None => {
                    tracing::error!("NATS consumer stream ended");
                    break;
                }
            }
        }
        let _ = client.flush().await;
    }))
}

/// What became of one message.
enum Outcome {
    Accepted(serde_json::Value),
    Refused(ApiError),
    Retry(ApiError),
}

async fn handle(
    state: &Arc<AppState>,
    client: &async_nats::Client,
    config: &NatsConfig,
    message: jetstream::Message,
) {
    let stream_seq = message.info().map(|i| i.stream_sequence).unwrap_or(0);
    let outcome = process(state, config, &message.payload, stream_seq).await;
    let (ack, subject, body) = match outcome {
        Outcome::Accepted(body) => (AckKind::Ack, &config.decisions_subject, body),
        Outcome::Refused(e) => (
            AckKind::Term,
            &config.rejected_subject,
            serde_json::json!({
                "stream_seq": stream_seq,
                "error": {"code": e.code, "field": e.field, "message": e.message},
            }),
        ),
        Outcome::Retry(e) => {
            tracing::warn!(stream_seq, reason = %e.message, "event not accepted now; JetStream will redeliver it");
            if let Err(e) = message
                .ack_with(AckKind::Nak(Some(Duration::from_millis(500))))
                .await
            {
                tracing::warn!(error = %e, "NATS nak failed");
            }
            return;
        }
    };
    // Publish first: a crash between the two redelivers the message, and the
    // idempotent append answers with the stored decision again.
    if let Err(e) = client
        .publish(subject.clone(), body.to_string().into())
        .await
    {
        tracing::warn!(error = %e, "publishing the outcome failed");
    }
    if let Err(e) = message.ack_with(ack).await {
        tracing::warn!(error = %e, "NATS ack failed");
    }
}

async fn process(
    state: &Arc<AppState>,
    config: &NatsConfig,
    payload: &[u8],
    stream_seq: u64,
) -> Outcome {
    if payload.len() > config.max_message_bytes {
        return Outcome::Refused(ApiError::field(
            "body",
            format!("larger than {} bytes", config.max_message_bytes),
        ));
    }
    let value: serde_json::Value = match serde_json::from_slice(payload) {
        Ok(v) => v,
        Err(e) => return Outcome::Refused(crate::error::json_error(&e)),
    };
    let mut env = match Envelope::from_json(value) {
        Ok(env) => env,
        Err(e) => return Outcome::Refused(ApiError::field(e.field, e.reason)),
    };
    if let Err(e) = env.validate() {
        return Outcome::Refused(ApiError::field(e.field, e.reason));
    }
    if env.dedupe_key().is_none() {
        env.idempotency_key = Some(format!("nats:{}:{stream_seq}", config.stream));
    }
    match crate::server::ingest_one(state, env).await {
        Ok(result) => Outcome::Accepted(serde_json::json!({
            "stream_seq": stream_seq,
            "seq": result.seq,
            "duplicate": result.duplicate,
            "decision": result.decision,
        })),
        Err(e) if e.status.is_server_error() => Outcome::Retry(e),
        Err(e) => Outcome::Refused(e),
    }
}
