//! `lurewatch export training`: reviewed cases of a seeded store become the
//! detector's training JSONL, which the corpus reader reads back.

mod common;

use common::run;
use lurewatch_core::EventKind;
use lurewatch_store::{
    CaseUpdate, NewEvent, NewReviewDecision, NewUser, ReviewDecisionKind, ReviewStore, Role,
    SqliteStore, Store,
};
use serde_json::json;

/// 2026-05-01T10:00:00Z in Unix ms.
const T0: i64 = 1_777_629_600_000;
const MIN: i64 = 60_000;

fn message(conversation: &str, sender: &str, recipients: &[&str], text: &str, ts: i64) -> NewEvent {
    NewEvent {
        dedupe_key: None,
        kind: EventKind::Message,
        actor: sender.into(),
        conversation: Some(conversation.into()),
        ts,
        received: ts,
        envelope: json!({
            "type": "message",
            "conversation": conversation,
            "sender": sender,
            "recipients": recipients,
            "text": text,
        }),
    }
}

/// Seeds: case 1 (u1 in c1, confirmed with codes), case 2 (u3 in c2,
/// dismissed), case 3 (u5 in c3, only escalated), case 4 (u7 in c4,
/// confirmed before the export window).
fn seed(dir: &std::path::Path) -> (i64, i64) {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(async {
            let store = SqliteStore::open(dir).await.unwrap();
            store.migrate().await.unwrap();
            let seqs: Vec<i64> = store
                .append_events(&[
                    message("c1", "u1", &["u2"], "hi, you seem mature for your age", T0),
                    message(
                        "c1",
                        "u2",
                        &["u1"],
                        "she said \"ok\" \u{1F642} <b>",
                        T0 + MIN,
                    ),
                    message("c1", "u1", &["u2"], "asks for photos", T0 + 2 * MIN),
                    message("c2", "u3", &["u4", "u6"], "see you at practice", T0),
                    message("c3", "u5", &["u2"], "move to another app", T0),
                    message("c4", "u7", &["u8"], "old case", T0 - 400 * 24 * 60 * MIN),
                ])
                .await
                .unwrap()
                .iter()
                .map(|a| a.seq())
                .collect();
            let case = |subject: &str, seq: i64| CaseUpdate {
                subject: subject.into(),
                queue: "grooming".into(),
                priority: 1,
                event_seq: seq,
                targets: vec![],
                child_safety: false,
                now: T0,
            };
            let c1 = store.upsert_case(&case("u1", seqs[0])).await.unwrap();
            store.upsert_case(&case("u1", seqs[2])).await.unwrap();
            let c2 = store.upsert_case(&case("u3", seqs[3])).await.unwrap();
            let c3 = store.upsert_case(&case("u5", seqs[4])).await.unwrap();
            let c4 = store.upsert_case(&case("u7", seqs[5])).await.unwrap();
            store
                .create_user(&NewUser {
                    name: "rev".into(),
                    password_hash: "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA".into(),
                    role: Role::Admin,
                    queues: vec![],
                    created: 0,
                })
                .await
                .unwrap();
            let decide = |case_id, decision, codes: &[&str], ts| NewReviewDecision {
                case_id,
                reviewer: "rev".into(),
                decision,
                action: (decision == ReviewDecisionKind::Confirm).then(|| "suspend".to_string()),
                codes: codes.iter().map(|c| c.to_string()).collect(),
                note: None,
                ts,
            };
            for (case_id, decision, codes, ts) in [
                (
                    c4,
                    ReviewDecisionKind::Confirm,
                    &["GRM.TRUST"][..],
                    T0 - 300 * 24 * 60 * MIN,
                ),
                (
                    c1,
                    ReviewDecisionKind::Confirm,
                    &["GRM.ISOLATE", "GRM.TRUST"][..],
                    T0 + 10 * MIN,
                ),
                (c2, ReviewDecisionKind::Dismiss, &[][..], T0 + 11 * MIN),
                (c3, ReviewDecisionKind::Escalate, &[][..], T0 + 12 * MIN),
            ] {
                store.claim_case(case_id, "rev", ts).await.unwrap();
                store
                    .record_review_decision(&decide(case_id, decision, codes, ts))
                    .await
                    .unwrap();
            }
            // Said after the decision: not part of what was reviewed.
            store
                .append_events(&[message("c1", "u1", &["u2"], "later", T0 + 60 * MIN)])
                .await
                .unwrap();
            store.close().await;
            (c1.0, c2.0)
        })
}

#[test]
fn reviewed_cases_become_training_jsonl_that_the_corpus_reader_reads() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let (c1, c2) = seed(&data);
    let out = dir.path().join("train.jsonl");
    let o = run(&[
        "export",
        "training",
        "--since",
        "2026-01-01",
        "--data-dir",
        data.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("exported 2 conversations from 2 reviewed cases (1 confirmed, 1 dismissed)"),
        "{err}"
    );
    // Counts only: no message text on stderr.
    assert!(
        !err.contains("photos") && !err.contains("practice"),
        "{err}"
    );

    let text = std::fs::read_to_string(&out).unwrap();
    let conversations: Vec<lurewatch_model::corpus::Conversation> =
        lurewatch_model::corpus::read_jsonl(text.as_bytes(), Default::default())
            .collect::<Result<_, _>>()
            .unwrap();
    assert_eq!(conversations.len(), 2);

    let confirmed = &conversations[0];
    assert_eq!(confirmed.id, format!("case{c1}:c1"));
    assert_eq!(confirmed.label, Some(true));
    assert_eq!(confirmed.codes, vec!["GRM.ISOLATE", "GRM.TRUST"]);
    let got: Vec<(&str, Option<&str>, Option<i64>, &str)> = confirmed
        .messages
        .iter()
        .map(|m| {
            (
                m.sender.as_str(),
                m.recipient.as_deref(),
                m.ts,
                m.text.as_str(),
            )
        })
        .collect();
    assert_eq!(
        got,
        vec![
            (
                "u1",
                Some("u2"),
                Some(1_777_629_600),
                "hi, you seem mature for your age"
            ),
            (
                "u2",
                Some("u1"),
                Some(1_777_629_660),
                "she said \"ok\" \u{1F642} <b>"
            ),
            ("u1", Some("u2"), Some(1_777_629_720), "asks for photos"),
        ]
    );

    let dismissed = &conversations[1];
    assert_eq!(dismissed.id, format!("case{c2}:c2"));
    assert_eq!(dismissed.label, Some(false));
    assert!(dismissed.codes.is_empty());
    assert_eq!(dismissed.messages.len(), 1);
    assert_eq!(dismissed.messages[0].recipient, None, "two recipients");

    // The documented line format, exactly.
    let first: serde_json::Value = serde_json::from_str(text.lines().next().unwrap()).unwrap();
    assert_eq!(first["messages"][0]["ts"], "2026-05-01T10:00:00Z");
    assert_eq!(first["label"], 1);

    // Standard output gives the same lines.
    let o = run(&[
        "export",
        "training",
        "--since",
        "2026-01-01T00:00:00Z",
        "--data-dir",
        data.to_str().unwrap(),
    ]);
    assert!(o.status.success());
    assert_eq!(String::from_utf8_lossy(&o.stdout), text);

    // A wider window brings in the old confirmed case too.
    let o = run(&[
        "export",
        "training",
        "--since",
        "0",
        "--data-dir",
        data.to_str().unwrap(),
    ]);
    assert_eq!(String::from_utf8_lossy(&o.stdout).lines().count(), 3);
}

#[test]
fn a_bad_date_is_refused_clearly() {
    let dir = tempfile::tempdir().unwrap();
    let o = run(&[
        "export",
        "training",
        "--since",
        "yesterday",
        "--data-dir",
        dir.path().join("d").to_str().unwrap(),
    ]);
    assert!(!o.status.success());
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("--since \"yesterday\""), "{err}");
}
