//! Persistence of lurewatch.
//!
//! One trait, [`Store`], with two backends that share their SQL and are run
//! by one test suite (the Quickwit metastore pattern):
//!
//! * [`SqliteStore`]: the embedded default. A data directory holds
//!   `lurewatch.db` in WAL mode with `synchronous = FULL`; nothing to set up.
//! * [`PgStore`]: PostgreSQL, for deployments that already run one.
//!
//! ```no_run
//! # async fn demo() -> Result<(), lurewatch_store::StoreError> {
//! use std::sync::Arc;
//! use lurewatch_store::{SqliteStore, Store};
//!
//! let store: Arc<dyn Store> = Arc::new(SqliteStore::open("data".as_ref()).await?);
//! store.migrate().await?;
//! # Ok(()) }
//! ```
//!
//! What is stored: the event log (with the decision of each event), expiring
//! labels on entities, windowed counters, cases, hash banks, an outbox of
//! jobs (webhooks, NCMEC reports, purges) and API keys.
//!
//! # Durability
//!
//! [`Store::append_events`] returns only after the batch is committed. On
//! SQLite that means the WAL frame was written and `fsync`ed
//! (`synchronous = FULL`), so an acknowledged event survives a process crash
//! *and* a power loss; on PostgreSQL it means the commit record was flushed
//! (the server's default `synchronous_commit = on`). A batch is one
//! transaction, so callers that group concurrent requests into one call pay
//! for one `fsync` per batch (group commit).
//!
//! # Migrations
//!
//! Versioned SQL files under `migrations/sqlite/` and `migrations/postgres/`
//! are embedded in the binary; [`Store::migrate`] applies the missing ones
//! and is safe to call at every start.
//!
//! # Privacy
//!
//! [`StoreError`] messages name what failed (an event's seq, a bank, a
//! table) but never contain event content, and this crate logs nothing.

use std::fmt;

use async_trait::async_trait;
use serde::{Deserialize, Serialize};

pub use lurewatch_core::{Decision, EntityKind, EntityRef, EventKind, Label, Millis};

mod audit;
mod key_runs;
mod postgres;
mod reports;
mod review;
mod sqlite;

pub use audit::{
    AuditEntry, AuditFilter, AuditStore, AuditVerification, BreakReason, ChainBreak, ChainVerifier,
    DeclaredAge, GENESIS_HASH, Hold, NewAuditEntry, NewHold, PRESERVATION_PERIOD_MS, PurgeCounts,
    PurgePolicy, StatCase, StatEvent, canonical_json, entry_hash, validate_hold_subject,
    verify_chain,
};
pub use reports::{
    NcmecExchange, NcmecFile, NcmecReport, NcmecStatus, NcmecTransition, NewNcmecFile,
    NewNcmecReport, ReportStore,
};
pub use review::{
    CaseNote, Claim, ClaimScope, ESCALATED_QUEUE, MAX_NOTE_CHARS, MAX_USER_NAME_LEN, NCMEC_QUEUE,
    NewReviewDecision, NewUser, QueueEntry, QueueStats, ReviewDecisionKind, ReviewDecisionRecord,
    ReviewStore, Role, SessionRecord, UserRecord, WellnessSettings, validate_note,
    validate_user_name,
};

pub use key_runs::KeyRunPolicy;
pub use postgres::PgStore;
pub use sqlite::{SQLITE_FILE_NAME, SQLITE_KEYS_FILE_NAME, SqliteStore};

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_audit;
#[cfg(test)]
mod tests_reports;
#[cfg(test)]
mod tests_review;

/// What can go wrong in the store. Messages never include event content.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StoreError {
    /// The database failed (I/O, connection, corrupt row, migration...).
    #[error("database error: {0}")]
    Database(String),
    /// The thing named does not exist.
    #[error("not found: {0}")]
    NotFound(String),
    /// The thing named already exists or clashes with existing state.
    #[error("conflict: {0}")]
    Conflict(String),
    /// The input is not acceptable; the message names the field.
    #[error("invalid input: {0}")]
    Invalid(String),
}

impl From<sqlx::Error> for StoreError {
    fn from(error: sqlx::Error) -> Self {
        StoreError::Database(error.to_string())
    }
}

impl From<sqlx::migrate::MigrateError> for StoreError {
    fn from(error: sqlx::migrate::MigrateError) -> Self {
        StoreError::Database(format!("migration failed: {error}"))
    }
}

/// An event to append to the log.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NewEvent {
    /// Idempotency key; an event whose key was seen before is not stored
    /// again. `None` never collides.
    pub dedupe_key: Option<String>,
    /// The event's type.
    pub kind: EventKind,
    /// The acting account.
    pub actor: String,
    /// The conversation, for messages (and reports about one).
    pub conversation: Option<String>,
    /// When it happened on the platform.
    pub ts: Millis,
    /// When lurewatch received it.
    pub received: Millis,
    /// The event as received (an [`lurewatch_core::Envelope`] as JSON).
    pub envelope: serde_json::Value,
}

/// What happened to one [`NewEvent`] of a batch.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum Appended {
    /// Stored now, at this seq.
    New {
        /// Position in the log.
        seq: i64,
    },
    /// Its dedupe key was seen before (earlier, or earlier in the same
    /// batch); nothing was stored and this is the original event's seq.
    Duplicate {
        /// The original event's position in the log.
        seq: i64,
    },
}

impl Appended {
    /// The seq of the stored event, new or original.
    pub fn seq(self) -> i64 {
        match self {
            Appended::New { seq } | Appended::Duplicate { seq } => seq,
        }
    }

    /// Whether this was a retry of an event already stored.
    pub fn is_duplicate(self) -> bool {
        matches!(self, Appended::Duplicate { .. })
    }
}

/// An event read back from the log.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoredEvent {
    /// Position in the log (ascending in order of acceptance).
    pub seq: i64,
    /// Idempotency key, if any.
    pub dedupe_key: Option<String>,
    /// The event's type.
    pub kind: EventKind,
    /// The acting account.
    pub actor: String,
    /// The conversation, if any.
    pub conversation: Option<String>,
    /// When it happened on the platform.
    pub ts: Millis,
    /// When lurewatch received it.
    pub received: Millis,
    /// The event as received.
    pub envelope: serde_json::Value,
    /// The decision, once recorded.
    pub decision: Option<Decision>,
}

/// Identifier of a case.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default,
)]
#[serde(transparent)]
pub struct CaseId(pub i64);

/// Writes that follow decisions, committed together with a batch of
/// appends by [`Store::append_with_write_back`] (in this order: decisions,
/// counters, labels, cases, jobs).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct WriteBack {
    /// Decisions of stored events (`(seq, decision)`; for a seq given twice
    /// the last wins).
    pub decisions: Vec<(i64, Decision)>,
    /// Counter additions.
    pub counters: Vec<CounterAdd>,
    /// Labels, as [`Store::add_label`].
    pub labels: Vec<Label>,
    /// Case updates, in order, as [`Store::upsert_case`].
    pub cases: Vec<CaseUpdate>,
    /// Outbox jobs, as [`Store::enqueue`].
    pub jobs: Vec<NewJob>,
}

impl WriteBack {
    /// Whether there is nothing to write.
    pub fn is_empty(&self) -> bool {
        self.decisions.is_empty()
            && self.counters.is_empty()
            && self.labels.is_empty()
            && self.cases.is_empty()
            && self.jobs.is_empty()
    }

    /// Number of writes.
    pub fn len(&self) -> usize {
        self.decisions.len()
            + self.counters.len()
            + self.labels.len()
            + self.cases.len()
            + self.jobs.len()
    }

    /// Empties every list.
    pub fn clear(&mut self) {
        self.decisions.clear();
        self.counters.clear();
        self.labels.clear();
        self.cases.clear();
        self.jobs.clear();
    }
}

/// An outbox job to enqueue (see [`Store::enqueue`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NewJob {
    /// Job kind (`webhook`, `ncmec_report`).
    pub kind: String,
    /// Its payload.
    pub payload: serde_json::Value,
    /// When it is due.
    pub now: Millis,
}

/// One addition to a counter (see [`Store::add_to_counters`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CounterAdd {
    /// Whose counter.
    pub entity: EntityRef,
    /// Counter name.
    pub name: String,
    /// Bucket start, Unix ms.
    pub bucket: Millis,
    /// Amount.
    pub by: i64,
}

impl fmt::Display for CaseId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

/// Whether a case is being worked on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CaseStatus {
    /// Gathers new events of its subject; at most one per subject.
    Open,
    /// Done; a new event of the subject opens a new case.
    Closed,
}

impl CaseStatus {
    /// The stored and wire name.
    pub fn as_str(self) -> &'static str {
        match self {
            CaseStatus::Open => "open",
            CaseStatus::Closed => "closed",
        }
    }

    /// Parses the stored name.
    pub fn parse(name: &str) -> Option<CaseStatus> {
        match name {
            "open" => Some(CaseStatus::Open),
            "closed" => Some(CaseStatus::Closed),
            _ => None,
        }
    }
}

/// An event that opens or adds to the case of a suspected offender.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseUpdate {
    /// The suspected offender's account.
    pub subject: String,
    /// Review queue the rule asked for.
    pub queue: String,
    /// Priority the rule asked for (higher first).
    pub priority: i32,
    /// The event (seq in the log) that triggered the update.
    pub event_seq: i64,
    /// Accounts the subject targeted (possible victims).
    pub targets: Vec<String>,
    /// Whether the case involves child safety (e.g. a minor, a CSAM match).
    pub child_safety: bool,
    /// Time of the update.
    pub now: Millis,
}

/// A case with its events and targets.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Case {
    /// Identifier.
    pub id: CaseId,
    /// The suspected offender's account.
    pub subject: String,
    /// Open or closed.
    pub status: CaseStatus,
    /// Review queue (that of the highest-priority update so far).
    pub queue: String,
    /// Highest priority asked for so far.
    pub priority: i32,
    /// Whether any update said child safety.
    pub child_safety: bool,
    /// When it was opened.
    pub created: Millis,
    /// Last update or status change.
    pub updated: Millis,
    /// Seqs of its events, ascending.
    pub event_seqs: Vec<i64>,
    /// Targeted accounts, sorted.
    pub targets: Vec<String>,
}

/// A case in a listing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseSummary {
    /// Identifier.
    pub id: CaseId,
    /// The suspected offender's account.
    pub subject: String,
    /// Open or closed.
    pub status: CaseStatus,
    /// Review queue.
    pub queue: String,
    /// Priority.
    pub priority: i32,
    /// Child safety.
    pub child_safety: bool,
    /// When it was opened.
    pub created: Millis,
    /// Last update.
    pub updated: Millis,
    /// Number of events.
    pub events: u64,
    /// Number of targeted accounts.
    pub targets: u64,
}

/// Which cases to list; ordered by priority (highest first), then age
/// (oldest first).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CaseFilter {
    /// Only this status.
    pub status: Option<CaseStatus>,
    /// Only this queue.
    pub queue: Option<String>,
    /// Only this subject.
    pub subject: Option<String>,
    /// At most this many.
    pub limit: usize,
    /// Skip this many first.
    pub offset: usize,
}

impl Default for CaseFilter {
    fn default() -> Self {
        CaseFilter {
            status: None,
            queue: None,
            subject: None,
            limit: 100,
            offset: 0,
        }
    }
}

/// A hash bank.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BankRecord {
    /// Unique name.
    pub name: String,
    /// Largest PDQ Hamming distance that counts as a match.
    pub max_distance: u32,
    /// Whether the bank is matched against.
    pub enabled: bool,
    /// Number of entries (enabled or not).
    pub entries: u64,
}

/// Hash types a bank entry can hold, with their length in hex digits.
pub const SIGNAL_TYPES: [(&str, usize); 3] = [("pdq", 64), ("md5", 32), ("sha256", 64)];

/// One hash in a bank.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BankEntryRecord {
    /// Assigned by the store; ignored on insert.
    pub id: Option<i64>,
    /// `pdq`, `md5` or `sha256`.
    pub signal_type: String,
    /// The hash, lowercase hex.
    pub value: String,
    /// Where it came from (a list file, an API client...).
    pub source: String,
    /// Optional label (e.g. a category).
    pub label: Option<String>,
    /// When it was added.
    pub added: Millis,
    /// Whether it is matched against.
    pub enabled: bool,
    /// PDQ quality (0..=100), if known.
    pub quality: Option<u8>,
}

impl BankEntryRecord {
    /// Checks the signal type and the hash's form; the error names the
    /// field, never the value.
    pub fn validate(&self) -> Result<(), StoreError> {
        let Some(&(_, digits)) = SIGNAL_TYPES.iter().find(|(t, _)| *t == self.signal_type) else {
            return Err(StoreError::Invalid(
                "signal_type: must be pdq, md5 or sha256".into(),
            ));
        };
        let lower_hex = self
            .value
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
        if self.value.len() != digits || !lower_hex {
            return Err(StoreError::Invalid(format!(
                "value: a {} hash is {digits} lowercase hex digits",
                self.signal_type
            )));
        }
        if self.quality.is_some_and(|q| q > 100) {
            return Err(StoreError::Invalid("quality: must be 0..=100".into()));
        }
        Ok(())
    }
}

/// A job of the outbox, as handed to a worker.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Job {
    /// Identifier.
    pub id: i64,
    /// What to do (`webhook`, `ncmec_report`, `purge`...).
    pub kind: String,
    /// Its parameters.
    pub payload: serde_json::Value,
    /// Failed attempts so far.
    pub attempts: u32,
    /// When it was due.
    pub next_attempt: Millis,
}

/// How long [`Store::due_jobs`] hands a job to one worker before handing it
/// out again (the worker is presumed dead after that).
pub const JOB_LEASE_MS: Millis = 60_000;

/// An API key, as stored: the secret itself is never stored, only its
/// argon2 hash, computed by the caller.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApiKeyRecord {
    /// Public prefix of the key, its identifier.
    pub id: String,
    /// Human name.
    pub name: String,
    /// PHC string of the secret's argon2 hash.
    pub hash: String,
    /// Scopes (`ingest`, `review`, `admin`).
    pub scopes: Vec<String>,
    /// When it was created.
    pub created: Millis,
    /// Whether it was revoked.
    pub revoked: bool,
}

/// The persistence of lurewatch. Object safe: the server holds an
/// `Arc<dyn Store>`.
#[async_trait]
pub trait Store: ReviewStore + AuditStore + ReportStore + Send + Sync + 'static {
    /// Applies the migrations the database lacks. Safe at every start.
    async fn migrate(&self) -> Result<(), StoreError>;

    // ---------------------------------------------------------------- events

    /// Appends a batch in one transaction; durable when this returns.
    /// Returns one [`Appended`] per input, in input order: an event whose
    /// dedupe key was stored before (or earlier in the batch) is not stored
    /// again and reports the original seq.
    async fn append_events(&self, batch: &[NewEvent]) -> Result<Vec<Appended>, StoreError>;

    /// Stores (or replaces) the decision of an event.
    /// [`StoreError::NotFound`] if there is no such event.
    async fn record_decision(&self, seq: i64, decision: &Decision) -> Result<(), StoreError>;

    /// Stores many decisions in one transaction (the pipeline's write-back
    /// path: one commit for a burst of events instead of one each).
    /// Decisions of unknown events are skipped.
    async fn record_decisions(&self, batch: &[(i64, Decision)]) -> Result<(), StoreError>;

    /// [`Store::append_events`] plus, in the same transaction, the
    /// [`WriteBack`] of earlier events (the ingest pipeline's group commit:
    /// one durable commit for both). Returns the appends' outcomes as
    /// `append_events` does. The default runs the calls one after the other.
    async fn append_with_write_back(
        &self,
        batch: &[NewEvent],
        write_back: &WriteBack,
    ) -> Result<Vec<Appended>, StoreError> {
        let appended = self.append_events(batch).await?;
        if !write_back.decisions.is_empty() {
            self.record_decisions(&write_back.decisions).await?;
        }
        if !write_back.counters.is_empty() {
            self.add_to_counters(&write_back.counters).await?;
        }
        for label in &write_back.labels {
            self.add_label(label).await?;
        }
        for case in &write_back.cases {
            self.upsert_case(case).await?;
        }
        for job in &write_back.jobs {
            self.enqueue(&job.kind, &job.payload, job.now).await?;
        }
        Ok(appended)
    }

    /// One event with its decision.
    async fn event(&self, seq: i64) -> Result<Option<StoredEvent>, StoreError>;

    /// Events with a seq above `after_seq` (and, if given, `ts >= since_ts`),
    /// ascending by seq, at most `limit`: for paging through the log (pass the
    /// last seq seen) and for replay.
    async fn events_after(
        &self,
        after_seq: i64,
        since_ts: Option<Millis>,
        limit: usize,
    ) -> Result<Vec<StoredEvent>, StoreError>;

    /// The latest `limit` events of an acting account, newest first.
    async fn events_of_actor(
        &self,
        actor: &str,
        limit: usize,
    ) -> Result<Vec<StoredEvent>, StoreError>;

    /// The latest `limit` events of a conversation, newest first.
    async fn events_of_conversation(
        &self,
        conversation: &str,
        limit: usize,
    ) -> Result<Vec<StoredEvent>, StoreError>;

    // ---------------------------------------------------------------- labels

    /// Sets a label. If the entity already has it, the one that expires last
    /// wins (no expiry beats any expiry); a tie keeps the existing one.
    async fn add_label(&self, label: &Label) -> Result<(), StoreError>;

    /// Removes a label; whether it was there (live or expired).
    async fn remove_label(&self, entity: &EntityRef, label: &str) -> Result<bool, StoreError>;

    /// Labels of an entity that are live at `now` (see [`Label::is_live`]),
    /// sorted by name.
    async fn labels(&self, entity: &EntityRef, now: Millis) -> Result<Vec<Label>, StoreError>;

    /// Every label live at `now`, at most `limit` (the service loads them
    /// into its cache at start, so label conditions survive a restart).
    async fn live_labels(&self, now: Millis, limit: usize) -> Result<Vec<Label>, StoreError>;

    // -------------------------------------------------------------- counters

    /// Many counter additions in one transaction.
    async fn add_to_counters(&self, batch: &[CounterAdd]) -> Result<(), StoreError>;

    /// Adds `by` to a counter of an entity in the time bucket starting at
    /// `bucket` (the caller aligns buckets, e.g. to the minute).
    async fn add_to_counter(
        &self,
        entity: &EntityRef,
        name: &str,
        bucket: Millis,
        by: i64,
    ) -> Result<(), StoreError>;

    /// Every bucket of the counter `name` (for any entity) starting at or
    /// after `since`, oldest first (`by` holds the bucket's value): what the
    /// service loads at start, each counter over its own window, so its
    /// windowed counters survive a restart.
    async fn counters_since(
        &self,
        name: &str,
        since: Millis,
    ) -> Result<Vec<CounterAdd>, StoreError>;

    /// Sum of a counter over the buckets starting at or after `since`.
    async fn counter_total(
        &self,
        entity: &EntityRef,
        name: &str,
        since: Millis,
    ) -> Result<i64, StoreError>;

    // ----------------------------------------------------------------- cases

    /// Opens a case for the subject if it has no open one, else adds the
    /// event and targets to the open case and raises its priority (moving it
    /// to the update's queue when the update's priority is higher) and its
    /// child-safety flag; neither is ever lowered.
    /// [`StoreError::NotFound`] if the event is not in the log.
    async fn upsert_case(&self, update: &CaseUpdate) -> Result<CaseId, StoreError>;

    /// One case with its events and targets.
    async fn case(&self, id: CaseId) -> Result<Option<Case>, StoreError>;

    /// Cases matching the filter, highest priority first, then oldest first.
    async fn cases(&self, filter: &CaseFilter) -> Result<Vec<CaseSummary>, StoreError>;

    /// Opens or closes a case. [`StoreError::NotFound`] if there is no such
    /// case; [`StoreError::Conflict`] when reopening it would give its subject
    /// two open cases.
    async fn set_case_status(
        &self,
        id: CaseId,
        status: CaseStatus,
        now: Millis,
    ) -> Result<(), StoreError>;

    // ----------------------------------------------------------------- banks

    /// Creates an enabled, empty bank. [`StoreError::Conflict`] if the name is
    /// taken.
    async fn create_bank(&self, name: &str, max_distance: u32) -> Result<(), StoreError>;

    /// All banks, by name, with their entry counts.
    async fn banks(&self) -> Result<Vec<BankRecord>, StoreError>;

    /// Adds entries (validated first: [`StoreError::Invalid`] names the bad
    /// one, and nothing is added). Entries whose (signal type, value) the bank
    /// already holds are skipped. Returns how many were inserted.
    async fn add_bank_entries(
        &self,
        bank: &str,
        entries: &[BankEntryRecord],
    ) -> Result<u64, StoreError>;

    /// All entries of a bank with their ids, ascending by id.
    async fn bank_entries(&self, bank: &str) -> Result<Vec<BankEntryRecord>, StoreError>;

    /// Enables or disables a whole bank.
    async fn set_bank_enabled(&self, bank: &str, enabled: bool) -> Result<(), StoreError>;

    /// Enables or disables one entry.
    async fn set_entry_enabled(&self, entry_id: i64, enabled: bool) -> Result<(), StoreError>;

    // ---------------------------------------------------------------- outbox

    /// Adds a job, due at `now`; returns its id.
    async fn enqueue(
        &self,
        kind: &str,
        payload: &serde_json::Value,
        now: Millis,
    ) -> Result<i64, StoreError>;

    /// Hands out up to `limit` jobs due at `now`, oldest due first. Each is
    /// leased for [`JOB_LEASE_MS`]: it is not handed out again until the
    /// lease ends, unless [`Store::job_failed`] reschedules it. The worker
    /// reports [`Store::job_done`] or [`Store::job_failed`]; a worker that
    /// dies lets the lease run out and the job is retried (at least once).
    async fn due_jobs(&self, now: Millis, limit: usize) -> Result<Vec<Job>, StoreError>;

    /// Removes a finished job. A job already gone is fine (a retry after a
    /// lease ran out may finish twice).
    async fn job_done(&self, id: i64) -> Result<(), StoreError>;

    /// Counts a failed attempt and reschedules the job at `next_attempt`, or,
    /// with `give_up`, parks it for good (kept, with its last error, for
    /// inspection). `error` must not contain event content.
    async fn job_failed(
        &self,
        id: i64,
        next_attempt: Millis,
        error: &str,
        give_up: bool,
    ) -> Result<(), StoreError>;

    // -------------------------------------------------------------- api keys

    /// Stores a key. [`StoreError::Conflict`] if the id is taken.
    async fn insert_api_key(&self, key: &ApiKeyRecord) -> Result<(), StoreError>;

    /// One key, revoked or not.
    async fn api_key(&self, id: &str) -> Result<Option<ApiKeyRecord>, StoreError>;

    /// All keys, by id.
    async fn api_keys(&self) -> Result<Vec<ApiKeyRecord>, StoreError>;

    /// Revokes a key; whether it exists.
    async fn revoke_api_key(&self, id: &str) -> Result<bool, StoreError>;

    // -------------------------------------------------------------- media

    /// Stores media bytes under their SHA-256 (hex, lower case), durably;
    /// storing the same content again is a no-op. The caller computes the
    /// digest.
    async fn put_media(
        &self,
        sha256: &str,
        bytes: &[u8],
        received: Millis,
    ) -> Result<(), StoreError>;

    /// The stored media with this SHA-256, if any.
    async fn media(&self, sha256: &str) -> Result<Option<Vec<u8>>, StoreError>;
}
