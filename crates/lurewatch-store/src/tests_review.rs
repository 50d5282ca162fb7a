//! Suite tests of the `review` tables (see `tests.rs` for the harnesses):
//! users and lock-out, sessions, atomic claims (with concurrent claimers),
//! decisions and their feed, notes, wellness settings. Run on SQLite (file
//! and memory) and PostgreSQL.

use std::sync::Arc;

use serde_json::json;

use crate::tests::Harness;
use crate::{
    CaseId, CaseStatus, CaseUpdate, ClaimScope, EventKind, MAX_NOTE_CHARS, NewEvent,
    NewReviewDecision, NewUser, ReviewDecisionKind, Role, SessionRecord, Store, StoreError,
    WellnessSettings,
};

macro_rules! review_test_suite {
    ($make:expr) => {
        review_test_suite!(@tests $make;
            users_create_list_disable,
            login_failures_lock_out,
            sessions_expire_and_end,
            concurrent_claims_have_one_winner,
            concurrent_claim_next_hands_each_case_once,
            claim_next_respects_scope_and_order,
            release_and_reassign,
            decisions_check_claim_apply_and_feed,
            notes_are_validated_and_listed,
            wellness_defaults_and_clamps,
            queue_entries_and_stats,
            escalated_and_ncmec_cases_keep_their_queue,
            decisions_and_their_audit_entry_commit_together
        );
    };
    (@tests $make:expr; $($name:ident),* $(,)?) => {
        $(
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn $name() {
                let Some(harness) = $make.await else { return };
                $crate::tests::run(harness, |h| Box::pin($crate::tests_review::$name(h))).await;
            }
        )*
    };
}

mod sqlite_file {
    review_test_suite!(crate::tests::sqlite_file_harness());
}

mod sqlite_memory {
    review_test_suite!(crate::tests::sqlite_memory_harness());
}

mod postgres {
    review_test_suite!(crate::tests::postgres_harness());
}

// ------------------------------------------------------------------ helpers

const HASH: &str = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA";

fn new_user(name: &str, role: Role, queues: &[&str]) -> NewUser {
    NewUser {
        name: name.to_string(),
        password_hash: HASH.to_string(),
        role,
        queues: queues.iter().map(|q| q.to_string()).collect(),
        created: 1_000,
    }
}

/// Opens a case for `subject` in `queue` (one benign message event).
async fn open_case(
    store: &Arc<dyn Store>,
    subject: &str,
    queue: &str,
    priority: i32,
    child_safety: bool,
    now: i64,
) -> CaseId {
    let appended = store
        .append_events(&[NewEvent {
            dedupe_key: None,
            kind: EventKind::Message,
            actor: subject.to_string(),
            conversation: Some(format!("conv-{subject}")),
            ts: now,
            received: now,
            envelope: json!({"type": "message", "sender": subject, "text": "hi there"}),
        }])
        .await
        .unwrap();
    store
        .upsert_case(&CaseUpdate {
            subject: subject.to_string(),
            queue: queue.to_string(),
            priority,
            event_seq: appended[0].seq(),
            targets: vec!["target-1".into()],
            child_safety,
            now,
        })
        .await
        .unwrap()
}

fn decision(
    case_id: CaseId,
    reviewer: &str,
    kind: ReviewDecisionKind,
    ts: i64,
) -> NewReviewDecision {
    NewReviewDecision {
        case_id,
        reviewer: reviewer.to_string(),
        decision: kind,
        action: (kind == ReviewDecisionKind::Confirm).then(|| "suspend".to_string()),
        codes: vec![
            "GRM.ISOLATE".into(),
            "GRM.GIFTS".into(),
            "GRM.ISOLATE".into(),
        ],
        note: Some("<b>checked</b> the timeline".into()),
        ts,
    }
}

// -------------------------------------------------------------------- users

pub(crate) async fn users_create_list_disable(h: Arc<dyn Harness>) {
    let store = h.store().await;
    store
        .create_user(&new_user(
            "bea",
            Role::Reviewer,
            &["grooming", "adult", "grooming"],
        ))
        .await
        .unwrap();
    store
        .create_user(&new_user("al", Role::Admin, &[]))
        .await
        .unwrap();
    assert!(matches!(
        store.create_user(&new_user("bea", Role::Admin, &[])).await,
        Err(StoreError::Conflict(_))
    ));
    for bad in ["", "has space", "<script>", &"x".repeat(65)] {
        assert!(matches!(
            store.create_user(&new_user(bad, Role::Reviewer, &[])).await,
            Err(StoreError::Invalid(_))
        ));
    }
    let bea = store.user("bea").await.unwrap().unwrap();
    assert_eq!(bea.role, Role::Reviewer);
    assert_eq!(
        bea.queues,
        vec!["adult", "grooming"],
        "sorted, deduplicated"
    );
    assert!(!bea.disabled);
    assert_eq!((bea.failed_logins, bea.locked_until), (0, None));
    assert_eq!(store.user("nobody").await.unwrap(), None);
    let names: Vec<String> = store
        .users()
        .await
        .unwrap()
        .into_iter()
        .map(|u| u.name)
        .collect();
    assert_eq!(names, vec!["al", "bea"]);

    // Disabling ends sessions and releases claims.
    let case = open_case(&store, "subj", "grooming", 10, false, 1_000).await;
    store.claim_case(case, "bea", 2_000).await.unwrap();
    store
        .create_session(&session("t-bea", "bea", 10_000))
        .await
        .unwrap();
    store.set_user_disabled("bea", true).await.unwrap();
    assert!(store.user("bea").await.unwrap().unwrap().disabled);
    assert_eq!(store.session("t-bea", 5_000).await.unwrap(), None);
    assert_eq!(store.case_claim(case).await.unwrap(), None);
    store.set_user_disabled("bea", false).await.unwrap();
    assert!(matches!(
        store.set_user_disabled("nobody", true).await,
        Err(StoreError::NotFound(_))
    ));

    store
        .set_user_password("bea", "$argon2id$new")
        .await
        .unwrap();
    assert_eq!(
        store.user("bea").await.unwrap().unwrap().password_hash,
        "$argon2id$new"
    );
    assert!(matches!(
        store.set_user_password("nobody", "$x").await,
        Err(StoreError::NotFound(_))
    ));
}

pub(crate) async fn login_failures_lock_out(h: Arc<dyn Harness>) {
    let store = h.store().await;
    store
        .create_user(&new_user("bea", Role::Reviewer, &[]))
        .await
        .unwrap();
    for n in 1..=4 {
        let user = store
            .record_login_failure("bea", 1_000, 5, 900_000)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(user.failed_logins, n);
        assert!(!user.is_locked(1_000));
    }
    let locked = store
        .record_login_failure("bea", 2_000, 5, 900_000)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(locked.locked_until, Some(902_000));
    assert_eq!(locked.failed_logins, 0);
    assert!(locked.is_locked(901_999));
    assert!(!locked.is_locked(902_000));
    assert_eq!(
        store.record_login_failure("nobody", 0, 5, 1).await.unwrap(),
        None
    );
    // Concurrent failures all count: 4 at once leave 4.
    store.record_login_success("bea").await.unwrap();
    let mut tasks = Vec::new();
    for _ in 0..4 {
        let store = store.clone();
        tasks.push(tokio::spawn(async move {
            store.record_login_failure("bea", 3_000, 5, 900_000).await
        }));
    }
    for task in tasks {
        task.await.unwrap().unwrap();
    }
    let user = store.user("bea").await.unwrap().unwrap();
    assert_eq!(user.failed_logins, 4);
    assert_eq!(user.locked_until, None, "a success clears the lock");
    store.record_login_success("bea").await.unwrap();
    assert_eq!(store.user("bea").await.unwrap().unwrap().failed_logins, 0);
}

fn session(token_hash: &str, user: &str, expires: i64) -> SessionRecord {
    SessionRecord {
        token_hash: token_hash.to_string(),
        user: user.to_string(),
        csrf: format!("csrf-{token_hash}"),
        created: 1_000,
        expires,
    }
}

pub(crate) async fn sessions_expire_and_end(h: Arc<dyn Harness>) {
    let store = h.store().await;
    store
        .create_user(&new_user("bea", Role::ChildSafety, &["q"]))
        .await
        .unwrap();
    store
        .create_session(&session("t1", "bea", 10_000))
        .await
        .unwrap();
    store
        .create_session(&session("t2", "bea", 5_000))
        .await
        .unwrap();
    assert!(matches!(
        store.create_session(&session("t3", "nobody", 10_000)).await,
        Err(StoreError::NotFound(_))
    ));
    assert!(matches!(
        store.create_session(&session("t1", "bea", 10_000)).await,
        Err(StoreError::Conflict(_))
    ));
    let (s, u) = store.session("t1", 9_999).await.unwrap().unwrap();
    assert_eq!(s, session("t1", "bea", 10_000));
    assert_eq!((u.name.as_str(), u.role), ("bea", Role::ChildSafety));
    assert_eq!(store.session("t1", 10_000).await.unwrap(), None, "expired");
    assert_eq!(store.session("nope", 0).await.unwrap(), None);
    assert_eq!(store.purge_sessions(6_000).await.unwrap(), 1);
    assert!(store.delete_session("t1").await.unwrap());
    assert!(!store.delete_session("t1").await.unwrap());
    assert_eq!(store.session("t1", 0).await.unwrap(), None);
}

// ------------------------------------------------------------------- claims

pub(crate) async fn concurrent_claims_have_one_winner(h: Arc<dyn Harness>) {
    let store = h.store().await;
    for round in 0..5 {
        let case = open_case(&store, &format!("subject-{round}"), "q", 10, false, 1_000).await;
        let mut tasks = Vec::new();
        for reviewer in 0..8 {
            let store = store.clone();
            tasks.push(tokio::spawn(async move {
                let name = format!("r{reviewer}");
                store.claim_case(case, &name, 2_000).await.map(|()| name)
            }));
        }
        let mut winners = Vec::new();
        for task in tasks {
            match task.await.unwrap() {
                Ok(name) => winners.push(name),
                Err(StoreError::Conflict(_)) => {}
                Err(other) => panic!("unexpected {other}"),
            }
        }
        assert_eq!(winners.len(), 1, "round {round}: {winners:?}");
        let claim = store.case_claim(case).await.unwrap().unwrap();
        assert_eq!(claim.reviewer, winners[0]);
        assert_eq!(claim.since, 2_000);
        // Claiming again by the holder is a no-op that keeps the time.
        store.claim_case(case, &winners[0], 3_000).await.unwrap();
        assert_eq!(store.case_claim(case).await.unwrap().unwrap().since, 2_000);
    }
    assert!(matches!(
        store.claim_case(CaseId(999_999), "r1", 0).await,
        Err(StoreError::NotFound(_))
    ));
    // A closed case cannot be claimed.
    let closed = open_case(&store, "closed-one", "q", 1, false, 1_000).await;
    store
        .set_case_status(closed, CaseStatus::Closed, 1_500)
        .await
        .unwrap();
    assert!(matches!(
        store.claim_case(closed, "r1", 2_000).await,
        Err(StoreError::Conflict(_))
    ));
}

pub(crate) async fn concurrent_claim_next_hands_each_case_once(h: Arc<dyn Harness>) {
    let store = h.store().await;
    let mut cases = Vec::new();
    for i in 0..4 {
        cases.push(open_case(&store, &format!("s{i}"), "q", 10, false, 1_000 + i).await);
    }
    let scope = ClaimScope {
        queues: vec!["q".into()],
        child_safety: false,
    };
    let mut tasks = Vec::new();
    for reviewer in 0..7 {
        let store = store.clone();
        let scope = scope.clone();
        tasks.push(tokio::spawn(async move {
            store
                .claim_next(&scope, &format!("r{reviewer}"), 2_000)
                .await
        }));
    }
    let mut got = Vec::new();
    for task in tasks {
        if let Some(id) = task.await.unwrap().unwrap() {
            got.push(id);
        }
    }
    got.sort();
    assert_eq!(got, cases, "every case handed out exactly once");
}

pub(crate) async fn claim_next_respects_scope_and_order(h: Arc<dyn Harness>) {
    let store = h.store().await;
    let old_low = open_case(&store, "a", "grooming", 10, false, 1_000).await;
    let new_high = open_case(&store, "b", "grooming", 50, false, 3_000).await;
    let old_high = open_case(&store, "c", "adult", 50, false, 2_000).await;
    let child = open_case(&store, "d", "grooming", 90, true, 500).await;
    let _elsewhere = open_case(&store, "e", "spam", 99, false, 100).await;
    let scope = ClaimScope {
        queues: vec!["grooming".into(), "adult".into()],
        child_safety: false,
    };
    let order: Vec<Option<CaseId>> = vec![
        store.claim_next(&scope, "r", 5_000).await.unwrap(),
        store.claim_next(&scope, "r", 5_000).await.unwrap(),
        store.claim_next(&scope, "r", 5_000).await.unwrap(),
        store.claim_next(&scope, "r", 5_000).await.unwrap(),
    ];
    assert_eq!(
        order,
        vec![Some(old_high), Some(new_high), Some(old_low), None],
        "priority, then age; never child safety without the scope; never other queues"
    );
    let specialist = ClaimScope {
        queues: vec!["grooming".into()],
        child_safety: true,
    };
    assert_eq!(
        store.claim_next(&specialist, "cs", 5_000).await.unwrap(),
        Some(child)
    );
    assert_eq!(
        store
            .claim_next(
                &ClaimScope {
                    queues: vec![],
                    child_safety: true
                },
                "cs",
                5_000
            )
            .await
            .unwrap(),
        None
    );
}

pub(crate) async fn release_and_reassign(h: Arc<dyn Harness>) {
    let store = h.store().await;
    store
        .create_user(&new_user("cy", Role::Reviewer, &["q"]))
        .await
        .unwrap();
    store
        .create_user(&new_user("off", Role::Reviewer, &["q"]))
        .await
        .unwrap();
    store.set_user_disabled("off", true).await.unwrap();
    let case = open_case(&store, "s", "q", 10, false, 1_000).await;
    store.claim_case(case, "bea", 2_000).await.unwrap();
    // Someone else cannot release it; the holder can; releasing twice is fine.
    assert!(matches!(
        store.release_case(case, Some("cy")).await,
        Err(StoreError::Conflict(_))
    ));
    store.release_case(case, Some("bea")).await.unwrap();
    store.release_case(case, Some("bea")).await.unwrap();
    assert_eq!(store.case_claim(case).await.unwrap(), None);
    // An admin releases anyone's.
    store.claim_case(case, "bea", 2_000).await.unwrap();
    store.release_case(case, None).await.unwrap();
    assert_eq!(store.case_claim(case).await.unwrap(), None);
    assert!(matches!(
        store.release_case(CaseId(424_242), None).await,
        Err(StoreError::NotFound(_))
    ));
    // Reassign moves the claim to a known, enabled user.
    store.claim_case(case, "bea", 2_000).await.unwrap();
    store.reassign_case(case, "cy", 3_000).await.unwrap();
    let claim = store.case_claim(case).await.unwrap().unwrap();
    assert_eq!((claim.reviewer.as_str(), claim.since), ("cy", 3_000));
    assert!(matches!(
        store.reassign_case(case, "nobody", 3_000).await,
        Err(StoreError::NotFound(_))
    ));
    assert!(matches!(
        store.reassign_case(case, "off", 3_000).await,
        Err(StoreError::Conflict(_))
    ));
    assert!(matches!(
        store.reassign_case(CaseId(424_242), "cy", 3_000).await,
        Err(StoreError::NotFound(_))
    ));
}

// ---------------------------------------------------------------- decisions

pub(crate) async fn decisions_check_claim_apply_and_feed(h: Arc<dyn Harness>) {
    let store = h.store().await;
    let confirm = open_case(&store, "s1", "grooming", 10, false, 1_000).await;
    let escalate = open_case(&store, "s2", "grooming", 10, true, 1_100).await;
    let ncmec = open_case(&store, "s3", "grooming", 10, true, 1_200).await;
    let dismiss = open_case(&store, "s1b", "adult", 10, false, 1_300).await;

    // Unclaimed, or claimed by someone else: refused, nothing changes.
    assert!(matches!(
        store
            .record_review_decision(&decision(
                confirm,
                "bea",
                ReviewDecisionKind::Confirm,
                5_000
            ))
            .await,
        Err(StoreError::Conflict(_))
    ));
    store.claim_case(confirm, "cy", 2_000).await.unwrap();
    assert!(matches!(
        store
            .record_review_decision(&decision(
                confirm,
                "bea",
                ReviewDecisionKind::Confirm,
                5_000
            ))
            .await,
        Err(StoreError::Conflict(_))
    ));
    store.release_case(confirm, None).await.unwrap();
    assert!(store.review_decisions(0).await.unwrap().is_empty());
    assert!(matches!(
        store
            .record_review_decision(&decision(
                CaseId(777_777),
                "bea",
                ReviewDecisionKind::Dismiss,
                5_000
            ))
            .await,
        Err(StoreError::NotFound(_))
    ));

    for case in [confirm, escalate, ncmec, dismiss] {
        store.claim_case(case, "bea", 4_000).await.unwrap();
    }
    // Bad inputs.
    let mut no_action = decision(confirm, "bea", ReviewDecisionKind::Confirm, 5_000);
    no_action.action = None;
    assert!(matches!(
        store.record_review_decision(&no_action).await,
        Err(StoreError::Invalid(_))
    ));
    let mut stray_action = decision(dismiss, "bea", ReviewDecisionKind::Dismiss, 5_000);
    stray_action.action = Some("ban".into());
    assert!(matches!(
        store.record_review_decision(&stray_action).await,
        Err(StoreError::Invalid(_))
    ));
    let mut long_note = decision(confirm, "bea", ReviewDecisionKind::Confirm, 5_000);
    long_note.note = Some("x".repeat(MAX_NOTE_CHARS + 1));
    assert!(matches!(
        store.record_review_decision(&long_note).await,
        Err(StoreError::Invalid(_))
    ));

    let first = store
        .record_review_decision(&decision(
            confirm,
            "bea",
            ReviewDecisionKind::Confirm,
            5_000,
        ))
        .await
        .unwrap();
    assert_eq!(first.subject, "s1");
    assert_eq!(first.queue, "grooming");
    assert_eq!(first.case_created, 1_000);
    assert_eq!(first.codes, vec!["GRM.GIFTS", "GRM.ISOLATE"]);
    assert_eq!(first.action.as_deref(), Some("suspend"));
    let case = store.case(confirm).await.unwrap().unwrap();
    assert_eq!(case.status, CaseStatus::Closed);
    assert_eq!(store.case_claim(confirm).await.unwrap(), None);
    // Decided once: the claim is gone, so a second decision is refused.
    assert!(matches!(
        store
            .record_review_decision(&decision(
                confirm,
                "bea",
                ReviewDecisionKind::Dismiss,
                5_001
            ))
            .await,
        Err(StoreError::Conflict(_))
    ));

    store
        .record_review_decision(&decision(
            escalate,
            "bea",
            ReviewDecisionKind::Escalate,
            6_000,
        ))
        .await
        .unwrap();
    let case = store.case(escalate).await.unwrap().unwrap();
    assert_eq!(
        (case.status, case.queue.as_str()),
        (CaseStatus::Open, "escalated")
    );
    store
        .record_review_decision(&decision(ncmec, "bea", ReviewDecisionKind::Ncmec, 7_000))
        .await
        .unwrap();
    let case = store.case(ncmec).await.unwrap().unwrap();
    assert_eq!(
        (case.status, case.queue.as_str()),
        (CaseStatus::Open, crate::NCMEC_QUEUE)
    );
    assert_eq!(case.updated, 7_000);
    let mut plain = decision(dismiss, "bea", ReviewDecisionKind::Dismiss, 4_500);
    plain.note = None;
    plain.codes = vec![];
    store.record_review_decision(&plain).await.unwrap();

    let all = store.review_decisions(0).await.unwrap();
    let kinds: Vec<(i64, ReviewDecisionKind)> = all.iter().map(|d| (d.ts, d.decision)).collect();
    assert_eq!(
        kinds,
        vec![
            (4_500, ReviewDecisionKind::Dismiss),
            (5_000, ReviewDecisionKind::Confirm),
            (6_000, ReviewDecisionKind::Escalate),
            (7_000, ReviewDecisionKind::Ncmec),
        ]
    );
    assert_eq!(all[1], first);
    assert!(all[2].child_safety);
    assert_eq!(all[0].note, None);
    assert_eq!(store.review_decisions(6_000).await.unwrap().len(), 2);
    let of_s1 = store.subject_review_decisions("s1").await.unwrap();
    assert_eq!(of_s1, vec![first]);

    // The feed survives a restart.
    if let Some(store) = h.reopen().await {
        assert_eq!(store.review_decisions(0).await.unwrap(), all);
    }
}

pub(crate) async fn notes_are_validated_and_listed(h: Arc<dyn Harness>) {
    let store = h.store().await;
    let case = open_case(&store, "s", "q", 1, false, 1_000).await;
    let first = store
        .add_case_note(case, "bea", "<script>alert(1)</script> kept as text", 2_000)
        .await
        .unwrap();
    let max = "é".repeat(MAX_NOTE_CHARS);
    store.add_case_note(case, "cy", &max, 3_000).await.unwrap();
    for bad in [String::new(), "  \n".into(), "é".repeat(MAX_NOTE_CHARS + 1)] {
        assert!(matches!(
            store.add_case_note(case, "bea", &bad, 4_000).await,
            Err(StoreError::Invalid(_))
        ));
    }
    assert!(matches!(
        store
            .add_case_note(CaseId(31_337), "bea", "hi", 4_000)
            .await,
        Err(StoreError::NotFound(_))
    ));
    let notes = store.case_notes(case).await.unwrap();
    assert_eq!(notes.len(), 2);
    assert_eq!(notes[0], first);
    assert_eq!(notes[1].text, max);
    assert!(store.case_notes(CaseId(31_337)).await.unwrap().is_empty());
}

pub(crate) async fn wellness_defaults_and_clamps(h: Arc<dyn Harness>) {
    let store = h.store().await;
    store
        .create_user(&new_user("bea", Role::Reviewer, &[]))
        .await
        .unwrap();
    assert_eq!(
        store.wellness("bea").await.unwrap(),
        WellnessSettings::default()
    );
    let mine = WellnessSettings {
        blur: 4,
        grayscale: false,
        autoplay: true,
    };
    store.set_wellness("bea", &mine).await.unwrap();
    assert_eq!(store.wellness("bea").await.unwrap(), mine);
    store
        .set_wellness("bea", &WellnessSettings { blur: 200, ..mine })
        .await
        .unwrap();
    assert_eq!(
        store.wellness("bea").await.unwrap().blur,
        WellnessSettings::MAX_BLUR
    );
    assert!(matches!(
        store.set_wellness("nobody", &mine).await,
        Err(StoreError::NotFound(_))
    ));
}

pub(crate) async fn queue_entries_and_stats(h: Arc<dyn Harness>) {
    let store = h.store().await;
    let a = open_case(&store, "a", "grooming", 10, false, 1_000).await;
    let b = open_case(&store, "b", "grooming", 20, true, 2_000).await;
    let c = open_case(&store, "c", "adult", 5, false, 500).await;
    let closed = open_case(&store, "d", "grooming", 99, false, 100).await;
    store
        .set_case_status(closed, CaseStatus::Closed, 3_000)
        .await
        .unwrap();
    store.claim_case(a, "bea", 4_000).await.unwrap();
    store.claim_case(c, "bea", 4_100).await.unwrap();

    let grooming = store.queue_cases("grooming", 10).await.unwrap();
    let ids: Vec<CaseId> = grooming.iter().map(|e| e.case.id).collect();
    assert_eq!(ids, vec![b, a]);
    assert_eq!(grooming[0].claim, None);
    assert_eq!(grooming[1].claim.as_ref().unwrap().reviewer, "bea");
    assert_eq!((grooming[1].case.events, grooming[1].case.targets), (1, 1));
    assert_eq!(store.queue_cases("grooming", 1).await.unwrap().len(), 1);

    let mine: Vec<CaseId> = store
        .claimed_cases("bea")
        .await
        .unwrap()
        .iter()
        .map(|e| e.case.id)
        .collect();
    assert_eq!(mine, vec![a, c]);

    let stats = store.queue_stats().await.unwrap();
    assert_eq!(stats.len(), 2);
    assert_eq!(stats[0].queue, "adult");
    assert_eq!((stats[0].open, stats[0].unclaimed), (1, 0));
    assert_eq!(stats[1].queue, "grooming");
    assert_eq!(
        (
            stats[1].open,
            stats[1].unclaimed,
            stats[1].oldest,
            stats[1].child_safety
        ),
        (2, 1, Some(1_000), 1)
    );
}

/// A case a reviewer escalated or sent to NCMEC drafting stays in that queue
/// when later events of its subject arrive with a higher priority.
pub(crate) async fn escalated_and_ncmec_cases_keep_their_queue(h: Arc<dyn Harness>) {
    let store = h.store().await;
    store
        .create_user(&new_user("rev", Role::Admin, &[]))
        .await
        .unwrap();
    for (subject, kind, queue) in [
        (
            "esc-subject",
            ReviewDecisionKind::Escalate,
            crate::ESCALATED_QUEUE,
        ),
        (
            "ncmec-subject",
            ReviewDecisionKind::Ncmec,
            crate::NCMEC_QUEUE,
        ),
    ] {
        let id = open_case(&store, subject, "standard", 10, false, 1_000).await;
        store.claim_case(id, "rev", 2_000).await.unwrap();
        store
            .record_review_decision(&decision(id, "rev", kind, 3_000))
            .await
            .unwrap();
        assert_eq!(store.case(id).await.unwrap().unwrap().queue, queue);
        // A later, more urgent rule hit on the same subject.
        let again = open_case(&store, subject, "urgent", 100, true, 4_000).await;
        assert_eq!(again, id, "still one open case per subject");
        let case = store.case(id).await.unwrap().unwrap();
        assert_eq!(case.queue, queue);
        assert_eq!(case.priority, 100);
        assert!(case.child_safety);
    }
}

/// The audited decision: entry and decision commit together, the entry
/// names the decision; a refused decision leaves no entry.
pub(crate) async fn decisions_and_their_audit_entry_commit_together(h: Arc<dyn Harness>) {
    let store = h.store().await;
    store
        .create_user(&new_user("rev", Role::Admin, &[]))
        .await
        .unwrap();
    let id = open_case(&store, "subj", "standard", 10, false, 1_000).await;
    let entry = crate::NewAuditEntry {
        actor: "rev".into(),
        action: "case.decide".into(),
        subject: format!("case:{id}"),
        detail: json!({"decision": "dismiss"}),
        ts: 3_000,
    };
    // Not claimed: refused, and nothing audited.
    let refused = store
        .record_review_decision_audited(
            &decision(id, "rev", ReviewDecisionKind::Dismiss, 3_000),
            &entry,
        )
        .await;
    assert!(
        matches!(refused, Err(StoreError::Conflict(_))),
        "{refused:?}"
    );
    assert_eq!(store.audit_head().await.unwrap(), None);

    store.claim_case(id, "rev", 2_000).await.unwrap();
    let (record, audited) = store
        .record_review_decision_audited(
            &decision(id, "rev", ReviewDecisionKind::Dismiss, 3_000),
            &entry,
        )
        .await
        .unwrap();
    assert_eq!(audited.entry.detail["review_decision"], record.id);
    assert_eq!(audited.entry.detail["decision"], "dismiss");
    assert_eq!(
        store.audit_head().await.unwrap().map(|(i, _)| i),
        Some(audited.id)
    );
    assert_eq!(store.review_decisions(0).await.unwrap(), vec![record]);
    assert_eq!(store.verify_audit().await.unwrap().broken, None);
}
