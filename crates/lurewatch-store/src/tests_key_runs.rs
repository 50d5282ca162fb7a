//! The actor and conversation key runs of the SQLite store (`key_runs.rs`):
//! reads through runs, merges and deletions agree with a scan of the log,
//! whatever the interleaving; a merge cut short (a restart) leaves a
//! consistent index; the migration indexes the events stored before it; a
//! file store keeps its runs in the background.

use proptest::prelude::*;
use sqlx::Row;

use super::*;
use crate::key_runs::Step;
use crate::{EventKind, KeyRunPolicy, NewEvent, Store};

fn event(actor: &str, conversation: Option<&str>, ts: i64) -> NewEvent {
    NewEvent {
        dedupe_key: None,
        kind: EventKind::Message,
        actor: actor.to_string(),
        conversation: conversation.map(str::to_string),
        ts,
        received: ts,
        envelope: serde_json::json!({"type": "message", "n": ts}),
    }
}

/// `(run, level, first_seq, last_seq, live)` of every run.
async fn runs_of(store: &SqliteStore) -> Vec<(i64, i64, i64, i64, i64)> {
    sqlx::query(
        "SELECT run, level, first_seq, last_seq, live FROM keys.event_key_runs ORDER BY run",
    )
    .fetch_all(store.reader())
    .await
    .unwrap()
    .iter()
    .map(|r| (r.get(0), r.get(1), r.get(2), r.get(3), r.get(4)))
    .collect()
}

/// Live runs tile `1..=indexed` without gaps or overlaps.
async fn check_tiling(store: &SqliteStore) {
    let mut live: Vec<_> = runs_of(store)
        .await
        .into_iter()
        .filter(|r| r.4 == 1)
        .collect();
    live.sort_by_key(|r| r.3);
    let mut next = 1;
    for (run, _, first, last, _) in live {
        assert_eq!(first, next, "run {run} starts where the previous one ended");
        assert!(last >= first);
        next = last + 1;
    }
}

/// The seqs of `key`'s newest events by actor (`role` 0) or conversation.
async fn newest(store: &SqliteStore, role: u8, key: &str, limit: usize) -> Vec<i64> {
    let events = match role {
        0 => store.events_of_actor(key, limit).await,
        _ => store.events_of_conversation(key, limit).await,
    };
    events.unwrap().iter().map(|e| e.seq).collect()
}

/// Every key's newest events, at several limits, against a scan of the
/// appended events (`log`: seq, actor, conversation).
async fn check_reads(store: &SqliteStore, log: &[(i64, String, Option<String>)]) {
    let key_of = |role: u8, e: &(i64, String, Option<String>)| match role {
        0 => Some(e.1.clone()),
        _ => e.2.clone(),
    };
    for role in [0u8, 1] {
        let mut keys: std::collections::BTreeSet<String> =
            log.iter().filter_map(|e| key_of(role, e)).collect();
        keys.insert("nobody".into());
        for limit in [1, 2, 5, 1000] {
            for key in &keys {
                let want: Vec<i64> = log
                    .iter()
                    .rev()
                    .filter(|e| key_of(role, e).as_deref() == Some(key.as_str()))
                    .map(|e| e.0)
                    .take(limit)
                    .collect();
                let got = newest(store, role, key, limit).await;
                assert_eq!(got, want, "role {role}, key {key}, limit {limit}");
            }
        }
    }
    check_tiling(store).await;
}

/// A migrated in-memory store with the given run sizes.
async fn memory_store(run_events: i64, fanout: usize, chunk: usize) -> SqliteStore {
    let store = SqliteStore::open_in_memory().await.unwrap();
    store.migrate().await.unwrap();
    store.set_key_run_policy(KeyRunPolicy {
        run_events,
        fanout,
        chunk,
    });
    store
}

/// Appends `batch` and records each event's seq, actor and conversation.
async fn append_logged(
    store: &SqliteStore,
    batch: &[NewEvent],
    log: &mut Vec<(i64, String, Option<String>)>,
) {
    let appended = store.append_events(batch).await.unwrap();
    for (new, e) in appended.iter().zip(batch) {
        let crate::Appended::New { seq } = new else {
            panic!("no dedupe keys here");
        };
        log.push((*seq, e.actor.clone(), e.conversation.clone()));
    }
}

#[derive(Debug, Clone)]
enum Op {
    /// Append a batch of `(actor, conversation)` picks.
    Append(Vec<(u8, Option<u8>)>),
    /// Run this many maintenance steps.
    Steps(u8),
    /// Forget the merge in progress (a restart).
    Restart,
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        3 => prop::collection::vec((0u8..5, prop::option::of(0u8..4)), 1..9).prop_map(Op::Append),
        3 => (1u8..6).prop_map(Op::Steps),
        1 => Just(Op::Restart),
    ]
}

async fn apply(store: &SqliteStore, ops: &[Op], log: &mut Vec<(i64, String, Option<String>)>) {
    for op in ops {
        match op {
            Op::Append(picks) => {
                let batch: Vec<NewEvent> = picks
                    .iter()
                    .map(|(a, c)| {
                        let conversation = c.map(|c| format!("c{c}"));
                        event(&format!("u{a}"), conversation.as_deref(), log.len() as i64)
                    })
                    .collect();
                append_logged(store, &batch, log).await;
            }
            Op::Steps(n) => {
                for _ in 0..*n {
                    store.key_step().await.unwrap();
                }
            }
            Op::Restart => store.forget_key_merge().await,
        }
        check_reads(store, log).await;
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(32))]

    /// Whatever the interleaving of appends, maintenance steps and restarts,
    /// and whatever the run sizes, reads return exactly what a scan of the
    /// log would; drained, no replaced run is left and no level has a full
    /// window of runs left to merge.
    #[test]
    fn reads_through_runs_match_a_scan(
        ops in prop::collection::vec(op(), 1..40),
        run_events in 1i64..6,
        fanout in 2usize..4,
        chunk in 1usize..7,
    ) {
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        runtime.block_on(async {
            let store = memory_store(run_events, fanout, chunk).await;
            let mut log = Vec::new();
            apply(&store, &ops, &mut log).await;
            store.maintain_keys().await.unwrap();
            check_reads(&store, &log).await;
            let runs = runs_of(&store).await;
            assert!(runs.iter().all(|r| r.4 == 1), "replaced runs are deleted: {runs:?}");
            let mut levels: Vec<i64> = runs.iter().map(|r| r.1).collect();
            levels.sort();
            for w in levels.windows(fanout) {
                assert!(w[0] != w[fanout - 1], "a full window is merged: {runs:?}");
            }
            // Exactly one entry per key of every indexed event.
            let indexed = runs.iter().map(|r| r.3).max().unwrap_or(0);
            let want: usize = log.iter().filter(|e| e.0 <= indexed)
                .map(|e| 1 + usize::from(e.2.is_some())).sum();
            let entries: i64 = sqlx::query_scalar("SELECT count(*) FROM keys.event_keys")
                .fetch_one(store.reader()).await.unwrap();
            assert_eq!(entries as usize, want);
            assert!(log.len() as i64 - indexed < run_events, "the tail is shorter than a run");
            store.close().await;
        });
    }
}

#[tokio::test]
async fn merges_make_fewer_larger_runs_and_reads_stay_exact() {
    let store = memory_store(10, 4, 7).await;
    let mut log = Vec::new();
    let mut steps = Vec::new();
    for round in 0..40 {
        let picks = (0..9)
            .map(|i| (((round * 9 + i) % 7) as u8, Some(((round + i) % 3) as u8)))
            .collect();
        apply(&store, &[Op::Append(picks)], &mut log).await;
        for _ in 0..4 {
            steps.push(store.key_step().await.unwrap());
        }
    }
    store.maintain_keys().await.unwrap();
    check_reads(&store, &log).await;
    assert!(steps.contains(&Step::Built));
    assert!(steps.contains(&Step::Merged));
    assert!(steps.contains(&Step::Deleted));
    // 360 events: 36 level-0 runs of 10 merge into 2 of level 2 (160 events
    // each) and 1 of level 1 (40 events).
    let mut runs = runs_of(&store).await;
    runs.sort_by_key(|r| r.3);
    let live: Vec<(i64, i64)> = runs.iter().map(|r| (r.1, r.3 - r.2 + 1)).collect();
    assert_eq!(live, vec![(2, 160), (2, 160), (1, 40)]);
    store.close().await;
}

/// A log stored before the runs (schema version 5): after the migrations
/// (6 made the runs, 8 moved them to their own file) reads are right at
/// once, from the log, and the first maintenance step indexes the whole
/// log as one run. Deleting the keys file loses nothing either.
#[tokio::test]
async fn the_migration_indexes_events_stored_before_it() {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open(dir.path()).await.unwrap();
    MIGRATOR.run_to(5, store.writer()).await.unwrap();
    let mut log = Vec::new();
    for i in 0..70i64 {
        let (actor, conversation) = (format!("u{}", i % 4), format!("c{}", i % 3));
        let batch = [event(
            &actor,
            (i % 5 != 0).then_some(conversation.as_str()),
            i,
        )];
        sqlx::query(
            "INSERT INTO events (kind, actor, conversation, ts, received, envelope) \
             VALUES ('message', $1, $2, $3, $3, '{}')",
        )
        .bind(&batch[0].actor)
        .bind(&batch[0].conversation)
        .bind(i)
        .execute(store.writer())
        .await
        .unwrap();
        log.push((i + 1, batch[0].actor.clone(), batch[0].conversation.clone()));
    }
    store.migrate().await.unwrap();
    check_reads(&store, &log).await;
    // 70 events, runs of 1: more than 64 runs' worth and no run yet.
    let policy = KeyRunPolicy {
        run_events: 1,
        fanout: 8,
        chunk: 1024,
    };
    store.set_key_run_policy(policy);
    store.maintain_keys().await.unwrap();
    assert_eq!(runs_of(&store).await, vec![(1, 1000, 1, 70, 1)]);
    check_reads(&store, &log).await;
    // The runs are in their own file; the log's file has neither the old
    // indexes nor the runs' tables.
    let tables: Vec<String> = sqlx::query_scalar(
        "SELECT name FROM sqlite_master WHERE name IN \
         ('events_by_actor', 'events_by_conversation', 'event_keys', 'event_key_runs')",
    )
    .fetch_all(store.reader())
    .await
    .unwrap();
    assert!(tables.is_empty(), "{tables:?}");
    let indexes: Vec<String> = sqlx::query_scalar(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'events'",
    )
    .fetch_all(store.reader())
    .await
    .unwrap();
    assert!(indexes.iter().any(|n| n == "events_profiles_by_actor"));
    store.close().await;
    // Deleted while stopped, the keys file is rebuilt.
    let keys = dir.path().join(crate::SQLITE_KEYS_FILE_NAME);
    assert!(keys.exists());
    std::fs::remove_file(&keys).unwrap();
    let _ = std::fs::remove_file(
        dir.path()
            .join(format!("{}-wal", crate::SQLITE_KEYS_FILE_NAME)),
    );
    let _ = std::fs::remove_file(
        dir.path()
            .join(format!("{}-shm", crate::SQLITE_KEYS_FILE_NAME)),
    );
    let store = SqliteStore::open(dir.path()).await.unwrap();
    store.migrate().await.unwrap();
    check_reads(&store, &log).await;
    store.set_key_run_policy(policy);
    store.maintain_keys().await.unwrap();
    assert_eq!(runs_of(&store).await, vec![(1, 1000, 1, 70, 1)]);
    check_reads(&store, &log).await;
    store.close().await;
}

#[tokio::test]
async fn a_file_store_builds_and_merges_runs_in_the_background() {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open(dir.path()).await.unwrap();
    store.migrate().await.unwrap();
    store.set_key_run_policy(KeyRunPolicy {
        run_events: 50,
        fanout: 2,
        chunk: 64,
    });
    let mut log = Vec::new();
    let mut ts = 0;
    for _ in 0..8 {
        let batch: Vec<NewEvent> = (0..50)
            .map(|i| {
                ts += 1;
                event(&format!("u{}", i % 13), Some(&format!("c{}", i % 5)), ts)
            })
            .collect();
        append_logged(&store, &batch, &mut log).await;
    }
    // 400 events, runs of 50 merged in pairs: one run of level 3 at the end.
    let mut merged = false;
    for _ in 0..200 {
        tokio::time::sleep(Duration::from_millis(25)).await;
        let runs = runs_of(&store).await;
        if runs.len() == 1 && runs[0].1 == 3 {
            merged = true;
            break;
        }
    }
    assert!(
        merged,
        "background maintenance merged: {:?}",
        runs_of(&store).await
    );
    check_reads(&store, &log).await;
    // Maintenance commits without an fsync of its own; ingest still has one.
    let synchronous: i64 = sqlx::query_scalar("PRAGMA synchronous")
        .fetch_one(store.writer())
        .await
        .unwrap();
    assert_eq!(synchronous, 2, "FULL");
    // Reopened (the merge state is gone), reads are the same.
    store.close().await;
    let store = SqliteStore::open(dir.path()).await.unwrap();
    store.migrate().await.unwrap();
    check_reads(&store, &log).await;
    store.close().await;
}

#[tokio::test]
async fn hostile_keys_are_found_through_runs() {
    let store = memory_store(3, 2, 2).await;
    let long = "ü".repeat(5_000);
    let names: Vec<&str> = vec![
        "",
        "a\0b",
        "a",
        "A",
        "\u{202e}evil\u{202c}",
        "z\u{200d}w\u{200b}j",
        "👩‍👩‍👧",
        "'; DROP TABLE events; --",
        &long,
        "a ",
    ];
    let mut log = Vec::new();
    for round in 0..4 {
        let batch: Vec<NewEvent> = names
            .iter()
            .enumerate()
            .map(|(i, name)| {
                let conversation = names[(i + round) % names.len()];
                event(name, Some(conversation), (round * 100 + i) as i64)
            })
            .collect();
        append_logged(&store, &batch, &mut log).await;
        store.maintain_keys().await.unwrap();
        check_reads(&store, &log).await;
    }
    assert!(runs_of(&store).await.len() > 1, "reads went through runs");
    store.close().await;
}
