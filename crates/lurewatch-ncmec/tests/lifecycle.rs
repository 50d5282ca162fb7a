//! Drafting from cases and the submission lifecycle against the stand-in
//! server (which validates every document with xmllint): happy path with
//! files, retries on 500 and timeouts, 4100 in words, a restart in the
//! middle resuming without a second report, retraction, rule-triggered
//! jobs, and bad input.

mod common;

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use common::*;
use lurewatch_core::{Decision, EventKind, Signal};
use lurewatch_ncmec::NcmecConfig;
use lurewatch_ncmec::case::{DraftError, DraftOptions, draft_from_case};
use lurewatch_ncmec::client::Client;
use lurewatch_ncmec::model::{IncidentType, IndustryClassification};
use lurewatch_ncmec::standin::{Failure, StandIn};
use lurewatch_ncmec::submit::{
    StoredDraft, Submitter, queue_for_submission, request_retraction, save_draft,
};
use lurewatch_store::{CaseId, CaseUpdate, NcmecStatus, NewEvent, SqliteStore, Store};
use serde_json::json;

async fn start_standin() -> StandIn {
    StandIn::start("esp", "pw")
        .await
        .unwrap_or_else(|e| panic!("{e}"))
}

fn submitter(store: &Arc<dyn Store>, standin: &StandIn, config: &NcmecConfig) -> Submitter {
    let client = Client::new(&standin.base_url(), "esp", "pw", Duration::from_millis(500)).unwrap();
    Submitter::new(store.clone(), client, config.clone())
}

/// Runs the worker until the report leaves the active states (or gives up
/// after many rounds).
async fn drive(sub: &Submitter, store: &Arc<dyn Store>, id: i64) -> NcmecStatus {
    for _ in 0..200 {
        sub.run_once().await.unwrap();
        let status = store.ncmec_report(id).await.unwrap().unwrap().status;
        if !status.is_active() {
            return status;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    store.ncmec_report(id).await.unwrap().unwrap().status
}

#[tokio::test]
async fn text_only_grooming_case_is_drafted_and_filed() {
    let (store, case) =
        store_with_case(&["age_probe", "photo_request", "secrecy"], &["teen1"]).await;
    let config = config();
    let draft = draft_from_case(store.as_ref(), case, &config, &DraftOptions::default())
        .await
        .unwrap();
    let r = &draft.report;
    assert_eq!(
        r.incident_summary.incident_type,
        IncidentType::OnlineEnticement
    );
    assert!(r.incident_summary.report_annotations.csam_solicitation);
    assert!(!r.incident_summary.report_annotations.sextortion);
    assert_eq!(r.incident_summary.incident_date_time, T0);
    assert_eq!(
        r.person_or_user_reported[0]
            .identity
            .esp_identifier
            .as_deref(),
        Some("adult1")
    );
    assert_eq!(
        r.person_or_user_reported[0].identity.display_name,
        vec!["Adult One"]
    );
    assert_eq!(
        r.person_or_user_reported[0].identity.profile_url,
        vec!["https://chat.example/u/adult1"]
    );
    assert_eq!(r.victim.len(), 1);
    assert_eq!(
        r.victim[0].person.age,
        Some(14),
        "declared age from the profile"
    );
    assert_eq!(r.internet_details.len(), 1);
    assert_eq!(
        draft.files.len(),
        1,
        "text-only: the chat log is the only file"
    );
    let csv = String::from_utf8(draft.files[0].content.clone()).unwrap();
    let mut lines = csv.lines();
    assert_eq!(lines.next(), Some("content,sender,recipient,thread,time"));
    assert_eq!(
        lines.next(),
        Some("\"hey, how old are you?\",adult1,teen1,conv-1,2026-01-01T00:00:00Z")
    );
    assert_eq!(csv.lines().count(), 4);

    let standin = start_standin().await;
    let sub = submitter(&store, &standin, &config);
    let saved = save_draft(store.as_ref(), &draft, true, "test", "alice", now())
        .await
        .unwrap();
    assert_eq!(drive(&sub, &store, saved.id).await, NcmecStatus::Finished);

    let row = store.ncmec_report(saved.id).await.unwrap().unwrap();
    let ncmec_id = row.ncmec_report_id.unwrap();
    assert!(row.hold_started.is_some() && row.finished_at.is_some());
    let held = standin.reports();
    let at_ncmec = &held[&ncmec_id];
    assert!(at_ncmec.finished);
    assert_eq!(at_ncmec.files.len(), 1);
    assert_eq!(at_ncmec.file_details.len(), 1);
    assert_eq!(
        row.xml.as_deref(),
        Some(at_ncmec.xml.as_str()),
        "the XML sent is stored"
    );
    // The hostile control character in a message was replaced, the document is valid.
    assert!(at_ncmec.xml.contains("&lt;ok&gt; &amp; \u{FFFD}"));
    let exchanges = store.ncmec_exchanges(saved.id).await.unwrap();
    let endpoints: Vec<&str> = exchanges.iter().map(|e| e.endpoint.as_str()).collect();
    assert_eq!(endpoints, vec!["submit", "upload", "fileinfo", "finish"]);
    assert!(exchanges.iter().all(|e| e.response_code == Some(0)));
    assert!(
        exchanges[0]
            .request
            .as_deref()
            .unwrap()
            .contains("<report>")
    );
    // Preservation holds on the case, its conversation and the reported
    // account; every step in the audit log, without message text.
    let holds = store.holds_of(&format!("case:{case}")).await.unwrap();
    assert_eq!(holds.len(), 1);
    assert_eq!(holds[0].reason, "ncmec_report");
    assert!(holds[0].until - holds[0].created >= 365 * 86_400_000);
    assert_eq!(
        store.holds_of("conversation:conv-1").await.unwrap().len(),
        1
    );
    assert_eq!(store.holds_of("account:adult1").await.unwrap().len(), 1);
    let audit = store
        .audit_search(&lurewatch_store::AuditFilter {
            subject: Some(format!("case:{case}")),
            ..Default::default()
        })
        .await
        .unwrap();
    let actions: Vec<&str> = audit.iter().map(|e| e.entry.action.as_str()).collect();
    for action in ["ncmec.queue", "ncmec.submit", "ncmec.finish"] {
        assert!(actions.contains(&action), "{actions:?}");
    }
    assert!(
        audit
            .iter()
            .all(|e| !e.entry.detail.to_string().contains("asks for photos"))
    );
    // Finished is final: the worker never touches it again.
    let calls = standin.calls().len();
    sub.run_once().await.unwrap();
    assert_eq!(standin.calls().len(), calls);
    // And the case can never get a second report.
    assert!(
        save_draft(store.as_ref(), &draft, true, "test", "alice", now())
            .await
            .is_err()
    );
}

fn now() -> i64 {
    lurewatch_ncmec::submit::now_ms()
}

#[tokio::test]
async fn recruitment_case_maps_to_child_sex_trafficking() {
    let (store, case) = store_with_case(
        &[
            "job_offer",
            "travel_meet",
            "commercial_sex",
            "compliments_trust",
        ],
        &["teen1"],
    )
    .await;
    let draft = draft_from_case(store.as_ref(), case, &config(), &DraftOptions::default())
        .await
        .unwrap();
    assert_eq!(
        draft.report.incident_summary.incident_type,
        IncidentType::ChildSexTrafficking
    );
    assert_eq!(
        draft.report.incident_summary.incident_type.as_str(),
        "Child Sex Trafficking"
    );
    let (store, case) = store_with_case(&["sextortion"], &["teen1"]).await;
    let draft = draft_from_case(store.as_ref(), case, &config(), &DraftOptions::default())
        .await
        .unwrap();
    assert_eq!(
        draft.report.incident_summary.incident_type,
        IncidentType::OnlineEnticement
    );
    assert!(draft.report.incident_summary.report_annotations.sextortion);
}

#[tokio::test]
async fn matched_media_become_files_with_classification() {
    let store = SqliteStore::open_in_memory().await.unwrap();
    store.migrate().await.unwrap();
    let store: Arc<dyn Store> = Arc::new(store);
    let image = b"benign generated test bytes, not an image".to_vec();
    let appended = store
        .append_events(&[NewEvent {
            dedupe_key: None,
            kind: EventKind::Message,
            actor: "adult1".into(),
            conversation: Some("conv-9".into()),
            ts: T0,
            received: T0,
            envelope: json!({"type": "message", "conversation": "conv-9", "sender": "adult1",
                "recipients": ["teen1"], "text": "",
                "attachments": [{"media_id": "m1", "md5": "00112233445566778899aabbccddeeff",
                                 "content_stripped": true}]}),
        }])
        .await
        .unwrap();
    let seq = appended[0].seq();
    store
        .record_decision(
            seq,
            &Decision {
                signals: vec![Signal::MediaMatch {
                    media_id: "m1".into(),
                    bank: "known".into(),
                    entry: 1,
                    signal_type: "md5".into(),
                    distance: 0,
                    transform: "orig".into(),
                    label: Some("B2".into()),
                }],
                ..Decision::default()
            },
        )
        .await
        .unwrap();
    let case = store
        .upsert_case(&CaseUpdate {
            subject: "adult1".into(),
            queue: "child_safety".into(),
            priority: 100,
            event_seq: seq,
            targets: vec![],
            child_safety: true,
            now: T0,
        })
        .await
        .unwrap();
    let config = NcmecConfig {
        escalate_min_priority: Some(90),
        ..config()
    };
    // Without the bytes: described, not attached, and a warning.
    let without = draft_from_case(store.as_ref(), case, &config, &DraftOptions::default())
        .await
        .unwrap();
    assert_eq!(
        without.report.incident_summary.incident_type,
        IncidentType::ChildPornography
    );
    assert!(
        without
            .report
            .incident_summary
            .escalate_to_high_priority
            .is_some()
    );
    assert_eq!(without.files.len(), 1, "only the chat log");
    assert!(without.warnings[0].contains("m1"));
    assert!(
        without
            .report
            .additional_info
            .as_deref()
            .unwrap()
            .contains("00112233445566778899aabbccddeeff")
    );
    // With the bytes: a Reported file with hashes and the bank's classification.
    let options = DraftOptions {
        media: HashMap::from([("m1".to_string(), image.clone())]),
        media_viewed: Some(false),
        ..DraftOptions::default()
    };
    let with = draft_from_case(store.as_ref(), case, &config, &options)
        .await
        .unwrap();
    assert_eq!(with.files.len(), 2);
    let media = with
        .files
        .iter()
        .find(|f| f.file_name == "media-m1")
        .unwrap();
    assert_eq!(media.content, image);
    assert_eq!(
        media.info.industry_classification,
        Some(IndustryClassification::B2)
    );
    assert!(
        media
            .info
            .original_file_hash
            .iter()
            .any(|h| h.hash_type == "SHA256")
    );
    let chat = with
        .files
        .iter()
        .find(|f| f.file_name.starts_with("chat-log"))
        .unwrap();
    assert_eq!(
        chat.info.file_relevance,
        Some(lurewatch_ncmec::model::FileRelevance::SupplementalReported)
    );

    let standin = start_standin().await;
    let sub = submitter(&store, &standin, &config);
    let saved = save_draft(store.as_ref(), &with, true, "test", "alice", now())
        .await
        .unwrap();
    assert_eq!(drive(&sub, &store, saved.id).await, NcmecStatus::Finished);
    let held = standin.reports();
    let at_ncmec = held.values().next().unwrap();
    assert_eq!(at_ncmec.files.len(), 2);
    assert!(
        at_ncmec
            .files
            .iter()
            .any(|(_, name, bytes)| name == "media-m1" && *bytes == image)
    );
    assert!(
        at_ncmec
            .file_details
            .values()
            .any(|x| x.contains("<industryClassification>B2</industryClassification>"))
    );
}

#[tokio::test]
async fn bad_input_gives_clear_errors() {
    let (store, case) = store_with_case(&["age_probe"], &[]).await;
    let error = draft_from_case(store.as_ref(), case, &config(), &DraftOptions::default())
        .await
        .unwrap_err();
    assert!(matches!(error, DraftError::NoVictims(..)), "{error}");
    assert!(error.to_string().contains("no victims"), "{error}");
    // Explicitly without a victim: allowed.
    let options = DraftOptions {
        allow_no_victims: true,
        ..DraftOptions::default()
    };
    assert!(
        draft_from_case(store.as_ref(), case, &config(), &options)
            .await
            .is_ok()
    );

    let unconfigured = NcmecConfig::default();
    let error = draft_from_case(store.as_ref(), case, &unconfigured, &options)
        .await
        .unwrap_err();
    assert!(error.to_string().contains("[ncmec.reporter]"), "{error}");

    let error = draft_from_case(store.as_ref(), CaseId(999), &config(), &options)
        .await
        .unwrap_err();
    assert!(matches!(error, DraftError::CaseNotFound(_)));

    let (store, case) = store_with_case(&[], &["teen1"]).await;
    let error = draft_from_case(store.as_ref(), case, &config(), &DraftOptions::default())
        .await
        .unwrap_err();
    assert!(matches!(error, DraftError::NoIncidentType(_)), "{error}");
    let chosen = DraftOptions {
        incident_type: Some(IncidentType::OnlineEnticement),
        ..DraftOptions::default()
    };
    assert!(
        draft_from_case(store.as_ref(), case, &config(), &chosen)
            .await
            .is_ok()
    );
}

#[tokio::test]
async fn retries_on_500_and_timeouts_then_files_once() {
    let (store, case) = store_with_case(&["age_probe"], &["teen1"]).await;
    let config = NcmecConfig {
        max_attempts: 6,
        ..config()
    };
    let draft = draft_from_case(store.as_ref(), case, &config, &DraftOptions::default())
        .await
        .unwrap();
    let standin = start_standin().await;
    standin.fail_next(
        "submit",
        vec![Failure::Status500, Failure::Delay(Duration::from_secs(2))],
    );
    standin.fail_next("upload", vec![Failure::Code(1111)]);
    standin.fail_next("finish", vec![Failure::Status500]);
    let sub = submitter(&store, &standin, &config);
    let saved = save_draft(store.as_ref(), &draft, true, "test", "alice", now())
        .await
        .unwrap();
    assert_eq!(drive(&sub, &store, saved.id).await, NcmecStatus::Finished);
    let reports = standin.reports();
    assert_eq!(reports.len(), 1, "one report despite the retries");
    assert!(reports.values().all(|r| r.finished));
    let exchanges = store.ncmec_exchanges(saved.id).await.unwrap();
    let described: Vec<String> = exchanges
        .iter()
        .map(|e| format!("{} {}", e.endpoint, e.description))
        .collect();
    assert!(described[0].contains("HTTP 500"), "{described:?}");
    assert!(described[1].contains("no answer within"), "{described:?}");
    assert!(
        described
            .iter()
            .any(|d| d.contains("1111") && d.contains("file upload failed")),
        "{described:?}"
    );
}

#[tokio::test]
async fn validation_failure_4100_is_surfaced_in_words() {
    let (store, case) = store_with_case(&["age_probe"], &["teen1"]).await;
    let config = config();
    let draft = draft_from_case(store.as_ref(), case, &config, &DraftOptions::default())
        .await
        .unwrap();
    let standin = start_standin().await;
    standin.fail_next("submit", vec![Failure::Code(4100)]);
    let sub = submitter(&store, &standin, &config);
    let saved = save_draft(store.as_ref(), &draft, true, "test", "alice", now())
        .await
        .unwrap();
    assert_eq!(drive(&sub, &store, saved.id).await, NcmecStatus::Failed);
    let row = store.ncmec_report(saved.id).await.unwrap().unwrap();
    let error = row.last_error.unwrap();
    assert!(
        error.contains("4100") && error.contains("does not match NCMEC's schema"),
        "{error}"
    );
    assert!(standin.reports().is_empty(), "nothing open at NCMEC");
    // A failed report can be queued again (after editing) and then files.
    let edited = StoredDraft {
        report: draft.report.clone(),
        warnings: vec![],
    };
    queue_for_submission(store.as_ref(), saved.id, Some(&edited), "alice", now())
        .await
        .unwrap();
    assert_eq!(drive(&sub, &store, saved.id).await, NcmecStatus::Finished);
    // An invalid edit is refused before anything is queued.
    let mut bad = edited.clone();
    bad.report.victim[0].status.estimated_location =
        Some(lurewatch_ncmec::model::EstimatedLocation {
            country_code: Some("ZZ".into()),
            ..Default::default()
        });
    let (store2, case2) = store_with_case(&["age_probe"], &["teen1"]).await;
    let d2 = draft_from_case(store2.as_ref(), case2, &config, &DraftOptions::default())
        .await
        .unwrap();
    let s2 = save_draft(store2.as_ref(), &d2, false, "test", "alice", now())
        .await
        .unwrap();
    let error = queue_for_submission(store2.as_ref(), s2.id, Some(&bad), "alice", now())
        .await
        .unwrap_err();
    assert!(error.to_string().contains("countryCode"), "{error}");
    assert_eq!(
        store2.ncmec_report(s2.id).await.unwrap().unwrap().status,
        NcmecStatus::Draft
    );
}

#[tokio::test]
async fn restart_in_the_middle_resumes_without_a_second_report() {
    let dir = tempfile::tempdir().unwrap();
    let (mem_store, case) = store_with_case(&["age_probe"], &["teen1"]).await;
    let config = NcmecConfig {
        max_attempts: 2,
        ..config()
    };
    let draft = draft_from_case(mem_store.as_ref(), case, &config, &DraftOptions::default())
        .await
        .unwrap();
    // Same case data in a file store we can reopen.
    let file_store = SqliteStore::open(dir.path()).await.unwrap();
    file_store.migrate().await.unwrap();
    let store: Arc<dyn Store> = Arc::new(file_store);
    let appended = store
        .append_events(&[message("conv-1", "adult1", "teen1", "hi", T0)])
        .await
        .unwrap();
    let case = store
        .upsert_case(&CaseUpdate {
            subject: "adult1".into(),
            queue: "child_safety".into(),
            priority: 1,
            event_seq: appended[0].seq(),
            targets: vec!["teen1".into()],
            child_safety: true,
            now: T0,
        })
        .await
        .unwrap();
    let draft = lurewatch_ncmec::case::Draft { case, ..draft };
    let standin = start_standin().await;
    // The first run gets a report id, then the upload keeps failing until the
    // worker "dies" (we stop driving it).
    standin.fail_next("upload", vec![Failure::Status500]);
    let sub = submitter(
        &store,
        &standin,
        &NcmecConfig {
            max_attempts: 10,
            ..config.clone()
        },
    );
    let saved = save_draft(store.as_ref(), &draft, true, "test", "alice", now())
        .await
        .unwrap();
    sub.run_once().await.unwrap();
    let mid = store.ncmec_report(saved.id).await.unwrap().unwrap();
    assert_eq!(mid.status, NcmecStatus::Submitted);
    let first_id = mid.ncmec_report_id.unwrap();
    drop(sub);
    drop(store);

    // Restart: a new store handle and worker resume the same report.
    let reopened = SqliteStore::open(dir.path()).await.unwrap();
    reopened.migrate().await.unwrap();
    let store: Arc<dyn Store> = Arc::new(reopened);
    let sub = submitter(
        &store,
        &standin,
        &NcmecConfig {
            max_attempts: 10,
            ..config.clone()
        },
    );
    assert_eq!(drive(&sub, &store, saved.id).await, NcmecStatus::Finished);
    let row = store.ncmec_report(saved.id).await.unwrap().unwrap();
    assert_eq!(row.ncmec_report_id, Some(first_id));
    assert_eq!(standin.reports().len(), 1, "no second report");
    assert_eq!(standin.calls().iter().filter(|c| *c == "submit").count(), 1);
}

#[tokio::test]
async fn refused_steps_retract_and_reviewers_can_retract() {
    // A file refused for good: the open report is retracted, not left dangling.
    let (store, case) = store_with_case(&["age_probe"], &["teen1"]).await;
    let config = config();
    let draft = draft_from_case(store.as_ref(), case, &config, &DraftOptions::default())
        .await
        .unwrap();
    let standin = start_standin().await;
    standin.fail_next("fileinfo", vec![Failure::Code(4100)]);
    standin.fail_next("retract", vec![Failure::Status500]);
    let sub = submitter(&store, &standin, &config);
    let saved = save_draft(store.as_ref(), &draft, true, "test", "alice", now())
        .await
        .unwrap();
    assert_eq!(drive(&sub, &store, saved.id).await, NcmecStatus::Retracted);
    let row = store.ncmec_report(saved.id).await.unwrap().unwrap();
    assert!(row.last_error.unwrap().contains("4100"));
    let reports = standin.reports();
    assert!(reports.values().all(|r| r.retracted && !r.finished));

    // A reviewer retracts a submitted report.
    let (store, case) = store_with_case(&["age_probe"], &["teen1"]).await;
    let draft = draft_from_case(store.as_ref(), case, &config, &DraftOptions::default())
        .await
        .unwrap();
    let standin = start_standin().await;
    standin.fail_next("upload", vec![Failure::Status500]);
    let sub = submitter(
        &store,
        &standin,
        &NcmecConfig {
            max_attempts: 10,
            ..config.clone()
        },
    );
    let saved = save_draft(store.as_ref(), &draft, true, "test", "alice", now())
        .await
        .unwrap();
    sub.run_once().await.unwrap();
    assert_eq!(
        store.ncmec_report(saved.id).await.unwrap().unwrap().status,
        NcmecStatus::Submitted
    );
    let r = request_retraction(store.as_ref(), saved.id, "alice", now())
        .await
        .unwrap();
    assert_eq!(r.status, NcmecStatus::Retracting);
    assert_eq!(drive(&sub, &store, saved.id).await, NcmecStatus::Retracted);
    assert!(standin.reports().values().all(|r| r.retracted));
    // Nothing to retract any more.
    assert!(
        request_retraction(store.as_ref(), saved.id, "alice", now())
            .await
            .is_err()
    );
}

#[tokio::test]
async fn rule_jobs_become_drafts_or_queued_reports() {
    let (store, case) = store_with_case(&["age_probe"], &["teen1"]).await;
    let seq = store.case(case).await.unwrap().unwrap().event_seqs[0];
    store
        .enqueue(
            "ncmec_report",
            &json!({"event_seq": seq, "subject": "adult1", "rule": "r"}),
            0,
        )
        .await
        .unwrap();
    let webhook = store
        .enqueue("webhook", &json!({"webhook": "w"}), 0)
        .await
        .unwrap();
    let standin = start_standin().await;
    let sub = submitter(&store, &standin, &config());
    let (jobs, _) = sub.run_once().await.unwrap();
    assert_eq!(jobs, 1);
    let report = store.ncmec_report_of_case(case).await.unwrap().unwrap();
    assert_eq!(
        report.status,
        NcmecStatus::Draft,
        "waits for a specialist by default"
    );
    assert_eq!(report.created_by, "system:ncmec");
    assert!(standin.calls().is_empty());
    // The webhook job was not taken by the NCMEC worker.
    assert_eq!(
        store
            .due_jobs(1, 10)
            .await
            .unwrap()
            .iter()
            .map(|j| j.id)
            .collect::<Vec<_>>(),
        vec![webhook]
    );

    // With auto_submit the report is filed.
    let (store, case) = store_with_case(&["age_probe"], &["teen1"]).await;
    let seq = store.case(case).await.unwrap().unwrap().event_seqs[0];
    store
        .enqueue(
            "ncmec_report",
            &json!({"event_seq": seq, "subject": "adult1", "rule": "r"}),
            0,
        )
        .await
        .unwrap();
    let sub = submitter(
        &store,
        &standin,
        &NcmecConfig {
            auto_submit: true,
            ..config()
        },
    );
    sub.run_once().await.unwrap();
    let report = store.ncmec_report_of_case(case).await.unwrap().unwrap();
    assert_eq!(drive(&sub, &store, report.id).await, NcmecStatus::Finished);
}

#[tokio::test]
async fn client_status_and_auth() {
    let standin = start_standin().await;
    let good = Client::new(&standin.base_url(), "esp", "pw", Duration::from_secs(2)).unwrap();
    assert!(good.status().await.unwrap().is_success());
    let bad = Client::new(&standin.base_url(), "esp", "wrong", Duration::from_secs(2)).unwrap();
    let answer = bad.status().await.unwrap();
    assert!(!answer.is_success());
    assert!(
        answer.describe().contains("3000") && answer.describe().contains("not authorised"),
        "{}",
        answer.describe()
    );
    // Invalid XML straight to /submit: 4100 from the real validator.
    let answer = good.submit("<report><nope/></report>").await.unwrap();
    assert_eq!(answer.response.as_ref().unwrap().response_code, 4100);
    // Unreachable server: a retryable network error.
    let down = Client::new(
        "http://127.0.0.1:9/ispws",
        "esp",
        "pw",
        Duration::from_secs(2),
    )
    .unwrap();
    assert!(down.status().await.unwrap_err().is_retryable());
}

#[tokio::test]
async fn media_kept_at_ingest_is_attached_without_being_supplied() {
    use sha2::Digest as _;
    let store = SqliteStore::open_in_memory().await.unwrap();
    store.migrate().await.unwrap();
    let store: Arc<dyn Store> = Arc::new(store);
    let image = b"benign generated test bytes kept by the service".to_vec();
    let digest = hex::encode(sha2::Sha256::digest(&image));
    store.put_media(&digest, &image, T0).await.unwrap();
    let appended = store
        .append_events(&[NewEvent {
            dedupe_key: None,
            kind: EventKind::Media,
            actor: "adult1".into(),
            conversation: None,
            ts: T0,
            received: T0,
            envelope: json!({"type": "media", "account": "adult1",
                "media": {"media_id": "m7", "content_stripped": digest}}),
        }])
        .await
        .unwrap();
    let seq = appended[0].seq();
    store
        .record_decision(
            seq,
            &Decision {
                signals: vec![Signal::MediaMatch {
                    media_id: "m7".into(),
                    bank: "known".into(),
                    entry: 1,
                    signal_type: "pdq".into(),
                    distance: 3,
                    transform: "rot90".into(),
                    label: Some("A1".into()),
                }],
                ..Decision::default()
            },
        )
        .await
        .unwrap();
    let case = store
        .upsert_case(&CaseUpdate {
            subject: "adult1".into(),
            queue: "child_safety".into(),
            priority: 100,
            event_seq: seq,
            targets: vec![],
            child_safety: true,
            now: T0,
        })
        .await
        .unwrap();
    let draft = draft_from_case(store.as_ref(), case, &config(), &DraftOptions::default())
        .await
        .unwrap();
    assert!(
        draft.warnings.iter().all(|w| !w.contains("m7")),
        "{:?}",
        draft.warnings
    );
    let file = draft
        .files
        .iter()
        .find(|f| f.info.original_file_name.as_deref() == Some("m7"))
        .expect("the kept media is attached");
    assert_eq!(file.content, image);
    assert_eq!(
        file.info.industry_classification,
        Some(IndustryClassification::A1)
    );
    assert!(
        file.info
            .original_file_hash
            .iter()
            .any(|h| h.hash_type == "SHA256" && h.value == digest)
    );
}
