//! NCMEC CyberTipline report jobs: drafts, submission state, responses (issue 6).
//!
//! The trait is implemented for both backends in `reports_sql.rs`, which is
//! `include!`d into `sqlite.rs` and `postgres.rs` like `shared.rs`.
//!
//! A case has at most one report row, ever (a unique constraint), so a case
//! is reported at most once whatever retries, restarts or double clicks
//! happen. The row is a small state machine ([`NcmecStatus`]); every change
//! is a compare-and-set on the current status
//! ([`ReportStore::transition_ncmec_report`]), so two workers (or a worker
//! and a reviewer) cannot both move it. The row is also the durable job:
//! the submission worker leases due rows with
//! [`ReportStore::claim_ncmec_reports`] and reschedules them with
//! [`ReportStore::retry_ncmec_report_later`]. What the report means is
//! opaque here: the draft is JSON owned by `lurewatch-ncmec`.

use async_trait::async_trait;
use serde::{Deserialize, Serialize};

use crate::{CaseId, Job, Millis, StoreError};

/// Where a report is in its lifecycle.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NcmecStatus {
    /// Built from the case; a reviewer may edit it. Nothing sent.
    Draft,
    /// Approved; waiting for the worker to submit it.
    Queued,
    /// NCMEC assigned a report id; files are being uploaded and described.
    Submitted,
    /// `/finish` succeeded: the report is filed. Final.
    Finished,
    /// Being withdrawn (`/retract` pending).
    Retracting,
    /// Withdrawn at NCMEC. Final.
    Retracted,
    /// Refused before NCMEC assigned a report id (e.g. 4100): nothing is
    /// open at NCMEC; editable and queueable again.
    Failed,
}

impl NcmecStatus {
    /// Every status.
    pub const ALL: [NcmecStatus; 7] = [
        NcmecStatus::Draft,
        NcmecStatus::Queued,
        NcmecStatus::Submitted,
        NcmecStatus::Finished,
        NcmecStatus::Retracting,
        NcmecStatus::Retracted,
        NcmecStatus::Failed,
    ];

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            NcmecStatus::Draft => "draft",
            NcmecStatus::Queued => "queued",
            NcmecStatus::Submitted => "submitted",
            NcmecStatus::Finished => "finished",
            NcmecStatus::Retracting => "retracting",
            NcmecStatus::Retracted => "retracted",
            NcmecStatus::Failed => "failed",
        }
    }

    /// Parses the stored name.
    pub fn parse(name: &str) -> Option<NcmecStatus> {
        NcmecStatus::ALL.into_iter().find(|s| s.as_str() == name)
    }

    /// Whether the worker has something to do in this state.
    pub fn is_active(self) -> bool {
        matches!(
            self,
            NcmecStatus::Queued | NcmecStatus::Submitted | NcmecStatus::Retracting
        )
    }
}

/// A file to attach to a report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewNcmecFile {
    /// File name sent with the upload.
    pub file_name: String,
    /// The bytes.
    pub content: Vec<u8>,
    /// Its `fileDetails` (JSON owned by `lurewatch-ncmec`).
    pub info: serde_json::Value,
}

/// A file of a report, with its upload progress.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NcmecFile {
    /// Position in the report, from 0.
    pub position: u32,
    /// File name.
    pub file_name: String,
    /// The bytes.
    pub content: Vec<u8>,
    /// Its `fileDetails` (JSON).
    pub info: serde_json::Value,
    /// NCMEC's file id, once uploaded.
    pub ncmec_file_id: Option<String>,
    /// Whether `/fileinfo` was accepted.
    pub info_sent: bool,
}

/// A report to create.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NewNcmecReport {
    /// The case reported.
    pub case_id: CaseId,
    /// [`NcmecStatus::Draft`] or [`NcmecStatus::Queued`].
    pub status: NcmecStatus,
    /// The draft (JSON owned by `lurewatch-ncmec`).
    pub draft: serde_json::Value,
    /// Its files.
    pub files: Vec<NewNcmecFile>,
    /// `test` or `production`.
    pub environment: String,
    /// Who created it (a reviewer, or `system:<job>`).
    pub created_by: String,
    /// When.
    pub now: Millis,
}

/// A report row.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NcmecReport {
    /// Row id (not NCMEC's).
    pub id: i64,
    /// The case.
    pub case_id: CaseId,
    /// Lifecycle state.
    pub status: NcmecStatus,
    /// The draft (JSON).
    pub draft: serde_json::Value,
    /// The XML sent to `/submit` (set when submitting).
    pub xml: Option<String>,
    /// NCMEC's report id.
    pub ncmec_report_id: Option<i64>,
    /// `test` or `production`.
    pub environment: String,
    /// Failed attempts since the last progress.
    pub attempts: u32,
    /// When the worker should next try.
    pub next_attempt: Millis,
    /// The last error (no message text), for reviewers.
    pub last_error: Option<String>,
    /// Who created it.
    pub created_by: String,
    /// Created.
    pub created: Millis,
    /// Last change.
    pub updated: Millis,
    /// When NCMEC assigned the report id.
    pub submitted_at: Option<Millis>,
    /// When `/finish` succeeded.
    pub finished_at: Option<Millis>,
    /// When `/retract` succeeded.
    pub retracted_at: Option<Millis>,
    /// When the preservation hold of the reported content started.
    pub hold_started: Option<Millis>,
}

/// A status change (see [`ReportStore::transition_ncmec_report`]). Fields
/// left `None` keep their stored value.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NcmecTransition {
    /// The new status.
    pub to: NcmecStatus,
    /// Replaces the draft.
    pub draft: Option<serde_json::Value>,
    /// The XML sent.
    pub xml: Option<String>,
    /// NCMEC's report id.
    pub ncmec_report_id: Option<i64>,
    /// Sets `last_error`; `None` clears it.
    pub error: Option<String>,
    /// Starts the preservation hold.
    pub hold_started: Option<Millis>,
    /// When.
    pub now: Millis,
}

impl NcmecTransition {
    /// A change to `to` at `now`, touching nothing else.
    pub fn to(to: NcmecStatus, now: Millis) -> NcmecTransition {
        NcmecTransition {
            to,
            draft: None,
            xml: None,
            ncmec_report_id: None,
            error: None,
            hold_started: None,
            now,
        }
    }
}

/// A request made to NCMEC and its answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NcmecExchange {
    /// Assigned by the store; ignored on insert.
    pub id: i64,
    /// The report row.
    pub report: i64,
    /// `submit`, `upload`, `fileinfo`, `finish`, `retract`.
    pub endpoint: String,
    /// HTTP status, if an answer came.
    pub http_status: Option<u16>,
    /// NCMEC's `responseCode`, if the answer parsed.
    pub response_code: Option<i64>,
    /// The outcome in words (the code's meaning, or the network error).
    pub description: String,
    /// The XML sent, for `submit` and `fileinfo`.
    pub request: Option<String>,
    /// The answer as received (clipped).
    pub body: Option<String>,
    /// When.
    pub ts: Millis,
}

/// NCMEC CyberTipline report jobs: drafts, submission state, responses (issue 6).
#[async_trait]
pub trait ReportStore: Send + Sync + 'static {
    /// Creates the report of a case. [`StoreError::Conflict`] if the case
    /// already has one (whatever its state); [`StoreError::NotFound`] if
    /// there is no such case.
    async fn create_ncmec_report(&self, report: &NewNcmecReport)
    -> Result<NcmecReport, StoreError>;

    /// One report by row id.
    async fn ncmec_report(&self, id: i64) -> Result<Option<NcmecReport>, StoreError>;

    /// The report of a case.
    async fn ncmec_report_of_case(&self, case: CaseId) -> Result<Option<NcmecReport>, StoreError>;

    /// Reports, newest first, optionally of one status, at most `limit`.
    async fn ncmec_reports(
        &self,
        status: Option<NcmecStatus>,
        limit: usize,
    ) -> Result<Vec<NcmecReport>, StoreError>;

    /// The files of a report, by position.
    async fn ncmec_report_files(&self, id: i64) -> Result<Vec<NcmecFile>, StoreError>;

    /// Replaces the files of a report in [`NcmecStatus::Draft`] or
    /// [`NcmecStatus::Failed`]; [`StoreError::Conflict`] otherwise.
    async fn replace_ncmec_files(
        &self,
        id: i64,
        files: &[NewNcmecFile],
        now: Millis,
    ) -> Result<(), StoreError>;

    /// Moves a report to `t.to` if its status is one of `from` (a
    /// compare-and-set): [`StoreError::Conflict`] names the current status
    /// otherwise, [`StoreError::NotFound`] if there is no such report. Resets
    /// the attempt count and lease and makes the row due at `t.now`; sets
    /// `submitted_at`/`finished_at`/`retracted_at` on entering those states.
    async fn transition_ncmec_report(
        &self,
        id: i64,
        from: &[NcmecStatus],
        t: &NcmecTransition,
    ) -> Result<NcmecReport, StoreError>;

    /// Leases up to `limit` reports in an active state
    /// ([`NcmecStatus::is_active`]) due at `now` until `lease_until`,
    /// oldest due first. A worker that dies lets the lease run out and the
    /// report is picked up again.
    async fn claim_ncmec_reports(
        &self,
        now: Millis,
        lease_until: Millis,
        limit: usize,
    ) -> Result<Vec<NcmecReport>, StoreError>;

    /// Counts a failed attempt, records the error and makes the report due
    /// again at `next_attempt` (releasing the lease).
    async fn retry_ncmec_report_later(
        &self,
        id: i64,
        next_attempt: Millis,
        error: &str,
    ) -> Result<(), StoreError>;

    /// Records the upload progress of one file.
    async fn set_ncmec_file_progress(
        &self,
        id: i64,
        position: u32,
        ncmec_file_id: Option<&str>,
        info_sent: bool,
    ) -> Result<(), StoreError>;

    /// Appends a request/answer pair; returns its id.
    async fn add_ncmec_exchange(&self, exchange: &NcmecExchange) -> Result<i64, StoreError>;

    /// The exchanges of a report, in order.
    async fn ncmec_exchanges(&self, id: i64) -> Result<Vec<NcmecExchange>, StoreError>;

    /// Leases up to `limit` due outbox jobs of one kind (like
    /// [`crate::Store::due_jobs`], which hands out every kind), so the NCMEC
    /// worker never holds other workers' jobs. Finish them with
    /// [`crate::Store::job_done`] / [`crate::Store::job_failed`].
    async fn due_jobs_of_kind(
        &self,
        kind: &str,
        now: Millis,
        limit: usize,
    ) -> Result<Vec<Job>, StoreError>;
}
