//! Stream ingest from a real NATS JetStream server (127.0.0.1:4222, or
//! `LUREWATCH_TEST_NATS_URL`; `LUREWATCH_TEST_NATS=off` skips). Each test
//! uses its own stream, subjects and consumer.

use std::time::Duration;

use futures_util::StreamExt as _;
use lurewatch_server::app::build;
use lurewatch_server::config::Config;
use lurewatch_server::nats::{NatsConfig, start};
use lurewatch_store::EventKind;
use tokio_util::sync::CancellationToken;

fn nats_url() -> Option<String> {
    if std::env::var("LUREWATCH_TEST_NATS").is_ok_and(|v| v.eq_ignore_ascii_case("off")) {
        eprintln!("note: LUREWATCH_TEST_NATS=off, skipping the NATS test");
        return None;
    }
    Some(
        std::env::var("LUREWATCH_TEST_NATS_URL")
            .unwrap_or_else(|_| "nats://127.0.0.1:4222".to_string()),
    )
}

fn unique() -> String {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos();
    format!("{}_{nanos}", std::process::id())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn events_from_a_stream_are_decided_once_and_bad_ones_reported() {
    let Some(url) = nats_url() else { return };
    let id = unique();
    let nats = NatsConfig {
        url: url.clone(),
        stream: format!("LW_TEST_{id}"),
        subjects: vec![format!("lwtest.{id}.events.>")],
        create_stream: true,
        consumer: format!("lw_{id}"),
        decisions_subject: format!("lwtest.{id}.decisions"),
        rejected_subject: format!("lwtest.{id}.rejected"),
        max_message_bytes: 1 << 20,
    };
    let dir = tempfile::tempdir().unwrap();
    let config = Config {
        data_dir: dir.path().to_path_buf(),
        ..Config::default()
    };
    let state = build(&config, None).await.unwrap();

    let client = async_nats::connect(&url)
        .await
        .expect("NATS at 127.0.0.1:4222");
    let mut decisions = client
        .subscribe(nats.decisions_subject.clone())
        .await
        .unwrap();
    let mut rejected = client
        .subscribe(nats.rejected_subject.clone())
        .await
        .unwrap();
    let stop = CancellationToken::new();
    let consumer = start(state.clone(), nats.clone(), stop.clone())
        .await
        .unwrap();

    let js = async_nats::jetstream::new(client.clone());
    let subject = format!("lwtest.{id}.events.messages");
    let payloads = [
        r#"{"id":"m1","type":"message","conversation":"c1","sender":"u1","recipients":["u2"],"text":"hi, how was practice?"}"#,
        // The same event again (a platform retry): stored once.
        r#"{"id":"m1","type":"message","conversation":"c1","sender":"u1","recipients":["u2"],"text":"hi, how was practice?"}"#,
        // No id: keyed by its stream sequence.
        r#"{"type":"profile","account":"u2","declared_age":14}"#,
        r#"{"type":"message","conversation":"c1","sender":"u1""#,
        r#"{"type":"telepathy","sender":"u1"}"#,
    ];
    for p in payloads {
        js.publish(subject.clone(), p.as_bytes().to_vec().into())
            .await
            .unwrap()
            .await
            .unwrap();
    }

    let mut accepted = Vec::new();
    for _ in 0..3 {
        let m = tokio::time::timeout(Duration::from_secs(20), decisions.next())
            .await
            .expect("a decision within 20 s")
            .unwrap();
        accepted.push(serde_json::from_slice::<serde_json::Value>(&m.payload).unwrap());
    }
    let mut refused = Vec::new();
    for _ in 0..2 {
        let m = tokio::time::timeout(Duration::from_secs(20), rejected.next())
            .await
            .expect("a rejection within 20 s")
            .unwrap();
        refused.push(serde_json::from_slice::<serde_json::Value>(&m.payload).unwrap());
    }
    assert_eq!(accepted[0]["duplicate"], false);
    assert_eq!(
        accepted[0]["decision"]["verdict"], "allow",
        "{}",
        accepted[0]
    );
    assert_eq!(accepted[1]["duplicate"], true);
    assert_eq!(accepted[1]["seq"], accepted[0]["seq"]);
    assert_eq!(accepted[2]["duplicate"], false);
    // Errors name the problem, never echo the content.
    assert_eq!(refused[0]["stream_seq"], 4);
    assert_eq!(refused[1]["stream_seq"], 5);
    assert_eq!(refused[1]["error"]["field"], "type", "{}", refused[1]);
    for r in &refused {
        assert!(!r.to_string().contains("practice"));
    }

    // Two events stored, the profile keyed by its stream sequence.
    let stored = state.store.events_after(0, None, 100).await.unwrap();
    assert_eq!(stored.len(), 2, "{stored:?}");
    assert_eq!(stored[1].kind, EventKind::Profile);
    assert_eq!(
        stored[1].dedupe_key.as_deref(),
        Some(format!("nats:{}:3", nats.stream).as_str())
    );

    stop.cancel();
    consumer.await.unwrap();
    js.delete_stream(&nats.stream).await.unwrap();
}
