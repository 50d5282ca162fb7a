//! Webhook delivery end to end: a local HTTP receiver, jobs enqueued through
//! the SQLite store, the worker with a short backoff.

use std::collections::HashMap;
use std::convert::Infallible;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use hmac::{Hmac, Mac};
use http_body_util::{BodyExt, Full};
use hyper::body::{Bytes, Incoming};
use hyper::{HeaderMap, Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use lurewatch_server::pipeline::now_ms;
use lurewatch_server::webhooks::{self, Endpoint, Options, Secret, Worker};
use lurewatch_store::{SqliteStore, Store};
use serde_json::{Value, json};
use tokio_util::sync::CancellationToken;

const SECRET: &str = "test-secret-do-not-use";

/// One request the receiver saw.
#[derive(Clone)]
struct Received {
    path: String,
    headers: HeaderMap,
    body: Bytes,
}

/// A tiny HTTP receiver on 127.0.0.1. By path: `/ok` → 200, `/flaky` → 500
/// for the first `fail_first` requests then 204, `/reject` → 400,
/// `/down` → 503 always, `/slow` → 200 after 5 s.
#[derive(Clone)]
struct Receiver {
    base: String,
    log: Arc<Mutex<Vec<Received>>>,
    fail_first: Arc<AtomicUsize>,
}

impl Receiver {
    async fn start(fail_first: usize) -> Receiver {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let r = Receiver {
            base: format!("http://{}", listener.local_addr().unwrap()),
            log: Arc::default(),
            fail_first: Arc::new(AtomicUsize::new(fail_first)),
        };
        let state = r.clone();
        tokio::spawn(async move {
            loop {
                let Ok((stream, _)) = listener.accept().await else {
                    return;
                };
                let state = state.clone();
                tokio::spawn(async move {
                    let service = hyper::service::service_fn(move |req| {
                        let state = state.clone();
                        async move { state.answer(req).await }
                    });
                    let _ = hyper::server::conn::http1::Builder::new()
                        .serve_connection(TokioIo::new(stream), service)
                        .await;
                });
            }
        });
        r
    }

    async fn answer(&self, req: Request<Incoming>) -> Result<Response<Full<Bytes>>, Infallible> {
        let path = req.uri().path().to_string();
        let headers = req.headers().clone();
        let body = req.into_body().collect().await.unwrap().to_bytes();
        self.log.lock().unwrap().push(Received {
            path: path.clone(),
            headers,
            body,
        });
        let status = match path.as_str() {
            "/ok" => StatusCode::OK,
            "/flaky" => {
                let failing = self
                    .fail_first
                    .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| n.checked_sub(1))
                    .is_ok();
                if failing {
                    StatusCode::INTERNAL_SERVER_ERROR
                } else {
                    StatusCode::NO_CONTENT
                }
            }
            "/reject" => StatusCode::BAD_REQUEST,
            "/down" => StatusCode::SERVICE_UNAVAILABLE,
            "/slow" => {
                tokio::time::sleep(Duration::from_secs(5)).await;
                StatusCode::OK
            }
            _ => StatusCode::NOT_FOUND,
        };
        Ok(Response::builder()
            .status(status)
            .body(Full::new(Bytes::from_static(b"{}")))
            .unwrap())
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    fn requests(&self, path: &str) -> Vec<Received> {
        let log = self.log.lock().unwrap();
        log.iter().filter(|r| r.path == path).cloned().collect()
    }

    fn counts(&self) -> HashMap<String, usize> {
        let mut out = HashMap::new();
        for r in self.log.lock().unwrap().iter() {
            *out.entry(r.path.clone()).or_default() += 1;
        }
        out
    }
}

async fn store() -> (Arc<dyn Store>, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open(dir.path()).await.unwrap();
    store.migrate().await.unwrap();
    (Arc::new(store), dir)
}

fn endpoint(name: &str, url: &str) -> Endpoint {
    Endpoint::new(name, url, Secret::new(SECRET)).unwrap()
}

fn fast() -> Options {
    Options {
        poll_interval: Duration::from_millis(10),
        batch: 64,
        timeout: Duration::from_secs(2),
        backoff_base: Duration::from_millis(20),
        backoff_cap: Duration::from_millis(100),
        max_attempts: 4,
        shutdown_grace: Duration::from_millis(100),
    }
}

async fn enqueue(store: &dyn Store, webhook: &str) -> i64 {
    let payload = json!({
        "webhook": webhook,
        "event_seq": 7,
        "verdict": "block",
        "rule": "known_abuse_hash",
        "actor": "u1",
    });
    store.enqueue("webhook", &payload, now_ms()).await.unwrap()
}

async fn wait_for(what: &str, mut done: impl FnMut() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(5);
    while !done() {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

/// The verification recipe of `docs/webhooks.md`, written out independently
/// of `webhooks::verify`.
fn recipe_accepts(r: &Received) -> bool {
    let ts = r.headers["x-lurewatch-timestamp"].to_str().unwrap();
    let sig = r.headers["x-lurewatch-signature"].to_str().unwrap();
    let ts_num: i64 = ts.parse().unwrap();
    if (now_ms() / 1000 - ts_num).abs() > 300 {
        return false;
    }
    let mut mac = Hmac::<sha2::Sha256>::new_from_slice(SECRET.as_bytes()).unwrap();
    mac.update(ts.as_bytes());
    mac.update(b".");
    mac.update(&r.body);
    let expected = format!("sha256={}", hex::encode(mac.finalize().into_bytes()));
    expected == sig
}

#[tokio::test]
async fn delivers_signed_retries_and_gives_up() {
    let rx = Receiver::start(2).await;
    let (store, _dir) = store().await;
    // A port nothing listens on: connection refused.
    let closed = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        format!("http://{}/", l.local_addr().unwrap())
    };
    let endpoints = vec![
        endpoint("ok", &rx.url("/ok")),
        endpoint("flaky", &rx.url("/flaky")),
        endpoint("reject", &rx.url("/reject")),
        endpoint("down", &rx.url("/down")),
        endpoint("closed", &closed),
        // https:// to a plain-HTTP port: the TLS handshake fails, retried.
        endpoint("tls", &rx.url("/ok").replace("http://", "https://")),
    ];
    let ok = enqueue(store.as_ref(), "ok").await;
    enqueue(store.as_ref(), "flaky").await;
    enqueue(store.as_ref(), "reject").await;
    enqueue(store.as_ref(), "down").await;
    enqueue(store.as_ref(), "closed").await;
    enqueue(store.as_ref(), "tls").await;
    enqueue(store.as_ref(), "nope").await; // not configured
    // Other kinds are not the webhook worker's to handle.
    let ncmec = store
        .enqueue("ncmec_report", &json!({"event_seq": 7}), now_ms())
        .await
        .unwrap();

    let started = Instant::now();
    let shutdown = CancellationToken::new();
    let worker = Worker::new(store.clone(), endpoints, fast()).spawn(shutdown.clone());

    wait_for("deliveries", || {
        let c = rx.counts();
        c.get("/ok") == Some(&1)
            && c.get("/flaky") == Some(&3)
            && c.get("/reject") == Some(&1)
            && c.get("/down") == Some(&4)
    })
    .await;
    // Nothing more arrives once every job is done or given up (the closed
    // port's job exhausts its 4 attempts in well under this pause too).
    let settled = rx.counts();
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(rx.counts(), settled, "no delivery after give-up");
    shutdown.cancel();
    tokio::time::timeout(Duration::from_secs(2), worker)
        .await
        .expect("the worker stops on shutdown")
        .unwrap();
    // No webhook job is pending any more, however far ahead one looks:
    // delivered ones are gone, the others (400, 503 ×4, connection refused
    // ×4, failed TLS handshake ×4, unknown webhook) are parked as given up.
    // (Probing leases, so only after the worker stopped.)
    // The NCMEC job was never leased by the webhook worker: it is due for
    // its own worker at once, untried.
    let theirs = store
        .due_jobs_of_kind("ncmec_report", now_ms(), 10)
        .await
        .unwrap();
    assert_eq!(
        theirs
            .iter()
            .map(|j| (j.id, j.attempts))
            .collect::<Vec<_>>(),
        vec![(ncmec, 0)]
    );
    let far = now_ms() + 10 * 3_600_000;
    let pending = store.due_jobs(far, 100).await.unwrap();
    assert!(
        pending.iter().all(|j| j.kind != "webhook"),
        "still pending: {pending:?}"
    );

    // Delivered once, signed, with the documented body and headers.
    let r = &rx.requests("/ok")[0];
    assert_eq!(r.headers["content-type"], "application/json");
    assert_eq!(r.headers["x-lurewatch-delivery"], ok.to_string().as_str());
    assert!(recipe_accepts(r), "the documented recipe verifies it");
    assert!(webhooks::verify(
        SECRET.as_bytes(),
        r.headers["x-lurewatch-timestamp"].to_str().unwrap(),
        &r.body,
        r.headers["x-lurewatch-signature"].to_str().unwrap(),
        now_ms() / 1000,
        300,
    ));
    let body: Value = serde_json::from_slice(&r.body).unwrap();
    assert_eq!(body["webhook"], "ok");
    assert_eq!(body["event_seq"], 7);
    assert_eq!(body["verdict"], "block");
    assert_eq!(body["rule"], "known_abuse_hash");
    assert_eq!(body["actor"], "u1");
    assert_eq!(body["delivery_id"], ok);
    let sent_at = body["sent_at"].as_i64().unwrap();
    let ts: i64 = r.headers["x-lurewatch-timestamp"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert_eq!(sent_at / 1000, ts);
    // A tampered body fails the recipe.
    let mut tampered = r.clone();
    tampered.body = Bytes::from(r.body.iter().rev().copied().collect::<Vec<u8>>());
    assert!(!recipe_accepts(&tampered));

    // Retried after the 500s with the same delivery id, each try signed.
    let flaky = rx.requests("/flaky");
    assert_eq!(flaky.len(), 3);
    let ids: Vec<_> = flaky
        .iter()
        .map(|r| r.headers["x-lurewatch-delivery"].clone())
        .collect();
    assert!(ids.iter().all(|id| *id == ids[0]));
    assert!(flaky.iter().all(recipe_accepts));

    // 400: tried once. 503: tried max_attempts times.
    assert_eq!(rx.requests("/reject").len(), 1);
    assert_eq!(rx.requests("/down").len(), 4);
    assert!(started.elapsed() < Duration::from_secs(8));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn shutdown_leaves_in_flight_deliveries_leased() {
    let rx = Receiver::start(0).await;
    let (store, _dir) = store().await;
    let id = enqueue(store.as_ref(), "slow").await;
    let shutdown = CancellationToken::new();
    let worker = Worker::new(
        store.clone(),
        vec![endpoint("slow", &rx.url("/slow"))],
        fast(),
    )
    .spawn(shutdown.clone());
    wait_for("the slow delivery to start", || {
        rx.requests("/slow").len() == 1
    })
    .await;
    let t = Instant::now();
    shutdown.cancel();
    worker.await.unwrap();
    assert!(
        t.elapsed() < Duration::from_secs(2),
        "shutdown waits only the grace"
    );
    // The job is still in the outbox, leased; it comes back after the lease.
    let now = now_ms();
    assert!(store.due_jobs(now, 10).await.unwrap().is_empty());
    let later = store
        .due_jobs(now + lurewatch_store::JOB_LEASE_MS + 1000, 10)
        .await
        .unwrap();
    assert_eq!(later.len(), 1);
    assert_eq!((later[0].id, later[0].attempts), (id, 0));
}
