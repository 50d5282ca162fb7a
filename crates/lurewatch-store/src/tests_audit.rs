//! Suite tests of the `audit` tables: the hash chain, append-only triggers,
//! preservation holds, retention purges and the statistics reads. Run on
//! SQLite (file and memory) and PostgreSQL through the harnesses of
//! `tests.rs`.

use std::sync::Arc;

use lurewatch_core::{Decision, EntityKind, EntityRef, EventKind, Label, Signal, Verdict};
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
use serde_json::json;

use crate::tests::Harness;
use crate::{
    AuditFilter, BreakReason, CaseStatus, CaseUpdate, ChainBreak, CounterAdd, NewAuditEntry,
    NewEvent, NewHold, PRESERVATION_PERIOD_MS, PurgeCounts, PurgePolicy, StoreError,
};

macro_rules! audit_test_suite {
    ($make:expr) => {
        audit_test_suite!(@tests $make;
            chain_verifies_pages_and_filters,
            tampering_is_found_at_that_entry,
            audit_rows_cannot_be_changed,
            concurrent_appends_form_one_chain,
            hostile_unicode_round_trips_and_verifies,
            invalid_entries_are_refused,
            holds_are_audited_and_only_extended,
            purge_keeps_held_and_open_and_audits,
            purge_removes_media_no_event_refers_to,
            stat_events_carry_decisions_and_queues,
            declared_ages_from_profiles
        );
    };
    (@tests $make:expr; $($name:ident),* $(,)?) => {
        $(
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn $name() {
                let Some(harness) = $make.await else { return };
                $crate::tests::run(harness, |h| Box::pin($crate::tests_audit::$name(h))).await;
            }
        )*
    };
}

mod sqlite_file {
    audit_test_suite!(crate::tests::sqlite_file_harness());
}

mod sqlite_memory {
    audit_test_suite!(crate::tests::sqlite_memory_harness());
}

mod postgres {
    audit_test_suite!(crate::tests::postgres_harness());
}

// ------------------------------------------------------------------ helpers

fn audit(actor: &str, action: &str, subject: &str, detail: serde_json::Value) -> NewAuditEntry {
    NewAuditEntry {
        actor: actor.into(),
        action: action.into(),
        subject: subject.into(),
        detail,
        ts: 1_700_000_000_000,
    }
}

fn message(actor: &str, conversation: &str, recipient: &str, received: i64) -> NewEvent {
    NewEvent {
        dedupe_key: None,
        kind: EventKind::Message,
        actor: actor.into(),
        conversation: Some(conversation.into()),
        ts: received,
        received,
        envelope: json!({
            "type": "message",
            "conversation": conversation,
            "sender": actor,
            "recipients": [recipient],
            "text": "asks for photos",
        }),
    }
}

fn case_update(subject: &str, seq: i64, queue: &str, child_safety: bool) -> CaseUpdate {
    CaseUpdate {
        subject: subject.into(),
        queue: queue.into(),
        priority: 1,
        event_seq: seq,
        targets: vec!["t1".into()],
        child_safety,
        now: 10,
    }
}

fn account(id: &str) -> EntityRef {
    EntityRef {
        kind: EntityKind::Account,
        id: id.into(),
    }
}

const DAY: i64 = 24 * 60 * 60 * 1000;

// ------------------------------------------------------------------ chain

pub(crate) async fn chain_verifies_pages_and_filters(h: Arc<dyn Harness>) {
    let store = h.store().await;
    let empty = store.verify_audit().await.unwrap();
    assert_eq!((empty.verified, empty.head, empty.broken), (0, None, None));

    let mut appended = Vec::new();
    for i in 0..25 {
        let actor = if i % 2 == 0 { "alice" } else { "bob" };
        let action = if i % 5 == 0 {
            "case.decide"
        } else {
            "case.view"
        };
        appended.push(
            store
                .append_audit(&audit(
                    actor,
                    action,
                    &format!("case:{i}"),
                    json!({"i": i, "z": [1, {"b": 2, "a": 1}]}),
                ))
                .await
                .unwrap(),
        );
    }
    assert_eq!(appended[0].id, 1);
    assert_eq!(appended[0].prev_hash, crate::GENESIS_HASH);
    for pair in appended.windows(2) {
        assert_eq!(pair[1].id, pair[0].id + 1);
        assert_eq!(pair[1].prev_hash, pair[0].hash);
    }
    let verification = store.verify_audit().await.unwrap();
    assert_eq!(verification.verified, 25);
    assert_eq!(verification.broken, None);
    assert_eq!(verification.head, Some((25, appended[24].hash.clone())));
    assert_eq!(
        store.audit_head().await.unwrap(),
        Some((25, appended[24].hash.clone()))
    );

    // Paging returns exactly what was appended.
    let mut read = Vec::new();
    let mut after = 0;
    loop {
        let page = store.audit_entries(after, 7).await.unwrap();
        if page.is_empty() {
            break;
        }
        after = page.last().unwrap().id;
        read.extend(page);
    }
    assert_eq!(read, appended);

    // Filters, newest first.
    let decided = store
        .audit_search(&AuditFilter {
            action: Some("case.decide".into()),
            ..AuditFilter::default()
        })
        .await
        .unwrap();
    assert_eq!(
        decided.iter().map(|e| e.id).collect::<Vec<_>>(),
        vec![21, 16, 11, 6, 1]
    );
    let bob_before = store
        .audit_search(&AuditFilter {
            actor: Some("bob".into()),
            before_id: Some(10),
            limit: 2,
            ..AuditFilter::default()
        })
        .await
        .unwrap();
    assert_eq!(
        bob_before.iter().map(|e| e.id).collect::<Vec<_>>(),
        vec![8, 6]
    );
    let subject = store
        .audit_search(&AuditFilter {
            subject: Some("case:3".into()),
            ..AuditFilter::default()
        })
        .await
        .unwrap();
    assert_eq!(subject.len(), 1);
    assert_eq!(subject[0].id, 4);
}

pub(crate) async fn tampering_is_found_at_that_entry(h: Arc<dyn Harness>) {
    let store = h.store().await;
    for i in 1..=10 {
        store
            .append_audit(&audit(
                "alice",
                "case.decide",
                &format!("case:{i}"),
                json!({"decision": "dismiss"}),
            ))
            .await
            .unwrap();
    }
    // Someone with the database edits entry 6's detail.
    let changed = store
        .raw_sql_for_test(
            "UPDATE audit_log SET detail = '{\"decision\":\"confirm\"}' WHERE id = 6",
            true,
        )
        .await
        .unwrap();
    assert_eq!(changed, 1);
    let verification = store.verify_audit().await.unwrap();
    assert_eq!(verification.verified, 5);
    assert_eq!(
        verification.broken,
        Some(ChainBreak {
            id: 6,
            reason: BreakReason::Hash
        })
    );

    // ... and then recomputes its hash: the link of entry 7 breaks.
    let original = store.audit_entries(5, 1).await.unwrap().remove(0);
    let forged = crate::entry_hash(&original.prev_hash, 6, &original.entry);
    store
        .raw_sql_for_test(
            &format!("UPDATE audit_log SET hash = '{forged}' WHERE id = 6"),
            true,
        )
        .await
        .unwrap();
    assert_eq!(
        store.verify_audit().await.unwrap().broken,
        Some(ChainBreak {
            id: 7,
            reason: BreakReason::PrevLink
        })
    );

    // Restore entry 6 exactly; then remove entry 9: a gap at 10.
    let good = store.audit_entries(0, 100).await.unwrap();
    let _ = good;
    store
        .raw_sql_for_test(
            "UPDATE audit_log SET detail = '{\"decision\":\"dismiss\"}' WHERE id = 6",
            true,
        )
        .await
        .unwrap();
    let restored = store.audit_entries(5, 1).await.unwrap().remove(0);
    let honest = crate::entry_hash(&restored.prev_hash, 6, &restored.entry);
    store
        .raw_sql_for_test(
            &format!("UPDATE audit_log SET hash = '{honest}' WHERE id = 6"),
            true,
        )
        .await
        .unwrap();
    assert_eq!(store.verify_audit().await.unwrap().broken, None);
    store
        .raw_sql_for_test("DELETE FROM audit_log WHERE id = 9", true)
        .await
        .unwrap();
    assert_eq!(
        store.verify_audit().await.unwrap().broken,
        Some(ChainBreak {
            id: 10,
            reason: BreakReason::Gap { expected: 9 }
        })
    );
}

pub(crate) async fn audit_rows_cannot_be_changed(h: Arc<dyn Harness>) {
    let store = h.store().await;
    store
        .append_audit(&audit("alice", "case.view", "case:1", json!({})))
        .await
        .unwrap();
    store
        .append_audit(&audit("bob", "case.view", "case:2", json!({})))
        .await
        .unwrap();
    for sql in [
        "UPDATE audit_log SET actor = 'mallory' WHERE id = 1",
        "DELETE FROM audit_log WHERE id = 2",
        "DELETE FROM audit_log",
    ] {
        let refused = store.raw_sql_for_test(sql, false).await;
        assert!(
            matches!(&refused, Err(StoreError::Database(m)) if m.contains("append-only")),
            "{sql}: {refused:?}"
        );
    }
    let entries = store.audit_entries(0, 10).await.unwrap();
    assert_eq!(entries.len(), 2);
    assert_eq!(entries[0].entry.actor, "alice");
    assert_eq!(store.verify_audit().await.unwrap().verified, 2);
}

pub(crate) async fn concurrent_appends_form_one_chain(h: Arc<dyn Harness>) {
    let store = h.store().await;
    let mut tasks = Vec::new();
    for task in 0..16 {
        let store = store.clone();
        tasks.push(tokio::spawn(async move {
            for i in 0..10 {
                store
                    .append_audit(&audit(
                        &format!("user{task}"),
                        "case.view",
                        &format!("case:{i}"),
                        json!({"task": task, "i": i}),
                    ))
                    .await
                    .unwrap();
            }
        }));
    }
    for task in tasks {
        task.await.unwrap();
    }
    let verification = store.verify_audit().await.unwrap();
    assert_eq!(verification.broken, None);
    assert_eq!(verification.verified, 160);
    // Every task's entries are there, in its own order.
    let entries = store.audit_entries(0, 1000).await.unwrap();
    for task in 0..16 {
        let mine: Vec<i64> = entries
            .iter()
            .filter(|e| e.entry.detail["task"] == task)
            .map(|e| e.entry.detail["i"].as_i64().unwrap())
            .collect();
        assert_eq!(mine, (0..10).collect::<Vec<_>>());
    }
}

/// Text with the characters that break naive encodings: quotes, backslashes,
/// separators, RTL overrides, combining marks, astral emoji, surrogate-range
/// neighbours, zero-width joiners.
fn hostile_text() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "\"",
        "\\",
        "\n",
        "'",
        ",",
        ":",
        "[",
        "]",
        "{",
        "}",
        "\u{202E}",
        "\u{200D}",
        "\u{0301}",
        "\u{1F600}",
        "\u{FFFD}",
        "\u{FEFF}",
        "\u{D7FF}",
        "\u{E000}",
        "\u{10FFFF}",
        "é",
        "e\u{301}",
        "</td><script>",
        "%_",
        "a",
        " ",
    ]);
    prop::collection::vec(pieces, 1..12).prop_map(|p| p.concat())
}

fn hostile_json() -> impl Strategy<Value = serde_json::Value> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::from),
        any::<i64>().prop_map(serde_json::Value::from),
        hostile_text().prop_map(serde_json::Value::from),
    ];
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(serde_json::Value::Array),
            prop::collection::btree_map(hostile_text(), inner, 0..4)
                .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
        ]
    })
}

fn hostile_entry() -> impl Strategy<Value = NewAuditEntry> {
    (
        hostile_text().prop_map(|t| t.replace('\n', " ")),
        hostile_text().prop_map(|t| t.replace('\n', " ")),
        hostile_json(),
        any::<i64>(),
    )
        .prop_map(|(actor, subject, detail, ts)| NewAuditEntry {
            actor,
            action: "case.note".into(),
            subject,
            detail,
            ts,
        })
}

pub(crate) async fn hostile_unicode_round_trips_and_verifies(h: Arc<dyn Harness>) {
    let store = h.store().await;
    // Generated by proptest's strategies from a fixed seed (the async
    // suite cannot shrink; `audit::tests::prop_*` shrink the pure parts).
    let entries: Vec<NewAuditEntry> = {
        let mut runner = TestRunner::new_with_rng(
            Config::default(),
            TestRng::deterministic_rng(RngAlgorithm::ChaCha),
        );
        let strategy = hostile_entry();
        (0..48)
            .map(|_| strategy.new_tree(&mut runner).unwrap().current())
            .collect()
    };
    for entry in &entries {
        let appended = store.append_audit(entry).await.unwrap();
        let back = store
            .audit_entries(appended.id - 1, 1)
            .await
            .unwrap()
            .remove(0);
        assert_eq!(back, appended);
        assert_eq!(&back.entry, entry);
    }
    let verification = store.verify_audit().await.unwrap();
    assert_eq!((verification.verified, verification.broken), (48, None));
}

pub(crate) async fn invalid_entries_are_refused(h: Arc<dyn Harness>) {
    let store = h.store().await;
    for bad in [
        audit("", "case.view", "case:1", json!({})),
        audit("alice", "", "case:1", json!({})),
        audit("al\u{0}ice", "case.view", "case:1", json!({})),
        audit("alice", "case.view", "case:\u{7}", json!({})),
        audit(&"a".repeat(201), "case.view", "case:1", json!({})),
    ] {
        assert!(matches!(
            store.append_audit(&bad).await,
            Err(StoreError::Invalid(_))
        ));
    }
    // Detail may hold anything JSON holds, NUL included.
    store
        .append_audit(&audit("alice", "case.view", "", json!({"n": "\u{0}"})))
        .await
        .unwrap();
    assert_eq!(store.verify_audit().await.unwrap().verified, 1);
}

// ------------------------------------------------------------------ holds

pub(crate) async fn holds_are_audited_and_only_extended(h: Arc<dyn Harness>) {
    let store = h.store().await;
    let now = 1_000 * DAY;
    let hold = store
        .add_hold(&NewHold {
            subject: "case:7".into(),
            reason: "ncmec_report".into(),
            until: now + PRESERVATION_PERIOD_MS,
            actor: "carol".into(),
            now,
        })
        .await
        .unwrap();
    assert_eq!(hold.subject, "case:7");
    assert_eq!(hold.until - hold.created, PRESERVATION_PERIOD_MS);

    let bad = NewHold {
        subject: "case:seven".into(),
        reason: "ncmec_report".into(),
        until: now + 1,
        actor: "carol".into(),
        now,
    };
    assert!(matches!(
        store.add_hold(&bad).await,
        Err(StoreError::Invalid(_))
    ));
    let past = NewHold {
        subject: "event:1".into(),
        until: now,
        ..bad.clone()
    };
    assert!(matches!(
        store.add_hold(&past).await,
        Err(StoreError::Invalid(_))
    ));

    // Extending works; shortening does not; unknown holds are not found.
    let later = hold.until + 30 * DAY;
    let extended = store
        .extend_hold(hold.id, later, "dave", now + DAY)
        .await
        .unwrap();
    assert_eq!(extended.until, later);
    assert!(matches!(
        store
            .extend_hold(hold.id, later - 1, "dave", now + DAY)
            .await,
        Err(StoreError::Invalid(_))
    ));
    assert!(matches!(
        store.extend_hold(hold.id + 100, later, "dave", now).await,
        Err(StoreError::NotFound(_))
    ));
    assert_eq!(
        store.holds_of("case:7").await.unwrap(),
        vec![extended.clone()]
    );
    assert_eq!(
        store.live_holds(later - 1).await.unwrap(),
        vec![extended.clone()]
    );
    assert!(store.live_holds(later).await.unwrap().is_empty());

    let entries = store.audit_entries(0, 10).await.unwrap();
    let summary: Vec<(&str, &str, &str)> = entries
        .iter()
        .map(|e| {
            (
                e.entry.actor.as_str(),
                e.entry.action.as_str(),
                e.entry.subject.as_str(),
            )
        })
        .collect();
    assert_eq!(
        summary,
        vec![
            ("carol", "hold.add", "case:7"),
            ("dave", "hold.extend", "case:7")
        ]
    );
    assert_eq!(entries[1].entry.detail["until"], later);
    assert_eq!(store.verify_audit().await.unwrap().broken, None);
}

// ------------------------------------------------------------------ purge

pub(crate) async fn purge_keeps_held_and_open_and_audits(h: Arc<dyn Harness>) {
    let store = h.store().await;
    let now = 1_000 * DAY;
    let old = now - 100 * DAY;
    let young = now - DAY;
    // seqs: 1 old plain, 2 old in an open case, 3 old in a closed case,
    // 4 old in a closed but held case, 5 old held by event, 6 old by a held
    // account, 7 old in a held conversation, 8 young, 9 old plain (second batch).
    let batch = vec![
        message("plain", "c1", "t1", old),
        message("open_subject", "c2", "t1", old),
        message("closed_subject", "c3", "t1", old),
        message("held_subject", "c4", "t1", old),
        message("plain", "c5", "t1", old),
        message("held_account", "c6", "t1", old),
        message("plain", "held_conv", "t1", old),
        message("plain", "c8", "t1", young),
        message("plain", "c9", "t1", old),
    ];
    let seqs: Vec<i64> = store
        .append_events(&batch)
        .await
        .unwrap()
        .iter()
        .map(|a| a.seq())
        .collect();
    store
        .upsert_case(&case_update("open_subject", seqs[1], "default", false))
        .await
        .unwrap();
    let closed = store
        .upsert_case(&case_update("closed_subject", seqs[2], "default", false))
        .await
        .unwrap();
    store
        .set_case_status(closed, CaseStatus::Closed, 20)
        .await
        .unwrap();
    let held_case = store
        .upsert_case(&case_update("held_subject", seqs[3], "cs", true))
        .await
        .unwrap();
    store
        .set_case_status(held_case, CaseStatus::Closed, 20)
        .await
        .unwrap();
    for subject in [
        format!("case:{held_case}"),
        format!("event:{}", seqs[4]),
        "account:held_account".to_string(),
        "conversation:held_conv".to_string(),
    ] {
        store
            .add_hold(&NewHold {
                subject,
                reason: "ncmec_report".into(),
                until: now + PRESERVATION_PERIOD_MS,
                actor: "carol".into(),
                now: now - 2 * DAY,
            })
            .await
            .unwrap();
    }
    // An expired hold protects nothing.
    store
        .add_hold(&NewHold {
            subject: format!("event:{}", seqs[8]),
            reason: "legal_request".into(),
            until: now - DAY,
            actor: "carol".into(),
            now: now - 10 * DAY,
        })
        .await
        .unwrap();

    // Labels: one expired long ago, one expired on a held account, one live.
    for (id, expires) in [
        ("plain", Some(now - 10 * DAY)),
        ("held_account", Some(now - 10 * DAY)),
        ("open_subject", None),
    ] {
        store
            .add_label(&Label {
                entity: account(id),
                label: "suspected".into(),
                source: "rule".into(),
                created: old,
                expires,
            })
            .await
            .unwrap();
    }
    // Counters: an old and a young bucket.
    store
        .add_to_counters(&[
            CounterAdd {
                entity: account("plain"),
                name: "msgs".into(),
                bucket: old,
                by: 3,
            },
            CounterAdd {
                entity: account("plain"),
                name: "msgs".into(),
                bucket: young,
                by: 2,
            },
        ])
        .await
        .unwrap();
    // Jobs: one old dead, one pending.
    let dead = store
        .enqueue("webhook", &json!({"n": 1}), old)
        .await
        .unwrap();
    store.job_failed(dead, old, "gave up", true).await.unwrap();
    let pending = store
        .enqueue("webhook", &json!({"n": 2}), old)
        .await
        .unwrap();
    let audit_before = store.audit_head().await.unwrap().unwrap().0;

    let policy = PurgePolicy {
        now,
        events_before: now - 90 * DAY,
        labels_expired_before: now,
        counters_before: now - 30 * DAY,
        dead_jobs_before: now - 30 * DAY,
        batch: 2,
        actor: "system:retention".into(),
    };
    let counts = store.purge(&policy).await.unwrap();
    assert_eq!(
        counts,
        PurgeCounts {
            events: 3,
            case_links: 1,
            labels: 1,
            counters: 1,
            jobs: 1,
            media: 0
        }
    );

    // Survivors and the departed.
    let gone = [seqs[0], seqs[2], seqs[8]];
    for (index, &seq) in seqs.iter().enumerate() {
        let present = store.event(seq).await.unwrap().is_some();
        assert_eq!(present, !gone.contains(&seq), "event #{index} (seq {seq})");
    }
    let closed_case = store.case(closed).await.unwrap().unwrap();
    assert!(closed_case.event_seqs.is_empty());
    assert_eq!(
        store.case(held_case).await.unwrap().unwrap().event_seqs,
        vec![seqs[3]]
    );
    assert_eq!(store.labels(&account("plain"), 0).await.unwrap().len(), 0);
    assert_eq!(
        store
            .labels(&account("held_account"), 0)
            .await
            .unwrap()
            .len(),
        1
    );
    assert_eq!(
        store
            .labels(&account("open_subject"), now)
            .await
            .unwrap()
            .len(),
        1
    );
    assert_eq!(
        store
            .counter_total(&account("plain"), "msgs", 0)
            .await
            .unwrap(),
        2
    );
    let due: Vec<i64> = store
        .due_jobs(now, 10)
        .await
        .unwrap()
        .iter()
        .map(|j| j.id)
        .collect();
    assert_eq!(due, vec![pending]);

    // Audited: batches of 2 events → two entries, the counts adding up.
    let entries = store.audit_entries(audit_before, 10).await.unwrap();
    assert_eq!(entries.len(), 2);
    let mut events = 0;
    for entry in &entries {
        assert_eq!(entry.entry.actor, "system:retention");
        assert_eq!(entry.entry.action, "retention.purge");
        assert_eq!(entry.entry.ts, now);
        events += entry.entry.detail["events"].as_u64().unwrap();
    }
    assert_eq!(events, 3);
    assert_eq!(entries[1].entry.detail["labels"], 1);
    assert_eq!(entries[1].entry.detail["jobs"], 1);
    assert_eq!(store.verify_audit().await.unwrap().broken, None);

    // A second run finds nothing and records nothing.
    assert!(store.purge(&policy).await.unwrap().is_empty());
    assert_eq!(store.audit_head().await.unwrap().unwrap().0, entries[1].id);
}

pub(crate) async fn purge_removes_media_no_event_refers_to(h: Arc<dyn Harness>) {
    let store = h.store().await;
    let now = 1_000 * DAY;
    let old = now - 100 * DAY;
    let digest = |n: u8| format!("{:064x}", n);
    let with_media = |actor: &str, sha: &str, received: i64| NewEvent {
        envelope: json!({
            "type": "message", "conversation": "c", "sender": actor, "recipients": ["t"],
            "text": "look", "attachments": [{"media_id": "m", "content_stripped": sha}],
        }),
        ..message(actor, "c", "t", received)
    };
    for n in 1..=3 {
        store.put_media(&digest(n), &[n; 4], old).await.unwrap();
    }
    // 1: only an old event → goes. 2: an old and a young event → stays.
    // 3: only an old, held event → stays.
    let seqs: Vec<i64> = store
        .append_events(&[
            with_media("a", &digest(1), old),
            with_media("b", &digest(2), old),
            with_media("c", &digest(2), now),
            with_media("d", &digest(3), old),
        ])
        .await
        .unwrap()
        .iter()
        .map(|a| a.seq())
        .collect();
    store
        .add_hold(&NewHold {
            subject: format!("event:{}", seqs[3]),
            reason: "ncmec_report".into(),
            until: now + DAY,
            actor: "carol".into(),
            now,
        })
        .await
        .unwrap();
    let counts = store
        .purge(&PurgePolicy {
            now,
            events_before: now - 90 * DAY,
            labels_expired_before: now,
            counters_before: now,
            dead_jobs_before: now,
            batch: 100,
            actor: "system:retention".into(),
        })
        .await
        .unwrap();
    assert_eq!((counts.events, counts.media), (2, 1));
    assert_eq!(store.media(&digest(1)).await.unwrap(), None);
    assert_eq!(store.media(&digest(2)).await.unwrap(), Some(vec![2; 4]));
    assert_eq!(store.media(&digest(3)).await.unwrap(), Some(vec![3; 4]));
    let last = store.audit_entries(1, 10).await.unwrap();
    assert_eq!(last.len(), 1);
    assert_eq!(last[0].entry.detail["media"], 1);
}

// ------------------------------------------------------------------ statistics

pub(crate) async fn stat_events_carry_decisions_and_queues(h: Arc<dyn Harness>) {
    let store = h.store().await;
    let seqs: Vec<i64> = store
        .append_events(&[
            message("a", "c1", "t1", 100),
            message("a", "c1", "t1", 200),
            message("b", "c2", "t2", 300),
            message("b", "c2", "t2", 400),
        ])
        .await
        .unwrap()
        .iter()
        .map(|a| a.seq())
        .collect();
    let decision = |verdict| Decision {
        verdict,
        signals: vec![Signal::Age {
            account: "t1".into(),
            age: 14,
            source: "stated".into(),
        }],
        ..Decision::default()
    };
    store
        .record_decisions(&[
            (seqs[0], decision(Verdict::Review)),
            (seqs[2], decision(Verdict::Allow)),
            (seqs[3], decision(Verdict::Block)),
        ])
        .await
        .unwrap();
    let case = store
        .upsert_case(&case_update("a", seqs[0], "grooming", true))
        .await
        .unwrap();
    let page = store.stat_events(0, 1_000, 0, 2).await.unwrap();
    assert_eq!(
        page.iter().map(|e| e.seq).collect::<Vec<_>>(),
        vec![seqs[0], seqs[2]]
    );
    assert_eq!(
        page[0].cases,
        vec![crate::StatCase {
            id: case,
            queue: "grooming".to_string(),
            child_safety: true,
        }]
    );
    assert_eq!(page[0].decision, decision(Verdict::Review));
    assert_eq!(page[0].kind, EventKind::Message);
    assert!(page[1].cases.is_empty());
    let rest = store.stat_events(0, 1_000, page[1].seq, 2).await.unwrap();
    assert_eq!(
        rest.iter().map(|e| e.seq).collect::<Vec<_>>(),
        vec![seqs[3]]
    );
    // The time window is half-open.
    let window = store.stat_events(300, 400, 0, 10).await.unwrap();
    assert_eq!(
        window.iter().map(|e| e.seq).collect::<Vec<_>>(),
        vec![seqs[2]]
    );
}

pub(crate) async fn declared_ages_from_profiles(h: Arc<dyn Harness>) {
    let store = h.store().await;
    let profile = |account: &str, ts: i64, extra: serde_json::Value| {
        let mut envelope = json!({"type": "profile", "account": account, "bio": "hi"});
        for (k, v) in extra.as_object().unwrap() {
            envelope[k] = v.clone();
        }
        NewEvent {
            dedupe_key: None,
            kind: EventKind::Profile,
            actor: account.into(),
            conversation: None,
            ts,
            received: ts,
            envelope,
        }
    };
    store
        .append_events(&[
            profile("t1", 20, json!({"declared_age": 14})),
            profile("t1", 10, json!({"birth_year": 2011})),
            profile("t2", 10, json!({})),
            profile("t3", 10, json!({"declared_age": 300})),
        ])
        .await
        .unwrap();
    let ages = store
        .declared_ages(&["t1".into(), "t2".into(), "t3".into(), "nobody".into()])
        .await
        .unwrap();
    let summary: Vec<(&str, Option<u8>, Option<u16>, i64)> = ages
        .iter()
        .map(|a| (a.account.as_str(), a.declared_age, a.birth_year, a.ts))
        .collect();
    assert_eq!(
        summary,
        vec![("t1", None, Some(2011), 10), ("t1", Some(14), None, 20)]
    );
}

// ------------------------------------------------------------------ properties

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    /// verify(append(entries)) holds on a real store, for any entries.
    #[test]
    fn appended_hostile_entries_verify(entries in prop::collection::vec(hostile_entry(), 1..8)) {
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        runtime.block_on(async {
            let store = crate::SqliteStore::open_in_memory().await.unwrap();
            crate::Store::migrate(&store).await.unwrap();
            for entry in &entries {
                crate::AuditStore::append_audit(&store, entry).await.unwrap();
            }
            let verification = crate::AuditStore::verify_audit(&store).await.unwrap();
            prop_assert_eq!(verification.broken, None);
            prop_assert_eq!(verification.verified, entries.len() as u64);
            let back = crate::AuditStore::audit_entries(&store, 0, 100).await.unwrap();
            let stored: Vec<NewAuditEntry> = back.into_iter().map(|e| e.entry).collect();
            prop_assert_eq!(stored, entries);
            store.close().await;
            Ok(())
        })?;
    }
}

/// A measurement, not a check (run with `--ignored --nocapture`): appends,
/// verification and a purge on a SQLite file store.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "measurement"]
async fn measure_audit_and_purge_on_sqlite_file() {
    let harness = crate::tests::sqlite_file_harness().await.unwrap();
    let store = harness.store().await;
    let started = std::time::Instant::now();
    let appends = 2_000;
    for i in 0..appends {
        store
            .append_audit(&audit(
                "alice",
                "case.view",
                &format!("case:{i}"),
                json!({"i": i}),
            ))
            .await
            .unwrap();
    }
    let append_time = started.elapsed();
    let started = std::time::Instant::now();
    let verification = store.verify_audit().await.unwrap();
    assert_eq!(verification.verified, appends);
    let verify_time = started.elapsed();

    let now = 1_000 * DAY;
    let events = 20_000;
    let batch: Vec<NewEvent> = (0..events)
        .map(|i| message("u", &format!("c{}", i % 100), "t", now - 100 * DAY + i))
        .collect();
    for chunk in batch.chunks(1000) {
        store.append_events(chunk).await.unwrap();
    }
    let started = std::time::Instant::now();
    let counts = store
        .purge(&PurgePolicy {
            now,
            events_before: now - 90 * DAY,
            labels_expired_before: now,
            counters_before: now,
            dead_jobs_before: now,
            batch: 5000,
            actor: "system:retention".into(),
        })
        .await
        .unwrap();
    assert_eq!(counts.events, events as u64);
    let purge_time = started.elapsed();
    eprintln!(
        "sqlite file: {appends} audit appends in {append_time:?} ({:.0}/s, one fsync each); \
         verify {appends} in {verify_time:?}; purge {events} events in {purge_time:?}",
        appends as f64 / append_time.as_secs_f64()
    );
    harness.cleanup().await;
}
