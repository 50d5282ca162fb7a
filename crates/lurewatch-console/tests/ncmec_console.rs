//! The NCMEC drafting pages over HTTP, in process: only child-safety users
//! see them, the draft is prefilled from the case, the specialist's edits
//! are validated and queued, NCMEC's answers are shown in words, and a
//! report can be withdrawn.

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use lurewatch_console::{ConsoleConfig, ConsoleState, auth::hash_password, router};
use lurewatch_core::{Decision, EventKind, Signal};
use lurewatch_ncmec::NcmecConfig;
use lurewatch_ncmec::config::ReporterConfig;
use lurewatch_ncmec::standin::{Failure, StandIn};
use lurewatch_ncmec::submit::{StoredDraft, Submitter};
use lurewatch_store::{CaseUpdate, NcmecStatus, NewEvent, NewUser, Role, SqliteStore, Store};
use serde_json::json;
use tower::ServiceExt;

const PASSWORD: &str = "a long benign test passphrase";
const T0: i64 = 1_767_225_600_000;

struct Reply {
    status: StatusCode,
    cookies: Vec<String>,
    body: String,
}

async fn send(app: &Router, request: Request<Body>) -> Reply {
    let response = app.clone().oneshot(request).await.unwrap();
    let status = response.status();
    let cookies = response
        .headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .map(|v| v.to_str().unwrap().to_string())
        .collect();
    let bytes = axum::body::to_bytes(response.into_body(), 1 << 24)
        .await
        .unwrap();
    Reply {
        status,
        cookies,
        body: String::from_utf8_lossy(&bytes).into_owned(),
    }
}

fn get(uri: &str, cookie: &str) -> Request<Body> {
    Request::get(uri)
        .header(header::COOKIE, cookie)
        .body(Body::empty())
        .unwrap()
}

fn post(uri: &str, cookie: &str, form: &[(&str, &str)]) -> Request<Body> {
    Request::post(uri)
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::COOKIE, cookie)
        .body(Body::from(serde_urlencoded::to_string(form).unwrap()))
        .unwrap()
}

fn cookie_value(cookies: &[String], name: &str) -> Option<String> {
    cookies.iter().find_map(|c| {
        c.split(';')
            .next()
            .and_then(|kv| kv.split_once('='))
            .filter(|(k, v)| *k == name && !v.is_empty())
            .map(|(_, v)| v.to_string())
    })
}

fn hidden_csrf(body: &str) -> String {
    let marker = "name=\"csrf\" value=\"";
    let at = body.find(marker).expect("a csrf field") + marker.len();
    body[at..at + 64].to_string()
}

/// Logs in; returns (cookie header, csrf token).
async fn login(app: &Router, name: &str) -> (String, String) {
    let form = send(
        app,
        Request::get("/console/login").body(Body::empty()).unwrap(),
    )
    .await;
    let login_cookie = cookie_value(&form.cookies, "lw_login").unwrap();
    let csrf = hidden_csrf(&form.body);
    let reply = send(
        app,
        post(
            "/console/login",
            &format!("lw_login={login_cookie}"),
            &[
                ("csrf", &csrf),
                ("name", name),
                ("password", PASSWORD),
                ("next", "/console/queues"),
            ],
        ),
    )
    .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    let cookie = format!(
        "lw_session={}",
        cookie_value(&reply.cookies, "lw_session").unwrap()
    );
    let page = send(app, get("/console/queues", &cookie)).await;
    (cookie.clone(), hidden_csrf(&page.body))
}

fn ncmec_config() -> NcmecConfig {
    NcmecConfig {
        platform: "ExampleChat".into(),
        username: "esp".into(),
        reporter: ReporterConfig {
            first_name: Some("Trust".into()),
            last_name: Some("Safety".into()),
            email: Some("reports@chat.example".into()),
            ..ReporterConfig::default()
        },
        timeout_secs: 1,
        retry_base_ms: 1,
        max_retry_delay_ms: 5,
        ..NcmecConfig::default()
    }
}

async fn world() -> (Router, Arc<dyn Store>, i64) {
    let store = SqliteStore::open_in_memory().await.unwrap();
    store.migrate().await.unwrap();
    let store: Arc<dyn Store> = Arc::new(store);
    let hash = hash_password(PASSWORD).unwrap();
    for (name, role) in [("cs", Role::ChildSafety), ("rev", Role::Reviewer)] {
        store
            .create_user(&NewUser {
                name: name.into(),
                password_hash: hash.clone(),
                role,
                queues: vec!["child_safety".into(), "ncmec".into()],
                created: 0,
            })
            .await
            .unwrap();
    }
    let seqs = store
        .append_events(&[
            NewEvent {
                dedupe_key: None,
                kind: EventKind::Profile,
                actor: "teen1".into(),
                conversation: None,
                ts: T0 - 1,
                received: T0,
                envelope: json!({"type": "profile", "account": "teen1", "declared_age": 14}),
            },
            NewEvent {
                dedupe_key: None,
                kind: EventKind::Message,
                actor: "adult1".into(),
                conversation: Some("conv-1".into()),
                ts: T0,
                received: T0,
                envelope: json!({"type": "message", "conversation": "conv-1", "sender": "adult1",
                                 "recipients": ["teen1"], "text": "how old are you <b>?</b>"}),
            },
        ])
        .await
        .unwrap();
    store
        .record_decision(
            seqs[1].seq(),
            &Decision {
                signals: vec![Signal::ConversationRisk {
                    conversation: "conv-1".into(),
                    score: 0.9,
                    flagged: true,
                    codes: vec!["age_probe".into(), "photo_request".into()],
                    evidence: vec![],
                    suspected_sender: Some("adult1".into()),
                }],
                ..Decision::default()
            },
        )
        .await
        .unwrap();
    let case = store
        .upsert_case(&CaseUpdate {
            subject: "adult1".into(),
            queue: "ncmec".into(),
            priority: 10,
            event_seq: seqs[1].seq(),
            targets: vec!["teen1".into()],
            child_safety: true,
            now: T0,
        })
        .await
        .unwrap();
    let app = Router::new().nest(
        "/console",
        router(ConsoleState {
            ncmec: Some(ncmec_config()),
            ..ConsoleState::new(store.clone(), ConsoleConfig::default())
        }),
    );
    (app, store, case.0)
}

#[tokio::test]
async fn drafting_page_prefills_validates_queues_and_shows_answers_in_words() {
    let (app, store, case) = world().await;
    let (rev, _) = login(&app, "rev").await;
    assert_eq!(
        send(&app, get("/console/ncmec", &rev)).await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        send(&app, get(&format!("/console/ncmec/case/{case}"), &rev))
            .await
            .status,
        StatusCode::FORBIDDEN
    );

    let (cs, csrf) = login(&app, "cs").await;
    let list = send(&app, get("/console/ncmec", &cs)).await;
    assert_eq!(list.status, StatusCode::OK);
    assert!(
        list.body.contains(&format!("data-case=\"{case}\"")),
        "{}",
        list.body
    );

    let page = send(&app, get(&format!("/console/ncmec/case/{case}"), &cs)).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(
        page.body
            .contains("<option value=\"Online Enticement of Children for Sexual Acts\" selected>"),
        "{}",
        page.body
    );
    assert!(page.body.contains("teen1 (age 14)"));
    assert!(
        page.body
            .contains("name=\"csam_solicitation\" value=\"1\" checked")
    );
    assert!(
        !page.body.contains("<b>?</b>"),
        "message text is escaped or absent"
    );
    assert!(
        store
            .ncmec_report_of_case(lurewatch_store::CaseId(case))
            .await
            .unwrap()
            .is_none(),
        "viewing stores nothing"
    );

    // Unknown incident type: refused.
    let bad = send(
        &app,
        post(
            &format!("/console/ncmec/case/{case}/submit"),
            &cs,
            &[("csrf", &csrf), ("incident_type", "Something Else")],
        ),
    )
    .await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    // Forged CSRF: refused.
    let forged = send(
        &app,
        post(
            &format!("/console/ncmec/case/{case}/submit"),
            &cs,
            &[
                ("csrf", &"0".repeat(64)),
                ("incident_type", "Child Sex Trafficking"),
            ],
        ),
    )
    .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);

    let ok = send(
        &app,
        post(
            &format!("/console/ncmec/case/{case}/submit"),
            &cs,
            &[
                ("csrf", &csrf),
                ("incident_type", "Child Sex Trafficking"),
                ("escalate", "Meeting proposed for tonight."),
                ("additional_info", "Reviewed by a specialist."),
            ],
        ),
    )
    .await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER, "{}", ok.body);
    let report = store
        .ncmec_report_of_case(lurewatch_store::CaseId(case))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(report.status, NcmecStatus::Queued);
    assert_eq!(report.created_by, "cs");
    let draft: StoredDraft = serde_json::from_value(report.draft.clone()).unwrap();
    assert_eq!(
        draft.report.incident_summary.incident_type.as_str(),
        "Child Sex Trafficking"
    );
    assert_eq!(
        draft
            .report
            .incident_summary
            .escalate_to_high_priority
            .as_deref(),
        Some("Meeting proposed for tonight.")
    );
    assert!(
        !draft
            .report
            .incident_summary
            .report_annotations
            .csam_solicitation,
        "unchecked box clears it"
    );
    // A second submission of the same case is a conflict, not a second report.
    let again = send(
        &app,
        post(
            &format!("/console/ncmec/case/{case}/submit"),
            &cs,
            &[("csrf", &csrf), ("incident_type", "Child Sex Trafficking")],
        ),
    )
    .await;
    assert_eq!(again.status, StatusCode::CONFLICT);

    // NCMEC refuses it (4100): the page says so in words; the specialist resubmits.
    let standin = StandIn::start("esp", "pw")
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    standin.fail_next("submit", vec![Failure::Code(4100)]);
    let client = lurewatch_ncmec::client::Client::new(
        &standin.base_url(),
        "esp",
        "pw",
        Duration::from_secs(1),
    )
    .unwrap();
    let sub = Submitter::new(store.clone(), client, ncmec_config());
    sub.run_once().await.unwrap();
    let page = send(&app, get(&format!("/console/ncmec/case/{case}"), &cs)).await;
    assert!(page.body.contains("failed"), "{}", page.body);
    assert!(
        page.body
            .contains("validation failed: the report does not match NCMEC&#39;s schema")
            || page
                .body
                .contains("validation failed: the report does not match NCMEC's schema"),
        "{}",
        page.body
    );
    let resubmit = send(
        &app,
        post(
            &format!("/console/ncmec/case/{case}/submit"),
            &cs,
            &[("csrf", &csrf), ("incident_type", "Child Sex Trafficking")],
        ),
    )
    .await;
    assert_eq!(resubmit.status, StatusCode::SEE_OTHER, "{}", resubmit.body);
    for _ in 0..20 {
        sub.run_once().await.unwrap();
    }
    let report = store.ncmec_report(report.id).await.unwrap().unwrap();
    assert_eq!(report.status, NcmecStatus::Finished);
    let list = send(&app, get("/console/ncmec", &cs)).await;
    assert!(
        list.body.contains("data-status=\"finished\""),
        "{}",
        list.body
    );
    assert!(list.body.contains("finish: 0 (success)"), "{}", list.body);
    // Finished reports cannot be withdrawn.
    let retract = send(
        &app,
        post(
            &format!("/console/ncmec/reports/{}/retract", report.id),
            &cs,
            &[("csrf", &csrf)],
        ),
    )
    .await;
    assert_eq!(retract.status, StatusCode::CONFLICT);
}
