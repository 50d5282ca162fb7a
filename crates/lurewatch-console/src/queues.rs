//! Queues: the overview of the queues a reviewer works, with SLA timers;
//! one queue's cases by priority then age; claim next / claim this,
//! release, reassign (admins).
//!
//! Visibility: a reviewer sees the queues granted to them (admins every
//! queue), and never a child-safety case without the `child_safety` or
//! `admin` role: such cases are left out of lists and counts, `claim next`
//! never hands them out, and their ids answer 404.

use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use lurewatch_store::{Case, CaseId, Claim, ClaimScope, QueueEntry, ReviewDecisionKind, Role};
use serde::Deserialize;

use crate::auth::CurrentUser;
use crate::error::ConsoleError;
use crate::ui::{Chrome, format_duration};
use crate::{BASE_PATH, ConsoleConfig, ConsoleState, now_ms};

/// Most cases listed per queue.
const QUEUE_PAGE: usize = 200;

pub(crate) fn routes() -> Router<ConsoleState> {
    Router::new()
        .route("/queues", get(overview))
        .route("/queues/{queue}", get(queue_page))
        .route("/queues/{queue}/next", post(claim_next_in_queue))
        .route("/next", post(claim_next_anywhere))
        .route("/cases/{id}/claim", post(claim))
        .route("/cases/{id}/release", post(release))
        .route("/cases/{id}/reassign", post(reassign))
}

/// A case the user may see, with its claim; 404 otherwise (the same answer
/// as for a case that does not exist, so nothing leaks).
pub(crate) async fn visible_case(
    state: &ConsoleState,
    user: &CurrentUser,
    id: i64,
) -> Result<(Case, Option<Claim>), ConsoleError> {
    let Some(case) = state.store.case(CaseId(id)).await? else {
        return Err(ConsoleError::no_case());
    };
    let claim = state.store.case_claim(case.id).await?;
    let holder = claim.as_ref().map(|c| c.reviewer.as_str());
    if !user.may_see_case(&case.queue, case.child_safety, holder) {
        return Err(ConsoleError::no_case());
    }
    Ok((case, claim))
}

/// How a case stands against its queue's SLA.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Sla {
    /// `ok`, `warn` (past 75 %) or `breach`.
    pub state: &'static str,
    /// `due in 3h 05m` or `overdue by 12m`.
    pub text: String,
    /// The SLA itself (`24h 00m`).
    pub limit: String,
}

pub(crate) fn sla(config: &ConsoleConfig, queue: &str, created: i64, now: i64) -> Sla {
    let limit = config.sla_ms(queue);
    let age = now.saturating_sub(created).max(0);
    let left = limit.saturating_sub(age);
    let state = if left < 0 {
        "breach"
    } else if age.saturating_mul(4) >= limit.saturating_mul(3) {
        "warn"
    } else {
        "ok"
    };
    let text = if left < 0 {
        format!("overdue by {}", format_duration(-left))
    } else {
        format!("due in {}", format_duration(left))
    };
    Sla {
        state,
        text,
        limit: format_duration(limit),
    }
}

/// A case row of a list.
pub(crate) struct CaseRow {
    pub id: i64,
    pub subject: String,
    pub queue: String,
    pub priority: i32,
    pub child_safety: bool,
    pub age: String,
    pub sla: Sla,
    pub claimed_by: Option<String>,
    pub mine: bool,
    pub events: u64,
    pub targets: u64,
}

fn case_row(config: &ConsoleConfig, user: &CurrentUser, entry: &QueueEntry, now: i64) -> CaseRow {
    let c = &entry.case;
    CaseRow {
        id: c.id.0,
        subject: c.subject.clone(),
        queue: c.queue.clone(),
        priority: c.priority,
        child_safety: c.child_safety,
        age: format_duration(now - c.created),
        sla: sla(config, &c.queue, c.created, now),
        claimed_by: entry.claim.as_ref().map(|c| c.reviewer.clone()),
        mine: entry
            .claim
            .as_ref()
            .is_some_and(|c| c.reviewer == user.name),
        events: c.events,
        targets: c.targets,
    }
}

struct QueueRow {
    name: String,
    open: usize,
    unclaimed: usize,
    oldest: String,
    sla: Sla,
}

#[derive(Template)]
#[template(path = "queues.html")]
struct OverviewPage {
    chrome: Chrome,
    queues: Vec<QueueRow>,
    cases: Vec<CaseRow>,
    notice: Option<String>,
}

/// The queues the user works: granted ones (admins: every queue with open
/// cases too), sorted.
async fn user_queues(
    state: &ConsoleState,
    user: &CurrentUser,
) -> Result<Vec<String>, ConsoleError> {
    let mut queues = user.queues.clone();
    if user.is_admin() {
        queues.extend(
            state
                .store
                .queue_stats()
                .await?
                .into_iter()
                .map(|s| s.queue),
        );
    }
    queues.sort();
    queues.dedup();
    Ok(queues)
}

/// Open cases of a queue that the user may see.
async fn visible_entries(
    state: &ConsoleState,
    user: &CurrentUser,
    queue: &str,
) -> Result<Vec<QueueEntry>, ConsoleError> {
    let entries = state.store.queue_cases(queue, QUEUE_PAGE).await?;
    Ok(entries
        .into_iter()
        .filter(|e| !e.case.child_safety || user.sees_child_safety())
        .collect())
}

#[derive(Debug, Deserialize)]
struct NoticeQuery {
    #[serde(default)]
    empty: Option<String>,
    #[serde(default)]
    decided: Option<i64>,
    #[serde(default)]
    decision: Option<String>,
}

async fn overview(
    State(state): State<ConsoleState>,
    user: CurrentUser,
    axum::extract::Query(query): axum::extract::Query<NoticeQuery>,
) -> Result<Response, ConsoleError> {
    let now = now_ms();
    let mut queues = Vec::new();
    for name in user_queues(&state, &user).await? {
        let entries = visible_entries(&state, &user, &name).await?;
        let oldest = entries.iter().map(|e| e.case.created).min();
        queues.push(QueueRow {
            open: entries.len(),
            unclaimed: entries.iter().filter(|e| e.claim.is_none()).count(),
            oldest: oldest.map_or_else(|| "—".into(), |t| format_duration(now - t)),
            sla: sla(&state.config, &name, oldest.unwrap_or(now), now),
            name,
        });
    }
    let cases = state
        .store
        .claimed_cases(&user.name)
        .await?
        .iter()
        .filter(|e| !e.case.child_safety || user.sees_child_safety())
        .map(|e| case_row(&state.config, &user, e, now))
        .collect();
    let notice = match (
        query.decided,
        query
            .decision
            .as_deref()
            .and_then(ReviewDecisionKind::parse),
    ) {
        (Some(case), Some(kind)) => Some(format!(
            "Case {case}: decision recorded ({}).",
            kind.as_str()
        )),
        _ => query
            .empty
            .map(|_| "Nothing to claim: no unclaimed case in your queues.".to_string()),
    };
    crate::ui::page(&OverviewPage {
        chrome: Chrome::new(&user, "queues"),
        queues,
        cases,
        notice,
    })
}

#[derive(Template)]
#[template(path = "queue.html")]
struct QueuePage {
    chrome: Chrome,
    queue: String,
    sla_limit: String,
    cases: Vec<CaseRow>,
}

async fn queue_page(
    State(state): State<ConsoleState>,
    user: CurrentUser,
    Path(queue): Path<String>,
) -> Result<Response, ConsoleError> {
    if !user.works_queue(&queue) {
        return Err(ConsoleError::NotFound("No such queue.".into()));
    }
    let now = now_ms();
    let cases = visible_entries(&state, &user, &queue)
        .await?
        .iter()
        .map(|e| case_row(&state.config, &user, e, now))
        .collect();
    crate::ui::page(&QueuePage {
        chrome: Chrome::new(&user, "queues"),
        sla_limit: format_duration(state.config.sla_ms(&queue)),
        queue,
        cases,
    })
}

async fn audit(
    state: &ConsoleState,
    user: &CurrentUser,
    action: &str,
    case: CaseId,
    detail: serde_json::Value,
) {
    let entry = user.audit_entry(action, format!("case:{case}"), detail);
    if let Err(error) = state.store.append_audit(&entry).await {
        tracing::error!(error = %error, action, "console: audit append failed");
    }
}

async fn claim_next_in(
    state: &ConsoleState,
    user: &CurrentUser,
    queues: Vec<String>,
) -> Result<Response, ConsoleError> {
    let scope = ClaimScope {
        queues,
        child_safety: user.sees_child_safety(),
    };
    match state.store.claim_next(&scope, &user.name, now_ms()).await? {
        Some(id) => {
            audit(
                state,
                user,
                "case.claim",
                id,
                serde_json::json!({"next": true}),
            )
            .await;
            Ok(Redirect::to(&format!("{BASE_PATH}/cases/{id}")).into_response())
        }
        None => Ok(Redirect::to(&format!("{BASE_PATH}/queues?empty=1")).into_response()),
    }
}

async fn claim_next_in_queue(
    State(state): State<ConsoleState>,
    user: CurrentUser,
    Path(queue): Path<String>,
) -> Result<Response, ConsoleError> {
    if !user.works_queue(&queue) {
        return Err(ConsoleError::NotFound("No such queue.".into()));
    }
    claim_next_in(&state, &user, vec![queue]).await
}

async fn claim_next_anywhere(
    State(state): State<ConsoleState>,
    user: CurrentUser,
) -> Result<Response, ConsoleError> {
    let queues = user_queues(&state, &user).await?;
    claim_next_in(&state, &user, queues).await
}

async fn claim(
    State(state): State<ConsoleState>,
    user: CurrentUser,
    Path(id): Path<i64>,
) -> Result<Response, ConsoleError> {
    let (case, claim) = visible_case(&state, &user, id).await?;
    if let Some(claim) = claim.filter(|c| c.reviewer != user.name) {
        return Err(ConsoleError::Conflict(format!(
            "Case {id} is already claimed by {}.",
            claim.reviewer
        )));
    }
    state
        .store
        .claim_case(case.id, &user.name, now_ms())
        .await?;
    audit(&state, &user, "case.claim", case.id, serde_json::json!({})).await;
    Ok(Redirect::to(&format!("{BASE_PATH}/cases/{id}")).into_response())
}

async fn release(
    State(state): State<ConsoleState>,
    user: CurrentUser,
    Path(id): Path<i64>,
) -> Result<Response, ConsoleError> {
    let (case, claim) = visible_case(&state, &user, id).await?;
    let Some(claim) = claim else {
        return Ok(Redirect::to(&format!("{BASE_PATH}/cases/{id}")).into_response());
    };
    if claim.reviewer != user.name && !user.is_admin() {
        return Err(ConsoleError::Conflict(format!(
            "Case {id} is claimed by {}; only they or an admin can release it.",
            claim.reviewer
        )));
    }
    let only = (!user.is_admin()).then_some(user.name.as_str());
    state.store.release_case(case.id, only).await?;
    audit(
        &state,
        &user,
        "case.release",
        case.id,
        serde_json::json!({"holder": claim.reviewer}),
    )
    .await;
    Ok(Redirect::to(&format!("{BASE_PATH}/queues")).into_response())
}

#[derive(Debug, Deserialize)]
struct ReassignForm {
    to: String,
}

async fn reassign(
    State(state): State<ConsoleState>,
    user: CurrentUser,
    Path(id): Path<i64>,
    axum::Form(form): axum::Form<ReassignForm>,
) -> Result<Response, ConsoleError> {
    let (case, claim) = visible_case(&state, &user, id).await?;
    user.require_admin()?;
    let to = form.to.trim();
    let Some(target) = state.store.user(to).await? else {
        return Err(ConsoleError::BadRequest(format!(
            "There is no user named {to:?}."
        )));
    };
    if target.disabled {
        return Err(ConsoleError::BadRequest(format!(
            "User {to:?} is disabled."
        )));
    }
    if case.child_safety && !target.role.sees_child_safety() {
        return Err(ConsoleError::BadRequest(format!(
            "User {to:?} may not see child-safety cases (role {}).",
            target.role.as_str()
        )));
    }
    if target.role != Role::Admin && !target.queues.contains(&case.queue) {
        return Err(ConsoleError::BadRequest(format!(
            "User {to:?} does not work the queue {:?}.",
            case.queue
        )));
    }
    state.store.reassign_case(case.id, to, now_ms()).await?;
    audit(
        &state,
        &user,
        "case.reassign",
        case.id,
        serde_json::json!({"from": claim.map(|c| c.reviewer), "to": to}),
    )
    .await;
    Ok(Redirect::to(&format!("{BASE_PATH}/cases/{id}")).into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sla_states() {
        let config = ConsoleConfig::default();
        let hour = 3_600_000;
        assert_eq!(config.sla_ms("child_safety_urgent"), hour);
        assert_eq!(config.sla_ms("trafficking"), 24 * hour);
        let fresh = sla(&config, "trafficking", 0, hour);
        assert_eq!((fresh.state, fresh.text.as_str()), ("ok", "due in 23h 00m"));
        assert_eq!(sla(&config, "trafficking", 0, 19 * hour).state, "warn");
        let late = sla(&config, "child_safety_urgent", 0, hour + 12 * 60_000);
        assert_eq!(
            (late.state, late.text.as_str()),
            ("breach", "overdue by 12m")
        );
        let custom = ConsoleConfig {
            sla_minutes: [("trafficking".to_string(), 120)].into_iter().collect(),
            ..ConsoleConfig::default()
        };
        assert_eq!(custom.sla_ms("trafficking"), 2 * hour);
    }
}
