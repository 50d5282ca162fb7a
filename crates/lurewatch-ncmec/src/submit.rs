//! The durable submission job.
//!
//! The report row (`ncmec_reports`, see `lurewatch_store::ReportStore`) is
//! the job. The [`Submitter`] leases due rows and drives each through the
//! API one step at a time, recording every step before taking the next:
//!
//! ```text
//! queued ──/submit──► submitted ──/upload + /fileinfo per file──/finish──► finished
//!   │ refused (4100…)     │ refused, or attempts exhausted
//!   ▼                     ▼
//! failed            retracting ──/retract──► retracted
//! ```
//!
//! * **At most one report per case**: the row is unique per case, and every
//!   state change is a compare-and-set, so a retry, a restart or a second
//!   worker never submits a case twice once NCMEC has given a report id.
//! * **Resumable**: the report id, each file's id and whether its
//!   `/fileinfo` was accepted are stored as soon as NCMEC answers; after a
//!   restart the worker continues from there (a file is never described
//!   twice; at worst a file whose id was not yet recorded is uploaded
//!   again, and the duplicate stays unreferenced).
//! * **Never dangling**: a report NCMEC opened is either finished or, when a
//!   step is refused or keeps failing, retracted; retraction is retried
//!   until NCMEC confirms. A report whose `/submit` was refused (e.g. 4100)
//!   was never opened: it becomes `failed`, editable and queueable again.
//!   One window is unavoidable: if the process dies after NCMEC created a
//!   report but before the id was stored, the next attempt submits again;
//!   the first report was never finished (NCMEC discards unfinished
//!   reports).
//! * **Retries**: network errors, timeouts, HTTP 5xx/429 and NCMEC's "try
//!   again" codes (1000, 1100, 1110, 1111, 1300) back off exponentially
//!   with jitter, up to `max_attempts` per step.
//! * **Accountability**: every request and answer is stored
//!   (`ncmec_report_responses`, with the XML sent), every state change is
//!   appended to the audit log (`ncmec.*`), and finishing places
//!   preservation holds on the case and its conversations (and records the
//!   hold start on the report row).
//!
//! Logs carry row ids, NCMEC ids, endpoints and response codes; never
//! report content or credentials.

use std::sync::Arc;
use std::time::Duration;

use lurewatch_core::Millis;
use lurewatch_store::{
    CaseId, NcmecExchange, NcmecReport, NcmecStatus, NcmecTransition, NewAuditEntry, NewHold,
    NewNcmecFile, NewNcmecReport, PRESERVATION_PERIOD_MS, Store, StoreError,
};
use serde::{Deserialize, Serialize};
use serde_json::json;
use tokio_util::sync::CancellationToken;

use crate::case::{Draft, DraftError, DraftOptions, draft_from_case};
use crate::client::{Answer, Client, ClientError};
use crate::model::{FileInfo, Report};
use crate::{NcmecConfig, xml};

/// Outbox job kind of rule-triggered reports.
pub const JOB_KIND: &str = "ncmec_report";
/// Actor of the worker's audit entries.
pub const SYSTEM_ACTOR: &str = "system:ncmec";
/// How long the worker holds a leased report.
const LEASE_MS: Millis = 10 * 60 * 1000;
/// Attempts at finding the case of a rule-triggered job (the case update
/// may land after the job).
const JOB_CASE_ATTEMPTS: u32 = 20;

/// The draft as stored on the report row.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoredDraft {
    /// The report.
    pub report: Report,
    /// Warnings shown to reviewers.
    #[serde(default)]
    pub warnings: Vec<String>,
}

/// Milliseconds since the Unix epoch.
pub fn now_ms() -> Millis {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as Millis)
        .unwrap_or(0)
}

/// The files of a draft, as stored.
pub fn draft_files(draft: &Draft) -> Result<Vec<NewNcmecFile>, StoreError> {
    draft
        .files
        .iter()
        .map(|f| {
            Ok(NewNcmecFile {
                file_name: f.file_name.clone(),
                content: f.content.clone(),
                info: serde_json::to_value(&f.info)
                    .map_err(|_| StoreError::Invalid("file info: not serialisable".into()))?,
            })
        })
        .collect()
}

/// Stores a draft as the case's report, as a draft or queued for
/// submission, and audits it. [`StoreError::Conflict`] if the case already
/// has a report.
pub async fn save_draft(
    store: &dyn Store,
    draft: &Draft,
    queue: bool,
    environment: &str,
    actor: &str,
    now: Millis,
) -> Result<NcmecReport, StoreError> {
    let stored = StoredDraft {
        report: draft.report.clone(),
        warnings: draft.warnings.clone(),
    };
    let report = store
        .create_ncmec_report(&NewNcmecReport {
            case_id: draft.case,
            status: if queue {
                NcmecStatus::Queued
            } else {
                NcmecStatus::Draft
            },
            draft: serde_json::to_value(&stored)
                .map_err(|_| StoreError::Invalid("draft: not serialisable".into()))?,
            files: draft_files(draft)?,
            environment: environment.to_string(),
            created_by: actor.to_string(),
            now,
        })
        .await?;
    audit(
        store,
        actor,
        if queue { "ncmec.queue" } else { "ncmec.draft" },
        draft.case,
        json!({"report": report.id, "files": draft.files.len(), "environment": environment}),
        now,
    )
    .await;
    Ok(report)
}

/// Queues a draft (or a failed report) for submission, optionally with an
/// edited report; the edit is validated first.
pub async fn queue_for_submission(
    store: &dyn Store,
    id: i64,
    edited: Option<&StoredDraft>,
    actor: &str,
    now: Millis,
) -> Result<NcmecReport, QueueError> {
    let draft = match edited {
        Some(d) => {
            xml::report_to_xml(&d.report)?;
            Some(
                serde_json::to_value(d)
                    .map_err(|_| StoreError::Invalid("draft: not serialisable".into()))?,
            )
        }
        None => None,
    };
    let report = store
        .transition_ncmec_report(
            id,
            &[NcmecStatus::Draft, NcmecStatus::Failed],
            &NcmecTransition {
                draft,
                ..NcmecTransition::to(NcmecStatus::Queued, now)
            },
        )
        .await?;
    audit(
        store,
        actor,
        "ncmec.queue",
        report.case_id,
        json!({"report": report.id}),
        now,
    )
    .await;
    Ok(report)
}

/// Asks for a report to be withdrawn: one not yet submitted is closed at
/// once (`retracted`); an open one moves to `retracting` and the worker
/// calls `/retract`.
pub async fn request_retraction(
    store: &dyn Store,
    id: i64,
    actor: &str,
    now: Millis,
) -> Result<NcmecReport, StoreError> {
    let current = store
        .ncmec_report(id)
        .await?
        .ok_or_else(|| StoreError::NotFound(format!("ncmec report {id}")))?;
    let (from, to) = match current.status {
        NcmecStatus::Draft | NcmecStatus::Queued | NcmecStatus::Failed => {
            (current.status, NcmecStatus::Retracted)
        }
        NcmecStatus::Submitted => (NcmecStatus::Submitted, NcmecStatus::Retracting),
        other => {
            return Err(StoreError::Conflict(format!(
                "ncmec report {id} is {}: nothing to retract",
                other.as_str()
            )));
        }
    };
    let report = store
        .transition_ncmec_report(id, &[from], &NcmecTransition::to(to, now))
        .await?;
    audit(
        store,
        actor,
        "ncmec.retract_request",
        report.case_id,
        json!({"report": id, "status": report.status.as_str()}),
        now,
    )
    .await;
    Ok(report)
}

/// Why a report could not be queued.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum QueueError {
    /// The edited report is not valid.
    #[error(transparent)]
    Report(#[from] xml::ReportError),
    /// The store refused (e.g. the report is not a draft any more).
    #[error(transparent)]
    Store(#[from] StoreError),
}

async fn audit(
    store: &dyn Store,
    actor: &str,
    action: &str,
    case: CaseId,
    detail: serde_json::Value,
    ts: Millis,
) {
    let entry = NewAuditEntry {
        actor: actor.to_string(),
        action: action.to_string(),
        subject: format!("case:{case}"),
        detail,
        ts,
    };
    if let Err(error) = store.append_audit(&entry).await {
        tracing::warn!(%error, action, case = case.0, "NCMEC: audit append failed");
    }
}

/// What one processing step concluded.
enum Step {
    /// Moved on; process the report again at once.
    Continue(Box<NcmecReport>),
    /// Done for now (final state, or rescheduled).
    Stop,
}

/// Drives reports through the API.
#[derive(Clone)]
pub struct Submitter {
    store: Arc<dyn Store>,
    client: Client,
    config: Arc<NcmecConfig>,
}

impl Submitter {
    /// A submitter using `client`, with the retry settings and the draft
    /// settings (for rule-triggered jobs) of `config`.
    pub fn new(store: Arc<dyn Store>, client: Client, config: NcmecConfig) -> Submitter {
        Submitter {
            store,
            client,
            config: Arc::new(config),
        }
    }

    /// Delay before retry number `attempt` (from 1): base · 2^(attempt-1),
    /// capped, ±20 % jitter.
    pub fn retry_delay(&self, attempt: u32, salt: i64) -> Duration {
        let base = self.config.retry_base_ms.max(1);
        let cap = self.config.max_retry_delay_ms.max(base);
        let exp = base.saturating_mul(1u64 << attempt.saturating_sub(1).min(30));
        let delay = exp.min(cap);
        // Deterministic jitter from the salt and attempt: no RNG needed.
        let mix = (salt as u64 ^ u64::from(attempt).wrapping_mul(0x9E37_79B9_7F4A_7C15))
            .wrapping_mul(0xBF58_476D_1CE4_E5B9);
        let spread = delay / 5;
        let jitter = if spread == 0 {
            0
        } else {
            mix % (2 * spread + 1)
        };
        Duration::from_millis(delay - spread + jitter)
    }

    /// Handles the due rule-triggered jobs and leased reports once; returns
    /// how many of each were handled. For tests and one-shot tools.
    pub async fn run_once(&self) -> Result<(usize, usize), StoreError> {
        let now = now_ms();
        let jobs = self.store.due_jobs_of_kind(JOB_KIND, now, 16).await?;
        let job_count = jobs.len();
        for job in jobs {
            self.handle_job(job).await?;
        }
        let reports = self
            .store
            .claim_ncmec_reports(now, now + LEASE_MS, 8)
            .await?;
        let report_count = reports.len();
        for report in reports {
            self.process(report).await?;
        }
        Ok((job_count, report_count))
    }

    /// Runs until `shutdown`: polls for work every `poll_interval_ms`. A
    /// report being processed at shutdown is left leased and resumed later.
    pub async fn run(self, shutdown: CancellationToken) {
        tracing::info!(base = self.client.base_url(), "NCMEC worker started");
        let interval = Duration::from_millis(self.config.poll_interval_ms.max(100));
        loop {
            let work = tokio::select! {
                () = shutdown.cancelled() => break,
                r = self.run_once() => r,
            };
            match work {
                Ok((0, 0)) => {}
                Ok(_) => continue,
                Err(error) => tracing::warn!(%error, "NCMEC worker: store error"),
            }
            tokio::select! {
                () = shutdown.cancelled() => break,
                () = tokio::time::sleep(interval) => {}
            }
        }
        tracing::info!("NCMEC worker stopped");
    }

    /// Turns a rule-triggered job into the case's report (a draft, or
    /// queued with `auto_submit`).
    async fn handle_job(&self, job: lurewatch_store::Job) -> Result<(), StoreError> {
        let store = self.store.as_ref();
        let now = now_ms();
        let seq = job.payload.get("event_seq").and_then(|v| v.as_i64());
        let subject = job.payload.get("subject").and_then(|v| v.as_str());
        let (Some(seq), Some(subject)) = (seq, subject) else {
            return store
                .job_failed(job.id, now, "job payload lacks event_seq or subject", true)
                .await;
        };
        let mut case_id = None;
        let filter = lurewatch_store::CaseFilter {
            subject: Some(subject.to_string()),
            limit: 50,
            ..lurewatch_store::CaseFilter::default()
        };
        for summary in store.cases(&filter).await? {
            if let Some(case) = store.case(summary.id).await?
                && case.event_seqs.contains(&seq)
            {
                case_id = Some(case.id);
                break;
            }
        }
        let Some(case_id) = case_id else {
            let give_up = job.attempts + 1 >= JOB_CASE_ATTEMPTS;
            let next = now + 5_000 * i64::from(job.attempts + 1);
            return store
                .job_failed(
                    job.id,
                    next,
                    "the event's case does not exist (yet)",
                    give_up,
                )
                .await;
        };
        if store.ncmec_report_of_case(case_id).await?.is_some() {
            return store.job_done(job.id).await;
        }
        match draft_from_case(store, case_id, &self.config, &DraftOptions::default()).await {
            Ok(draft) => {
                match save_draft(
                    store,
                    &draft,
                    self.config.auto_submit,
                    self.config.environment.as_str(),
                    SYSTEM_ACTOR,
                    now,
                )
                .await
                {
                    Ok(_) | Err(StoreError::Conflict(_)) => store.job_done(job.id).await,
                    Err(error) => Err(error),
                }
            }
            Err(DraftError::Store(error)) => Err(error),
            Err(error) => {
                tracing::warn!(job = job.id, case = case_id.0, %error, "NCMEC: no draft for the case");
                store
                    .job_failed(job.id, now, &error.to_string(), true)
                    .await
            }
        }
    }

    /// Drives one (leased) report as far as it goes now; returns its status
    /// afterwards.
    pub async fn process(&self, mut report: NcmecReport) -> Result<NcmecStatus, StoreError> {
        loop {
            let step = match report.status {
                NcmecStatus::Queued => self.submit(&report).await?,
                NcmecStatus::Submitted => self.complete(&report).await?,
                NcmecStatus::Retracting => self.retract(&report).await?,
                _ => Step::Stop,
            };
            match step {
                Step::Continue(next) => report = *next,
                Step::Stop => {
                    let now = self
                        .store
                        .ncmec_report(report.id)
                        .await?
                        .map_or(report.status, |r| r.status);
                    return Ok(now);
                }
            }
        }
    }

    async fn record(
        &self,
        report: &NcmecReport,
        endpoint: &str,
        request: Option<&str>,
        outcome: &Result<Answer, ClientError>,
    ) -> Result<(), StoreError> {
        let (http_status, response_code, description, body) = match outcome {
            Ok(a) => (
                Some(a.http_status),
                a.response.as_ref().map(|r| r.response_code),
                a.describe(),
                Some(a.body.clone()),
            ),
            Err(e) => (None, None, e.to_string(), None),
        };
        tracing::info!(
            report = report.id,
            ncmec_report = report.ncmec_report_id,
            endpoint,
            http_status,
            response_code,
            "NCMEC exchange"
        );
        self.store
            .add_ncmec_exchange(&NcmecExchange {
                id: 0,
                report: report.id,
                endpoint: endpoint.to_string(),
                http_status,
                response_code,
                description,
                request: request.map(str::to_string),
                body,
                ts: now_ms(),
            })
            .await?;
        Ok(())
    }

    /// A step failed: retry later, or, when the attempts are used up (or
    /// the failure is final), move to `give_up`.
    async fn failed_step(
        &self,
        report: &NcmecReport,
        error: String,
        retryable: bool,
        give_up: NcmecStatus,
    ) -> Result<Step, StoreError> {
        let attempt = report.attempts + 1;
        let now = now_ms();
        if retryable && attempt < self.config.max_attempts.max(1) {
            let delay = self.retry_delay(attempt, report.id ^ now);
            tracing::warn!(report = report.id, attempt, error = %error, "NCMEC step failed; will retry");
            self.store
                .retry_ncmec_report_later(report.id, now + delay.as_millis() as Millis, &error)
                .await?;
            return Ok(Step::Stop);
        }
        let error = if retryable {
            format!("gave up after {attempt} attempts: {error}")
        } else {
            error
        };
        tracing::warn!(report = report.id, to = give_up.as_str(), error = %error, "NCMEC step refused");
        let next = self
            .transition(
                report,
                NcmecTransition {
                    error: Some(error.clone()),
                    ..NcmecTransition::to(give_up, now)
                },
                match give_up {
                    NcmecStatus::Failed => "ncmec.failed",
                    _ => "ncmec.retracting",
                },
                json!({"report": report.id, "ncmec_report": report.ncmec_report_id, "error": error}),
            )
            .await?;
        Ok(next.map_or(Step::Stop, |r| Step::Continue(Box::new(r))))
    }

    /// Compare-and-set from the report's current status, audited. `None`
    /// if someone else moved it first.
    async fn transition(
        &self,
        report: &NcmecReport,
        t: NcmecTransition,
        action: &str,
        detail: serde_json::Value,
    ) -> Result<Option<NcmecReport>, StoreError> {
        match self
            .store
            .transition_ncmec_report(report.id, &[report.status], &t)
            .await
        {
            Ok(next) => {
                audit(
                    self.store.as_ref(),
                    SYSTEM_ACTOR,
                    action,
                    report.case_id,
                    detail,
                    t.now,
                )
                .await;
                Ok(Some(next))
            }
            Err(StoreError::Conflict(_)) => Ok(None),
            Err(error) => Err(error),
        }
    }

    async fn submit(&self, report: &NcmecReport) -> Result<Step, StoreError> {
        let draft: StoredDraft = match serde_json::from_value(report.draft.clone()) {
            Ok(d) => d,
            Err(_) => {
                return self
                    .failed_step(
                        report,
                        "the stored draft is unreadable".into(),
                        false,
                        NcmecStatus::Failed,
                    )
                    .await;
            }
        };
        let xml = match xml::report_to_xml(&draft.report) {
            Ok(x) => x,
            Err(error) => {
                return self
                    .failed_step(
                        report,
                        format!("not submitted: {error}"),
                        false,
                        NcmecStatus::Failed,
                    )
                    .await;
            }
        };
        let outcome = self.client.submit(&xml).await;
        self.record(report, "submit", Some(&xml), &outcome).await?;
        match outcome {
            Ok(answer) if answer.is_success() => {
                let Some(ncmec_id) = answer.response.as_ref().and_then(|r| r.report_id) else {
                    return self
                        .failed_step(
                            report,
                            "NCMEC answered success without a reportId".into(),
                            true,
                            NcmecStatus::Failed,
                        )
                        .await;
                };
                let moved = self
                    .transition(
                        report,
                        NcmecTransition {
                            xml: Some(xml),
                            ncmec_report_id: Some(ncmec_id),
                            ..NcmecTransition::to(NcmecStatus::Submitted, now_ms())
                        },
                        "ncmec.submit",
                        json!({"report": report.id, "ncmec_report": ncmec_id,
                               "environment": report.environment, "response": answer.describe()}),
                    )
                    .await?;
                match moved {
                    Some(next) => Ok(Step::Continue(Box::new(next))),
                    None => {
                        // Cancelled while the submission was in flight: the
                        // report NCMEC just opened must not dangle.
                        tracing::warn!(
                            report = report.id,
                            ncmec_id,
                            "NCMEC: report cancelled during submission; retracting it"
                        );
                        let outcome = self.client.retract(ncmec_id).await;
                        self.record(report, "retract", None, &outcome).await?;
                        Ok(Step::Stop)
                    }
                }
            }
            Ok(answer) => {
                let retryable = answer.is_retryable();
                self.failed_step(report, answer.describe(), retryable, NcmecStatus::Failed)
                    .await
            }
            Err(error) => {
                let retryable = error.is_retryable();
                self.failed_step(report, error.to_string(), retryable, NcmecStatus::Failed)
                    .await
            }
        }
    }

    async fn complete(&self, report: &NcmecReport) -> Result<Step, StoreError> {
        let Some(ncmec_id) = report.ncmec_report_id else {
            return self
                .failed_step(
                    report,
                    "submitted without a report id".into(),
                    false,
                    NcmecStatus::Failed,
                )
                .await;
        };
        for file in self.store.ncmec_report_files(report.id).await? {
            if file.info_sent {
                continue;
            }
            let file_id = match &file.ncmec_file_id {
                Some(id) => id.clone(),
                None => {
                    let outcome = self
                        .client
                        .upload(ncmec_id, &file.file_name, &file.content)
                        .await;
                    self.record(report, "upload", None, &outcome).await?;
                    match outcome {
                        Ok(a) if a.is_success() => {
                            match a.response.as_ref().and_then(|r| r.file_id.clone()) {
                                Some(id) if !id.is_empty() => {
                                    self.store
                                        .set_ncmec_file_progress(
                                            report.id,
                                            file.position,
                                            Some(&id),
                                            false,
                                        )
                                        .await?;
                                    id
                                }
                                _ => {
                                    return self
                                        .failed_step(
                                            report,
                                            "upload answered without a fileId".into(),
                                            true,
                                            NcmecStatus::Retracting,
                                        )
                                        .await;
                                }
                            }
                        }
                        Ok(a) => {
                            let retryable = a.is_retryable();
                            return self
                                .failed_step(
                                    report,
                                    format!("upload of file {}: {}", file.position, a.describe()),
                                    retryable,
                                    NcmecStatus::Retracting,
                                )
                                .await;
                        }
                        Err(e) => {
                            let retryable = e.is_retryable();
                            return self
                                .failed_step(
                                    report,
                                    format!("upload of file {}: {e}", file.position),
                                    retryable,
                                    NcmecStatus::Retracting,
                                )
                                .await;
                        }
                    }
                }
            };
            let info: FileInfo = serde_json::from_value(file.info.clone()).unwrap_or_default();
            let details = match xml::file_details_to_xml(ncmec_id, &file_id, &info) {
                Ok(x) => x,
                Err(error) => {
                    return self
                        .failed_step(
                            report,
                            format!("file {}: {error}", file.position),
                            false,
                            NcmecStatus::Retracting,
                        )
                        .await;
                }
            };
            let outcome = self.client.fileinfo(&details).await;
            self.record(report, "fileinfo", Some(&details), &outcome)
                .await?;
            match outcome {
                Ok(a) if a.is_success() => {
                    self.store
                        .set_ncmec_file_progress(report.id, file.position, Some(&file_id), true)
                        .await?;
                }
                Ok(a) => {
                    let retryable = a.is_retryable();
                    return self
                        .failed_step(
                            report,
                            format!("file details of file {}: {}", file.position, a.describe()),
                            retryable,
                            NcmecStatus::Retracting,
                        )
                        .await;
                }
                Err(e) => {
                    let retryable = e.is_retryable();
                    return self
                        .failed_step(
                            report,
                            format!("file details of file {}: {e}", file.position),
                            retryable,
                            NcmecStatus::Retracting,
                        )
                        .await;
                }
            }
        }
        let outcome = self.client.finish(ncmec_id).await;
        self.record(report, "finish", None, &outcome).await?;
        match outcome {
            Ok(a)
                if a.is_success()
                    || a.response.as_ref().is_some_and(|r| r.response_code == 5102) =>
            {
                let now = now_ms();
                let holds = self.place_holds(report, now).await;
                let moved = self
                    .transition(
                        report,
                        NcmecTransition {
                            hold_started: Some(now),
                            ..NcmecTransition::to(NcmecStatus::Finished, now)
                        },
                        "ncmec.finish",
                        json!({"report": report.id, "ncmec_report": ncmec_id,
                               "environment": report.environment, "response": a.describe(),
                               "files": a.response.as_ref().map_or(0, |r| r.files.len()),
                               "holds": holds}),
                    )
                    .await?;
                Ok(moved.map_or(Step::Stop, |r| Step::Continue(Box::new(r))))
            }
            Ok(a) if a.response.as_ref().is_some_and(|r| r.response_code == 5001) => {
                // NCMEC no longer knows the report (e.g. discarded unfinished):
                // nothing is open; a reviewer may queue it again.
                self.failed_step(
                    report,
                    format!("finish: {}", a.describe()),
                    false,
                    NcmecStatus::Failed,
                )
                .await
            }
            Ok(a) => {
                let retryable = a.is_retryable();
                self.failed_step(
                    report,
                    format!("finish: {}", a.describe()),
                    retryable,
                    NcmecStatus::Retracting,
                )
                .await
            }
            Err(e) => {
                let retryable = e.is_retryable();
                self.failed_step(
                    report,
                    format!("finish: {e}"),
                    retryable,
                    NcmecStatus::Retracting,
                )
                .await
            }
        }
    }

    /// Preservation holds on the case and its conversations; returns how
    /// many were placed.
    async fn place_holds(&self, report: &NcmecReport, now: Millis) -> usize {
        let mut subjects = vec![format!("case:{}", report.case_id)];
        if let Ok(draft) = serde_json::from_value::<StoredDraft>(report.draft.clone()) {
            for d in &draft.report.internet_details {
                if let crate::model::InternetDetails::ChatIm {
                    chat_room_name: Some(room),
                    ..
                } = d
                {
                    subjects.push(format!("conversation:{room}"));
                }
            }
            for u in &draft.report.person_or_user_reported {
                if let Some(id) = &u.identity.esp_identifier {
                    subjects.push(format!("account:{id}"));
                }
            }
        }
        let mut placed = 0;
        for subject in subjects {
            let hold = NewHold {
                subject,
                reason: "ncmec_report".into(),
                until: now + PRESERVATION_PERIOD_MS,
                actor: SYSTEM_ACTOR.into(),
                now,
            };
            match self.store.add_hold(&hold).await {
                Ok(_) => placed += 1,
                Err(error) => {
                    tracing::warn!(report = report.id, %error, "NCMEC: preservation hold failed (the start is on the report row)");
                }
            }
        }
        placed
    }

    async fn retract(&self, report: &NcmecReport) -> Result<Step, StoreError> {
        let Some(ncmec_id) = report.ncmec_report_id else {
            let moved = self
                .transition(
                    report,
                    NcmecTransition::to(NcmecStatus::Retracted, now_ms()),
                    "ncmec.retract",
                    json!({"report": report.id, "note": "never submitted"}),
                )
                .await?;
            return Ok(moved.map_or(Step::Stop, |r| Step::Continue(Box::new(r))));
        };
        let outcome = self.client.retract(ncmec_id).await;
        self.record(report, "retract", None, &outcome).await?;
        let code = outcome
            .as_ref()
            .ok()
            .and_then(|a| a.response.as_ref())
            .map(|r| r.response_code);
        let done = match (&outcome, code) {
            (Ok(a), _) if a.is_success() => Some(NcmecStatus::Retracted),
            (_, Some(5101)) | (_, Some(5001)) => Some(NcmecStatus::Retracted),
            (_, Some(5102)) => Some(NcmecStatus::Finished),
            _ => None,
        };
        if let Some(to) = done {
            let now = now_ms();
            let description = outcome
                .as_ref()
                .map_or_else(|e| e.to_string(), Answer::describe);
            let moved = self
                .transition(
                    report,
                    NcmecTransition {
                        error: report.last_error.clone(),
                        ..NcmecTransition::to(to, now)
                    },
                    if to == NcmecStatus::Finished {
                        "ncmec.finish"
                    } else {
                        "ncmec.retract"
                    },
                    json!({"report": report.id, "ncmec_report": ncmec_id, "response": description}),
                )
                .await?;
            return Ok(moved.map_or(Step::Stop, |r| Step::Continue(Box::new(r))));
        }
        // Retraction must eventually happen: keep backing off, never give up.
        let failure = match &outcome {
            Ok(a) => a.describe(),
            Err(e) => e.to_string(),
        };
        // Keep why the report is being retracted in front of the latest
        // retract failure.
        let reason = report
            .last_error
            .as_deref()
            .map(|e| e.split("; retract failed: ").next().unwrap_or(e))
            .unwrap_or("retraction requested");
        let error = format!("{reason}; retract failed: {failure}");
        let attempt = report.attempts + 1;
        let now = now_ms();
        let delay = self.retry_delay(attempt, report.id ^ now);
        tracing::warn!(report = report.id, attempt, error = %error, "NCMEC retraction failed; will retry");
        self.store
            .retry_ncmec_report_later(report.id, now + delay.as_millis() as Millis, &error)
            .await?;
        Ok(Step::Stop)
    }
}
