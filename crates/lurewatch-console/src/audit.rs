//! The audit log page, `/console/audit`: the hash-chained log of every view
//! of child-safety material, every decision, login, hold and purge, newest
//! first, filterable by action, actor and subject, paged by id.
//!
//! Only `child_safety` and `admin` users may read it (reviewers get 403):
//! entries name child-safety cases and who looked at them. Viewing the page
//! is not itself audited. `/console/audit/verify` checks the whole chain
//! (as `lurewatch audit verify` does) and names the first broken entry.
//!
//! Each row carries `data-id`, `data-action` and `data-subject` so a browser
//! test can find a decision. Details are shown as canonical JSON, escaped by
//! the template like everything else.

use askama::Template;
use axum::Router;
use axum::extract::{Query, State};
use axum::response::Response;
use axum::routing::get;
use lurewatch_store::{AuditEntry, AuditFilter, AuditVerification, canonical_json};
use serde::Deserialize;

use crate::ConsoleState;
use crate::auth::CurrentUser;
use crate::error::ConsoleError;
use crate::ui::{Chrome, format_ts};

/// Rows per page unless asked otherwise.
const PAGE: usize = 50;
/// Most rows per page.
const MAX_PAGE: usize = 500;
/// Longest filter value accepted.
const MAX_FILTER_LEN: usize = 500;

pub(crate) fn routes() -> Router<ConsoleState> {
    Router::new()
        .route("/audit", get(audit_page))
        .route("/audit/verify", get(verify_page))
}

/// The query string of the audit page; every field optional, empty = unset.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct AuditQuery {
    action: String,
    actor: String,
    subject: String,
    before: String,
    limit: String,
}

/// What the query asks for, checked.
fn parse_query(query: &AuditQuery) -> Result<AuditFilter, ConsoleError> {
    let text = |name: &str, value: &str| -> Result<Option<String>, ConsoleError> {
        let value = value.trim();
        if value.len() > MAX_FILTER_LEN {
            return Err(ConsoleError::BadRequest(format!(
                "The {name} filter is longer than {MAX_FILTER_LEN} bytes."
            )));
        }
        Ok((!value.is_empty()).then(|| value.to_string()))
    };
    let before_id = match query.before.trim() {
        "" => None,
        value => Some(
            value
                .parse::<i64>()
                .ok()
                .filter(|id| *id > 0)
                .ok_or_else(|| {
                    ConsoleError::BadRequest(
                        "before: must be an entry id (a positive number).".into(),
                    )
                })?,
        ),
    };
    let limit = match query.limit.trim() {
        "" => PAGE,
        value => value
            .parse::<usize>()
            .ok()
            .filter(|n| (1..=MAX_PAGE).contains(n))
            .ok_or_else(|| ConsoleError::BadRequest(format!("limit: must be 1 to {MAX_PAGE}.")))?,
    };
    Ok(AuditFilter {
        action: text("action", &query.action)?,
        actor: text("actor", &query.actor)?,
        subject: text("subject", &query.subject)?,
        before_id,
        limit,
    })
}

/// One row of the table.
struct Row {
    id: i64,
    when: String,
    actor: String,
    action: String,
    subject: String,
    detail: String,
    hash: String,
}

impl Row {
    fn of(entry: &AuditEntry) -> Row {
        Row {
            id: entry.id,
            when: format_ts(entry.entry.ts),
            actor: entry.entry.actor.clone(),
            action: entry.entry.action.clone(),
            subject: entry.entry.subject.clone(),
            detail: canonical_json(&entry.entry.detail),
            hash: entry.hash.chars().take(12).collect(),
        }
    }
}

#[derive(Template)]
#[template(path = "audit.html")]
struct AuditPage {
    chrome: Chrome,
    action: String,
    actor: String,
    subject: String,
    limit: usize,
    rows: Vec<Row>,
    /// The query string of the next (older) page, if there may be one.
    older: Option<String>,
}

async fn audit_page(
    State(state): State<ConsoleState>,
    user: CurrentUser,
    Query(query): Query<AuditQuery>,
) -> Result<Response, ConsoleError> {
    user.require_child_safety()?;
    let filter = parse_query(&query)?;
    let entries = state.store.audit_search(&filter).await?;
    let older = match entries.last() {
        Some(last) if entries.len() == filter.limit && last.id > 1 => Some(
            serde_urlencoded::to_string([
                ("action", filter.action.as_deref().unwrap_or("")),
                ("actor", filter.actor.as_deref().unwrap_or("")),
                ("subject", filter.subject.as_deref().unwrap_or("")),
                ("before", &last.id.to_string()),
                ("limit", &filter.limit.to_string()),
            ])
            .map_err(|_| ConsoleError::BadRequest("The filter cannot be encoded.".into()))?,
        ),
        _ => None,
    };
    crate::ui::page(&AuditPage {
        chrome: Chrome::new(&user, "audit"),
        action: filter.action.unwrap_or_default(),
        actor: filter.actor.unwrap_or_default(),
        subject: filter.subject.unwrap_or_default(),
        limit: filter.limit,
        rows: entries.iter().map(Row::of).collect(),
        older,
    })
}

#[derive(Template)]
#[template(path = "audit_verify.html")]
struct VerifyPage {
    chrome: Chrome,
    result: AuditVerification,
}

async fn verify_page(
    State(state): State<ConsoleState>,
    user: CurrentUser,
) -> Result<Response, ConsoleError> {
    user.require_child_safety()?;
    let result = state.store.verify_audit().await?;
    crate::ui::page(&VerifyPage {
        chrome: Chrome::new(&user, "audit"),
        result,
    })
}

/// Shared by the console's own tests of the audit, statistics and retention
/// pages: a store, a router and logged-in users without the login form.
#[cfg(test)]
pub(crate) mod test_support {
    use std::sync::Arc;

    use axum::body::Body;
    use axum::http::{Request, StatusCode};
    use lurewatch_store::{NewUser, Role, SessionRecord, SqliteStore, Store};
    use tower::ServiceExt;

    use crate::{ConsoleConfig, ConsoleState};

    /// A console over a fresh in-memory store.
    pub(crate) struct TestConsole {
        pub(crate) store: Arc<dyn Store>,
        router: axum::Router,
    }

    /// A logged-in user's cookie and CSRF token.
    pub(crate) struct Login {
        pub(crate) cookie: String,
        pub(crate) csrf: String,
    }

    impl TestConsole {
        pub(crate) async fn new() -> TestConsole {
            let store = SqliteStore::open_in_memory().await.unwrap();
            store.migrate().await.unwrap();
            let store: Arc<dyn Store> = Arc::new(store);
            let router = crate::router(ConsoleState::new(store.clone(), ConsoleConfig::default()));
            TestConsole { store, router }
        }

        /// Creates a user with this role and a session for them.
        pub(crate) async fn login(&self, name: &str, role: Role) -> Login {
            self.store
                .create_user(&NewUser {
                    name: name.into(),
                    password_hash: "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA".into(),
                    role,
                    queues: vec!["default".into()],
                    created: 0,
                })
                .await
                .unwrap();
            let token = format!("token-of-{name}");
            let csrf = format!("csrf-of-{name}");
            self.store
                .create_session(&SessionRecord {
                    token_hash: crate::auth::token_hash(&token),
                    user: name.into(),
                    csrf: csrf.clone(),
                    created: 0,
                    expires: i64::MAX / 2,
                })
                .await
                .unwrap();
            Login {
                cookie: format!("{}={token}", crate::auth::SESSION_COOKIE),
                csrf,
            }
        }

        /// GETs `path` (under the console) as `login` (or nobody).
        pub(crate) async fn get(
            &self,
            path: &str,
            login: Option<&Login>,
        ) -> (StatusCode, String, String) {
            let mut request = Request::get(path);
            if let Some(login) = login {
                request = request.header("cookie", &login.cookie);
            }
            self.send(request.body(Body::empty()).unwrap()).await
        }

        /// POSTs a form as `login`.
        pub(crate) async fn post(
            &self,
            path: &str,
            login: &Login,
            form: &[(&str, &str)],
        ) -> (StatusCode, String, String) {
            let body = serde_urlencoded::to_string(form).unwrap();
            let request = Request::post(path)
                .header("cookie", &login.cookie)
                .header("content-type", "application/x-www-form-urlencoded")
                .body(Body::from(body))
                .unwrap();
            self.send(request).await
        }

        /// Status, content type and body.
        async fn send(&self, request: Request<Body>) -> (StatusCode, String, String) {
            let response = self.router.clone().oneshot(request).await.unwrap();
            let status = response.status();
            let content_type = response
                .headers()
                .get("content-type")
                .and_then(|v| v.to_str().ok())
                .unwrap_or("")
                .to_string();
            let bytes = axum::body::to_bytes(response.into_body(), usize::MAX)
                .await
                .unwrap();
            (
                status,
                content_type,
                String::from_utf8(bytes.to_vec()).unwrap(),
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use axum::http::StatusCode;
    use lurewatch_store::{NewAuditEntry, Role};
    use serde_json::json;

    use super::test_support::TestConsole;

    async fn seed(console: &TestConsole) {
        for (actor, action, subject, detail) in [
            ("alice", "case.view", "case:1", json!({})),
            (
                "alice",
                "case.decide",
                "case:1",
                json!({"decision": "dismiss"}),
            ),
            (
                "bob",
                "case.view",
                "case:2",
                json!({"note": "<script>alert(1)</script>"}),
            ),
            ("bob", "media.reveal", "event:7", json!({"media": "m1"})),
        ] {
            console
                .store
                .append_audit(&NewAuditEntry {
                    actor: actor.into(),
                    action: action.into(),
                    subject: subject.into(),
                    detail,
                    ts: 1_764_400_000_000,
                })
                .await
                .unwrap();
        }
    }

    #[tokio::test]
    async fn only_child_safety_and_admins_read_the_log() {
        let console = TestConsole::new().await;
        seed(&console).await;
        let reviewer = console.login("rita", Role::Reviewer).await;
        let specialist = console.login("cara", Role::ChildSafety).await;
        let admin = console.login("adam", Role::Admin).await;

        let (status, _, _) = console.get("/audit", Some(&reviewer)).await;
        assert_eq!(status, StatusCode::FORBIDDEN);
        let (status, _, _) = console.get("/audit/verify", Some(&reviewer)).await;
        assert_eq!(status, StatusCode::FORBIDDEN);
        // Not logged in: sent to the login form.
        let (status, _, _) = console.get("/audit", None).await;
        assert!(status.is_redirection(), "{status}");

        for login in [&specialist, &admin] {
            let (status, content_type, body) = console.get("/audit", Some(login)).await;
            assert_eq!(status, StatusCode::OK);
            assert!(content_type.starts_with("text/html"));
            assert!(
                body.contains(r#"data-action="case.decide" data-subject="case:1""#),
                "{body}"
            );
            assert!(body.contains(r#"data-action="media.reveal" data-subject="event:7""#));
        }
    }

    #[tokio::test]
    async fn filters_page_and_escape() {
        let console = TestConsole::new().await;
        seed(&console).await;
        let admin = console.login("adam", Role::Admin).await;

        let (_, _, body) = console.get("/audit?actor=bob", Some(&admin)).await;
        assert_eq!(body.matches("<tr data-id=").count(), 2);
        // The detail is shown, escaped: no live markup.
        assert!(body.contains("alert(1)"));
        assert!(!body.contains("<script>"), "{body}");

        let (_, _, body) = console.get("/audit?action=case.decide", Some(&admin)).await;
        assert_eq!(body.matches("<tr data-id=").count(), 1);

        // Two per page, newest first; the older link leads on.
        let (_, _, body) = console.get("/audit?limit=2", Some(&admin)).await;
        assert!(body.contains(r#"<tr data-id="4""#) && body.contains(r#"<tr data-id="3""#));
        assert!(body.contains("before=3"), "{body}");
        let (_, _, body) = console.get("/audit?limit=2&before=3", Some(&admin)).await;
        assert!(body.contains(r#"<tr data-id="2""#) && body.contains(r#"<tr data-id="1""#));
        assert!(!body.contains("before=1"));

        for bad in ["/audit?limit=0", "/audit?limit=x", "/audit?before=-1"] {
            let (status, _, _) = console.get(bad, Some(&admin)).await;
            assert_eq!(status, StatusCode::BAD_REQUEST, "{bad}");
        }
    }

    #[tokio::test]
    async fn verify_page_reports_the_chain() {
        let console = TestConsole::new().await;
        seed(&console).await;
        let admin = console.login("adam", Role::Admin).await;
        let (status, _, body) = console.get("/audit/verify", Some(&admin)).await;
        assert_eq!(status, StatusCode::OK);
        assert!(body.contains("data-chain=\"ok\""), "{body}");
        assert!(body.contains("4 entries"), "{body}");
    }
}
