//! Retention and evidence preservation.
//!
//! * The background purge ([`run`], started by `spawn_background`): every
//!   `interval_minutes` it asks the store to delete events (and media no
//!   remaining event refers to) older than `events_days`, labels expired
//!   more than `labels_days` ago, counter buckets older than
//!   `counters_days`, given-up outbox jobs older than `dead_jobs_days`, and
//!   expired console sessions. The store never deletes anything under a live
//!   preservation hold or belonging to an open case, and audits each batch
//!   as `retention.purge` by `system:retention` in the same transaction.
//!   Only counts are logged.
//! * The page `/console/retention` (child-safety and admin roles): the live
//!   preservation holds, a form to place one (e.g. on a legal request; NCMEC
//!   reports place theirs automatically) and a form to extend one. Holds are
//!   never shortened or removed; they expire at their `until`. Both actions
//!   are audited by the store (`hold.add`, `hold.extend`).

use std::sync::Arc;
use std::time::Duration;

use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use lurewatch_store::{Hold, NewHold, PRESERVATION_PERIOD_MS, PurgePolicy, Store};
use serde::Deserialize;

use crate::auth::CurrentUser;
use crate::error::ConsoleError;
use crate::ui::{Chrome, format_ts};
use crate::{BASE_PATH, ConsoleState, RetentionConfig, now_ms};

/// Milliseconds in a day.
const DAY_MS: i64 = 24 * 60 * 60 * 1000;
/// Delay before the first purge after start (let the service settle).
const FIRST_RUN_DELAY: Duration = Duration::from_secs(60);
/// The audit actor of the purge.
pub const PURGE_ACTOR: &str = "system:retention";

fn days_ms(days: u64) -> i64 {
    i64::try_from(days)
        .unwrap_or(i64::MAX / DAY_MS)
        .saturating_mul(DAY_MS)
}

/// The purge policy of `config` at `now`. Zero periods that would delete
/// everything just received (events, counters) are raised to one day.
pub(crate) fn policy(config: &RetentionConfig, now: i64) -> PurgePolicy {
    PurgePolicy {
        now,
        events_before: now.saturating_sub(days_ms(config.events_days.max(1))),
        labels_expired_before: now.saturating_sub(days_ms(config.labels_days)),
        counters_before: now.saturating_sub(days_ms(config.counters_days.max(1))),
        dead_jobs_before: now.saturating_sub(days_ms(config.dead_jobs_days)),
        batch: config.batch.max(1),
        actor: PURGE_ACTOR.to_string(),
    }
}

/// One purge at `now`; errors are logged, never fatal.
pub(crate) async fn run_once(store: &dyn Store, config: &RetentionConfig, now: i64) {
    match store.purge(&policy(config, now)).await {
        Ok(counts) if counts.is_empty() => tracing::debug!("retention purge: nothing to delete"),
        Ok(counts) => tracing::info!(
            events = counts.events,
            case_links = counts.case_links,
            labels = counts.labels,
            counters = counts.counters,
            jobs = counts.jobs,
            media = counts.media,
            "retention purge"
        ),
        Err(error) => {
            tracing::warn!(error = %error, "retention purge failed; retrying next interval")
        }
    }
    match store.purge_sessions(now).await {
        Ok(0) => {}
        Ok(sessions) => tracing::debug!(sessions, "expired console sessions removed"),
        Err(error) => tracing::warn!(error = %error, "removing expired sessions failed"),
    }
}

/// The purge loop, until `shutdown`.
pub(crate) async fn run(
    store: Arc<dyn Store>,
    config: RetentionConfig,
    shutdown: tokio_util::sync::CancellationToken,
) {
    let interval = Duration::from_secs(config.interval_minutes.max(1).saturating_mul(60));
    tracing::info!(
        events_days = config.events_days,
        interval_minutes = config.interval_minutes.max(1),
        "retention purge scheduled"
    );
    let mut delay = FIRST_RUN_DELAY.min(interval);
    loop {
        tokio::select! {
            () = shutdown.cancelled() => return,
            () = tokio::time::sleep(delay) => {}
        }
        // A purge in progress finishes its batch (one transaction) even when
        // shutdown is asked for; the next select returns at once.
        run_once(store.as_ref(), &config, now_ms()).await;
        delay = interval;
    }
}

// ------------------------------------------------------------------ page

pub(crate) fn routes() -> Router<ConsoleState> {
    Router::new()
        .route("/retention", get(retention_page))
        .route("/retention/holds", post(place_hold))
        .route("/retention/holds/{id}/extend", post(extend_hold))
}

struct HoldRow {
    id: i64,
    subject: String,
    reason: String,
    created_by: String,
    created: String,
    until: String,
    until_date: String,
}

#[derive(Template)]
#[template(path = "retention.html")]
struct RetentionPage {
    chrome: Chrome,
    holds: Vec<HoldRow>,
    default_until: String,
}

/// `YYYY-MM-DD` of a time.
fn date_of(ms: i64) -> String {
    let format = time::macros::format_description!("[year]-[month]-[day]");
    time::OffsetDateTime::from_unix_timestamp_nanos(i128::from(ms) * 1_000_000)
        .ok()
        .and_then(|t| t.format(&format).ok())
        .unwrap_or_default()
}

/// The end of a `YYYY-MM-DD` day (UTC), i.e. the next midnight: a hold
/// "until 2027-06-01" keeps content through that whole day.
fn end_of_day(date: &str) -> Result<i64, ConsoleError> {
    let format = time::macros::format_description!("[year]-[month]-[day]");
    let day = time::Date::parse(date.trim(), &format)
        .map_err(|_| ConsoleError::BadRequest("until: a date as YYYY-MM-DD.".into()))?;
    let start = day.midnight().assume_utc().unix_timestamp();
    Ok((start + 86_400) * 1000)
}

async fn retention_page(
    State(state): State<ConsoleState>,
    user: CurrentUser,
) -> Result<Response, ConsoleError> {
    user.require_child_safety()?;
    let now = now_ms();
    let holds = state.store.live_holds(now).await?;
    crate::ui::page(&RetentionPage {
        chrome: Chrome::new(&user, "audit"),
        holds: holds.iter().map(hold_row).collect(),
        default_until: date_of(now + PRESERVATION_PERIOD_MS),
    })
}

fn hold_row(hold: &Hold) -> HoldRow {
    HoldRow {
        id: hold.id,
        subject: hold.subject.clone(),
        reason: hold.reason.clone(),
        created_by: hold.created_by.clone(),
        created: format_ts(hold.created),
        until: format_ts(hold.until),
        until_date: date_of(hold.until - 1),
    }
}

#[derive(Debug, Deserialize)]
struct HoldForm {
    subject: String,
    reason: String,
    until: String,
}

async fn place_hold(
    State(state): State<ConsoleState>,
    user: CurrentUser,
    axum::Form(form): axum::Form<HoldForm>,
) -> Result<Response, ConsoleError> {
    user.require_child_safety()?;
    let now = now_ms();
    state
        .store
        .add_hold(&NewHold {
            subject: form.subject.trim().to_string(),
            reason: form.reason.trim().to_string(),
            until: end_of_day(&form.until)?,
            actor: user.name.clone(),
            now,
        })
        .await?;
    Ok(Redirect::to(&format!("{BASE_PATH}/retention")).into_response())
}

#[derive(Debug, Deserialize)]
struct ExtendForm {
    until: String,
}

async fn extend_hold(
    State(state): State<ConsoleState>,
    user: CurrentUser,
    Path(id): Path<i64>,
    axum::Form(form): axum::Form<ExtendForm>,
) -> Result<Response, ConsoleError> {
    user.require_child_safety()?;
    state
        .store
        .extend_hold(id, end_of_day(&form.until)?, &user.name, now_ms())
        .await?;
    Ok(Redirect::to(&format!("{BASE_PATH}/retention")).into_response())
}

#[cfg(test)]
mod tests {
    use axum::http::StatusCode;
    use lurewatch_core::EventKind;
    use lurewatch_store::{AuditFilter, NewEvent, Role};
    use serde_json::json;

    use super::*;
    use crate::audit::test_support::TestConsole;

    #[test]
    fn policy_from_config() {
        let config = RetentionConfig::default();
        let now = 1_000 * DAY_MS;
        let p = policy(&config, now);
        assert_eq!(p.events_before, now - 90 * DAY_MS);
        assert_eq!(p.labels_expired_before, now - 30 * DAY_MS);
        assert_eq!(p.counters_before, now - 90 * DAY_MS);
        assert_eq!(p.dead_jobs_before, now - 30 * DAY_MS);
        assert_eq!(p.actor, PURGE_ACTOR);
        // Zero would delete what just arrived: at least a day.
        let zero = RetentionConfig {
            events_days: 0,
            counters_days: 0,
            batch: 0,
            ..config
        };
        let p = policy(&zero, now);
        assert_eq!(p.events_before, now - DAY_MS);
        assert_eq!(p.counters_before, now - DAY_MS);
        assert_eq!(p.batch, 1);
        // Huge values don't overflow.
        let huge = RetentionConfig {
            events_days: u64::MAX,
            ..RetentionConfig::default()
        };
        assert!(policy(&huge, now).events_before <= now);
    }

    #[test]
    fn config_fills_defaults_and_refuses_unknown_keys() {
        let partial: RetentionConfig =
            serde_json::from_value(json!({"events_days": 30, "interval_minutes": 5})).unwrap();
        assert_eq!(
            partial,
            RetentionConfig {
                events_days: 30,
                interval_minutes: 5,
                ..RetentionConfig::default()
            }
        );
        assert!(serde_json::from_value::<RetentionConfig>(json!({"event_days": 30})).is_err());
    }

    #[test]
    fn dates_parse_to_the_end_of_the_day() {
        assert_eq!(end_of_day("1970-01-01").unwrap(), DAY_MS);
        assert_eq!(date_of(DAY_MS - 1), "1970-01-01");
        for bad in ["", "tomorrow", "2026-13-01", "2026-02-30"] {
            assert!(end_of_day(bad).is_err(), "{bad}");
        }
    }

    #[tokio::test]
    async fn background_purge_runs_and_stops() {
        let console = TestConsole::new().await;
        let now = now_ms();
        let message = |received: i64| NewEvent {
            dedupe_key: None,
            kind: EventKind::Message,
            actor: "u1".into(),
            conversation: Some("c1".into()),
            ts: received,
            received,
            envelope: json!({"type": "message", "conversation": "c1", "sender": "u1",
                "recipients": ["u2"], "text": "hello"}),
        };
        let seqs: Vec<i64> = console
            .store
            .append_events(&[message(now - 200 * DAY_MS), message(now - DAY_MS)])
            .await
            .unwrap()
            .iter()
            .map(|a| a.seq())
            .collect();
        run_once(console.store.as_ref(), &RetentionConfig::default(), now).await;
        assert!(console.store.event(seqs[0]).await.unwrap().is_none());
        assert!(console.store.event(seqs[1]).await.unwrap().is_some());
        let purges = console
            .store
            .audit_search(&AuditFilter {
                action: Some("retention.purge".into()),
                ..AuditFilter::default()
            })
            .await
            .unwrap();
        assert_eq!(purges.len(), 1);
        assert_eq!(purges[0].entry.actor, PURGE_ACTOR);
        assert_eq!(purges[0].entry.detail["events"], 1);

        // The spawned loop ends when told to.
        let shutdown = tokio_util::sync::CancellationToken::new();
        let handles = crate::spawn_background(
            console.store.clone(),
            RetentionConfig::default(),
            shutdown.clone(),
        );
        assert_eq!(handles.len(), 1);
        shutdown.cancel();
        for handle in handles {
            tokio::time::timeout(Duration::from_secs(5), handle)
                .await
                .expect("the purge loop stops on shutdown")
                .unwrap();
        }
        let disabled = RetentionConfig {
            enabled: false,
            ..RetentionConfig::default()
        };
        assert!(crate::spawn_background(console.store.clone(), disabled, shutdown).is_empty());
    }

    #[tokio::test]
    async fn holds_are_placed_and_extended_from_the_page() {
        let console = TestConsole::new().await;
        let reviewer = console.login("rita", Role::Reviewer).await;
        let specialist = console.login("cara", Role::ChildSafety).await;

        let (status, _, _) = console.get("/retention", Some(&reviewer)).await;
        assert_eq!(status, StatusCode::FORBIDDEN);
        let form = [
            ("csrf", reviewer.csrf.as_str()),
            ("subject", "case:1"),
            ("reason", "legal_request"),
            ("until", "2099-01-01"),
        ];
        let (status, _, _) = console.post("/retention/holds", &reviewer, &form).await;
        assert_eq!(status, StatusCode::FORBIDDEN);

        let (status, _, _) = console
            .post(
                "/retention/holds",
                &specialist,
                &[
                    ("csrf", specialist.csrf.as_str()),
                    ("subject", "case:1"),
                    ("reason", "legal_request"),
                    ("until", "2099-01-01"),
                ],
            )
            .await;
        assert!(status.is_redirection(), "{status}");
        let holds = console.store.holds_of("case:1").await.unwrap();
        assert_eq!(holds.len(), 1);
        assert_eq!(holds[0].created_by, "cara");
        assert_eq!(date_of(holds[0].until - 1), "2099-01-01");

        let (_, _, body) = console.get("/retention", Some(&specialist)).await;
        assert!(
            body.contains("case:1") && body.contains("legal_request"),
            "{body}"
        );

        let extend = format!("/retention/holds/{}/extend", holds[0].id);
        let (status, _, _) = console
            .post(
                &extend,
                &specialist,
                &[("csrf", specialist.csrf.as_str()), ("until", "2100-06-30")],
            )
            .await;
        assert!(status.is_redirection());
        assert_eq!(
            date_of(console.store.holds_of("case:1").await.unwrap()[0].until - 1),
            "2100-06-30"
        );
        // Never shortened; bad subjects and dates refused.
        for (path, form) in [
            (extend.as_str(), vec![("until", "2099-01-01")]),
            (extend.as_str(), vec![("until", "soon")]),
            (
                "/retention/holds",
                vec![
                    ("subject", "user:1"),
                    ("reason", "x"),
                    ("until", "2099-01-01"),
                ],
            ),
        ] {
            let mut form = form;
            form.push(("csrf", specialist.csrf.as_str()));
            let (status, _, _) = console.post(path, &specialist, &form).await;
            assert_eq!(status, StatusCode::BAD_REQUEST, "{path} {form:?}");
        }
        // A forged CSRF token is refused before anything happens.
        let (status, _, _) = console
            .post(
                &extend,
                &specialist,
                &[("csrf", "forged"), ("until", "2200-01-01")],
            )
            .await;
        assert_eq!(status, StatusCode::FORBIDDEN);

        let audited: Vec<String> = console
            .store
            .audit_search(&AuditFilter {
                subject: Some("case:1".into()),
                ..AuditFilter::default()
            })
            .await
            .unwrap()
            .into_iter()
            .map(|e| format!("{} {}", e.entry.actor, e.entry.action))
            .collect();
        assert_eq!(audited, vec!["cara hold.extend", "cara hold.add"]);
    }
}
