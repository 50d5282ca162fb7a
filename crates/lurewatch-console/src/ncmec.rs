//! NCMEC CyberTipline drafting, `/console/ncmec` (child-safety and admin
//! users only; others get 403).
//!
//! * `/ncmec` lists the open cases sent to the `ncmec` queue and every
//!   report with its state, NCMEC's report id and NCMEC's last answer in
//!   words (e.g. "4100 (validation failed: the report does not match NCMEC's
//!   schema)").
//! * `/ncmec/case/{id}` shows the case's report: a prefilled draft built
//!   from the case (`lurewatch_ncmec::case::draft_from_case`) with its
//!   warnings, or the stored report with every request and answer. A
//!   specialist edits the incident type, escalation, annotations and
//!   additional information and submits: the edit is validated (errors
//!   name the field) and the report is queued for the submission worker.
//!   Drafts, queued, failed and open reports can be withdrawn.
//!
//! Every submission and retraction is audited by `lurewatch_ncmec`
//! (`ncmec.queue`, `ncmec.retract_request`). The drafting settings (reporter,
//! platform) are those of `[ncmec]`, handed over by the server at start
//! (`ConsoleState::ncmec`, the service's `[ncmec]` section).

use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use lurewatch_ncmec::case::{DraftError, DraftOptions, draft_from_case};
use lurewatch_ncmec::model::{IncidentType, Report};
use lurewatch_ncmec::submit::{
    QueueError, StoredDraft, queue_for_submission, request_retraction, save_draft,
};
use lurewatch_store::{CaseFilter, CaseId, CaseStatus, NCMEC_QUEUE, NcmecStatus, StoreError};
use serde::Deserialize;

use crate::auth::CurrentUser;
use crate::error::ConsoleError;
use crate::ui::{Chrome, format_ts};
use crate::{BASE_PATH, ConsoleState, now_ms};

/// Longest free text accepted from the form.
const MAX_TEXT: usize = 20_000;

pub(crate) fn routes() -> Router<ConsoleState> {
    Router::new()
        .route("/ncmec", get(list_page))
        .route("/ncmec/case/{id}", get(case_page))
        .route("/ncmec/case/{id}/submit", post(submit))
        .route("/ncmec/reports/{id}/retract", post(retract))
}

struct CaseRow {
    id: i64,
    subject: String,
    updated: String,
}

struct ReportRow {
    id: i64,
    case_id: i64,
    status: &'static str,
    ncmec_id: String,
    last_answer: String,
    error: String,
}

#[derive(Template)]
#[template(path = "ncmec.html")]
struct ListPage {
    chrome: Chrome,
    cases: Vec<CaseRow>,
    reports: Vec<ReportRow>,
}

struct Exchange {
    when: String,
    endpoint: String,
    outcome: String,
}

struct TypeOption {
    value: &'static str,
    selected: bool,
}

#[derive(Template)]
#[template(path = "ncmec_case.html")]
struct CasePage {
    chrome: Chrome,
    case_id: i64,
    subject: String,
    /// `None` when there is no report yet.
    report_id: Option<i64>,
    status: String,
    editable: bool,
    retractable: bool,
    configured: bool,
    problem: Option<String>,
    warnings: Vec<String>,
    types: Vec<TypeOption>,
    escalate: String,
    sextortion: bool,
    csam_solicitation: bool,
    additional_info: String,
    victims: Vec<String>,
    chats: usize,
    files: Vec<String>,
    exchanges: Vec<Exchange>,
    ncmec_id: String,
    last_error: String,
}

async fn list_page(
    State(state): State<ConsoleState>,
    user: CurrentUser,
) -> Result<Response, ConsoleError> {
    user.require_child_safety()?;
    let cases = state
        .store
        .cases(&CaseFilter {
            status: Some(CaseStatus::Open),
            queue: Some(NCMEC_QUEUE.to_string()),
            limit: 200,
            ..CaseFilter::default()
        })
        .await?;
    let mut reports = Vec::new();
    for r in state.store.ncmec_reports(None, 200).await? {
        let last_answer = state
            .store
            .ncmec_exchanges(r.id)
            .await?
            .last()
            .map(|e| format!("{}: {}", e.endpoint, e.description))
            .unwrap_or_default();
        reports.push(ReportRow {
            id: r.id,
            case_id: r.case_id.0,
            status: r.status.as_str(),
            ncmec_id: r
                .ncmec_report_id
                .map_or_else(String::new, |id| id.to_string()),
            last_answer,
            error: r.last_error.unwrap_or_default(),
        });
    }
    crate::ui::page(&ListPage {
        chrome: Chrome::new(&user, "ncmec"),
        cases: cases
            .iter()
            .map(|c| CaseRow {
                id: c.id.0,
                subject: c.subject.clone(),
                updated: format_ts(c.updated),
            })
            .collect(),
        reports,
    })
}

fn type_options(selected: IncidentType) -> Vec<TypeOption> {
    IncidentType::ALL
        .iter()
        .map(|t| TypeOption {
            value: t.as_str(),
            selected: *t == selected,
        })
        .collect()
}

fn fill_from_report(page: &mut CasePage, report: &Report) {
    let s = &report.incident_summary;
    page.types = type_options(s.incident_type);
    page.escalate = s.escalate_to_high_priority.clone().unwrap_or_default();
    page.sextortion = s.report_annotations.sextortion;
    page.csam_solicitation = s.report_annotations.csam_solicitation;
    page.additional_info = report.additional_info.clone().unwrap_or_default();
    page.victims = report
        .victim
        .iter()
        .map(|v| {
            let id = v.identity.esp_identifier.clone().unwrap_or_default();
            match v.person.age {
                Some(age) => format!("{id} (age {age})"),
                None => format!("{id} (age unknown)"),
            }
        })
        .collect();
    page.chats = report.internet_details.len();
}

async fn case_page(
    State(state): State<ConsoleState>,
    user: CurrentUser,
    Path(id): Path<i64>,
) -> Result<Response, ConsoleError> {
    user.require_child_safety()?;
    let case = state
        .store
        .case(CaseId(id))
        .await?
        .ok_or_else(ConsoleError::no_case)?;
    let config = state.ncmec.clone();
    let mut page = CasePage {
        chrome: Chrome::new(&user, "ncmec"),
        case_id: id,
        subject: case.subject.clone(),
        report_id: None,
        status: "not drafted".into(),
        editable: false,
        retractable: false,
        configured: config.is_some(),
        problem: None,
        warnings: Vec::new(),
        types: type_options(IncidentType::OnlineEnticement),
        escalate: String::new(),
        sextortion: false,
        csam_solicitation: false,
        additional_info: String::new(),
        victims: Vec::new(),
        chats: 0,
        files: Vec::new(),
        exchanges: Vec::new(),
        ncmec_id: String::new(),
        last_error: String::new(),
    };
    match state.store.ncmec_report_of_case(CaseId(id)).await? {
        Some(report) => {
            page.report_id = Some(report.id);
            page.status = report.status.as_str().to_string();
            page.editable = matches!(report.status, NcmecStatus::Draft | NcmecStatus::Failed);
            page.retractable = matches!(
                report.status,
                NcmecStatus::Draft
                    | NcmecStatus::Queued
                    | NcmecStatus::Failed
                    | NcmecStatus::Submitted
            );
            page.ncmec_id = report
                .ncmec_report_id
                .map_or_else(String::new, |i| i.to_string());
            page.last_error = report.last_error.clone().unwrap_or_default();
            if let Ok(draft) = serde_json::from_value::<StoredDraft>(report.draft.clone()) {
                fill_from_report(&mut page, &draft.report);
                page.warnings = draft.warnings;
            }
            page.files = state
                .store
                .ncmec_report_files(report.id)
                .await?
                .iter()
                .map(|f| {
                    let progress = match (&f.ncmec_file_id, f.info_sent) {
                        (_, true) => "described",
                        (Some(_), false) => "uploaded",
                        (None, _) => "not sent",
                    };
                    format!("{} ({} bytes, {progress})", f.file_name, f.content.len())
                })
                .collect();
            page.exchanges = state
                .store
                .ncmec_exchanges(report.id)
                .await?
                .into_iter()
                .map(|e| Exchange {
                    when: format_ts(e.ts),
                    endpoint: e.endpoint,
                    outcome: e.description,
                })
                .collect();
        }
        None => match &config {
            None => {
                page.problem = Some(
                    "NCMEC reporting is not configured: add an [ncmec] section with the reporter \
                     to the service config."
                        .into(),
                );
            }
            Some(config) => {
                page.editable = true;
                match draft_from_case(
                    state.store.as_ref(),
                    CaseId(id),
                    config,
                    &DraftOptions::default(),
                )
                .await
                {
                    Ok(draft) => {
                        fill_from_report(&mut page, &draft.report);
                        page.warnings = draft.warnings;
                        page.files = draft
                            .files
                            .iter()
                            .map(|f| format!("{} ({} bytes)", f.file_name, f.content.len()))
                            .collect();
                    }
                    Err(DraftError::Store(e)) => return Err(e.into()),
                    Err(e) => page.problem = Some(e.to_string()),
                }
            }
        },
    }
    crate::ui::page(&page)
}

/// The drafting form.
#[derive(Debug, Deserialize)]
struct SubmitForm {
    incident_type: String,
    #[serde(default)]
    escalate: String,
    #[serde(default)]
    additional_info: String,
    #[serde(default)]
    sextortion: Option<String>,
    #[serde(default)]
    csam_solicitation: Option<String>,
    #[serde(default)]
    allow_no_victims: Option<String>,
}

fn apply_edits(report: &mut Report, form: &SubmitForm, incident_type: IncidentType) {
    let text = |s: &str| {
        let s = s.trim();
        (!s.is_empty()).then(|| s.to_string())
    };
    let summary = &mut report.incident_summary;
    summary.incident_type = incident_type;
    summary.escalate_to_high_priority = text(&form.escalate);
    summary.report_annotations.sextortion = form.sextortion.is_some();
    summary.report_annotations.csam_solicitation = form.csam_solicitation.is_some();
    report.additional_info = text(&form.additional_info);
}

fn queue_error(error: QueueError) -> ConsoleError {
    match error {
        QueueError::Report(e) => ConsoleError::BadRequest(format!("The report is not valid: {e}.")),
        QueueError::Store(StoreError::Conflict(m)) => ConsoleError::Conflict(m),
        QueueError::Store(e) => e.into(),
    }
}

async fn submit(
    State(state): State<ConsoleState>,
    user: CurrentUser,
    Path(id): Path<i64>,
    axum::Form(form): axum::Form<SubmitForm>,
) -> Result<Response, ConsoleError> {
    user.require_child_safety()?;
    if form.escalate.len() > MAX_TEXT || form.additional_info.len() > MAX_TEXT {
        return Err(ConsoleError::TooLarge(format!(
            "Escalation and additional information are limited to {MAX_TEXT} bytes."
        )));
    }
    let incident_type = IncidentType::parse(&form.incident_type)
        .ok_or_else(|| ConsoleError::BadRequest("Choose an incident type.".into()))?;
    let store = state.store.as_ref();
    let now = now_ms();
    match store.ncmec_report_of_case(CaseId(id)).await? {
        Some(report) => {
            let mut draft: StoredDraft = serde_json::from_value(report.draft.clone())
                .map_err(|_| ConsoleError::Unavailable("The stored draft is unreadable.".into()))?;
            apply_edits(&mut draft.report, &form, incident_type);
            queue_for_submission(store, report.id, Some(&draft), &user.name, now)
                .await
                .map_err(queue_error)?;
        }
        None => {
            let config = state.ncmec.clone().ok_or_else(|| {
                ConsoleError::Unavailable("NCMEC reporting is not configured.".into())
            })?;
            store
                .case(CaseId(id))
                .await?
                .ok_or_else(ConsoleError::no_case)?;
            let options = DraftOptions {
                incident_type: Some(incident_type),
                allow_no_victims: form.allow_no_victims.is_some(),
                ..DraftOptions::default()
            };
            let mut draft = draft_from_case(store, CaseId(id), &config, &options)
                .await
                .map_err(|e| match e {
                    DraftError::Store(e) => e.into(),
                    other => ConsoleError::BadRequest(format!("{other}.")),
                })?;
            apply_edits(&mut draft.report, &form, incident_type);
            lurewatch_ncmec::xml::report_to_xml(&draft.report)
                .map_err(|e| ConsoleError::BadRequest(format!("The report is not valid: {e}.")))?;
            save_draft(
                store,
                &draft,
                true,
                config.environment.as_str(),
                &user.name,
                now,
            )
            .await
            .map_err(|e| match e {
                StoreError::Conflict(m) => ConsoleError::Conflict(m),
                other => other.into(),
            })?;
        }
    }
    Ok(Redirect::to(&format!("{BASE_PATH}/ncmec/case/{id}")).into_response())
}

async fn retract(
    State(state): State<ConsoleState>,
    user: CurrentUser,
    Path(id): Path<i64>,
) -> Result<Response, ConsoleError> {
    user.require_child_safety()?;
    let report = request_retraction(state.store.as_ref(), id, &user.name, now_ms())
        .await
        .map_err(|e| match e {
            StoreError::Conflict(m) => ConsoleError::Conflict(m),
            StoreError::NotFound(_) => ConsoleError::NotFound("No such report.".into()),
            other => other.into(),
        })?;
    Ok(Redirect::to(&format!("{BASE_PATH}/ncmec/case/{}", report.case_id)).into_response())
}
