//! Append throughput of the store: small message events in batches of 1, 64
//! and 512, each batch one durable transaction.
//!
//! ```text
//! cargo run --release -p lurewatch-store --example store_bench -- \
//!     [--events 200000] [--batch N] [--dir target/store-bench] \
//!     [--pg postgres://postgres@127.0.0.1/postgres] \
//!     [--write-back all|none|decisions|counters|cases]
//! ```
//!
//! `--write-back` makes each batch carry what the service's group commit
//! carries: the previous batch's decisions (a ~350-byte JSON each), one
//! counter addition per event and a case update for every fifth event
//! (`all`), or only one of those kinds, to see what each costs.
//!
//! `--batch N` runs one batch size instead of the three. `--dir` should be on the disk the service will use (not a tmpfs, where
//! `fsync` is free). Batches of 1 stop after 30 s (one `fsync` per event).
//! `--pg` also runs the PostgreSQL backend against that database (its tables
//! are created by the migrations; the events are left there).

use std::path::PathBuf;
use std::time::{Duration, Instant};

use lurewatch_core::{Decision, EntityKind, EntityRef, EventKind, Signal};
use lurewatch_store::{CaseUpdate, CounterAdd, NewEvent, PgStore, SqliteStore, Store, WriteBack};
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

/// What a batch's write-back carries.
#[derive(Clone, Copy, PartialEq)]
enum Carry {
    None,
    All,
    Decisions,
    Counters,
    Cases,
}

/// The write-back the service would produce for `batch` (stored at `seqs`).
fn write_back_of(carry: Carry, batch: &[NewEvent], seqs: &[i64]) -> WriteBack {
    let mut back = WriteBack::default();
    let has = |kind: Carry| carry == Carry::All || carry == kind;
    for (event, &seq) in batch.iter().zip(seqs) {
        if has(Carry::Decisions) {
            let signal = Signal::ConversationRisk {
                conversation: event.conversation.clone().unwrap_or_default(),
                score: 0.25,
                flagged: false,
                codes: vec!["age_probe".into()],
                evidence: vec![(14, 31, "age_probe".into())],
                suspected_sender: None,
            };
            let decision = Decision::from_hits(vec![], vec![signal], "bench.1".into());
            back.decisions.push((seq, decision));
        }
        if has(Carry::Counters) {
            back.counters.push(CounterAdd {
                entity: EntityRef {
                    kind: EntityKind::Account,
                    id: event.actor.clone(),
                },
                name: "messages_1h".into(),
                bucket: event.ts - event.ts.rem_euclid(60_000),
                by: 1,
            });
        }
        if has(Carry::Cases) && seq % 5 == 0 {
            back.cases.push(CaseUpdate {
                subject: event.actor.clone(),
                queue: "trafficking".into(),
                priority: 50,
                event_seq: seq,
                targets: vec![format!("{}-target", event.actor)],
                child_safety: false,
                now: event.ts,
            });
        }
    }
    back
}

async fn bench(
    store: &dyn Store,
    label: &str,
    run: &str,
    events: usize,
    batch_size: usize,
    carry: Carry,
) {
    let started = Instant::now();
    let mut appended = 0;
    let mut back = WriteBack::default();
    while appended < events {
        let end = (appended + batch_size).min(events);
        let batch: Vec<NewEvent> = (appended..end).map(|i| event(run, i)).collect();
        let result = store
            .append_with_write_back(&batch, &back)
            .await
            .expect("append");
        assert!(result.iter().all(|a| !a.is_duplicate()));
        if carry != Carry::None {
            let seqs: Vec<i64> = result.iter().map(|a| a.seq()).collect();
            back = write_back_of(carry, &batch, &seqs);
        }
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
    let mut carry = Carry::None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = || args.next().expect("a value after the flag");
        match arg.as_str() {
            "--events" => events = value().parse().expect("--events N"),
            "--dir" => dir = PathBuf::from(value()),
            "--pg" => pg_url = Some(value()),
            "--batch" => batch_sizes = vec![value().parse().expect("--batch N")],
            "--write-back" => {
                carry = match value().as_str() {
                    "all" => Carry::All,
                    "none" => Carry::None,
                    "decisions" => Carry::Decisions,
                    "counters" => Carry::Counters,
                    "cases" => Carry::Cases,
                    other => panic!("--write-back {other}: all|none|decisions|counters|cases"),
                }
            }
            other => panic!("unknown argument {other}"),
        }
    }

    for &batch_size in &batch_sizes {
        let run_dir = dir.join(format!("batch-{batch_size}"));
        let _ = std::fs::remove_dir_all(&run_dir);
        let store = SqliteStore::open(&run_dir).await.expect("open");
        store.migrate().await.expect("migrate");
        bench(&store, "sqlite", "s", events, batch_size, carry).await;
        // The actor and conversation key runs are kept in the background
        // during the appends; what is left when they stop:
        let started = Instant::now();
        store.maintain_keys().await.expect("key runs");
        println!(
            "         key runs caught up in {:.3} s",
            started.elapsed().as_secs_f64()
        );
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
                carry,
            )
            .await;
        }
        store.close().await;
    }
}
