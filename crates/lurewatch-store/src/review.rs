//! Reviewer accounts, sessions, queues and claims, review decisions, notes
//! and wellness settings (issue 5, the review console).
//!
//! The trait is implemented for both backends in `review_sql.rs`, which is
//! `include!`d into `sqlite.rs` and `postgres.rs` like `shared.rs`.
//!
//! # Design
//!
//! * **Users** carry an argon2 PHC string computed by the caller (the store
//!   never sees a password), a [`Role`], the queues they may work, a disabled
//!   flag and the lock-out state (failed logins, locked-until). The failure
//!   count is advanced in one statement ([`ReviewStore::record_login_failure`]),
//!   so concurrent wrong guesses cannot slip past the limit.
//! * **Sessions** are stored by the hash of their token (the token itself is
//!   only in the reviewer's cookie) with their CSRF token and expiry; a
//!   session of a disabled user is never returned.
//! * **Claims** live on the case row (`claimed_by`, `claimed_at`). Claiming is
//!   one conditional `UPDATE ... WHERE claimed_by IS NULL OR claimed_by = me`
//!   on an open case, so two reviewers can never hold the same case, on
//!   either backend, whatever the interleaving.
//! * **Decisions** are recorded in one transaction that also checks the
//!   claim (the decider must hold it), applies the decision's effect on the
//!   case (close, or move to the `escalated` / [`NCMEC_QUEUE`] queue) and
//!   releases the claim. [`ReviewStore::review_decisions`] is the feed that
//!   statistics and `lurewatch export training` read.

use async_trait::async_trait;
use serde::{Deserialize, Serialize};

use crate::{CaseId, CaseSummary, Millis, StoreError};

/// Queue a case moves to when a reviewer sends it to NCMEC report drafting
/// (the NCMEC drafting page lists the open cases of this queue).
pub const NCMEC_QUEUE: &str = "ncmec";

/// Queue a case moves to when a reviewer escalates it.
pub const ESCALATED_QUEUE: &str = "escalated";

/// Longest note, in characters (notes on decisions and case notes).
pub const MAX_NOTE_CHARS: usize = 4000;

/// Longest user name, in bytes.
pub const MAX_USER_NAME_LEN: usize = 64;

/// A reviewer's role.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Works the queues granted to them; never sees child-safety cases.
    Reviewer,
    /// Child-safety specialist: the only non-admin role that sees
    /// child-safety cases and their media.
    ChildSafety,
    /// Everything, in every queue, plus reassigning claims and managing users.
    Admin,
}

impl Role {
    /// The stored and wire name.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Reviewer => "reviewer",
            Role::ChildSafety => "child_safety",
            Role::Admin => "admin",
        }
    }

    /// Parses the stored name.
    pub fn parse(name: &str) -> Option<Role> {
        match name {
            "reviewer" => Some(Role::Reviewer),
            "child_safety" => Some(Role::ChildSafety),
            "admin" => Some(Role::Admin),
            _ => None,
        }
    }

    /// Whether this role may see child-safety cases and their media.
    pub fn sees_child_safety(self) -> bool {
        matches!(self, Role::ChildSafety | Role::Admin)
    }
}

/// Checks a user name: 1..=64 bytes of ASCII letters, digits, `.`, `_`, `-`,
/// `@`. The error names the rule, never echoes the value.
pub fn validate_user_name(name: &str) -> Result<(), StoreError> {
    let ok = !name.is_empty()
        && name.len() <= MAX_USER_NAME_LEN
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-' | b'@'));
    if ok {
        Ok(())
    } else {
        Err(StoreError::Invalid(format!(
            "user name: 1 to {MAX_USER_NAME_LEN} letters, digits, '.', '_', '-' or '@'"
        )))
    }
}

/// Checks a note's length (at most [`MAX_NOTE_CHARS`] characters, not
/// blank).
pub fn validate_note(text: &str) -> Result<(), StoreError> {
    if text.trim().is_empty() {
        return Err(StoreError::Invalid("note: must not be empty".into()));
    }
    if text.chars().count() > MAX_NOTE_CHARS {
        return Err(StoreError::Invalid(format!(
            "note: at most {MAX_NOTE_CHARS} characters"
        )));
    }
    Ok(())
}

/// A reviewer account to create.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewUser {
    /// Unique login name (see [`validate_user_name`]).
    pub name: String,
    /// argon2 PHC string of the password (computed by the caller).
    pub password_hash: String,
    /// Role.
    pub role: Role,
    /// Queues the user may work (admins work every queue whatever this
    /// says).
    pub queues: Vec<String>,
    /// When it was created.
    pub created: Millis,
}

/// A reviewer account as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserRecord {
    /// Login name.
    pub name: String,
    /// argon2 PHC string of the password.
    pub password_hash: String,
    /// Role.
    pub role: Role,
    /// Granted queues, sorted.
    pub queues: Vec<String>,
    /// Disabled users cannot log in and their sessions stop working.
    pub disabled: bool,
    /// Consecutive failed logins since the last success or lock-out.
    pub failed_logins: u32,
    /// Logins are refused until then.
    pub locked_until: Option<Millis>,
    /// When it was created.
    pub created: Millis,
}

impl UserRecord {
    /// Whether logins are refused at `now` because of failed attempts.
    pub fn is_locked(&self, now: Millis) -> bool {
        self.locked_until.is_some_and(|until| until > now)
    }
}

/// A console session. The token is never stored, only its hash.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionRecord {
    /// Hex SHA-256 of the session token (the cookie's value).
    pub token_hash: String,
    /// Whose.
    pub user: String,
    /// The CSRF token every form of this session must echo.
    pub csrf: String,
    /// When it was created.
    pub created: Millis,
    /// When it stops working.
    pub expires: Millis,
}

/// What a reviewer decided about a case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReviewDecisionKind {
    /// A violation: the subject did it; an action is taken. Closes the case.
    Confirm,
    /// No violation. Closes the case.
    Dismiss,
    /// Needs a more senior look: moves the case to [`ESCALATED_QUEUE`].
    Escalate,
    /// Send to NCMEC report drafting: moves the case to [`NCMEC_QUEUE`].
    Ncmec,
}

impl ReviewDecisionKind {
    /// The stored and wire name.
    pub fn as_str(self) -> &'static str {
        match self {
            ReviewDecisionKind::Confirm => "confirm",
            ReviewDecisionKind::Dismiss => "dismiss",
            ReviewDecisionKind::Escalate => "escalate",
            ReviewDecisionKind::Ncmec => "ncmec",
        }
    }

    /// Parses the stored name.
    pub fn parse(name: &str) -> Option<ReviewDecisionKind> {
        match name {
            "confirm" => Some(ReviewDecisionKind::Confirm),
            "dismiss" => Some(ReviewDecisionKind::Dismiss),
            "escalate" => Some(ReviewDecisionKind::Escalate),
            "ncmec" => Some(ReviewDecisionKind::Ncmec),
            _ => None,
        }
    }

    /// Whether the decision closes the case (else it moves to another queue
    /// and stays open).
    pub fn closes_case(self) -> bool {
        matches!(
            self,
            ReviewDecisionKind::Confirm | ReviewDecisionKind::Dismiss
        )
    }

    /// The queue an open-leaving decision moves the case to.
    pub fn target_queue(self) -> Option<&'static str> {
        match self {
            ReviewDecisionKind::Escalate => Some(ESCALATED_QUEUE),
            ReviewDecisionKind::Ncmec => Some(NCMEC_QUEUE),
            _ => None,
        }
    }
}

/// A decision to record (see [`ReviewStore::record_review_decision`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewReviewDecision {
    /// The case decided.
    pub case_id: CaseId,
    /// Who decided (must hold the case's claim).
    pub reviewer: String,
    /// What.
    pub decision: ReviewDecisionKind,
    /// For a confirmation: the action to take (`warn`, `suspend`, `ban`...).
    pub action: Option<String>,
    /// Taxonomy codes the reviewer confirmed (e.g. `GRM.ISOLATE`).
    pub codes: Vec<String>,
    /// Free-text note (see [`validate_note`]).
    pub note: Option<String>,
    /// When.
    pub ts: Millis,
}

/// A recorded decision, as read by statistics and `export training`. The
/// shape is stable: fields may be added, never renamed or removed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewDecisionRecord {
    /// Identifier, ascending in order of recording.
    pub id: i64,
    /// The case.
    pub case_id: CaseId,
    /// The case's subject (the suspected offender's account).
    pub subject: String,
    /// The queue the case was in when decided.
    pub queue: String,
    /// Whether the case was a child-safety case.
    pub child_safety: bool,
    /// When the case was opened (time to decision = `ts - case_created`).
    pub case_created: Millis,
    /// Who decided.
    pub reviewer: String,
    /// What.
    pub decision: ReviewDecisionKind,
    /// The action, for a confirmation.
    pub action: Option<String>,
    /// Confirmed taxonomy codes, sorted.
    pub codes: Vec<String>,
    /// The note, if any.
    pub note: Option<String>,
    /// When.
    pub ts: Millis,
}

/// A note on a case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseNote {
    /// Identifier.
    pub id: i64,
    /// The case.
    pub case_id: CaseId,
    /// Who wrote it.
    pub author: String,
    /// The text as written (render it escaped).
    pub text: String,
    /// When.
    pub ts: Millis,
}

/// Who holds a case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Claim {
    /// The reviewer.
    pub reviewer: String,
    /// Since when.
    pub since: Millis,
}

/// A case in a review queue, with its claim.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QueueEntry {
    /// The case.
    pub case: CaseSummary,
    /// Who holds it, if anyone.
    pub claim: Option<Claim>,
}

/// The state of one queue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QueueStats {
    /// Queue name.
    pub queue: String,
    /// Open cases.
    pub open: u64,
    /// Open cases nobody holds.
    pub unclaimed: u64,
    /// Creation time of the oldest open case.
    pub oldest: Option<Millis>,
    /// Open child-safety cases.
    pub child_safety: u64,
}

/// Per-user wellness settings for media display.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct WellnessSettings {
    /// Blur radius in CSS pixels (0..=[`WellnessSettings::MAX_BLUR`]).
    pub blur: u8,
    /// Show media in grayscale.
    pub grayscale: bool,
    /// Autoplay animated media and video.
    pub autoplay: bool,
}

impl WellnessSettings {
    /// Largest blur radius.
    pub const MAX_BLUR: u8 = 40;
}

impl Default for WellnessSettings {
    /// Blurred (16 px), grayscale, no autoplay.
    fn default() -> Self {
        WellnessSettings {
            blur: 16,
            grayscale: true,
            autoplay: false,
        }
    }
}

/// Which cases [`ReviewStore::claim_next`] may hand out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClaimScope {
    /// Only these queues.
    pub queues: Vec<String>,
    /// Whether child-safety cases may be handed out.
    pub child_safety: bool,
}

/// Reviewer accounts, sessions, queues and claims, review decisions and notes.
#[async_trait]
pub trait ReviewStore: Send + Sync + 'static {
    // ----------------------------------------------------------------- users

    /// Creates a user. [`StoreError::Conflict`] if the name is taken,
    /// [`StoreError::Invalid`] for a bad name.
    async fn create_user(&self, user: &NewUser) -> Result<(), StoreError>;

    /// One user.
    async fn user(&self, name: &str) -> Result<Option<UserRecord>, StoreError>;

    /// All users, by name.
    async fn users(&self) -> Result<Vec<UserRecord>, StoreError>;

    /// Disables or re-enables a user; disabling also ends their sessions
    /// and releases their claims. [`StoreError::NotFound`] if unknown.
    async fn set_user_disabled(&self, name: &str, disabled: bool) -> Result<(), StoreError>;

    /// Replaces a user's password hash and clears the lock-out.
    async fn set_user_password(&self, name: &str, password_hash: &str) -> Result<(), StoreError>;

    /// Counts a failed login (atomically). When the count reaches
    /// `max_failures`, the user is locked until `now + lock_ms` and the count
    /// restarts. Returns the updated user; `None` if unknown.
    async fn record_login_failure(
        &self,
        name: &str,
        now: Millis,
        max_failures: u32,
        lock_ms: Millis,
    ) -> Result<Option<UserRecord>, StoreError>;

    /// Clears the failure count after a successful login.
    async fn record_login_success(&self, name: &str) -> Result<(), StoreError>;

    // -------------------------------------------------------------- sessions

    /// Stores a session. [`StoreError::NotFound`] if the user is unknown.
    async fn create_session(&self, session: &SessionRecord) -> Result<(), StoreError>;

    /// The session with this token hash, if it exists, has not expired at
    /// `now`, and its user is not disabled; with its user.
    async fn session(
        &self,
        token_hash: &str,
        now: Millis,
    ) -> Result<Option<(SessionRecord, UserRecord)>, StoreError>;

    /// Ends a session (logout); whether it existed.
    async fn delete_session(&self, token_hash: &str) -> Result<bool, StoreError>;

    /// Removes sessions expired at `now`; how many.
    async fn purge_sessions(&self, now: Millis) -> Result<u64, StoreError>;

    // ---------------------------------------------------------------- claims

    /// Claims an open case for `reviewer` (a no-op if they hold it).
    /// [`StoreError::Conflict`] if someone else holds it or it is closed,
    /// [`StoreError::NotFound`] if there is no such case. Atomic: of
    /// concurrent claimers exactly one wins.
    async fn claim_case(&self, id: CaseId, reviewer: &str, now: Millis) -> Result<(), StoreError>;

    /// Claims the first unclaimed open case in scope (highest priority, then
    /// oldest); `None` if there is none.
    async fn claim_next(
        &self,
        scope: &ClaimScope,
        reviewer: &str,
        now: Millis,
    ) -> Result<Option<CaseId>, StoreError>;

    /// Releases a claim. With `Some(reviewer)` only that reviewer's claim is
    /// released ([`StoreError::Conflict`] if someone else holds it); with
    /// `None` any claim is (admins). Releasing an unclaimed case is a no-op.
    async fn release_case(&self, id: CaseId, reviewer: Option<&str>) -> Result<(), StoreError>;

    /// Gives an open case to `to` whoever holds it (admins).
    /// [`StoreError::NotFound`] if the case or the user is unknown,
    /// [`StoreError::Conflict`] if the case is closed.
    async fn reassign_case(&self, id: CaseId, to: &str, now: Millis) -> Result<(), StoreError>;

    /// Who holds a case.
    async fn case_claim(&self, id: CaseId) -> Result<Option<Claim>, StoreError>;

    /// Open cases of a queue with their claims, highest priority first, then
    /// oldest, at most `limit`.
    async fn queue_cases(&self, queue: &str, limit: usize) -> Result<Vec<QueueEntry>, StoreError>;

    /// Open cases held by `reviewer`, highest priority first, then oldest.
    async fn claimed_cases(&self, reviewer: &str) -> Result<Vec<QueueEntry>, StoreError>;

    /// Every queue with open cases, by name.
    async fn queue_stats(&self) -> Result<Vec<QueueStats>, StoreError>;

    // ------------------------------------------------------------- decisions

    /// Records a decision and applies it to the case, in one transaction:
    /// the reviewer must hold the case's claim ([`StoreError::Conflict`]
    /// otherwise, and nothing changes); confirm and dismiss close the case,
    /// escalate and ncmec move it to their queue; the claim is released.
    /// [`StoreError::Invalid`] for a bad note or an action on a non-confirm.
    async fn record_review_decision(
        &self,
        decision: &NewReviewDecision,
    ) -> Result<ReviewDecisionRecord, StoreError>;

    /// [`ReviewStore::record_review_decision`] and its audit entry in one
    /// transaction: the entry's `detail` (a JSON object) gains
    /// `"review_decision": <id>`. A decision is never recorded without its
    /// audit entry, nor the entry without the decision.
    async fn record_review_decision_audited(
        &self,
        decision: &NewReviewDecision,
        audit: &crate::NewAuditEntry,
    ) -> Result<(ReviewDecisionRecord, crate::AuditEntry), StoreError>;

    /// Decisions recorded at or after `since` (by their `ts`), oldest first
    /// (then by id). For statistics and `export training`.
    async fn review_decisions(
        &self,
        since: Millis,
    ) -> Result<Vec<ReviewDecisionRecord>, StoreError>;

    /// Decisions about any case of `subject`, oldest first.
    async fn subject_review_decisions(
        &self,
        subject: &str,
    ) -> Result<Vec<ReviewDecisionRecord>, StoreError>;

    // ----------------------------------------------------------------- notes

    /// Adds a note to a case. [`StoreError::NotFound`] for an unknown case,
    /// [`StoreError::Invalid`] for an empty or oversize note.
    async fn add_case_note(
        &self,
        id: CaseId,
        author: &str,
        text: &str,
        now: Millis,
    ) -> Result<CaseNote, StoreError>;

    /// Notes of a case, oldest first.
    async fn case_notes(&self, id: CaseId) -> Result<Vec<CaseNote>, StoreError>;

    // -------------------------------------------------------------- wellness

    /// A user's wellness settings (the defaults if never set).
    async fn wellness(&self, user: &str) -> Result<WellnessSettings, StoreError>;

    /// Stores a user's wellness settings (blur is clamped to the maximum).
    async fn set_wellness(&self, user: &str, settings: &WellnessSettings)
    -> Result<(), StoreError>;
}
