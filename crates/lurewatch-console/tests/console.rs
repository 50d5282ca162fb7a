//! The console over HTTP, in process (`tower::ServiceExt::oneshot`) on an
//! in-memory store: login, lock-out, CSRF, roles and child-safety hiding,
//! claims and decisions by other users, evidence highlighting, escaping of
//! HTML in messages and notes, oversize notes, media and audit entries.

use std::sync::Arc;

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use lurewatch_console::{ConsoleConfig, ConsoleState, auth::hash_password, router};
use lurewatch_core::{Decision, EntityKind, EntityRef, EventKind, Signal};
use lurewatch_store::{CaseId, CaseUpdate, NewEvent, NewUser, Role, SqliteStore, Store};
use serde_json::json;
use tower::ServiceExt;

const PASSWORD: &str = "a long benign test passphrase";
/// Bytes that start like a PNG (benign; never decoded by the console).
const PNG: &[u8] = b"\x89PNG\r\n\x1a\n benign test bytes";

struct World {
    app: Router,
    store: Arc<dyn Store>,
    /// A trafficking case (not child safety) with highlighted evidence.
    adult_case: CaseId,
    /// A child-safety case.
    child_case: CaseId,
    /// Digest of the adult case's stored image.
    adult_media: String,
    /// Digest of the child-safety case's stored image.
    child_media: String,
}

fn digest_of(bytes: &[u8]) -> String {
    use sha2::Digest;
    hex::encode(sha2::Sha256::digest(bytes))
}

/// Who wrote to whom in which conversation.
struct Thread<'a> {
    conversation: &'a str,
    sender: &'a str,
    recipient: &'a str,
}

async fn message(
    store: &Arc<dyn Store>,
    thread: Thread<'_>,
    text: &str,
    media: Option<&str>,
    evidence: Vec<(usize, usize, String)>,
    ts: i64,
) -> i64 {
    let Thread {
        conversation,
        sender,
        recipient,
    } = thread;
    let mut envelope = json!({
        "type": "message", "conversation": conversation, "sender": sender,
        "recipients": [recipient], "text": text,
    });
    if let Some(digest) = media {
        envelope["attachments"] =
            json!([{"media_id": format!("m-{ts}"), "content_stripped": digest}]);
    }
    let seq = store
        .append_events(&[NewEvent {
            dedupe_key: None,
            kind: EventKind::Message,
            actor: sender.to_string(),
            conversation: Some(conversation.to_string()),
            ts,
            received: ts,
            envelope,
        }])
        .await
        .unwrap()[0]
        .seq();
    let codes: Vec<String> = evidence.iter().map(|e| e.2.clone()).collect();
    let mut signals = vec![Signal::ConversationRisk {
        conversation: conversation.to_string(),
        score: 0.91,
        flagged: true,
        codes,
        evidence,
        suspected_sender: Some(sender.to_string()),
    }];
    if media.is_some() {
        signals.push(Signal::MediaMatch {
            media_id: format!("m-{ts}"),
            bank: "demo-known".into(),
            entry: 1,
            signal_type: "pdq".into(),
            distance: 6,
            transform: "rot90".into(),
            label: Some("demo".into()),
        });
    }
    store
        .record_decision(
            seq,
            &Decision {
                signals,
                ..Decision::default()
            },
        )
        .await
        .unwrap();
    seq
}

async fn world() -> World {
    let store: Arc<dyn Store> = Arc::new(SqliteStore::open_in_memory().await.unwrap());
    store.migrate().await.unwrap();
    let hash = hash_password(PASSWORD).unwrap();
    for (name, role, queues) in [
        (
            "rita",
            Role::Reviewer,
            vec!["trafficking", "child_safety_urgent"],
        ),
        ("rob", Role::Reviewer, vec!["trafficking"]),
        ("cara", Role::ChildSafety, vec!["child_safety_urgent"]),
        ("ada", Role::Admin, vec![]),
    ] {
        store
            .create_user(&NewUser {
                name: name.into(),
                password_hash: hash.clone(),
                role,
                queues: queues.into_iter().map(String::from).collect(),
                created: 0,
            })
            .await
            .unwrap();
    }
    let adult_media = digest_of(PNG);
    store.put_media(&adult_media, PNG, 1).await.unwrap();
    let child_bytes = b"\x89PNG\r\n\x1a\n other benign bytes";
    let child_media = digest_of(child_bytes);
    store.put_media(&child_media, child_bytes, 1).await.unwrap();

    let text = "easy work <script>alert(1)</script> lets continue on telegram";
    let start = text.find("telegram").unwrap();
    let s1 = message(
        &store,
        Thread {
            conversation: "conv-a",
            sender: "agency",
            recipient: "lena",
        },
        text,
        Some(&adult_media),
        vec![(start, start + "telegram".len(), "OFFPLATFORM".into())],
        1_000,
    )
    .await;
    let adult_case = store
        .upsert_case(&CaseUpdate {
            subject: "agency".into(),
            queue: "trafficking".into(),
            priority: 50,
            event_seq: s1,
            targets: vec!["lena".into()],
            child_safety: false,
            now: 1_000,
        })
        .await
        .unwrap();
    let s2 = message(
        &store,
        Thread {
            conversation: "conv-c",
            sender: "stranger",
            recipient: "kid",
        },
        "this is our secret ok",
        Some(&child_media),
        vec![(8, 18, "SECRECY".into())],
        2_000,
    )
    .await;
    let child_case = store
        .upsert_case(&CaseUpdate {
            subject: "stranger".into(),
            queue: "child_safety_urgent".into(),
            priority: 90,
            event_seq: s2,
            targets: vec!["kid".into()],
            child_safety: true,
            now: 2_000,
        })
        .await
        .unwrap();
    let state = ConsoleState::new(store.clone(), ConsoleConfig::default());
    World {
        app: Router::new().nest("/console", router(state)),
        store,
        adult_case,
        child_case,
        adult_media,
        child_media,
    }
}

struct Reply {
    status: StatusCode,
    location: Option<String>,
    cookies: Vec<String>,
    body: String,
}

async fn send(app: &Router, request: Request<Body>) -> Reply {
    let response = app.clone().oneshot(request).await.unwrap();
    let status = response.status();
    let location = response
        .headers()
        .get(header::LOCATION)
        .map(|v| v.to_str().unwrap().to_string());
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
        location,
        cookies,
        body: String::from_utf8_lossy(&bytes).into_owned(),
    }
}

fn get(uri: &str, cookie: Option<&str>) -> Request<Body> {
    let mut builder = Request::get(uri);
    if let Some(c) = cookie {
        builder = builder.header(header::COOKIE, c);
    }
    builder.body(Body::empty()).unwrap()
}

fn post(uri: &str, cookie: Option<&str>, form: &[(&str, &str)]) -> Request<Body> {
    let mut builder =
        Request::post(uri).header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
    if let Some(c) = cookie {
        builder = builder.header(header::COOKIE, c);
    }
    builder
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

/// A logged-in reviewer: the session cookie header and the CSRF token.
struct Session {
    cookie: String,
    csrf: String,
}

async fn try_login(app: &Router, name: &str, password: &str) -> Reply {
    let form = send(app, get("/console/login", None)).await;
    assert_eq!(form.status, StatusCode::OK);
    let login_cookie = cookie_value(&form.cookies, "lw_login").unwrap();
    let csrf = hidden_csrf(&form.body);
    assert_eq!(csrf, login_cookie, "double-submit token");
    send(
        app,
        post(
            "/console/login",
            Some(&format!("lw_login={login_cookie}")),
            &[
                ("csrf", &csrf),
                ("name", name),
                ("password", password),
                ("next", "/console/queues"),
            ],
        ),
    )
    .await
}

async fn login(app: &Router, name: &str) -> Session {
    let reply = try_login(app, name, PASSWORD).await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    let token = cookie_value(&reply.cookies, "lw_session").expect("session cookie");
    let set = reply
        .cookies
        .iter()
        .find(|c| c.starts_with("lw_session="))
        .unwrap();
    for flag in ["HttpOnly", "SameSite=Strict", "Path=/console"] {
        assert!(set.contains(flag), "{set} lacks {flag}");
    }
    assert!(!set.contains("Secure"), "no TLS in this test");
    let cookie = format!("lw_session={token}");
    let page = send(app, get("/console/queues", Some(&cookie))).await;
    assert_eq!(page.status, StatusCode::OK);
    Session {
        csrf: hidden_csrf(&page.body),
        cookie,
    }
}

async fn audit_actions(store: &Arc<dyn Store>) -> Vec<(String, String, String)> {
    store
        .audit_entries(0, 1000)
        .await
        .unwrap()
        .into_iter()
        .map(|e| (e.entry.actor, e.entry.action, e.entry.subject))
        .collect()
}

#[tokio::test]
async fn login_lockout_logout_and_redirects() {
    let w = world().await;
    // Not logged in: pages redirect to the login form, with where to return.
    let reply = send(&w.app, get("/console/cases/1", None)).await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    assert_eq!(
        reply.location.as_deref(),
        Some("/console/login?next=/console/cases/1")
    );
    // An unknown user and a wrong password get the same answer.
    let unknown = try_login(&w.app, "nobody", PASSWORD).await;
    let wrong = try_login(&w.app, "rob", "wrong password").await;
    assert_eq!(unknown.status, StatusCode::UNAUTHORIZED);
    assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
    assert!(wrong.body.contains("Wrong user name or password"));
    // Four more failures lock the account: the right password is refused.
    for _ in 0..4 {
        try_login(&w.app, "rob", "still wrong").await;
    }
    let user = w.store.user("rob").await.unwrap().unwrap();
    assert!(user.locked_until.is_some());
    let locked = try_login(&w.app, "rob", PASSWORD).await;
    assert_eq!(locked.status, StatusCode::UNAUTHORIZED);
    assert!(cookie_value(&locked.cookies, "lw_session").is_none());
    assert!(audit_actions(&w.store).await.contains(&(
        "system:login".into(),
        "user.lock".into(),
        "user:rob".into()
    )));

    // Login, then logout ends the session.
    let s = login(&w.app, "rita").await;
    let out = send(
        &w.app,
        post("/console/logout", Some(&s.cookie), &[("csrf", &s.csrf)]),
    )
    .await;
    assert_eq!(out.status, StatusCode::SEE_OTHER);
    let after = send(&w.app, get("/console/queues", Some(&s.cookie))).await;
    assert_eq!(after.status, StatusCode::SEE_OTHER, "session ended");
    // An open redirect through `next` is not possible.
    let form = send(&w.app, get("/console/login", None)).await;
    let c = cookie_value(&form.cookies, "lw_login").unwrap();
    let reply = send(
        &w.app,
        post(
            "/console/login",
            Some(&format!("lw_login={c}")),
            &[
                ("csrf", &c),
                ("name", "rita"),
                ("password", PASSWORD),
                ("next", "//evil.example/"),
            ],
        ),
    )
    .await;
    assert_eq!(reply.location.as_deref(), Some("/console/queues"));
}

#[tokio::test]
async fn forged_csrf_is_refused() {
    let w = world().await;
    let s = login(&w.app, "rita").await;
    let claim = format!("/console/cases/{}/claim", w.adult_case);
    for forged in [
        vec![],
        vec![("csrf", "0".repeat(64))],
        vec![("csrf", s.csrf[..63].to_string())],
    ] {
        let form: Vec<(&str, &str)> = forged.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let reply = send(&w.app, post(&claim, Some(&s.cookie), &form)).await;
        assert_eq!(reply.status, StatusCode::FORBIDDEN, "{form:?}");
    }
    // Another session's token is not this session's.
    let other = login(&w.app, "rob").await;
    let reply = send(
        &w.app,
        post(&claim, Some(&s.cookie), &[("csrf", &other.csrf)]),
    )
    .await;
    assert_eq!(reply.status, StatusCode::FORBIDDEN);
    assert_eq!(w.store.case_claim(w.adult_case).await.unwrap(), None);
    // The login form needs its cookie.
    let reply = send(
        &w.app,
        post(
            "/console/login",
            None,
            &[
                ("csrf", &"a".repeat(64)),
                ("name", "rita"),
                ("password", PASSWORD),
            ],
        ),
    )
    .await;
    assert_eq!(reply.status, StatusCode::FORBIDDEN);
    // The real token works.
    let reply = send(&w.app, post(&claim, Some(&s.cookie), &[("csrf", &s.csrf)])).await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    assert_eq!(
        w.store
            .case_claim(w.adult_case)
            .await
            .unwrap()
            .unwrap()
            .reviewer,
        "rita"
    );
}

#[tokio::test]
async fn child_safety_cases_are_invisible_to_reviewers() {
    let w = world().await;
    // rita works the child-safety queue but is a plain reviewer.
    let s = login(&w.app, "rita").await;
    let case_url = format!("/console/cases/{}", w.child_case);
    let media_url = format!("{case_url}/media/{}", w.child_media);
    for url in [&case_url, &media_url] {
        let reply = send(&w.app, get(url, Some(&s.cookie))).await;
        assert_eq!(reply.status, StatusCode::NOT_FOUND, "{url}");
        assert!(!reply.body.contains("stranger"), "nothing leaks");
    }
    // Same answer as a case that does not exist.
    let missing = send(&w.app, get("/console/cases/999999", Some(&s.cookie))).await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    for action in ["claim", "release", "notes", "decide"] {
        let reply = send(
            &w.app,
            post(
                &format!("{case_url}/{action}"),
                Some(&s.cookie),
                &[("csrf", &s.csrf), ("text", "x"), ("decision", "dismiss")],
            ),
        )
        .await;
        assert_eq!(reply.status, StatusCode::NOT_FOUND, "{action}");
    }
    let queue = send(
        &w.app,
        get("/console/queues/child_safety_urgent", Some(&s.cookie)),
    )
    .await;
    assert_eq!(queue.status, StatusCode::OK);
    assert!(!queue.body.contains("stranger"));
    // Claim next never hands it out.
    let next = send(
        &w.app,
        post(
            "/console/queues/child_safety_urgent/next",
            Some(&s.cookie),
            &[("csrf", &s.csrf)],
        ),
    )
    .await;
    assert_eq!(next.location.as_deref(), Some("/console/queues?empty=1"));
    assert_eq!(w.store.case_claim(w.child_case).await.unwrap(), None);
    assert!(
        audit_actions(&w.store)
            .await
            .iter()
            .all(|a| a.1 != "case.view")
    );

    // The specialist sees it, and the view and the media reveal are audited.
    let c = login(&w.app, "cara").await;
    let page = send(&w.app, get(&case_url, Some(&c.cookie))).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("data-reveal-cs"), "media not preloaded");
    assert!(!page.body.contains(&format!(" src=\"{media_url}\"")));
    let media = send(&w.app, get(&media_url, Some(&c.cookie))).await;
    assert_eq!(media.status, StatusCode::OK);
    let actions = audit_actions(&w.store).await;
    let subject = format!("case:{}", w.child_case);
    assert!(actions.contains(&("cara".into(), "case.view".into(), subject.clone())));
    assert!(actions.contains(&("cara".into(), "media.reveal".into(), subject)));
    // An admin sees it too; another user's queue grant does not matter.
    let a = login(&w.app, "ada").await;
    assert_eq!(
        send(&w.app, get(&case_url, Some(&a.cookie))).await.status,
        StatusCode::OK
    );
    // rob does not work the queue at all.
    let r = login(&w.app, "rob").await;
    assert_eq!(
        send(
            &w.app,
            get("/console/queues/child_safety_urgent", Some(&r.cookie))
        )
        .await
        .status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn evidence_is_highlighted_and_html_is_inert() {
    let w = world().await;
    let s = login(&w.app, "rob").await;
    let page = send(
        &w.app,
        get(&format!("/console/cases/{}", w.adult_case), Some(&s.cookie)),
    )
    .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body
            .contains("<mark title=\"OFFPLATFORM\" data-code=\"OFFPLATFORM\">telegram"),
        "{}",
        page.body
    );
    assert!(
        page.body
            .contains("&#60;script&#62;alert(1)&#60;/script&#62;")
    );
    assert!(!page.body.contains("<script>alert"));
    // Media: blurred and grayscale by default, with its bank match.
    assert!(page.body.contains("class=\"media blur-16 gray\""));
    assert!(page.body.contains("demo-known"));
    assert!(page.body.contains("rot90"));
    // The stage timeline names the first message of the code.
    assert!(page.body.contains("data-testid=\"stages\""));
    // Not a child-safety case: no view audit.
    assert!(
        audit_actions(&w.store)
            .await
            .iter()
            .all(|a| a.1 != "case.view")
    );
    // The media bytes, as an image that cannot run script.
    let media = w
        .app
        .clone()
        .oneshot(get(
            &format!("/console/cases/{}/media/{}", w.adult_case, w.adult_media),
            Some(&s.cookie),
        ))
        .await
        .unwrap();
    assert_eq!(media.status(), StatusCode::OK);
    assert_eq!(media.headers()[header::CONTENT_TYPE], "image/png");
    assert!(
        media.headers()[header::CONTENT_SECURITY_POLICY]
            .to_str()
            .unwrap()
            .contains("sandbox")
    );
    // Another case's media is not reachable through this case.
    let other = send(
        &w.app,
        get(
            &format!("/console/cases/{}/media/{}", w.adult_case, w.child_media),
            Some(&s.cookie),
        ),
    )
    .await;
    assert_eq!(other.status, StatusCode::NOT_FOUND);
    let bad = send(
        &w.app,
        get(
            &format!("/console/cases/{}/media/..%2F..%2Fetc", w.adult_case),
            Some(&s.cookie),
        ),
    )
    .await;
    assert_eq!(bad.status, StatusCode::NOT_FOUND);
    // Wellness settings change the classes.
    let saved = send(
        &w.app,
        post(
            "/console/settings",
            Some(&s.cookie),
            &[("csrf", &s.csrf), ("blur", "4")],
        ),
    )
    .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    let page = send(
        &w.app,
        get(&format!("/console/cases/{}", w.adult_case), Some(&s.cookie)),
    )
    .await;
    assert!(page.body.contains("class=\"media blur-4 color\""));
    let refused = send(
        &w.app,
        post(
            "/console/settings",
            Some(&s.cookie),
            &[("csrf", &s.csrf), ("blur", "999")],
        ),
    )
    .await;
    assert_eq!(refused.status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn claims_and_decisions_respect_other_users() {
    let w = world().await;
    let rita = login(&w.app, "rita").await;
    let rob = login(&w.app, "rob").await;
    let base = format!("/console/cases/{}", w.adult_case);
    // rob claims via "claim next".
    let next = send(
        &w.app,
        post("/console/next", Some(&rob.cookie), &[("csrf", &rob.csrf)]),
    )
    .await;
    assert_eq!(next.location.as_deref(), Some(base.as_str()));
    // rita cannot claim, release or decide rob's case.
    for (action, form) in [
        ("claim", vec![]),
        ("release", vec![]),
        ("decide", vec![("decision", "dismiss")]),
    ] {
        let mut form = form;
        form.push(("csrf", rita.csrf.as_str()));
        let reply = send(
            &w.app,
            post(&format!("{base}/{action}"), Some(&rita.cookie), &form),
        )
        .await;
        assert_eq!(
            reply.status,
            StatusCode::CONFLICT,
            "{action}: {}",
            reply.body
        );
    }
    // Only admins reassign.
    let reply = send(
        &w.app,
        post(
            &format!("{base}/reassign"),
            Some(&rita.cookie),
            &[("csrf", &rita.csrf), ("to", "rita")],
        ),
    )
    .await;
    assert_eq!(reply.status, StatusCode::FORBIDDEN);
    // Bad decisions: no action on a confirmation, unknown decision, bad code.
    for form in [
        vec![("decision", "confirm")],
        vec![("decision", "confirm"), ("action", "<b>nuke</b>")],
        vec![("decision", "approve")],
        vec![("decision", "dismiss"), ("codes", "<script>")],
    ] {
        let mut form = form;
        form.push(("csrf", rob.csrf.as_str()));
        let reply = send(
            &w.app,
            post(&format!("{base}/decide"), Some(&rob.cookie), &form),
        )
        .await;
        assert_eq!(reply.status, StatusCode::BAD_REQUEST, "{form:?}");
        assert!(!reply.body.contains("<b>nuke"), "input is never echoed raw");
    }
    // A real decision: recorded, labelled, audited; the claim is gone.
    let reply = send(
        &w.app,
        post(
            &format!("{base}/decide"),
            Some(&rob.cookie),
            &[
                ("csrf", &rob.csrf),
                ("decision", "confirm"),
                ("action", "suspend"),
                ("codes", "OFFPLATFORM"),
                ("note", "checked <i>all</i> messages"),
            ],
        ),
    )
    .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    let decisions = w.store.review_decisions(0).await.unwrap();
    assert_eq!(decisions.len(), 1);
    assert_eq!(decisions[0].subject, "agency");
    assert_eq!(decisions[0].action.as_deref(), Some("suspend"));
    assert_eq!(decisions[0].codes, vec!["OFFPLATFORM"]);
    let labels = |id: &str| {
        let store = w.store.clone();
        let entity = EntityRef {
            kind: EntityKind::Account,
            id: id.to_string(),
        };
        async move {
            store
                .labels(&entity, 0)
                .await
                .unwrap()
                .into_iter()
                .map(|l| l.label)
                .collect::<Vec<_>>()
        }
    };
    assert_eq!(labels("agency").await, vec!["confirmed_violation"]);
    assert_eq!(labels("lena").await, vec!["possible_victim"]);
    assert!(audit_actions(&w.store).await.contains(&(
        "rob".into(),
        "case.decide".into(),
        format!("case:{}", w.adult_case)
    )));
    // Deciding twice is refused (the case is closed and unclaimed).
    let again = send(
        &w.app,
        post(
            &format!("{base}/decide"),
            Some(&rob.cookie),
            &[("csrf", &rob.csrf), ("decision", "dismiss")],
        ),
    )
    .await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    // The history shows the note, escaped.
    let page = send(&w.app, get(&base, Some(&rob.cookie))).await;
    assert!(
        page.body
            .contains("checked &#60;i&#62;all&#60;/i&#62; messages")
    );
    assert!(!page.body.contains("<i>all</i>"));
}

#[tokio::test]
async fn notes_are_limited_and_escaped() {
    let w = world().await;
    let s = login(&w.app, "rob").await;
    let notes = format!("/console/cases/{}/notes", w.adult_case);
    let long = "n".repeat(4001);
    let reply = send(
        &w.app,
        post(
            &notes,
            Some(&s.cookie),
            &[("csrf", &s.csrf), ("text", &long)],
        ),
    )
    .await;
    assert_eq!(reply.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(reply.body.contains("4001 characters, at most 4000"));
    let huge = "n".repeat(100_000);
    let reply = send(
        &w.app,
        post(
            &notes,
            Some(&s.cookie),
            &[("csrf", &s.csrf), ("text", &huge)],
        ),
    )
    .await;
    assert_eq!(reply.status, StatusCode::PAYLOAD_TOO_LARGE);
    let empty = send(
        &w.app,
        post(
            &notes,
            Some(&s.cookie),
            &[("csrf", &s.csrf), ("text", "   ")],
        ),
    )
    .await;
    assert_eq!(empty.status, StatusCode::BAD_REQUEST);
    assert!(w.store.case_notes(w.adult_case).await.unwrap().is_empty());
    let html = "<img src=x onerror=alert(1)> see message 2";
    let ok = send(
        &w.app,
        post(
            &notes,
            Some(&s.cookie),
            &[("csrf", &s.csrf), ("text", html)],
        ),
    )
    .await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER);
    let page = send(
        &w.app,
        get(&format!("/console/cases/{}", w.adult_case), Some(&s.cookie)),
    )
    .await;
    assert!(
        page.body
            .contains("&#60;img src=x onerror=alert(1)&#62; see message 2")
    );
    assert!(!page.body.contains("<img src=x"));
    // Pages are not cached and carry a strict CSP.
    let response = w
        .app
        .clone()
        .oneshot(get("/console/queues", Some(&s.cookie)))
        .await
        .unwrap();
    assert_eq!(response.headers()[header::CACHE_CONTROL], "no-store");
    assert!(
        response.headers()[header::CONTENT_SECURITY_POLICY]
            .to_str()
            .unwrap()
            .contains("script-src 'self'")
    );
}
