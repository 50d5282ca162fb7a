//! The API in-process: auth, ingest, idempotency, bad input, banks, HMA subset.

use std::sync::Arc;

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode};
use lurewatch_server::app::build;
use lurewatch_server::config::Config;
use lurewatch_server::server::{AppState, router};
use lurewatch_store::ApiKeyRecord;
use tower::ServiceExt;

struct Harness {
    app: Router,
    _dir: tempfile::TempDir,
    admin: String,
    ingest: String,
    review: String,
}

async fn key(state: &Arc<AppState>, scopes: &[&str]) -> String {
    let k = lurewatch_server::auth::generate().unwrap();
    state
        .store
        .insert_api_key(&ApiKeyRecord {
            id: k.id.clone(),
            name: format!("test {scopes:?}"),
            hash: k.hash,
            scopes: scopes.iter().map(|s| s.to_string()).collect(),
            created: 0,
            revoked: false,
        })
        .await
        .unwrap();
    k.key
}

async fn harness() -> Harness {
    let dir = tempfile::tempdir().unwrap();
    let config = Config {
        data_dir: dir.path().to_path_buf(),
        max_body_bytes: 1 << 20,
        ..Config::default()
    };
    let state = build(&config, None).await.unwrap();
    let admin = key(&state, &["admin"]).await;
    let ingest = key(&state, &["ingest"]).await;
    let review = key(&state, &["review"]).await;
    Harness {
        app: router(state, config.max_body_bytes),
        _dir: dir,
        admin,
        ingest,
        review,
    }
}

async fn call(
    app: &Router,
    method: &str,
    uri: &str,
    key: Option<&str>,
    body: impl Into<Body>,
) -> (StatusCode, serde_json::Value) {
    let mut req = Request::builder()
        .method(method)
        .uri(uri)
        .header("content-type", "application/json");
    if let Some(k) = key {
        req = req.header("authorization", format!("Bearer {k}"));
    }
    let resp = app
        .clone()
        .oneshot(req.body(body.into()).unwrap())
        .await
        .unwrap();
    let status = resp.status();
    let bytes = axum::body::to_bytes(resp.into_body(), 16 << 20)
        .await
        .unwrap();
    let v = serde_json::from_slice(&bytes).unwrap_or_else(|_| {
        serde_json::Value::String(String::from_utf8_lossy(&bytes).into_owned())
    });
    (status, v)
}

const MSG: &str = r#"{"id":"m1","type":"message","conversation":"c1","sender":"u1","recipients":["u2"],"text":"hi, how was practice?"}"#;

#[tokio::test]
async fn health_is_open_everything_else_needs_a_key_with_the_right_scope() {
    let h = harness().await;
    assert_eq!(
        call(&h.app, "GET", "/healthz", None, Body::empty()).await.0,
        StatusCode::OK
    );
    assert_eq!(
        call(&h.app, "GET", "/readyz", None, Body::empty()).await.0,
        StatusCode::OK
    );
    for uri in ["/v1/cases", "/metrics", "/openapi.json", "/v1/banks"] {
        assert_eq!(
            call(&h.app, "GET", uri, None, Body::empty()).await.0,
            StatusCode::UNAUTHORIZED,
            "{uri}"
        );
        assert_eq!(
            call(&h.app, "GET", uri, Some("lw_nope"), Body::empty())
                .await
                .0,
            StatusCode::UNAUTHORIZED,
            "{uri}"
        );
    }
    let (s, v) = call(&h.app, "POST", "/v1/events", None, MSG).await;
    assert_eq!(s, StatusCode::UNAUTHORIZED);
    assert_eq!(v["error"], "unauthorized");
    // Scopes: review can't ingest, ingest can't read cases or create banks.
    assert_eq!(
        call(&h.app, "POST", "/v1/events", Some(&h.review), MSG)
            .await
            .0,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        call(&h.app, "GET", "/v1/cases", Some(&h.ingest), Body::empty())
            .await
            .0,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        call(
            &h.app,
            "POST",
            "/v1/banks",
            Some(&h.review),
            r#"{"name":"X"}"#
        )
        .await
        .0,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        call(&h.app, "GET", "/v1/cases", Some(&h.admin), Body::empty())
            .await
            .0,
        StatusCode::OK
    );
    let (s, spec) = call(
        &h.app,
        "GET",
        "/openapi.json",
        Some(&h.review),
        Body::empty(),
    )
    .await;
    assert_eq!(s, StatusCode::OK);
    assert!(spec["paths"]["/v1/events"].is_object());
}

#[tokio::test]
async fn ingest_decides_and_retries_are_not_processed_twice() {
    let h = harness().await;
    let (s, v) = call(&h.app, "POST", "/v1/events", Some(&h.ingest), MSG).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert_eq!(v["duplicate"], false);
    assert_eq!(v["decision"]["verdict"], "allow");
    let seq = v["seq"].as_i64().unwrap();
    let (s, again) = call(&h.app, "POST", "/v1/events", Some(&h.ingest), MSG).await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(again["duplicate"], true);
    assert_eq!(again["seq"].as_i64().unwrap(), seq);
    // A batch.
    let batch = r#"[{"type":"profile","account":"u2","declared_age":14},{"type":"message","conversation":"c2","sender":"x","recipients":["u2"],"text":"hey"}]"#;
    let (s, v) = call(&h.app, "POST", "/v1/events", Some(&h.ingest), batch).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert_eq!(v.as_array().unwrap().len(), 2);
    // Stored and readable by a reviewer.
    let (s, e) = call(
        &h.app,
        "GET",
        &format!("/v1/events/{seq}"),
        Some(&h.review),
        Body::empty(),
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{e}");
}

/// A message too long to read on the request's worker is read on the
/// blocking pool: decided like any other, evidence at original offsets, and
/// the service keeps serving.
#[tokio::test]
async fn a_long_hostile_message_is_read_and_decided() {
    let h = harness().await;
    let filler = "\u{202e}ho\u{200d}me\u{200b}work 😀 s n a p ".repeat(2_000);
    let text = format!("{filler} add me on snap, its easier");
    // The longest text the API accepts is 64 KiB.
    assert!(
        text.len() > 60_000 && text.len() <= 65_536,
        "{}",
        text.len()
    );
    let body = serde_json::json!({"id": "long", "type": "message", "conversation": "cl",
        "sender": "u9", "recipients": ["u8"], "text": text})
    .to_string();
    let (s, v) = call(&h.app, "POST", "/v1/events", Some(&h.ingest), body).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    let risk = v["decision"]["signals"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["kind"] == "conversation_risk")
        .expect("a conversation-risk signal");
    let evidence = risk["evidence"].as_array().unwrap();
    let last = evidence
        .iter()
        .map(|e| e[1].as_u64().unwrap() as usize)
        .max()
        .expect("evidence");
    assert!(last > filler.len() && last <= text.len(), "{last}");
    let (s, v) = call(&h.app, "POST", "/v1/events", Some(&h.ingest), MSG).await;
    assert_eq!(s, StatusCode::OK, "{v}");
}

#[tokio::test]
async fn bad_input_gets_a_json_error_naming_the_field() {
    let h = harness().await;
    let cases = [
        ("{not json", "malformed_json", None),
        (
            r#"{"type":"telepathy","sender":"u"}"#,
            "invalid_field",
            Some("type"),
        ),
        (
            r#"{"type":"message","sender":"u","text":"x"}"#,
            "invalid_field",
            Some("conversation"),
        ),
        (
            r#"{"type":"message","conversation":"c","sender":"","text":"x"}"#,
            "invalid_field",
            Some("sender"),
        ),
        (
            r#"{"type":"media","account":"a","media":{"media_id":"m","pdq":"zz"}}"#,
            "invalid_field",
            Some("media.pdq"),
        ),
        (
            r#"[{"type":"message","conversation":"c","sender":"a","text":"ok"},{"type":"profile","account":"b","declared_age":400}]"#,
            "invalid_field",
            Some("[1].declared_age"),
        ),
        ("[]", "batch_size", None),
    ];
    for (body, code, field) in cases {
        let (s, v) = call(&h.app, "POST", "/v1/events", Some(&h.ingest), body).await;
        assert_eq!(s, StatusCode::BAD_REQUEST, "{body}: {v}");
        assert_eq!(v["error"], code, "{body}: {v}");
        if let Some(f) = field {
            assert_eq!(v["field"], f, "{body}: {v}");
        }
    }
    // Oversize body: refused with a JSON error.
    let big = format!(
        r#"{{"type":"message","conversation":"c","sender":"a","text":"{}"}}"#,
        "x".repeat(2 << 20)
    );
    let (s, v) = call(&h.app, "POST", "/v1/events", Some(&h.ingest), big).await;
    assert_eq!(s, StatusCode::PAYLOAD_TOO_LARGE, "{v}");
    // Nothing bad was stored: the service still serves.
    assert_eq!(
        call(&h.app, "POST", "/v1/events", Some(&h.ingest), MSG)
            .await
            .0,
        StatusCode::OK
    );
}

#[tokio::test]
async fn banks_import_match_and_disable_without_rebuild() {
    let h = harness().await;
    let (s, v) = call(
        &h.app,
        "POST",
        "/v1/banks",
        Some(&h.admin),
        r#"{"name":"csam_test"}"#,
    )
    .await;
    assert_eq!(s, StatusCode::CREATED, "{v}");
    let bank = "# demo\n53d246aeab792c3456cbd352b99c5aada7e447525c0eb831ad2ec3c1c3d23c0e,100,known-0\nnot a hash,1,x\n";
    let (s, v) = call(
        &h.app,
        "POST",
        "/v1/banks/CSAM_TEST/entries?format=csv",
        Some(&h.admin),
        bank,
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert_eq!(v["inserted"], 1);
    assert_eq!(v["bad_lines"][0]["line"], 3);
    // HMA lookup.
    let hash = "53d246aeab792c3456cbd352b99c5aada7e447525c0eb831ad2ec3c1c3d23c0f";
    let (s, v) = call(
        &h.app,
        "GET",
        &format!("/m/lookup?signal_type=pdq&signal={hash}"),
        Some(&h.ingest),
        Body::empty(),
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert_eq!(v["CSAM_TEST"][0]["distance"], "1");
    // A media event with that hash matches; the default rules block it.
    let ev =
        format!(r#"{{"type":"media","account":"bad","media":{{"media_id":"m9","pdq":"{hash}"}}}}"#);
    let (s, v) = call(&h.app, "POST", "/v1/events", Some(&h.ingest), ev.clone()).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert!(
        v["decision"]["signals"]
            .as_array()
            .unwrap()
            .iter()
            .any(|s| s["kind"] == "media_match"),
        "{v}"
    );
    assert_eq!(v["decision"]["verdict"], "block", "{v}");
    // Disable the bank: the next event no longer matches.
    let (s, _) = call(
        &h.app,
        "POST",
        "/v1/banks/CSAM_TEST/enabled",
        Some(&h.admin),
        r#"{"enabled":false}"#,
    )
    .await;
    assert_eq!(s, StatusCode::OK);
    let ev2 = ev.replace("m9", "m10");
    let (_, v) = call(&h.app, "POST", "/v1/events", Some(&h.ingest), ev2).await;
    assert!(
        !v["decision"]["signals"]
            .as_array()
            .unwrap()
            .iter()
            .any(|s| s["kind"] == "media_match"),
        "{v}"
    );
}

/// The same service on PostgreSQL (the machine's server at 127.0.0.1:5432;
/// `LUREWATCH_TEST_PG=off` skips), in a database of its own.
#[tokio::test]
async fn postgres_backend_serves_events() {
    if std::env::var("LUREWATCH_TEST_PG").is_ok_and(|v| v.eq_ignore_ascii_case("off")) {
        eprintln!("note: LUREWATCH_TEST_PG=off, skipping");
        return;
    }
    use sqlx::Connection;
    let admin_url = std::env::var("LUREWATCH_TEST_PG_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into());
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos();
    let db = format!("lw_server_test_{}_{nanos}", std::process::id());
    let mut admin = sqlx::PgConnection::connect(&admin_url)
        .await
        .expect("PostgreSQL reachable");
    sqlx::raw_sql(sqlx::AssertSqlSafe(format!("CREATE DATABASE {db}")))
        .execute(&mut admin)
        .await
        .unwrap();
    let url = format!("{}/{db}", admin_url.rsplit_once('/').unwrap().0);
    let dir = tempfile::tempdir().unwrap();
    let config = Config {
        data_dir: dir.path().to_path_buf(),
        database_url: Some(url),
        ..Config::default()
    };
    let state = build(&config, None).await.unwrap();
    let ingest = key(&state, &["ingest", "review"]).await;
    let app = router(state.clone(), config.max_body_bytes);
    let (s, v) = call(&app, "POST", "/v1/events", Some(&ingest), MSG).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    let (_, again) = call(&app, "POST", "/v1/events", Some(&ingest), MSG).await;
    assert_eq!(again["duplicate"], true);
    let (s, _) = call(
        &app,
        "GET",
        &format!("/v1/events/{}", v["seq"]),
        Some(&ingest),
        Body::empty(),
    )
    .await;
    assert_eq!(s, StatusCode::OK);
    drop(app);
    drop(state);
    let _ = sqlx::raw_sql(sqlx::AssertSqlSafe(format!(
        "DROP DATABASE IF EXISTS {db} WITH (FORCE)"
    )))
    .execute(&mut admin)
    .await;
}

/// Labels set by rules are reloaded into the decision cache after a restart.
#[tokio::test]
async fn labels_survive_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let config = Config {
        data_dir: dir.path().to_path_buf(),
        ..Config::default()
    };
    {
        let state = build(&config, None).await.unwrap();
        let k = key(&state, &["ingest"]).await;
        let app = router(state.clone(), config.max_body_bytes);
        let (s, v) = call(
            &app,
            "POST",
            "/v1/events",
            Some(&k),
            r#"{"type":"profile","account":"kid","declared_age":13}"#,
        )
        .await;
        assert_eq!(s, StatusCode::OK, "{v}");
        // The label write-back is asynchronous: wait until it is stored.
        let kid = lurewatch_core::EntityRef {
            kind: lurewatch_core::EntityKind::Account,
            id: "kid".into(),
        };
        for _ in 0..100 {
            if !state.store.labels(&kid, 0).await.unwrap().is_empty() {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
    }
    let state = build(&config, None).await.unwrap();
    let kid = lurewatch_core::EntityRef {
        kind: lurewatch_core::EntityKind::Account,
        id: "kid".into(),
    };
    let cache = state.shared.labels.read().unwrap();
    assert!(
        cache
            .get(&kid)
            .is_some_and(|l| l.iter().any(|x| x.label == "minor")),
        "{cache:?}"
    );
}

/// A rule over a windowed counter sees the counts from before a restart
/// (the service loads the stored counter buckets when it starts).
#[tokio::test]
async fn counters_survive_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let rules = dir.path().join("rules.toml");
    std::fs::write(
        &rules,
        r#"
version = "counting"
[[counter]]
name = "messages_24h"
entity = "conversation"
window = "24h"
when = 'event.type == "message"'

[[rule]]
id = "third_message"
description = "The third message of a conversation within a day (test rule)."
condition = 'event.type == "message" && counters.messages_24h >= 3'
verdict = "review"
"#,
    )
    .unwrap();
    let config = Config {
        data_dir: dir.path().join("data"),
        rules: Some(rules),
        ..Config::default()
    };
    let message = |n: u32| {
        format!(
            r#"{{"type":"message","idempotency_key":"m{n}","conversation":"c1","sender":"a","recipients":["b"],"text":"see you at practice"}}"#
        )
    };
    {
        let state = build(&config, None).await.unwrap();
        let k = key(&state, &["ingest"]).await;
        let app = router(state.clone(), config.max_body_bytes);
        for n in 1..=2 {
            let (s, v) = call(&app, "POST", "/v1/events", Some(&k), message(n)).await;
            assert_eq!(s, StatusCode::OK, "{v}");
            assert_eq!(v["decision"]["verdict"], "allow", "{v}");
        }
        // Counter additions are written once a second, or when the service
        // goes idle: no flush here, they must get to the store on their own.
        let c1 = lurewatch_core::EntityRef {
            kind: lurewatch_core::EntityKind::Conversation,
            id: "c1".into(),
        };
        let mut stored = 0;
        for _ in 0..250 {
            stored = state
                .store
                .counter_total(&c1, "messages_24h", 0)
                .await
                .unwrap();
            if stored == 2 {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
        assert_eq!(stored, 2, "counter additions written while idle");
    }
    let state = build(&config, None).await.unwrap();
    let k = key(&state, &["ingest"]).await;
    let app = router(state, config.max_body_bytes);
    let (s, v) = call(&app, "POST", "/v1/events", Some(&k), message(3)).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert_eq!(v["decision"]["verdict"], "review", "{v}");
}
