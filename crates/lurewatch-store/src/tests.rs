//! One test suite for every backend (the Quickwit metastore pattern).
//!
//! [`store_test_suite!`] expands to one `#[tokio::test]` per behaviour of the
//! [`Store`] contract, each getting a fresh database from a harness
//! constructor. It is invoked at the bottom of this file for SQLite on a file,
//! SQLite in memory and PostgreSQL.
//!
//! PostgreSQL: each test creates its own database `lw_test_<unique>` on the
//! server at `LUREWATCH_TEST_PG_URL` (default
//! `postgres://postgres@127.0.0.1:5432/postgres`) and drops it afterwards.
//! `LUREWATCH_TEST_PG=off` skips them with a note; otherwise an unreachable
//! server fails them (CI has one).

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use async_trait::async_trait;
use lurewatch_core::{
    Decision, EntityKind, EntityRef, EventKind, Label, RuleHit, RuleMode, Verdict,
};
use serde_json::json;
use sqlx::Connection;
use tokio::sync::Mutex;

use crate::{
    ApiKeyRecord, Appended, BankEntryRecord, CaseFilter, CaseId, CaseStatus, CaseUpdate, NewEvent,
    PgStore, SqliteStore, Store, StoreError,
};

// ------------------------------------------------------------------ harnesses

/// A fresh database for one test.
#[async_trait]
pub(crate) trait Harness: Send + Sync + 'static {
    /// The store under test.
    async fn store(&self) -> Arc<dyn Store>;
    /// Drops the store without closing it cleanly and opens the same
    /// database again; `None` if the backend cannot (in memory).
    async fn reopen(&self) -> Option<Arc<dyn Store>>;
    /// Releases the database.
    async fn cleanup(&self);
}

/// Something that can be the body of a suite test.
pub(crate) type TestBody = fn(Arc<dyn Harness>) -> Pin<Box<dyn Future<Output = ()> + Send>>;

/// Runs a test body, then cleans up even if it panicked, then re-raises.
pub(crate) async fn run(harness: Arc<dyn Harness>, body: TestBody) {
    let outcome = tokio::spawn(body(harness.clone())).await;
    harness.cleanup().await;
    if let Err(error) = outcome {
        match error.try_into_panic() {
            Ok(panic) => std::panic::resume_unwind(panic),
            Err(error) => panic!("test task failed: {error}"),
        }
    }
}

struct SqliteFileHarness {
    dir: tempfile::TempDir,
    store: Mutex<Option<Arc<SqliteStore>>>,
}

#[async_trait]
impl Harness for SqliteFileHarness {
    async fn store(&self) -> Arc<dyn Store> {
        self.store.lock().await.clone().expect("store is open")
    }

    async fn reopen(&self) -> Option<Arc<dyn Store>> {
        let mut slot = self.store.lock().await;
        drop(slot.take());
        let store = Arc::new(SqliteStore::open(self.dir.path()).await.expect("reopen"));
        store.migrate().await.expect("migrate after reopen");
        *slot = Some(store.clone());
        Some(store)
    }

    async fn cleanup(&self) {
        if let Some(store) = self.store.lock().await.take() {
            store.close().await;
        }
    }
}

/// SQLite in a temporary data directory.
pub(crate) async fn sqlite_file_harness() -> Option<Arc<dyn Harness>> {
    let dir = tempfile::tempdir().expect("temporary directory");
    let store = SqliteStore::open(dir.path()).await.expect("open sqlite");
    store.migrate().await.expect("migrate sqlite");
    Some(Arc::new(SqliteFileHarness {
        dir,
        store: Mutex::new(Some(Arc::new(store))),
    }))
}

struct SqliteMemoryHarness {
    store: Arc<SqliteStore>,
}

#[async_trait]
impl Harness for SqliteMemoryHarness {
    async fn store(&self) -> Arc<dyn Store> {
        self.store.clone()
    }

    async fn reopen(&self) -> Option<Arc<dyn Store>> {
        None
    }

    async fn cleanup(&self) {
        self.store.close().await;
    }
}

/// SQLite in memory.
pub(crate) async fn sqlite_memory_harness() -> Option<Arc<dyn Harness>> {
    let store = SqliteStore::open_in_memory().await.expect("open in memory");
    store.migrate().await.expect("migrate in memory");
    Some(Arc::new(SqliteMemoryHarness {
        store: Arc::new(store),
    }))
}

struct PgHarness {
    admin_url: String,
    database: String,
    url: String,
    store: Mutex<Option<Arc<PgStore>>>,
}

#[async_trait]
impl Harness for PgHarness {
    async fn store(&self) -> Arc<dyn Store> {
        self.store.lock().await.clone().expect("store is open")
    }

    async fn reopen(&self) -> Option<Arc<dyn Store>> {
        let mut slot = self.store.lock().await;
        drop(slot.take());
        let store = Arc::new(PgStore::connect(&self.url).await.expect("reconnect"));
        store.migrate().await.expect("migrate after reconnect");
        *slot = Some(store.clone());
        Some(store)
    }

    async fn cleanup(&self) {
        if let Some(store) = self.store.lock().await.take() {
            store.close().await;
        }
        let mut admin = sqlx::PgConnection::connect(&self.admin_url)
            .await
            .expect("connect to drop the test database");
        let sql = format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", self.database);
        sqlx::raw_sql(sqlx::AssertSqlSafe(sql))
            .execute(&mut admin)
            .await
            .expect("drop the test database");
    }
}

/// The database URL of the PostgreSQL tests, or `None` to skip them.
fn pg_admin_url() -> Option<String> {
    if std::env::var("LUREWATCH_TEST_PG").is_ok_and(|v| v.eq_ignore_ascii_case("off")) {
        return None;
    }
    Some(
        std::env::var("LUREWATCH_TEST_PG_URL")
            .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".to_string()),
    )
}

/// A unique database name: process id, a counter and the clock.
fn unique_database_name() -> String {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    format!(
        "lw_test_{}_{}_{nanos}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    )
}

/// PostgreSQL: a new database per test, dropped by `cleanup`.
pub(crate) async fn postgres_harness() -> Option<Arc<dyn Harness>> {
    let Some(admin_url) = pg_admin_url() else {
        eprintln!("note: LUREWATCH_TEST_PG=off, skipping a PostgreSQL store test");
        return None;
    };
    let database = unique_database_name();
    let mut admin = sqlx::PgConnection::connect(&admin_url)
        .await
        .unwrap_or_else(|error| {
            panic!(
                "PostgreSQL is not reachable at LUREWATCH_TEST_PG_URL or the default \
             (set LUREWATCH_TEST_PG=off to skip): {error}"
            )
        });
    sqlx::raw_sql(sqlx::AssertSqlSafe(format!("CREATE DATABASE {database}")))
        .execute(&mut admin)
        .await
        .expect("create the test database");
    admin.close().await.ok();
    let (base, query) = match admin_url.split_once('?') {
        Some((base, query)) => (base, format!("?{query}")),
        None => (admin_url.as_str(), String::new()),
    };
    let server = base.rsplit_once('/').map_or(base, |(server, _)| server);
    let url = format!("{server}/{database}{query}");
    let store = PgStore::connect(&url)
        .await
        .expect("connect to the test database");
    store.migrate().await.expect("migrate postgres");
    Some(Arc::new(PgHarness {
        admin_url,
        database,
        url,
        store: Mutex::new(Some(Arc::new(store))),
    }))
}

// ------------------------------------------------------------------ the suite

/// Expands to one `#[tokio::test]` per suite test, each calling the harness
/// constructor `$make` (an `async` expression giving
/// `Option<Arc<dyn Harness>>`; `None` skips).
macro_rules! store_test_suite {
    ($make:expr) => {
        store_test_suite!(@tests $make;
            append_and_read_back,
            hostile_strings_round_trip_in_batches,
            dedupe_across_and_within_batches,
            durable_across_reopen,
            migrate_is_idempotent,
            decisions_are_stored,
            events_after_pages_and_filters,
            events_of_actor_and_conversation,
            concurrent_appends_get_distinct_seqs,
            labels_expire_and_upsert,
            live_labels_across_entities,
            counters_sum_over_windows,
            batched_decisions_and_counters,
            cases_one_open_per_subject,
            write_back_in_the_group_commit,
            cases_filter_order_and_close,
            banks_entries_and_enabling,
            outbox_due_done_failed_give_up,
            api_keys_insert_get_revoke,
            random_batches_store_each_key_once,
            media_blobs_by_digest
        );
    };
    (@tests $make:expr; $($name:ident),* $(,)?) => {
        $(
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn $name() {
                let Some(harness) = $make.await else { return };
                $crate::tests::run(harness, |h| Box::pin($crate::tests::$name(h))).await;
            }
        )*
    };
}

mod sqlite_file {
    store_test_suite!(super::sqlite_file_harness());
}

mod sqlite_memory {
    store_test_suite!(super::sqlite_memory_harness());
}

mod postgres {
    store_test_suite!(super::postgres_harness());
}

// ------------------------------------------------------------------ helpers

fn message(key: Option<&str>, actor: &str, conversation: &str, ts: i64) -> NewEvent {
    NewEvent {
        dedupe_key: key.map(str::to_string),
        kind: EventKind::Message,
        actor: actor.to_string(),
        conversation: Some(conversation.to_string()),
        ts,
        received: ts + 1,
        envelope: json!({
            "type": "message",
            "id": key,
            "conversation": conversation,
            "sender": actor,
            "recipients": ["r"],
            "text": "hello \u{0} \u{1F600} 'quoted' \"double\"",
        }),
    }
}

fn account(id: &str) -> EntityRef {
    EntityRef {
        kind: EntityKind::Account,
        id: id.to_string(),
    }
}

fn seqs(appended: &[Appended]) -> Vec<i64> {
    appended.iter().map(|a| a.seq()).collect()
}

fn case_update(subject: &str, seq: i64, queue: &str, priority: i32, now: i64) -> CaseUpdate {
    CaseUpdate {
        subject: subject.to_string(),
        queue: queue.to_string(),
        priority,
        event_seq: seq,
        targets: vec![],
        child_safety: false,
        now,
    }
}

/// The `rules_version` of the decision stored for event `seq`.
async fn rules_version_of(store: &dyn Store, seq: i64) -> String {
    let event = store.event(seq).await.unwrap().expect("event stored");
    event.decision.expect("decision stored").rules_version
}

fn entry(signal_type: &str, value: &str) -> BankEntryRecord {
    BankEntryRecord {
        id: None,
        signal_type: signal_type.to_string(),
        value: value.to_string(),
        source: "test-list".to_string(),
        label: Some("known".to_string()),
        added: 1_000,
        enabled: true,
        quality: Some(90),
    }
}

// ------------------------------------------------------------------ events

pub(crate) async fn append_and_read_back(h: Arc<dyn Harness>) {
    let store = h.store().await;
    assert_eq!(store.append_events(&[]).await.unwrap(), vec![]);
    let mut profile = message(None, "u2", "unused", 50);
    profile.kind = EventKind::Profile;
    profile.conversation = None;
    profile.envelope = json!({"type": "profile", "account": "u2"});
    let batch = vec![message(Some("k1"), "u1", "c1", 100), profile.clone()];
    let appended = store.append_events(&batch).await.unwrap();
    assert!(appended.iter().all(|a| !a.is_duplicate()));
    assert!(appended[0].seq() < appended[1].seq());

    let first = store.event(appended[0].seq()).await.unwrap().unwrap();
    assert_eq!(first.seq, appended[0].seq());
    assert_eq!(first.dedupe_key.as_deref(), Some("k1"));
    assert_eq!(first.kind, EventKind::Message);
    assert_eq!(first.actor, "u1");
    assert_eq!(first.conversation.as_deref(), Some("c1"));
    assert_eq!((first.ts, first.received), (100, 101));
    assert_eq!(
        first.envelope, batch[0].envelope,
        "envelope survives, NUL and emoji included"
    );
    assert_eq!(first.decision, None);

    let second = store.event(appended[1].seq()).await.unwrap().unwrap();
    assert_eq!(second.kind, EventKind::Profile);
    assert_eq!(second.dedupe_key, None);
    assert_eq!(second.conversation, None);
    assert_eq!(second.envelope, profile.envelope);

    assert_eq!(store.event(appended[1].seq() + 1000).await.unwrap(), None);
}

/// Hostile strings survive a multi-event append and the write-back byte for
/// byte (SQLite sends a batch as one JSON array: escaping must round-trip
/// quotes, backslashes, escape-like text, bidi controls and emoji, and NUL
/// and control characters in message text).
pub(crate) async fn hostile_strings_round_trip_in_batches(h: Arc<dyn Harness>) {
    let store = h.store().await;
    // Ids never hold control characters (the API refuses them, and
    // PostgreSQL's TEXT cannot hold NUL); message text, inside the envelope's
    // JSON, may.
    let nasty = "a\"q\" \\ \\u0000 \u{202E}rtl\u{200D}zwj \u{1F600} ' -- ]}";
    let text = "a\u{0}b \u{1}\u{1F}\u{7F} \u{202E}rtl\u{200D}zwj \u{1F600}";
    let mut batch = Vec::new();
    for i in 0..3 {
        let mut e = message(
            Some(&format!("{nasty}-{i}")),
            &format!("{nasty}{i}"),
            nasty,
            i,
        );
        e.envelope = json!({"type": "message", "text": text, "id": nasty, "i": i});
        batch.push(e);
    }
    let appended = store.append_events(&batch).await.unwrap();
    for (a, e) in appended.iter().zip(&batch) {
        let got = store.event(a.seq()).await.unwrap().unwrap();
        assert_eq!(got.dedupe_key, e.dedupe_key);
        assert_eq!(got.actor, e.actor);
        assert_eq!(got.conversation, e.conversation);
        assert_eq!(got.envelope, e.envelope);
    }
    // The keys are known now: a retry of the batch is all duplicates.
    let again = store.append_events(&batch).await.unwrap();
    assert!(again.iter().all(|a| a.is_duplicate()));
    assert_eq!(seqs(&again), seqs(&appended));

    // And in the group commit's write-back.
    let mut case = case_update(nasty, appended[0].seq(), nasty, 3, 10);
    case.targets = vec![nasty.to_string(), format!("{nasty}2")];
    let back = crate::WriteBack {
        decisions: vec![(
            appended[1].seq(),
            Decision {
                rules_version: nasty.into(),
                ..Decision::default()
            },
        )],
        counters: vec![crate::CounterAdd {
            entity: account(nasty),
            name: nasty.into(),
            bucket: 0,
            by: 7,
        }],
        cases: vec![case],
        ..crate::WriteBack::default()
    };
    store.append_with_write_back(&[], &back).await.unwrap();
    assert_eq!(
        rules_version_of(store.as_ref(), appended[1].seq()).await,
        nasty
    );
    assert_eq!(
        store
            .counter_total(&account(nasty), nasty, 0)
            .await
            .unwrap(),
        7
    );
    let found = store
        .cases(&CaseFilter {
            subject: Some(nasty.into()),
            ..CaseFilter::default()
        })
        .await
        .unwrap();
    assert_eq!(found.len(), 1);
    let case = store.case(found[0].id).await.unwrap().unwrap();
    assert_eq!((case.subject.as_str(), case.queue.as_str()), (nasty, nasty));
    let mut want = vec![nasty.to_string(), format!("{nasty}2")];
    want.sort();
    assert_eq!(case.targets, want);
}

pub(crate) async fn dedupe_across_and_within_batches(h: Arc<dyn Harness>) {
    let store = h.store().await;
    let first = store
        .append_events(&[message(Some("a"), "u", "c", 1), message(None, "u", "c", 2)])
        .await
        .unwrap();
    let second = store
        .append_events(&[
            message(Some("b"), "u", "c", 3),
            message(Some("a"), "u", "c", 4),
            message(Some("b"), "u", "c", 5),
            message(None, "u", "c", 6),
            message(Some("c"), "u", "c", 7),
            message(Some("c"), "u", "c", 8),
        ])
        .await
        .unwrap();
    let a = first[0].seq();
    let b = second[0].seq();
    assert!(matches!(second[0], Appended::New { .. }));
    assert_eq!(second[1], Appended::Duplicate { seq: a });
    assert_eq!(second[2], Appended::Duplicate { seq: b });
    assert!(
        matches!(second[3], Appended::New { .. }),
        "no key never collides"
    );
    assert!(matches!(second[4], Appended::New { .. }));
    assert_eq!(
        second[5],
        Appended::Duplicate {
            seq: second[4].seq()
        }
    );
    // The duplicate did not overwrite the original.
    assert_eq!(store.event(a).await.unwrap().unwrap().ts, 1);
    assert_eq!(store.event(b).await.unwrap().unwrap().ts, 3);
    let all = store.events_after(0, None, 100).await.unwrap();
    assert_eq!(all.len(), 5, "a, none, b, none, c");

    // Keys unique within the batch, one stored before, with a write-back
    // riding along (SQLite: the single-round-trip commit finds the stored
    // key inside its transaction and finishes by the general path).
    let back = crate::WriteBack {
        decisions: vec![(
            a,
            Decision {
                rules_version: "after-retry".into(),
                ..Decision::default()
            },
        )],
        ..Default::default()
    };
    let third = store
        .append_with_write_back(
            &[
                message(Some("d"), "u", "c", 9),
                message(Some("a"), "u", "c", 10),
            ],
            &back,
        )
        .await
        .unwrap();
    assert!(matches!(third[0], Appended::New { .. }));
    assert_eq!(third[1], Appended::Duplicate { seq: a });
    let stored = store.event(a).await.unwrap().unwrap();
    assert_eq!(stored.ts, 1, "the original is kept");
    assert_eq!(stored.decision.unwrap().rules_version, "after-retry");
    assert_eq!(store.event(third[0].seq()).await.unwrap().unwrap().ts, 9);
    let all = store.events_after(0, None, 100).await.unwrap();
    assert_eq!(all.len(), 6);
    // And the connection is out of that transaction: the next batch commits.
    let fourth = store
        .append_events(&[message(Some("e"), "u", "c", 11)])
        .await
        .unwrap();
    assert!(matches!(fourth[0], Appended::New { .. }));
}

pub(crate) async fn durable_across_reopen(h: Arc<dyn Harness>) {
    let store = h.store().await;
    let appended = store
        .append_events(&[
            message(Some("d1"), "u", "c", 10),
            message(Some("d2"), "u", "c", 11),
        ])
        .await
        .unwrap();
    store.create_bank("bank", 31).await.unwrap();
    store
        .add_label(&Label {
            entity: account("u"),
            label: "minor".into(),
            source: "test".into(),
            created: 1,
            expires: None,
        })
        .await
        .unwrap();
    drop(store);
    let Some(store) = h.reopen().await else {
        eprintln!("note: this backend cannot reopen (in memory); durability not tested here");
        return;
    };
    let events = store.events_after(0, None, 10).await.unwrap();
    assert_eq!(
        events.iter().map(|e| e.seq).collect::<Vec<_>>(),
        seqs(&appended)
    );
    assert_eq!(store.banks().await.unwrap().len(), 1);
    assert_eq!(store.labels(&account("u"), 5).await.unwrap().len(), 1);
    // Dedupe keys survive too, and new seqs continue after the old ones.
    let again = store
        .append_events(&[
            message(Some("d1"), "u", "c", 12),
            message(Some("d3"), "u", "c", 13),
        ])
        .await
        .unwrap();
    assert_eq!(
        again[0],
        Appended::Duplicate {
            seq: appended[0].seq()
        }
    );
    assert!(again[1].seq() > appended[1].seq());
}

pub(crate) async fn migrate_is_idempotent(h: Arc<dyn Harness>) {
    let store = h.store().await;
    store
        .append_events(&[message(Some("m"), "u", "c", 1)])
        .await
        .unwrap();
    store.migrate().await.unwrap();
    store.migrate().await.unwrap();
    assert_eq!(store.events_after(0, None, 10).await.unwrap().len(), 1);
}

pub(crate) async fn decisions_are_stored(h: Arc<dyn Harness>) {
    let store = h.store().await;
    let seq = store
        .append_events(&[message(None, "u", "c", 1)])
        .await
        .unwrap()[0]
        .seq();
    let decision = Decision::from_hits(
        vec![
            RuleHit {
                rule: "block_known_hash".into(),
                mode: RuleMode::Enforce,
                verdict: Verdict::Block,
                actions: vec![lurewatch_core::Action::NcmecReport],
                priority: 100,
            },
            RuleHit {
                rule: "new_rule".into(),
                mode: RuleMode::Shadow,
                verdict: Verdict::Review,
                actions: vec![],
                priority: 1,
            },
        ],
        vec![lurewatch_core::Signal::Age {
            account: "u".into(),
            age: 13,
            source: "declared".into(),
        }],
        "rules-v1".into(),
    );
    store.record_decision(seq, &decision).await.unwrap();
    let stored = store.event(seq).await.unwrap().unwrap();
    assert_eq!(stored.decision.as_ref(), Some(&decision));
    // Replacing works; the listing carries it too.
    let allow = Decision::default();
    store.record_decision(seq, &allow).await.unwrap();
    let listed = store.events_after(0, None, 10).await.unwrap();
    assert_eq!(listed[0].decision, Some(allow));
    assert_eq!(
        store.record_decision(seq + 100, &decision).await,
        Err(StoreError::NotFound(format!("event {}", seq + 100)))
    );
}

pub(crate) async fn events_after_pages_and_filters(h: Arc<dyn Harness>) {
    let store = h.store().await;
    // ts deliberately not in seq order: platform time is not arrival order.
    let ts = [50, 10, 40, 20, 30, 60, 5];
    let batch: Vec<NewEvent> = ts
        .iter()
        .enumerate()
        .map(|(i, &t)| message(Some(&format!("p{i}")), "u", "c", t))
        .collect();
    let appended = store.append_events(&batch).await.unwrap();
    let all = seqs(&appended);

    let mut paged = Vec::new();
    let mut after = 0;
    loop {
        let page = store.events_after(after, None, 3).await.unwrap();
        if page.is_empty() {
            break;
        }
        assert!(page.len() <= 3);
        after = page.last().unwrap().seq;
        paged.extend(page.into_iter().map(|e| e.seq));
    }
    assert_eq!(paged, all, "pages cover the log once, ascending");

    let since: Vec<i64> = store
        .events_after(0, Some(30), 100)
        .await
        .unwrap()
        .into_iter()
        .map(|e| e.ts)
        .collect();
    assert_eq!(since, vec![50, 40, 30, 60], "ts >= since, in seq order");
    let tail = store.events_after(all[3], Some(30), 100).await.unwrap();
    assert_eq!(tail.iter().map(|e| e.ts).collect::<Vec<_>>(), vec![30, 60]);
    assert!(
        store
            .events_after(all[6], None, 10)
            .await
            .unwrap()
            .is_empty()
    );
    assert!(store.events_after(0, None, 0).await.unwrap().is_empty());
}

pub(crate) async fn events_of_actor_and_conversation(h: Arc<dyn Harness>) {
    let store = h.store().await;
    let appended = store
        .append_events(&[
            message(None, "alice", "c1", 1),
            message(None, "bob", "c1", 2),
            message(None, "alice", "c2", 3),
            message(None, "alice", "c1", 4),
        ])
        .await
        .unwrap();
    let s = seqs(&appended);
    let of_alice: Vec<i64> = store
        .events_of_actor("alice", 10)
        .await
        .unwrap()
        .iter()
        .map(|e| e.seq)
        .collect();
    assert_eq!(of_alice, vec![s[3], s[2], s[0]], "newest first");
    let latest: Vec<i64> = store
        .events_of_actor("alice", 2)
        .await
        .unwrap()
        .iter()
        .map(|e| e.seq)
        .collect();
    assert_eq!(latest, vec![s[3], s[2]]);
    let of_c1: Vec<i64> = store
        .events_of_conversation("c1", 10)
        .await
        .unwrap()
        .iter()
        .map(|e| e.seq)
        .collect();
    assert_eq!(of_c1, vec![s[3], s[1], s[0]]);
    assert!(
        store
            .events_of_actor("nobody", 10)
            .await
            .unwrap()
            .is_empty()
    );
    assert!(
        store
            .events_of_conversation("none", 10)
            .await
            .unwrap()
            .is_empty()
    );
}

pub(crate) async fn concurrent_appends_get_distinct_seqs(h: Arc<dyn Harness>) {
    let store = h.store().await;
    let mut tasks = Vec::new();
    for task in 0..8 {
        let store = store.clone();
        tasks.push(tokio::spawn(async move {
            let mut seen = Vec::new();
            for round in 0..10 {
                // Every task also retries one shared key.
                let batch = vec![
                    message(Some(&format!("t{task}r{round}")), "u", "c", 1),
                    message(Some("shared"), "u", "c", 1),
                ];
                seen.push(store.append_events(&batch).await.unwrap());
            }
            seen
        }));
    }
    let mut own = Vec::new();
    let mut shared = Vec::new();
    for task in tasks {
        for appended in task.await.unwrap() {
            own.push(appended[0]);
            shared.push(appended[1]);
        }
    }
    assert!(own.iter().all(|a| !a.is_duplicate()));
    let mut own_seqs = seqs(&own);
    own_seqs.sort_unstable();
    own_seqs.dedup();
    assert_eq!(own_seqs.len(), 80);
    assert_eq!(shared.iter().filter(|a| !a.is_duplicate()).count(), 1);
    assert!(shared.windows(2).all(|w| w[0].seq() == w[1].seq()));
    assert_eq!(store.events_after(0, None, 1000).await.unwrap().len(), 81);
}

/// Appending random batches with random (repeating) keys stores each distinct
/// key once, keeps the first seq of each, and a replay of everything is all
/// duplicates with the same seqs.
pub(crate) async fn random_batches_store_each_key_once(h: Arc<dyn Harness>) {
    use proptest::prelude::*;
    use proptest::test_runner::{Config, TestRunner};

    let store = h.store().await;
    let runtime = tokio::runtime::Handle::current();
    let mut runner = TestRunner::new(Config {
        cases: 24,
        failure_persistence: None,
        ..Config::default()
    });
    // Keys: None or one of 12; batches of 0..20, up to 6 batches.
    let strategy = prop::collection::vec(
        prop::collection::vec(prop::option::weighted(0.8, 0u8..12), 0..20),
        0..6,
    );
    let case_counter = AtomicU64::new(0);
    let result = runner.run(&strategy, |batches| {
        // Each case uses its own key space, so one database serves all.
        let case = case_counter.fetch_add(1, Ordering::Relaxed);
        let store = store.clone();
        tokio::task::block_in_place(|| {
            runtime.block_on(async move {
                let key = |k: u8| format!("case{case}-key{k}");
                let mut first_seq = std::collections::HashMap::new();
                let mut keyless = 0usize;
                let mut all_seqs = Vec::new();
                let mut inputs = Vec::new();
                for batch in &batches {
                    let events: Vec<NewEvent> = batch
                        .iter()
                        .map(|k| message(k.map(key).as_deref(), "u", "c", 1))
                        .collect();
                    let appended = store.append_events(&events).await.unwrap();
                    prop_assert_eq!(appended.len(), events.len());
                    for (k, a) in batch.iter().zip(&appended) {
                        match k {
                            None => {
                                keyless += 1;
                                prop_assert!(!a.is_duplicate());
                            }
                            Some(k) => match first_seq.get(k) {
                                None => {
                                    prop_assert!(!a.is_duplicate());
                                    first_seq.insert(*k, a.seq());
                                }
                                Some(&seq) => prop_assert_eq!(*a, Appended::Duplicate { seq }),
                            },
                        }
                        if !a.is_duplicate() {
                            all_seqs.push(a.seq());
                        }
                    }
                    inputs.extend(events);
                }
                // Seqs of new events are distinct and ascending in input order.
                prop_assert!(all_seqs.windows(2).all(|w| w[0] < w[1]));
                prop_assert_eq!(all_seqs.len(), first_seq.len() + keyless);
                // The log holds each key exactly once.
                for (k, seq) in &first_seq {
                    let stored = store.event(*seq).await.unwrap().unwrap();
                    prop_assert_eq!(stored.dedupe_key, Some(key(*k)));
                }
                // Replaying the keyed events changes nothing.
                let keyed: Vec<NewEvent> = inputs
                    .into_iter()
                    .filter(|e| e.dedupe_key.is_some())
                    .collect();
                let replayed = store.append_events(&keyed).await.unwrap();
                for (event, a) in keyed.iter().zip(&replayed) {
                    let k: u8 = event
                        .dedupe_key
                        .as_ref()
                        .unwrap()
                        .rsplit("key")
                        .next()
                        .unwrap()
                        .parse()
                        .unwrap();
                    prop_assert_eq!(*a, Appended::Duplicate { seq: first_seq[&k] });
                }
                Ok(())
            })
        })
    });
    if let Err(error) = result {
        panic!("{error}");
    }
}

// ------------------------------------------------------------------ labels, counters

pub(crate) async fn live_labels_across_entities(h: Arc<dyn Harness>) {
    let store = h.store().await;
    let mk = |id: &str, name: &str, expires: Option<i64>| Label {
        entity: account(id),
        label: name.to_string(),
        source: "test".into(),
        created: 0,
        expires,
    };
    for l in [
        mk("a", "minor", None),
        mk("b", "minor", Some(50)),
        mk("c", "suspected_groomer", Some(500)),
    ] {
        store.add_label(&l).await.unwrap();
    }
    let live = store.live_labels(100, 10).await.unwrap();
    let names: Vec<(String, String)> = live
        .iter()
        .map(|l| (l.entity.id.clone(), l.label.clone()))
        .collect();
    assert_eq!(
        names,
        vec![
            ("a".into(), "minor".into()),
            ("c".into(), "suspected_groomer".into())
        ]
    );
    assert_eq!(store.live_labels(100, 1).await.unwrap().len(), 1);
}

pub(crate) async fn labels_expire_and_upsert(h: Arc<dyn Harness>) {
    let store = h.store().await;
    let label = |name: &str, source: &str, created: i64, expires: Option<i64>| Label {
        entity: account("u1"),
        label: name.to_string(),
        source: source.to_string(),
        created,
        expires,
    };
    store
        .add_label(&label("minor", "profile", 0, None))
        .await
        .unwrap();
    store
        .add_label(&label("suspect", "rule_a", 100, Some(1_000)))
        .await
        .unwrap();
    // Other entities and kinds are apart.
    store
        .add_label(&Label {
            entity: EntityRef {
                kind: EntityKind::Conversation,
                id: "u1".into(),
            },
            ..label("other", "x", 0, None)
        })
        .await
        .unwrap();

    let names = |labels: Vec<Label>| labels.into_iter().map(|l| l.label).collect::<Vec<_>>();
    assert_eq!(
        names(store.labels(&account("u1"), 999).await.unwrap()),
        vec!["minor", "suspect"]
    );
    assert_eq!(
        names(store.labels(&account("u1"), 1_000).await.unwrap()),
        vec!["minor"],
        "expired at its expiry"
    );
    assert!(store.labels(&account("u2"), 0).await.unwrap().is_empty());

    // Upsert: an earlier expiry does not shorten; a later one extends.
    store
        .add_label(&label("suspect", "rule_b", 200, Some(500)))
        .await
        .unwrap();
    let got = store.labels(&account("u1"), 0).await.unwrap();
    assert_eq!(got[1], label("suspect", "rule_a", 100, Some(1_000)));
    store
        .add_label(&label("suspect", "rule_c", 300, Some(5_000)))
        .await
        .unwrap();
    let got = store.labels(&account("u1"), 0).await.unwrap();
    assert_eq!(got[1], label("suspect", "rule_c", 300, Some(5_000)));
    // No expiry beats any expiry, and is not undone by a later finite one.
    store
        .add_label(&label("suspect", "reviewer:kim", 400, None))
        .await
        .unwrap();
    store
        .add_label(&label("suspect", "rule_d", 500, Some(9_000)))
        .await
        .unwrap();
    let got = store.labels(&account("u1"), 10_000).await.unwrap();
    assert_eq!(got[1], label("suspect", "reviewer:kim", 400, None));
    // An expired label is renewed by a new one.
    store
        .add_label(&label("temp", "r", 0, Some(10)))
        .await
        .unwrap();
    assert_eq!(store.labels(&account("u1"), 20).await.unwrap().len(), 2);
    store
        .add_label(&label("temp", "r", 20, Some(30)))
        .await
        .unwrap();
    assert_eq!(store.labels(&account("u1"), 25).await.unwrap().len(), 3);

    assert!(store.remove_label(&account("u1"), "suspect").await.unwrap());
    assert!(!store.remove_label(&account("u1"), "suspect").await.unwrap());
    assert_eq!(
        names(store.labels(&account("u1"), 25).await.unwrap()),
        vec!["minor", "temp"]
    );
}

pub(crate) async fn batched_decisions_and_counters(h: Arc<dyn Harness>) {
    let store = h.store().await;
    let events: Vec<NewEvent> = (0..5)
        .map(|i| message(Some(&format!("b{i}")), "u", "c", i))
        .collect();
    let seqs: Vec<i64> = store
        .append_events(&events)
        .await
        .unwrap()
        .iter()
        .map(|a| a.seq())
        .collect();
    let mut batch: Vec<(i64, lurewatch_core::Decision)> = seqs
        .iter()
        .map(|&s| {
            (
                s,
                lurewatch_core::Decision {
                    rules_version: format!("v{s}"),
                    ..Default::default()
                },
            )
        })
        .collect();
    batch.push((999_999, lurewatch_core::Decision::default())); // unknown: skipped
    store.record_decisions(&batch).await.unwrap();
    for &s in &seqs {
        let e = store.event(s).await.unwrap().unwrap();
        assert_eq!(e.decision.unwrap().rules_version, format!("v{s}"));
    }
    let u = account("u");
    let adds: Vec<crate::CounterAdd> = (0..4)
        .map(|i| crate::CounterAdd {
            entity: u.clone(),
            name: "n".into(),
            bucket: (i % 2) * 60_000,
            by: 2,
        })
        .collect();
    store.add_to_counters(&adds).await.unwrap();
    assert_eq!(store.counter_total(&u, "n", 0).await.unwrap(), 8);
    assert_eq!(store.counter_total(&u, "n", 60_000).await.unwrap(), 4);
}

pub(crate) async fn counters_sum_over_windows(h: Arc<dyn Harness>) {
    let store = h.store().await;
    let minute = 60_000;
    let u = account("u");
    for (bucket, by) in [
        (0, 1),
        (minute, 2),
        (minute, 3),
        (2 * minute, 4),
        (10 * minute, 5),
    ] {
        store
            .add_to_counter(&u, "minors_contacted", bucket, by)
            .await
            .unwrap();
    }
    store
        .add_to_counter(&u, "other", minute, 100)
        .await
        .unwrap();
    store
        .add_to_counter(&account("v"), "minors_contacted", minute, 100)
        .await
        .unwrap();
    assert_eq!(
        store
            .counter_total(&u, "minors_contacted", 0)
            .await
            .unwrap(),
        15
    );
    assert_eq!(
        store
            .counter_total(&u, "minors_contacted", minute)
            .await
            .unwrap(),
        14
    );
    assert_eq!(
        store
            .counter_total(&u, "minors_contacted", minute + 1)
            .await
            .unwrap(),
        9
    );
    assert_eq!(
        store
            .counter_total(&u, "minors_contacted", 11 * minute)
            .await
            .unwrap(),
        0
    );
    assert_eq!(store.counter_total(&u, "never_set", 0).await.unwrap(), 0);
    // One counter's buckets since a time, oldest first, same-bucket
    // additions summed, other counters left out.
    let since = store
        .counters_since("minors_contacted", minute)
        .await
        .unwrap();
    let rows: Vec<(&str, &str, i64, i64)> = since
        .iter()
        .map(|c| (c.entity.id.as_str(), c.name.as_str(), c.bucket, c.by))
        .collect();
    assert_eq!(
        rows,
        vec![
            ("u", "minors_contacted", minute, 5),
            ("v", "minors_contacted", minute, 100),
            ("u", "minors_contacted", 2 * minute, 4),
            ("u", "minors_contacted", 10 * minute, 5),
        ]
    );
    assert!(since.iter().all(|c| c.entity.kind == EntityKind::Account));
    let other = store.counters_since("other", 0).await.unwrap();
    assert_eq!(other.len(), 1);
    assert_eq!((other[0].bucket, other[0].by), (minute, 100));
    assert!(
        store
            .counters_since("minors_contacted", 11 * minute)
            .await
            .unwrap()
            .is_empty()
    );
    store
        .add_to_counter(&u, "minors_contacted", 10 * minute, -5)
        .await
        .unwrap();
    assert_eq!(
        store
            .counter_total(&u, "minors_contacted", 0)
            .await
            .unwrap(),
        10
    );
}

// ------------------------------------------------------------------ cases

pub(crate) async fn cases_one_open_per_subject(h: Arc<dyn Harness>) {
    let store = h.store().await;
    let events = store
        .append_events(&[
            message(None, "offender", "c1", 1),
            message(None, "offender", "c2", 2),
            message(None, "offender", "c3", 3),
        ])
        .await
        .unwrap();
    let s = seqs(&events);

    let mut first = case_update("offender", s[0], "review", 10, 1_000);
    first.targets = vec!["victim1".into()];
    let id = store.upsert_case(&first).await.unwrap();

    // A higher priority raises it and moves it to that queue; child safety sticks.
    let mut second = case_update("offender", s[1], "urgent", 50, 2_000);
    second.targets = vec!["victim2".into(), "victim1".into()];
    second.child_safety = true;
    assert_eq!(store.upsert_case(&second).await.unwrap(), id);

    // A lower priority never lowers, nor moves, nor clears child safety.
    let third = case_update("offender", s[2], "low", 1, 3_000);
    assert_eq!(store.upsert_case(&third).await.unwrap(), id);
    // The same event twice is recorded once.
    assert_eq!(store.upsert_case(&third).await.unwrap(), id);

    let case = store.case(id).await.unwrap().unwrap();
    assert_eq!(case.subject, "offender");
    assert_eq!(case.status, CaseStatus::Open);
    assert_eq!(case.queue, "urgent");
    assert_eq!(case.priority, 50);
    assert!(case.child_safety);
    assert_eq!((case.created, case.updated), (1_000, 3_000));
    assert_eq!(case.event_seqs, s);
    assert_eq!(case.targets, vec!["victim1", "victim2"]);

    // Another subject gets its own case.
    let other = store
        .upsert_case(&case_update("someone", s[0], "review", 5, 1_500))
        .await
        .unwrap();
    assert_ne!(other, id);

    // After closing, the subject's next event opens a new case.
    store
        .set_case_status(id, CaseStatus::Closed, 4_000)
        .await
        .unwrap();
    let reopened = store
        .upsert_case(&case_update("offender", s[2], "review", 1, 5_000))
        .await
        .unwrap();
    assert_ne!(reopened, id);
    let new_case = store.case(reopened).await.unwrap().unwrap();
    assert_eq!((new_case.priority, new_case.child_safety), (1, false));
    assert_eq!(new_case.event_seqs, vec![s[2]]);
    let closed = store.case(id).await.unwrap().unwrap();
    assert_eq!((closed.status, closed.updated), (CaseStatus::Closed, 4_000));

    // Reopening the old one would give the subject two open cases.
    assert!(matches!(
        store.set_case_status(id, CaseStatus::Open, 6_000).await,
        Err(StoreError::Conflict(_))
    ));
    assert_eq!(
        store
            .set_case_status(CaseId(999_999), CaseStatus::Closed, 0)
            .await,
        Err(StoreError::NotFound("case 999999".into()))
    );
    assert_eq!(store.case(CaseId(999_999)).await.unwrap(), None);
    // An event that is not in the log.
    assert!(matches!(
        store
            .upsert_case(&case_update("ghost", s[2] + 1_000, "review", 1, 0))
            .await,
        Err(StoreError::NotFound(_))
    ));
    assert!(
        store
            .cases(&CaseFilter {
                subject: Some("ghost".into()),
                ..CaseFilter::default()
            })
            .await
            .unwrap()
            .is_empty(),
        "the failed upsert left nothing behind"
    );
}

/// The group commit's write-back (decisions, counters, case updates of one
/// subject several times, labels) has the effect of the one-by-one calls, in
/// the same transaction as the batch it rides with.
pub(crate) async fn write_back_in_the_group_commit(h: Arc<dyn Harness>) {
    use crate::{CounterAdd, WriteBack};
    let store = h.store().await;
    let events: Vec<NewEvent> = (0..4)
        .map(|i| message(Some(&format!("wb{i}")), "off1", "c", i))
        .collect();
    let s = seqs(&store.append_events(&events).await.unwrap());
    let decision = |version: &str| Decision {
        rules_version: version.into(),
        ..Decision::default()
    };
    let mut first = case_update("off1", s[0], "review", 10, 1_000);
    first.targets = vec!["v1".into()];
    let mut second = case_update("off1", s[1], "urgent", 50, 2_000);
    second.targets = vec!["v2".into(), "v1".into()];
    second.child_safety = true;
    let mut back = WriteBack {
        decisions: vec![
            (s[0], decision("old")),
            (s[1], decision("b")),
            (s[0], decision("a")),
        ],
        counters: (0..5)
            .map(|i| CounterAdd {
                entity: account("off1"),
                name: "sent".into(),
                bucket: (i % 2) * 60_000,
                by: 1,
            })
            .collect(),
        labels: vec![
            Label {
                entity: account("off1"),
                label: "suspect".into(),
                source: "rule:r".into(),
                created: 1_000,
                expires: None,
            },
            Label {
                entity: account("off2"),
                label: "watch".into(),
                source: "rule:a".into(),
                created: 1_000,
                expires: Some(5_000),
            },
            // A later expiry replaces the earlier; a sooner one does not.
            Label {
                entity: account("off2"),
                label: "watch".into(),
                source: "rule:b".into(),
                created: 1_100,
                expires: Some(9_000),
            },
            Label {
                entity: account("off2"),
                label: "watch".into(),
                source: "rule:c".into(),
                created: 1_200,
                expires: Some(6_000),
            },
        ],
        cases: vec![
            first,
            second,
            case_update("off1", s[2], "low", 1, 3_000),
            case_update("off2", s[3], "review", 5, 1_500),
            case_update("off1", s[2], "low", 1, 2_500),
        ],
        jobs: vec![
            crate::NewJob {
                kind: "webhook".into(),
                payload: serde_json::json!({"n": 1}),
                now: 1_000,
            },
            crate::NewJob {
                kind: "ncmec_report".into(),
                payload: serde_json::json!({"n": 2}),
                now: 1_000,
            },
        ],
    };
    let more = [message(Some("wb-next"), "off2", "c", 9)];
    let appended = store.append_with_write_back(&more, &back).await.unwrap();
    assert!(matches!(appended[..], [Appended::New { .. }]));
    assert_eq!(
        rules_version_of(store.as_ref(), s[0]).await,
        "a",
        "the last decision of a seq wins"
    );
    assert_eq!(rules_version_of(store.as_ref(), s[1]).await, "b");
    assert_eq!(
        store
            .counter_total(&account("off1"), "sent", 0)
            .await
            .unwrap(),
        5
    );
    assert_eq!(
        store
            .counter_total(&account("off1"), "sent", 60_000)
            .await
            .unwrap(),
        2
    );
    assert_eq!(
        store.labels(&account("off1"), 2_000).await.unwrap().len(),
        1
    );
    let watch = store.labels(&account("off2"), 2_000).await.unwrap();
    assert_eq!(watch.len(), 1);
    assert_eq!(
        (watch[0].source.as_str(), watch[0].expires),
        ("rule:b", Some(9_000))
    );
    // The jobs, in order, with their payloads.
    let jobs = store.due_jobs(2_000, 10).await.unwrap();
    let kinds: Vec<(&str, &serde_json::Value)> =
        jobs.iter().map(|j| (j.kind.as_str(), &j.payload)).collect();
    assert_eq!(
        kinds,
        [
            ("webhook", &serde_json::json!({"n": 1})),
            ("ncmec_report", &serde_json::json!({"n": 2}))
        ]
    );
    let open = |subject: &str| CaseFilter {
        subject: Some(subject.into()),
        ..CaseFilter::default()
    };
    let found = store.cases(&open("off1")).await.unwrap();
    assert_eq!(found.len(), 1);
    let case = store.case(found[0].id).await.unwrap().unwrap();
    assert_eq!((case.queue.as_str(), case.priority), ("urgent", 50));
    assert!(case.child_safety);
    assert_eq!((case.created, case.updated), (1_000, 3_000));
    assert_eq!(case.event_seqs, s[..3].to_vec());
    assert_eq!(case.targets, vec!["v1", "v2"]);
    let other = store.cases(&open("off2")).await.unwrap();
    assert_eq!(other.len(), 1);
    assert_ne!(other[0].id, case.id);
    assert_eq!((other[0].queue.as_str(), other[0].priority), ("review", 5));

    // A later write-back raises the open case; a lower one never lowers it.
    back.clear();
    back.cases = vec![
        case_update("off2", s[3], "low", 1, 4_000),
        case_update("off2", s[0], "urgent", 60, 3_500),
    ];
    store.append_with_write_back(&[], &back).await.unwrap();
    let raised = store.case(other[0].id).await.unwrap().unwrap();
    assert_eq!((raised.queue.as_str(), raised.priority), ("urgent", 60));
    assert_eq!((raised.created, raised.updated), (1_500, 4_000));
    assert_eq!(raised.event_seqs, vec![s[0], s[3]]);

    // A case update naming an event not in the log fails the whole commit:
    // the batch it rode with is not stored either.
    back.clear();
    back.cases = vec![case_update("ghost", s[3] + 1_000, "review", 1, 0)];
    let lost = [message(Some("wb-lost"), "ghost", "c", 10)];
    assert!(matches!(
        store.append_with_write_back(&lost, &back).await,
        Err(StoreError::NotFound(_))
    ));
    assert!(store.cases(&open("ghost")).await.unwrap().is_empty());
    let again = store.append_events(&lost).await.unwrap();
    assert!(
        matches!(again[..], [Appended::New { .. }]),
        "not stored before"
    );
}

pub(crate) async fn cases_filter_order_and_close(h: Arc<dyn Harness>) {
    let store = h.store().await;
    let seq = store
        .append_events(&[message(None, "x", "c", 1)])
        .await
        .unwrap()[0]
        .seq();
    // (subject, queue, priority, created)
    let specs = [
        ("a", "review", 10, 100),
        ("b", "urgent", 90, 200),
        ("c", "review", 10, 50),
        ("d", "review", 30, 300),
        ("e", "urgent", 90, 100),
    ];
    let mut ids = std::collections::HashMap::new();
    for (subject, queue, priority, created) in specs {
        let mut update = case_update(subject, seq, queue, priority, created);
        update.targets = vec!["t1".into(), "t2".into()];
        ids.insert(subject, store.upsert_case(&update).await.unwrap());
    }
    let subjects =
        |list: Vec<crate::CaseSummary>| list.into_iter().map(|c| c.subject).collect::<Vec<_>>();

    let all = store.cases(&CaseFilter::default()).await.unwrap();
    assert_eq!(all[0].events, 1);
    assert_eq!(all[0].targets, 2);
    assert_eq!(
        subjects(all),
        vec!["e", "b", "d", "c", "a"],
        "priority desc, created asc"
    );

    let review = CaseFilter {
        queue: Some("review".into()),
        ..CaseFilter::default()
    };
    assert_eq!(
        subjects(store.cases(&review).await.unwrap()),
        vec!["d", "c", "a"]
    );
    let page = CaseFilter {
        limit: 2,
        offset: 1,
        ..CaseFilter::default()
    };
    assert_eq!(subjects(store.cases(&page).await.unwrap()), vec!["b", "d"]);

    store
        .set_case_status(ids["b"], CaseStatus::Closed, 400)
        .await
        .unwrap();
    let open = CaseFilter {
        status: Some(CaseStatus::Open),
        ..CaseFilter::default()
    };
    assert_eq!(
        subjects(store.cases(&open).await.unwrap()),
        vec!["e", "d", "c", "a"]
    );
    let closed = CaseFilter {
        status: Some(CaseStatus::Closed),
        ..CaseFilter::default()
    };
    let closed = store.cases(&closed).await.unwrap();
    assert_eq!(closed.len(), 1);
    assert_eq!(
        (closed[0].id, closed[0].status, closed[0].updated),
        (ids["b"], CaseStatus::Closed, 400)
    );
    let by_subject = CaseFilter {
        subject: Some("c".into()),
        status: Some(CaseStatus::Open),
        queue: Some("review".into()),
        ..CaseFilter::default()
    };
    assert_eq!(subjects(store.cases(&by_subject).await.unwrap()), vec!["c"]);
}

// ------------------------------------------------------------------ banks

pub(crate) async fn banks_entries_and_enabling(h: Arc<dyn Harness>) {
    let store = h.store().await;
    let pdq = "f".repeat(64);
    let md5 = "0123456789abcdef0123456789abcdef";
    store.create_bank("csam", 31).await.unwrap();
    store.create_bank("demo", 0).await.unwrap();
    assert!(matches!(
        store.create_bank("csam", 10).await,
        Err(StoreError::Conflict(_))
    ));
    assert!(matches!(
        store.create_bank("", 10).await,
        Err(StoreError::Invalid(_))
    ));

    let inserted = store
        .add_bank_entries(
            "csam",
            &[
                entry("pdq", &pdq),
                entry("md5", md5),
                entry("pdq", &pdq),
                entry("sha256", &pdq),
            ],
        )
        .await
        .unwrap();
    assert_eq!(
        inserted, 3,
        "the repeated pdq is skipped; the same hex as sha256 is not"
    );
    assert_eq!(
        store
            .add_bank_entries("csam", &[entry("md5", md5)])
            .await
            .unwrap(),
        0
    );
    assert_eq!(
        store
            .add_bank_entries("demo", &[entry("md5", md5)])
            .await
            .unwrap(),
        1,
        "banks are apart"
    );

    // Bad entries are refused whole, naming the field, never the value.
    let bad = store
        .add_bank_entries(
            "csam",
            &[entry("md5", &"a".repeat(32)), entry("md5", "ABC")],
        )
        .await
        .unwrap_err();
    assert_eq!(
        bad,
        StoreError::Invalid("entries[1].value: a md5 hash is 32 lowercase hex digits".into())
    );
    assert!(matches!(
        store.add_bank_entries("csam", &[entry("phash", md5)]).await,
        Err(StoreError::Invalid(_))
    ));
    assert!(matches!(
        store.add_bank_entries("nope", &[entry("md5", md5)]).await,
        Err(StoreError::NotFound(_))
    ));

    let banks = store.banks().await.unwrap();
    assert_eq!(banks.len(), 2);
    assert_eq!(
        (
            banks[0].name.as_str(),
            banks[0].max_distance,
            banks[0].enabled,
            banks[0].entries
        ),
        ("csam", 31, true, 3)
    );
    assert_eq!(banks[1].entries, 1);

    let entries = store.bank_entries("csam").await.unwrap();
    assert_eq!(entries.len(), 3);
    assert!(entries.windows(2).all(|w| w[0].id < w[1].id));
    let first = &entries[0];
    assert_eq!(first.signal_type, "pdq");
    assert_eq!(first.value, pdq);
    assert_eq!(
        (
            first.label.as_deref(),
            first.quality,
            first.added,
            first.enabled
        ),
        (Some("known"), Some(90), 1_000, true)
    );

    store
        .set_entry_enabled(first.id.unwrap(), false)
        .await
        .unwrap();
    assert!(!store.bank_entries("csam").await.unwrap()[0].enabled);
    store.set_bank_enabled("csam", false).await.unwrap();
    assert!(!store.banks().await.unwrap()[0].enabled);
    store.set_bank_enabled("csam", true).await.unwrap();
    assert!(store.banks().await.unwrap()[0].enabled);
    assert!(matches!(
        store.set_bank_enabled("nope", true).await,
        Err(StoreError::NotFound(_))
    ));
    assert!(matches!(
        store.set_entry_enabled(999_999, true).await,
        Err(StoreError::NotFound(_))
    ));
    assert!(matches!(
        store.bank_entries("nope").await,
        Err(StoreError::NotFound(_))
    ));
}

// ------------------------------------------------------------------ outbox

pub(crate) async fn outbox_due_done_failed_give_up(h: Arc<dyn Harness>) {
    let store = h.store().await;
    let payload = json!({"webhook": "platform", "event": 1});
    let a = store.enqueue("webhook", &payload, 1_000).await.unwrap();
    let b = store
        .enqueue("ncmec_report", &json!({"case": 7}), 2_000)
        .await
        .unwrap();
    let c = store.enqueue("purge", &json!(null), 3_000).await.unwrap();

    assert!(
        store.due_jobs(999, 10).await.unwrap().is_empty(),
        "nothing due yet"
    );
    let due = store.due_jobs(2_000, 10).await.unwrap();
    assert_eq!(due.iter().map(|j| j.id).collect::<Vec<_>>(), vec![a, b]);
    assert_eq!(
        (
            due[0].kind.as_str(),
            &due[0].payload,
            due[0].attempts,
            due[0].next_attempt
        ),
        ("webhook", &payload, 0, 1_000)
    );

    // Leased: not handed out again while a worker has them...
    let again = store.due_jobs(3_000, 10).await.unwrap();
    assert_eq!(again.iter().map(|j| j.id).collect::<Vec<_>>(), vec![c]);
    // ...until the lease runs out (the worker died).
    let after_lease = store
        .due_jobs(2_000 + crate::JOB_LEASE_MS, 1)
        .await
        .unwrap();
    assert_eq!(
        after_lease.iter().map(|j| j.id).collect::<Vec<_>>(),
        vec![a],
        "limit respected, oldest first"
    );

    store.job_done(a).await.unwrap();
    store.job_done(a).await.unwrap();

    // Failure with backoff: due again at the given time, attempts counted.
    store
        .job_failed(b, 10_000, "http 503", false)
        .await
        .unwrap();
    assert!(
        store
            .due_jobs(9_999, 10)
            .await
            .unwrap()
            .iter()
            .all(|j| j.id != b)
    );
    let retry = store.due_jobs(10_000, 10).await.unwrap();
    let retry_b = retry
        .iter()
        .find(|j| j.id == b)
        .expect("b due after backoff");
    assert_eq!((retry_b.attempts, retry_b.next_attempt), (1, 10_000));
    store
        .job_failed(b, 20_000, &"x".repeat(5_000), false)
        .await
        .unwrap();
    let retry = store.due_jobs(20_000, 10).await.unwrap();
    assert_eq!(retry.iter().find(|j| j.id == b).unwrap().attempts, 2);

    // Give up: never due again.
    store.job_failed(b, 30_000, "gave up", true).await.unwrap();
    store.job_done(c).await.unwrap();
    assert!(store.due_jobs(i64::MAX / 2, 10).await.unwrap().is_empty());
}

// ------------------------------------------------------------------ api keys

pub(crate) async fn api_keys_insert_get_revoke(h: Arc<dyn Harness>) {
    let store = h.store().await;
    let key = ApiKeyRecord {
        id: "lw_ab12".into(),
        name: "platform backend".into(),
        hash: "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA".into(),
        scopes: vec!["ingest".into(), "review".into()],
        created: 1_000,
        revoked: false,
    };
    store.insert_api_key(&key).await.unwrap();
    let admin = ApiKeyRecord {
        id: "lw_00ff".into(),
        scopes: vec!["admin".into()],
        ..key.clone()
    };
    store.insert_api_key(&admin).await.unwrap();
    assert!(matches!(
        store.insert_api_key(&key).await,
        Err(StoreError::Conflict(_))
    ));

    assert_eq!(store.api_key("lw_ab12").await.unwrap(), Some(key.clone()));
    assert_eq!(store.api_key("lw_none").await.unwrap(), None);
    assert_eq!(
        store.api_keys().await.unwrap(),
        vec![admin.clone(), key.clone()]
    );

    assert!(store.revoke_api_key("lw_ab12").await.unwrap());
    assert!(store.api_key("lw_ab12").await.unwrap().unwrap().revoked);
    assert!(!store.api_key("lw_00ff").await.unwrap().unwrap().revoked);
    assert!(!store.revoke_api_key("lw_none").await.unwrap());
}

pub(crate) async fn media_blobs_by_digest(h: Arc<dyn Harness>) {
    let store = h.store().await;
    let digest = "ab".repeat(32);
    assert_eq!(store.media(&digest).await.unwrap(), None);
    store
        .put_media(&digest, &[1, 2, 3, 0, 255], 10)
        .await
        .unwrap();
    // The same content again is a no-op, not a conflict.
    store
        .put_media(&digest, &[1, 2, 3, 0, 255], 20)
        .await
        .unwrap();
    assert_eq!(
        store.media(&digest).await.unwrap(),
        Some(vec![1, 2, 3, 0, 255])
    );
    for bad in ["AB".repeat(32), "ab".repeat(31), "zz".repeat(32)] {
        assert!(matches!(
            store.put_media(&bad, &[1], 0).await,
            Err(StoreError::Invalid(_))
        ));
    }
    if let Some(store) = h.reopen().await {
        assert_eq!(
            store.media(&digest).await.unwrap(),
            Some(vec![1, 2, 3, 0, 255])
        );
    }
}
