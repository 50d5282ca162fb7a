//! Suite tests of the `reports` tables (see `tests.rs` for the harnesses):
//! one report per case, compare-and-set transitions, leases and retries,
//! files and exchanges, durability across a reopen, and the kind-filtered
//! outbox claim. Run on SQLite (file and memory) and PostgreSQL.

use std::sync::Arc;

use serde_json::json;

use crate::tests::Harness;
use crate::{
    CaseId, CaseUpdate, EventKind, NcmecExchange, NcmecStatus, NcmecTransition, NewEvent,
    NewNcmecFile, NewNcmecReport, Store, StoreError,
};

macro_rules! reports_test_suite {
    ($make:expr) => {
        reports_test_suite!(@tests $make;
            one_report_per_case,
            transitions_are_compare_and_set,
            claims_lease_and_retry,
            concurrent_claims_hand_out_each_report_once,
            files_progress_and_replacement,
            exchanges_are_kept_in_order,
            reports_survive_reopen,
            jobs_of_one_kind_only
        );
    };
    (@tests $make:expr; $($name:ident),* $(,)?) => {
        $(
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn $name() {
                let Some(harness) = $make.await else { return };
                $crate::tests::run(harness, |h| Box::pin($crate::tests_reports::$name(h))).await;
            }
        )*
    };
}

mod sqlite_file {
    reports_test_suite!(crate::tests::sqlite_file_harness());
}

mod sqlite_memory {
    reports_test_suite!(crate::tests::sqlite_memory_harness());
}

mod postgres {
    reports_test_suite!(crate::tests::postgres_harness());
}

// ------------------------------------------------------------------ helpers

async fn open_case(store: &Arc<dyn Store>, subject: &str) -> CaseId {
    let appended = store
        .append_events(&[NewEvent {
            dedupe_key: None,
            kind: EventKind::Message,
            actor: subject.to_string(),
            conversation: Some(format!("c-{subject}")),
            ts: 1_000,
            received: 1_001,
            envelope: json!({"type": "message", "conversation": format!("c-{subject}"),
                "sender": subject, "text": "hello"}),
        }])
        .await
        .unwrap();
    store
        .upsert_case(&CaseUpdate {
            subject: subject.to_string(),
            queue: "child_safety".into(),
            priority: 10,
            event_seq: appended[0].seq(),
            targets: vec!["t1".into()],
            child_safety: true,
            now: 1_000,
        })
        .await
        .unwrap()
}

fn new_report(case_id: CaseId, status: NcmecStatus) -> NewNcmecReport {
    NewNcmecReport {
        case_id,
        status,
        draft: json!({"incident_type": "Child Sex Trafficking"}),
        files: vec![
            NewNcmecFile {
                file_name: "chat-log.csv".into(),
                content: b"content,sender,recipient,thread,time\n".to_vec(),
                info: json!({"file_relevance": "Supplemental Reported"}),
            },
            NewNcmecFile {
                file_name: "bytes.bin".into(),
                content: vec![0, 1, 2, 255],
                info: json!({}),
            },
        ],
        environment: "test".into(),
        created_by: "alice".into(),
        now: 2_000,
    }
}

// ------------------------------------------------------------------ tests

pub(crate) async fn one_report_per_case(h: Arc<dyn Harness>) {
    let store = h.store().await;
    let case = open_case(&store, "u1").await;
    let report = store
        .create_ncmec_report(&new_report(case, NcmecStatus::Draft))
        .await
        .unwrap();
    assert_eq!(report.case_id, case);
    assert_eq!(report.status, NcmecStatus::Draft);
    assert_eq!(report.created_by, "alice");
    assert_eq!(report.environment, "test");
    assert_eq!(report.draft["incident_type"], "Child Sex Trafficking");
    assert_eq!((report.created, report.next_attempt), (2_000, 2_000));

    // A second report of the same case is refused, whatever its status.
    let again = store
        .create_ncmec_report(&new_report(case, NcmecStatus::Queued))
        .await;
    assert!(matches!(again, Err(StoreError::Conflict(_))), "{again:?}");
    // Unknown case.
    let missing = store
        .create_ncmec_report(&new_report(CaseId(9_999), NcmecStatus::Draft))
        .await;
    assert!(
        matches!(missing, Err(StoreError::NotFound(_))),
        "{missing:?}"
    );
    // Only draft or queued at creation.
    let bad = store
        .create_ncmec_report(&new_report(case, NcmecStatus::Finished))
        .await;
    assert!(matches!(bad, Err(StoreError::Invalid(_))), "{bad:?}");

    assert_eq!(
        store.ncmec_report(report.id).await.unwrap(),
        Some(report.clone())
    );
    assert_eq!(
        store.ncmec_report_of_case(case).await.unwrap(),
        Some(report.clone())
    );
    assert_eq!(store.ncmec_report_of_case(CaseId(77)).await.unwrap(), None);
    let other = open_case(&store, "u2").await;
    let second = store
        .create_ncmec_report(&NewNcmecReport {
            now: 3_000,
            ..new_report(other, NcmecStatus::Queued)
        })
        .await
        .unwrap();
    let all = store.ncmec_reports(None, 10).await.unwrap();
    assert_eq!(
        all.iter().map(|r| r.id).collect::<Vec<_>>(),
        vec![second.id, report.id],
        "newest first"
    );
    let queued = store
        .ncmec_reports(Some(NcmecStatus::Queued), 10)
        .await
        .unwrap();
    assert_eq!(queued.len(), 1);
    assert_eq!(queued[0].id, second.id);
}

pub(crate) async fn transitions_are_compare_and_set(h: Arc<dyn Harness>) {
    let store = h.store().await;
    let case = open_case(&store, "u1").await;
    let r = store
        .create_ncmec_report(&new_report(case, NcmecStatus::Draft))
        .await
        .unwrap();

    // Wrong source state: refused, naming the current one.
    let refused = store
        .transition_ncmec_report(
            r.id,
            &[NcmecStatus::Queued],
            &NcmecTransition::to(NcmecStatus::Submitted, 3_000),
        )
        .await;
    match refused {
        Err(StoreError::Conflict(message)) => assert!(message.contains("draft"), "{message}"),
        other => panic!("expected a conflict, got {other:?}"),
    }
    assert!(matches!(
        store
            .transition_ncmec_report(
                4_242,
                &[NcmecStatus::Draft],
                &NcmecTransition::to(NcmecStatus::Queued, 3_000)
            )
            .await,
        Err(StoreError::NotFound(_))
    ));

    let queued = store
        .transition_ncmec_report(
            r.id,
            &[NcmecStatus::Draft, NcmecStatus::Failed],
            &NcmecTransition {
                draft: Some(json!({"edited": true})),
                ..NcmecTransition::to(NcmecStatus::Queued, 3_000)
            },
        )
        .await
        .unwrap();
    assert_eq!(queued.status, NcmecStatus::Queued);
    assert_eq!(queued.draft, json!({"edited": true}));

    let submitted = store
        .transition_ncmec_report(
            r.id,
            &[NcmecStatus::Queued],
            &NcmecTransition {
                xml: Some("<report/>".into()),
                ncmec_report_id: Some(123_456),
                ..NcmecTransition::to(NcmecStatus::Submitted, 4_000)
            },
        )
        .await
        .unwrap();
    assert_eq!(submitted.ncmec_report_id, Some(123_456));
    assert_eq!(submitted.xml.as_deref(), Some("<report/>"));
    assert_eq!(submitted.submitted_at, Some(4_000));
    assert_eq!(submitted.draft, json!({"edited": true}), "kept");

    let finished = store
        .transition_ncmec_report(
            r.id,
            &[NcmecStatus::Submitted],
            &NcmecTransition {
                hold_started: Some(5_000),
                ..NcmecTransition::to(NcmecStatus::Finished, 5_000)
            },
        )
        .await
        .unwrap();
    assert_eq!(finished.finished_at, Some(5_000));
    assert_eq!(finished.hold_started, Some(5_000));
    assert_eq!(finished.ncmec_report_id, Some(123_456), "kept");
    assert_eq!(finished.submitted_at, Some(4_000), "kept");

    // Finished is final: nothing moves it back.
    for from in [
        NcmecStatus::Queued,
        NcmecStatus::Submitted,
        NcmecStatus::Draft,
    ] {
        assert!(matches!(
            store
                .transition_ncmec_report(
                    r.id,
                    &[from],
                    &NcmecTransition::to(NcmecStatus::Retracting, 6_000)
                )
                .await,
            Err(StoreError::Conflict(_))
        ));
    }
}

pub(crate) async fn claims_lease_and_retry(h: Arc<dyn Harness>) {
    let store = h.store().await;
    let draft_case = open_case(&store, "u1").await;
    let queued_case = open_case(&store, "u2").await;
    store
        .create_ncmec_report(&new_report(draft_case, NcmecStatus::Draft))
        .await
        .unwrap();
    let q = store
        .create_ncmec_report(&new_report(queued_case, NcmecStatus::Queued))
        .await
        .unwrap();

    assert!(
        store
            .claim_ncmec_reports(1_999, 10_000, 10)
            .await
            .unwrap()
            .is_empty(),
        "not due"
    );
    let claimed = store.claim_ncmec_reports(2_000, 10_000, 10).await.unwrap();
    assert_eq!(
        claimed.iter().map(|r| r.id).collect::<Vec<_>>(),
        vec![q.id],
        "drafts are not work"
    );
    assert!(
        store
            .claim_ncmec_reports(5_000, 10_000, 10)
            .await
            .unwrap()
            .is_empty(),
        "leased"
    );
    assert_eq!(
        store
            .claim_ncmec_reports(10_000, 20_000, 10)
            .await
            .unwrap()
            .len(),
        1,
        "lease ran out"
    );

    store
        .retry_ncmec_report_later(q.id, 30_000, &"e".repeat(100_000))
        .await
        .unwrap();
    let after = store.ncmec_report(q.id).await.unwrap().unwrap();
    assert_eq!((after.attempts, after.next_attempt), (1, 30_000));
    assert!(
        after.last_error.as_ref().unwrap().len() <= 64 * 1024,
        "clipped"
    );
    assert!(
        store
            .claim_ncmec_reports(29_999, 40_000, 10)
            .await
            .unwrap()
            .is_empty()
    );
    assert_eq!(
        store
            .claim_ncmec_reports(30_000, 40_000, 10)
            .await
            .unwrap()
            .len(),
        1
    );
    assert!(matches!(
        store.retry_ncmec_report_later(999, 1, "x").await,
        Err(StoreError::NotFound(_))
    ));

    // Progress resets attempts and the lease, and makes it due at once.
    let moved = store
        .transition_ncmec_report(
            q.id,
            &[NcmecStatus::Queued],
            &NcmecTransition {
                ncmec_report_id: Some(9),
                ..NcmecTransition::to(NcmecStatus::Submitted, 31_000)
            },
        )
        .await
        .unwrap();
    assert_eq!(
        (moved.attempts, moved.next_attempt, moved.last_error),
        (0, 31_000, None)
    );
    assert_eq!(
        store
            .claim_ncmec_reports(31_000, 50_000, 10)
            .await
            .unwrap()
            .len(),
        1
    );

    // Final states are never claimed.
    store
        .transition_ncmec_report(
            q.id,
            &[NcmecStatus::Submitted],
            &NcmecTransition::to(NcmecStatus::Finished, 32_000),
        )
        .await
        .unwrap();
    assert!(
        store
            .claim_ncmec_reports(i64::MAX / 2, i64::MAX / 2, 10)
            .await
            .unwrap()
            .is_empty()
    );
}

pub(crate) async fn concurrent_claims_hand_out_each_report_once(h: Arc<dyn Harness>) {
    let store = h.store().await;
    let mut ids = Vec::new();
    for i in 0..12 {
        let case = open_case(&store, &format!("u{i}")).await;
        ids.push(
            store
                .create_ncmec_report(&new_report(case, NcmecStatus::Queued))
                .await
                .unwrap()
                .id,
        );
    }
    let mut tasks = Vec::new();
    for _ in 0..4 {
        let store = store.clone();
        tasks.push(tokio::spawn(async move {
            let mut got = Vec::new();
            for _ in 0..6 {
                for r in store.claim_ncmec_reports(5_000, 100_000, 2).await.unwrap() {
                    got.push(r.id);
                }
            }
            got
        }));
    }
    let mut all = Vec::new();
    for task in tasks {
        all.extend(task.await.unwrap());
    }
    all.sort_unstable();
    assert_eq!(all, ids, "every report handed out exactly once");
}

pub(crate) async fn files_progress_and_replacement(h: Arc<dyn Harness>) {
    let store = h.store().await;
    let case = open_case(&store, "u1").await;
    let r = store
        .create_ncmec_report(&new_report(case, NcmecStatus::Draft))
        .await
        .unwrap();
    let files = store.ncmec_report_files(r.id).await.unwrap();
    assert_eq!(files.len(), 2);
    assert_eq!(files[0].file_name, "chat-log.csv");
    assert_eq!(files[1].content, vec![0, 1, 2, 255], "bytes round-trip");
    assert_eq!(files[0].info["file_relevance"], "Supplemental Reported");
    assert!(
        files
            .iter()
            .all(|f| f.ncmec_file_id.is_none() && !f.info_sent)
    );

    store
        .set_ncmec_file_progress(r.id, 1, Some("file-abc"), false)
        .await
        .unwrap();
    store
        .set_ncmec_file_progress(r.id, 1, Some("file-abc"), true)
        .await
        .unwrap();
    let files = store.ncmec_report_files(r.id).await.unwrap();
    assert_eq!(files[1].ncmec_file_id.as_deref(), Some("file-abc"));
    assert!(files[1].info_sent);
    assert!(files[0].ncmec_file_id.is_none());
    assert!(matches!(
        store.set_ncmec_file_progress(r.id, 7, None, false).await,
        Err(StoreError::NotFound(_))
    ));

    // A draft's files can be replaced; a queued report's cannot.
    store
        .replace_ncmec_files(
            r.id,
            &[NewNcmecFile {
                file_name: "only.csv".into(),
                content: b"x".to_vec(),
                info: json!({}),
            }],
            3_000,
        )
        .await
        .unwrap();
    let files = store.ncmec_report_files(r.id).await.unwrap();
    assert_eq!(files.len(), 1);
    assert_eq!(files[0].file_name, "only.csv");
    store
        .transition_ncmec_report(
            r.id,
            &[NcmecStatus::Draft],
            &NcmecTransition::to(NcmecStatus::Queued, 4_000),
        )
        .await
        .unwrap();
    assert!(matches!(
        store.replace_ncmec_files(r.id, &[], 5_000).await,
        Err(StoreError::Conflict(_))
    ));
    assert!(matches!(
        store.replace_ncmec_files(555, &[], 5_000).await,
        Err(StoreError::NotFound(_))
    ));
}

pub(crate) async fn exchanges_are_kept_in_order(h: Arc<dyn Harness>) {
    let store = h.store().await;
    let case = open_case(&store, "u1").await;
    let r = store
        .create_ncmec_report(&new_report(case, NcmecStatus::Queued))
        .await
        .unwrap();
    let first = NcmecExchange {
        id: 0,
        report: r.id,
        endpoint: "submit".into(),
        http_status: Some(500),
        response_code: None,
        description: "HTTP 500".into(),
        request: Some("<report/>".into()),
        body: Some("oops".into()),
        ts: 10,
    };
    let second = NcmecExchange {
        endpoint: "submit".into(),
        http_status: Some(200),
        response_code: Some(0),
        description: "0 (success)".into(),
        body: Some("b".repeat(200_000)),
        ts: 11,
        ..first.clone()
    };
    let a = store.add_ncmec_exchange(&first).await.unwrap();
    let b = store.add_ncmec_exchange(&second).await.unwrap();
    assert!(b > a);
    let kept = store.ncmec_exchanges(r.id).await.unwrap();
    assert_eq!(kept.len(), 2);
    assert_eq!(
        kept[0],
        NcmecExchange {
            id: a,
            ..first.clone()
        }
    );
    assert_eq!(kept[1].response_code, Some(0));
    assert_eq!(kept[1].body.as_ref().unwrap().len(), 64 * 1024, "clipped");
    assert!(matches!(
        store
            .add_ncmec_exchange(&NcmecExchange {
                report: 999,
                ..first
            })
            .await,
        Err(StoreError::NotFound(_))
    ));
}

pub(crate) async fn reports_survive_reopen(h: Arc<dyn Harness>) {
    let store = h.store().await;
    let case = open_case(&store, "u1").await;
    let r = store
        .create_ncmec_report(&new_report(case, NcmecStatus::Queued))
        .await
        .unwrap();
    store
        .transition_ncmec_report(
            r.id,
            &[NcmecStatus::Queued],
            &NcmecTransition {
                ncmec_report_id: Some(77),
                xml: Some("<report/>".into()),
                ..NcmecTransition::to(NcmecStatus::Submitted, 3_000)
            },
        )
        .await
        .unwrap();
    store
        .set_ncmec_file_progress(r.id, 0, Some("f0"), true)
        .await
        .unwrap();
    drop(store);
    let Some(store) = h.reopen().await else {
        return;
    };
    let back = store.ncmec_report(r.id).await.unwrap().unwrap();
    assert_eq!(back.status, NcmecStatus::Submitted);
    assert_eq!(back.ncmec_report_id, Some(77));
    let files = store.ncmec_report_files(r.id).await.unwrap();
    assert_eq!(files[0].ncmec_file_id.as_deref(), Some("f0"));
    assert!(files[0].info_sent);
    // Still one per case after the reopen.
    assert!(matches!(
        store
            .create_ncmec_report(&new_report(case, NcmecStatus::Queued))
            .await,
        Err(StoreError::Conflict(_))
    ));
    // The unfinished report is work for the restarted worker.
    assert_eq!(
        store
            .claim_ncmec_reports(3_000, 9_000, 10)
            .await
            .unwrap()
            .len(),
        1
    );
}

pub(crate) async fn jobs_of_one_kind_only(h: Arc<dyn Harness>) {
    let store = h.store().await;
    let hook = store
        .enqueue("webhook", &json!({"webhook": "w"}), 1_000)
        .await
        .unwrap();
    let ncmec = store
        .enqueue("ncmec_report", &json!({"event_seq": 1}), 1_000)
        .await
        .unwrap();
    let got = store
        .due_jobs_of_kind("ncmec_report", 1_000, 10)
        .await
        .unwrap();
    assert_eq!(got.iter().map(|j| j.id).collect::<Vec<_>>(), vec![ncmec]);
    assert_eq!(got[0].payload["event_seq"], 1);
    assert!(
        store
            .due_jobs_of_kind("ncmec_report", 1_000, 10)
            .await
            .unwrap()
            .is_empty(),
        "leased"
    );
    // The webhook job was not touched: the general claim still hands it out.
    let others = store.due_jobs(1_000, 10).await.unwrap();
    assert_eq!(others.iter().map(|j| j.id).collect::<Vec<_>>(), vec![hook]);
    store.job_done(ncmec).await.unwrap();
    assert!(
        store
            .due_jobs_of_kind("ncmec_report", i64::MAX / 4, 10)
            .await
            .unwrap()
            .is_empty()
    );
}
