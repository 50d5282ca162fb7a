//! Append throughput of the store: small message events in batches of 1, 64
//! and 512, each batch one durable transaction.
//!
//! ```text
//! cargo run --release -p lurewatch-store --example store_bench -- \
//!     [--events 200000] [--batch N] [--dir target/store-bench] \
//!     [--pg postgres://postgres@127.0.0.1/postgres]
//! ```
//!
//! `--batch N` runs one batch size instead of the three. `--dir` should be on the disk the service will use (not a tmpfs, where
//! `fsync` is free). Batches of 1 stop after 30 s (one `fsync` per event).
//! `--pg` also runs the PostgreSQL backend against that database (its tables
//! are created by the migrations; the events are left there).

use std::path::PathBuf;
use std::time::{Duration, Instant};

use lurewatch_core::EventKind;
use lurewatch_store::{NewEvent, PgStore, SqliteStore, Store};
use serde_json::json;

const BATCH_SIZES: [usize; 3] = [1, 64, 512];
const TIME_LIMIT: Duration = Duration::from_secs(30);

fn event(run: &str, i: usize) -> NewEvent {
    let sender = format!("user{}", i % 5_000);
    let conversation = format!("conv{}", i % 20_000);
    NewEvent {
        dedupe_key: Some(format!("{run}-{i}")),
        kind: EventKind::Message,
        actor: sender.clone(),
        conversation: Some(conversation.clone()),
        ts: 1_700_000_000_000 + i as i64,
        received: 1_700_000_000_000 + i as i64,
        envelope: json!({
            "id": format!("{run}-{i}"),
            "type": "message",
            "conversation": conversation,
            "sender": sender,
            "recipients": [format!("user{}", (i + 1) % 5_000)],
            "text": "hey, how was school today? want to play later",
        }),
    }
}

async fn bench(store: &dyn Store, label: &str, run: &str, events: usize, batch_size: usize) {
    let started = Instant::now();
    let mut appended = 0;
    while appended < events {
        let end = (appended + batch_size).min(events);
        let batch: Vec<NewEvent> = (appended..end).map(|i| event(run, i)).collect();
        let result = store.append_events(&batch).await.expect("append");
        assert!(result.iter().all(|a| !a.is_duplicate()));
        appended = end;
        if started.elapsed() > TIME_LIMIT {
            break;
        }
    }
    let seconds = started.elapsed().as_secs_f64();
    println!(
        "{label:8} batch {batch_size:4}: {appended:7} events in {seconds:6.2} s = {:9.0} events/s ({:.3} ms per batch)",
        appended as f64 / seconds,
        seconds * 1000.0 / appended.div_ceil(batch_size) as f64,
    );
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let mut events = 200_000;
    let mut dir = PathBuf::from("target/store-bench");
    let mut pg_url = None;
    let mut batch_sizes = BATCH_SIZES.to_vec();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = || args.next().expect("a value after the flag");
        match arg.as_str() {
            "--events" => events = value().parse().expect("--events N"),
            "--dir" => dir = PathBuf::from(value()),
            "--pg" => pg_url = Some(value()),
            "--batch" => batch_sizes = vec![value().parse().expect("--batch N")],
            other => panic!("unknown argument {other}"),
        }
    }

    for &batch_size in &batch_sizes {
        let run_dir = dir.join(format!("batch-{batch_size}"));
        let _ = std::fs::remove_dir_all(&run_dir);
        let store = SqliteStore::open(&run_dir).await.expect("open");
        store.migrate().await.expect("migrate");
        bench(&store, "sqlite", "s", events, batch_size).await;
        store.close().await;
        let size: u64 = std::fs::read_dir(&run_dir)
            .expect("list")
            .filter_map(|e| e.ok()?.metadata().ok())
            .map(|m| m.len())
            .sum();
        println!(
            "         on disk: {:.1} MiB",
            size as f64 / (1 << 20) as f64
        );
    }

    if let Some(url) = pg_url {
        let store = PgStore::connect(&url).await.expect("connect");
        store.migrate().await.expect("migrate");
        let run = format!(
            "pg{}",
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .expect("clock")
                .as_millis()
        );
        for &batch_size in &batch_sizes {
            bench(
                &store,
                "postgres",
                &format!("{run}-{batch_size}"),
                events,
                batch_size,
            )
            .await;
        }
        store.close().await;
    }
}
