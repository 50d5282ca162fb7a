//! The append-only, hash-chained audit log; evidence preservation holds and
//! retention purges; the rows the statistics page reads (issue 5,
//! accountability).
//!
//! The trait is implemented for both backends in `audit_sql.rs`, which is
//! `include!`d into `sqlite.rs` and `postgres.rs` like `shared.rs`.
//!
//! # The chain
//!
//! Entry `n` (ids start at 1 and have no gaps) stores `prev_hash`, the hash
//! of entry `n - 1` (64 zeros for entry 1), and
//!
//! ```text
//! hash = hex(SHA-256(prev_hash ‖ "\n" ‖ canonical_json([id, actor, action, subject, detail, ts])))
//! ```
//!
//! where `canonical_json` is JSON without insignificant whitespace, object
//! keys sorted by their UTF-8 bytes at every depth, strings escaped as
//! `serde_json` does (only `"`, `\` and control characters; lowercase
//! `\u00xx`). See [`canonical_json`] and [`entry_hash`]. Changing one byte of
//! any entry changes its hash, so the stored `hash` no longer matches
//! ([`BreakReason::Hash`]); recomputing that hash breaks the next entry's
//! `prev_hash` link ([`BreakReason::PrevLink`]); deleting an entry leaves a
//! gap ([`BreakReason::Gap`]). Truncating the *tail* is only detectable
//! against a head recorded elsewhere ([`AuditStore::audit_head`]).
//!
//! Appends are serialised (SQLite's single writer connection and a
//! transaction; PostgreSQL a transaction-scoped advisory lock), and the id is
//! the primary key, so the chain cannot fork. Both backends carry triggers
//! that refuse `UPDATE` and `DELETE` of audit rows (and `TRUNCATE` on
//! PostgreSQL); there is no API to change or remove an entry.
//!
//! # Preservation and retention
//!
//! A [`Hold`] keeps everything tied to its subject (`case:<id>`,
//! `event:<seq>`, `account:<id>`, `conversation:<id>`) until its `until`;
//! [`AuditStore::purge`] deletes old events, expired labels, old counter
//! buckets and old dead jobs, never anything held or belonging to an open
//! case, and records what it did in the audit log in the same transaction.

use async_trait::async_trait;
use lurewatch_core::{Decision, EventKind};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::{CaseId, Millis, StoreError};

/// `prev_hash` of the first entry.
pub const GENESIS_HASH: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// Longest `actor` and `action`, in bytes.
pub const MAX_AUDIT_NAME_LEN: usize = 200;
/// Longest `subject`, in bytes.
pub const MAX_AUDIT_SUBJECT_LEN: usize = 500;
/// Longest `detail`, as canonical JSON, in bytes.
pub const MAX_AUDIT_DETAIL_LEN: usize = 64 * 1024;

/// How long content tied to an NCMEC report is preserved at least: one
/// year (18 U.S.C. 2258A(h) as amended by the REPORT Act, 2024). 366 days,
/// so the period covers a calendar year even across 29 February.
pub const PRESERVATION_PERIOD_MS: Millis = 366 * 24 * 60 * 60 * 1000;

/// An audit entry to append.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NewAuditEntry {
    /// Who: a reviewer's user name, or `system:<job>` for background jobs.
    pub actor: String,
    /// What, dotted: `case.view`, `media.reveal`, `case.decide`,
    /// `case.claim`, `ncmec.submit`, `retention.purge`, ...
    pub action: String,
    /// On what: `case:12`, `event:345`, `user:alice`, ...
    pub subject: String,
    /// Details (decision, reason, counts). Never message text.
    pub detail: serde_json::Value,
    /// When.
    pub ts: Millis,
}

impl NewAuditEntry {
    /// Checks the fields: `actor` and `action` non-empty, lengths within the
    /// limits above, no control characters in `actor`, `action`, `subject`
    /// (they are shown in tables and must be storable as text everywhere).
    /// The error names the field, never the value.
    pub fn validate(&self) -> Result<(), StoreError> {
        let fields = [
            ("actor", &self.actor, MAX_AUDIT_NAME_LEN),
            ("action", &self.action, MAX_AUDIT_NAME_LEN),
            ("subject", &self.subject, MAX_AUDIT_SUBJECT_LEN),
        ];
        for (name, value, max) in fields {
            if value.is_empty() && name != "subject" {
                return Err(StoreError::Invalid(format!("{name}: must not be empty")));
            }
            if value.len() > max {
                return Err(StoreError::Invalid(format!(
                    "{name}: longer than {max} bytes"
                )));
            }
            if value.chars().any(char::is_control) {
                return Err(StoreError::Invalid(format!(
                    "{name}: must not contain control characters"
                )));
            }
        }
        if canonical_json(&self.detail).len() > MAX_AUDIT_DETAIL_LEN {
            return Err(StoreError::Invalid(format!(
                "detail: longer than {MAX_AUDIT_DETAIL_LEN} bytes"
            )));
        }
        Ok(())
    }
}

/// An entry of the audit log, chained to the one before it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AuditEntry {
    /// Position in the log, from 1, without gaps.
    pub id: i64,
    /// The entry as appended.
    #[serde(flatten)]
    pub entry: NewAuditEntry,
    /// Hex SHA-256 of the previous entry (64 zeros for the first).
    pub prev_hash: String,
    /// Hex SHA-256 over `prev_hash` and this entry's canonical encoding.
    pub hash: String,
}

/// JSON with object keys sorted (by UTF-8 bytes, at every depth) and no
/// whitespace: the same value always gives the same text, whatever order
/// its maps were built in.
pub fn canonical_json(value: &serde_json::Value) -> String {
    let mut out = String::new();
    write_canonical(value, &mut out);
    out
}

fn write_canonical(value: &serde_json::Value, out: &mut String) {
    use serde_json::Value;
    match value {
        Value::Object(map) => {
            let mut keys: Vec<&String> = map.keys().collect();
            keys.sort_unstable();
            out.push('{');
            for (index, key) in keys.into_iter().enumerate() {
                if index > 0 {
                    out.push(',');
                }
                write_string(key, out);
                out.push(':');
                write_canonical(&map[key.as_str()], out);
            }
            out.push('}');
        }
        Value::Array(items) => {
            out.push('[');
            for (index, item) in items.iter().enumerate() {
                if index > 0 {
                    out.push(',');
                }
                write_canonical(item, out);
            }
            out.push(']');
        }
        Value::String(text) => write_string(text, out),
        // Null, booleans and numbers have one serde_json spelling.
        other => out.push_str(&other.to_string()),
    }
}

fn write_string(text: &str, out: &mut String) {
    // serde_json's string escaping (a `Value::String` never fails to print).
    out.push_str(&serde_json::Value::String(text.to_string()).to_string());
}

/// The hash of entry `id` whose predecessor's hash is `prev_hash` (see the
/// module docs for the encoding).
pub fn entry_hash(prev_hash: &str, id: i64, entry: &NewAuditEntry) -> String {
    let encoded = canonical_json(&serde_json::json!([
        id,
        entry.actor,
        entry.action,
        entry.subject,
        entry.detail,
        entry.ts
    ]));
    let mut hasher = Sha256::new();
    hasher.update(prev_hash.as_bytes());
    hasher.update(b"\n");
    hasher.update(encoded.as_bytes());
    hex::encode(hasher.finalize())
}

/// Why the chain breaks at an entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[serde(tag = "reason", rename_all = "snake_case")]
pub enum BreakReason {
    /// The entry's id is not the one after its predecessor's (an entry was
    /// removed, or the log does not start at 1).
    #[error("expected entry {expected}: entries are missing before it")]
    Gap {
        /// The id that should have come.
        expected: i64,
    },
    /// The entry's `prev_hash` is not its predecessor's `hash`.
    #[error("its prev_hash does not match the previous entry's hash")]
    PrevLink,
    /// The entry's stored `hash` is not the hash of its content: it was
    /// altered after it was written.
    #[error("its content does not match its hash (altered after it was written)")]
    Hash,
}

/// The first entry at which the chain breaks, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[error("audit entry {id} is broken: {reason}")]
pub struct ChainBreak {
    /// The entry's id.
    pub id: i64,
    /// Why.
    pub reason: BreakReason,
}

/// Checks entries one at a time, in id order (so a long log can be checked
/// page by page).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChainVerifier {
    next_id: i64,
    prev_hash: String,
    checked: u64,
}

impl Default for ChainVerifier {
    fn default() -> Self {
        ChainVerifier::new()
    }
}

impl ChainVerifier {
    /// A verifier expecting entry 1.
    pub fn new() -> ChainVerifier {
        ChainVerifier {
            next_id: 1,
            prev_hash: GENESIS_HASH.to_string(),
            checked: 0,
        }
    }

    /// Checks the next entry. After an error the verifier should not be fed
    /// further.
    pub fn check(&mut self, entry: &AuditEntry) -> Result<(), ChainBreak> {
        let broken = |reason| ChainBreak {
            id: entry.id,
            reason,
        };
        if entry.id != self.next_id {
            return Err(broken(BreakReason::Gap {
                expected: self.next_id,
            }));
        }
        if entry.prev_hash != self.prev_hash {
            return Err(broken(BreakReason::PrevLink));
        }
        if entry_hash(&entry.prev_hash, entry.id, &entry.entry) != entry.hash {
            return Err(broken(BreakReason::Hash));
        }
        self.next_id += 1;
        self.prev_hash.clone_from(&entry.hash);
        self.checked += 1;
        Ok(())
    }

    /// Entries checked so far.
    pub fn checked(&self) -> u64 {
        self.checked
    }

    /// The hash of the last entry checked (the genesis hash before any).
    pub fn head_hash(&self) -> &str {
        &self.prev_hash
    }
}

/// Checks a whole chain from entry 1; the number of entries if it holds.
pub fn verify_chain<'a>(
    entries: impl IntoIterator<Item = &'a AuditEntry>,
) -> Result<u64, ChainBreak> {
    let mut verifier = ChainVerifier::new();
    for entry in entries {
        verifier.check(entry)?;
    }
    Ok(verifier.checked())
}

/// The outcome of [`AuditStore::verify_audit`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditVerification {
    /// Entries that verified (all of them when `broken` is `None`).
    pub verified: u64,
    /// The last verified entry's id and hash (record it elsewhere to detect
    /// a truncated tail later).
    pub head: Option<(i64, String)>,
    /// The first broken entry, if any.
    pub broken: Option<ChainBreak>,
}

/// Which entries the audit page lists: newest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct AuditFilter {
    /// Only this action.
    pub action: Option<String>,
    /// Only this actor.
    pub actor: Option<String>,
    /// Only this subject.
    pub subject: Option<String>,
    /// Only entries with a smaller id (the next page).
    pub before_id: Option<i64>,
    /// At most this many.
    pub limit: usize,
}

impl Default for AuditFilter {
    fn default() -> Self {
        AuditFilter {
            action: None,
            actor: None,
            subject: None,
            before_id: None,
            limit: 100,
        }
    }
}

/// A preservation hold to place.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewHold {
    /// What is preserved: `case:<id>`, `event:<seq>`, `account:<id>` or
    /// `conversation:<id>`.
    pub subject: String,
    /// Why (`ncmec_report`, `legal_request`, ...).
    pub reason: String,
    /// Kept until (Unix ms), e.g. `now + PRESERVATION_PERIOD_MS`.
    pub until: Millis,
    /// Who placed it (audited as `hold.add`).
    pub actor: String,
    /// When.
    pub now: Millis,
}

/// Subject prefixes a hold can name.
pub const HOLD_SUBJECT_KINDS: [&str; 4] = ["case", "event", "account", "conversation"];

impl NewHold {
    /// Checks the subject's form (`kind:id`, with a numeric id for cases and
    /// events), the reason and that `until` is after `now`.
    pub fn validate(&self) -> Result<(), StoreError> {
        validate_hold_subject(&self.subject)?;
        if self.reason.is_empty()
            || self.reason.len() > MAX_AUDIT_NAME_LEN
            || self.reason.chars().any(char::is_control)
        {
            return Err(StoreError::Invalid(
                "reason: 1 to 200 bytes without control characters".into(),
            ));
        }
        if self.until <= self.now {
            return Err(StoreError::Invalid("until: must be in the future".into()));
        }
        Ok(())
    }
}

/// Checks a hold subject (`kind:id`).
pub fn validate_hold_subject(subject: &str) -> Result<(), StoreError> {
    let invalid = || {
        StoreError::Invalid(
            "subject: must be case:<id>, event:<seq>, account:<id> or conversation:<id>".into(),
        )
    };
    let (kind, id) = subject.split_once(':').ok_or_else(invalid)?;
    if !HOLD_SUBJECT_KINDS.contains(&kind)
        || id.is_empty()
        || subject.len() > MAX_AUDIT_SUBJECT_LEN
        || subject.chars().any(char::is_control)
    {
        return Err(invalid());
    }
    if matches!(kind, "case" | "event") && id.parse::<u64>().is_err() {
        return Err(invalid());
    }
    Ok(())
}

/// A preservation hold.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Hold {
    /// Identifier.
    pub id: i64,
    /// What is preserved.
    pub subject: String,
    /// Why.
    pub reason: String,
    /// Who placed it.
    pub created_by: String,
    /// When it was placed.
    pub created: Millis,
    /// Kept until (Unix ms).
    pub until: Millis,
}

/// What a purge deletes (everything older than the cut-offs that is not
/// held and not part of an open case).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PurgePolicy {
    /// The purge's time (holds whose `until` is after it are live).
    pub now: Millis,
    /// Events received before this.
    pub events_before: Millis,
    /// Labels that expired before this.
    pub labels_expired_before: Millis,
    /// Counter buckets starting before this.
    pub counters_before: Millis,
    /// Dead (given up) outbox jobs created before this.
    pub dead_jobs_before: Millis,
    /// Rows deleted per transaction (the writer is released in between).
    pub batch: usize,
    /// Who is purging (the audit entry's actor), e.g. `system:retention`.
    pub actor: String,
}

/// What a purge deleted.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PurgeCounts {
    /// Events.
    pub events: u64,
    /// Links of those events to (closed) cases.
    pub case_links: u64,
    /// Expired labels.
    pub labels: u64,
    /// Counter buckets.
    pub counters: u64,
    /// Dead outbox jobs.
    pub jobs: u64,
    /// Stored media files no remaining event refers to.
    pub media: u64,
}

impl PurgeCounts {
    /// Whether nothing was deleted.
    pub fn is_empty(&self) -> bool {
        *self == PurgeCounts::default()
    }
}

/// A decided event for the statistics: no envelope, no text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StatEvent {
    /// Position in the log.
    pub seq: i64,
    /// The event's type.
    pub kind: EventKind,
    /// The acting account.
    pub actor: String,
    /// When it happened on the platform.
    pub ts: Millis,
    /// Its decision.
    pub decision: Decision,
    /// The cases it belongs to.
    pub cases: Vec<StatCase>,
}

/// A case a [`StatEvent`] belongs to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatCase {
    /// The case.
    pub id: CaseId,
    /// Its queue now.
    pub queue: String,
    /// Whether it is a child-safety case.
    pub child_safety: bool,
}

/// An age an account declared in a profile event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeclaredAge {
    /// The account.
    pub account: String,
    /// Declared age in years, if given.
    pub declared_age: Option<u8>,
    /// Declared birth year, if given.
    pub birth_year: Option<u16>,
    /// When the profile event happened.
    pub ts: Millis,
}

/// The audit log and the other accountability tables.
#[async_trait]
pub trait AuditStore: Send + Sync + 'static {
    /// Appends one entry after the current last one, atomically (concurrent
    /// appends are serialised so the chain never forks).
    /// [`StoreError::Invalid`] if [`NewAuditEntry::validate`] refuses it.
    async fn append_audit(&self, entry: &NewAuditEntry) -> Result<AuditEntry, StoreError>;

    /// Entries with an id above `after_id`, ascending, at most `limit`.
    async fn audit_entries(
        &self,
        after_id: i64,
        limit: usize,
    ) -> Result<Vec<AuditEntry>, StoreError>;

    /// Entries matching the filter, newest first.
    async fn audit_search(&self, filter: &AuditFilter) -> Result<Vec<AuditEntry>, StoreError>;

    /// The last entry's id and hash (`None` while the log is empty).
    async fn audit_head(&self) -> Result<Option<(i64, String)>, StoreError>;

    /// Checks the whole chain, page by page.
    async fn verify_audit(&self) -> Result<AuditVerification, StoreError> {
        const PAGE: usize = 1000;
        let mut verifier = ChainVerifier::new();
        let mut after = 0;
        let mut head = None;
        loop {
            let page = self.audit_entries(after, PAGE).await?;
            for entry in &page {
                if let Err(broken) = verifier.check(entry) {
                    return Ok(AuditVerification {
                        verified: verifier.checked(),
                        head,
                        broken: Some(broken),
                    });
                }
                head = Some((entry.id, entry.hash.clone()));
            }
            match page.last() {
                Some(last) if page.len() == PAGE => after = last.id,
                _ => break,
            }
        }
        Ok(AuditVerification {
            verified: verifier.checked(),
            head,
            broken: None,
        })
    }

    /// Places a preservation hold and audits it (`hold.add`) in one
    /// transaction; returns the hold.
    async fn add_hold(&self, hold: &NewHold) -> Result<Hold, StoreError>;

    /// Moves a hold's `until` later (never earlier: [`StoreError::Invalid`])
    /// and audits it (`hold.extend`). [`StoreError::NotFound`] if there is
    /// no such hold.
    async fn extend_hold(
        &self,
        id: i64,
        until: Millis,
        actor: &str,
        now: Millis,
    ) -> Result<Hold, StoreError>;

    /// Holds on a subject (live or expired), by id.
    async fn holds_of(&self, subject: &str) -> Result<Vec<Hold>, StoreError>;

    /// Holds live at `now` (`until > now`), by id.
    async fn live_holds(&self, now: Millis) -> Result<Vec<Hold>, StoreError>;

    /// Deletes what the policy says may go, in batches of `policy.batch`
    /// events. Each batch is one transaction that also appends a
    /// `retention.purge` audit entry with its counts, so nothing is deleted
    /// without a record (a run that deletes nothing appends nothing).
    /// Media files referred to by the purged events go too unless another
    /// event still refers to them.
    async fn purge(&self, policy: &PurgePolicy) -> Result<PurgeCounts, StoreError>;

    /// Decided events with `since <= ts < until` and a seq above
    /// `after_seq`, ascending by seq, at most `limit` (for paging).
    async fn stat_events(
        &self,
        since: Millis,
        until: Millis,
        after_seq: i64,
        limit: usize,
    ) -> Result<Vec<StatEvent>, StoreError>;

    /// The ages declared in the profile events of these accounts, oldest
    /// first.
    async fn declared_ages(&self, accounts: &[String]) -> Result<Vec<DeclaredAge>, StoreError>;

    /// Tests only: runs raw SQL on the writer, with the audit log's
    /// append-only triggers first removed when `disable_triggers` (an
    /// attacker with the database file can do that too).
    #[cfg(test)]
    async fn raw_sql_for_test(&self, sql: &str, disable_triggers: bool) -> Result<u64, StoreError>;
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn new(actor: &str, detail: serde_json::Value) -> NewAuditEntry {
        NewAuditEntry {
            actor: actor.into(),
            action: "case.view".into(),
            subject: "case:1".into(),
            detail,
            ts: 1_000,
        }
    }

    fn chain(entries: &[NewAuditEntry]) -> Vec<AuditEntry> {
        let mut prev = GENESIS_HASH.to_string();
        let mut out = Vec::new();
        for (index, entry) in entries.iter().enumerate() {
            let id = index as i64 + 1;
            let hash = entry_hash(&prev, id, entry);
            out.push(AuditEntry {
                id,
                entry: entry.clone(),
                prev_hash: prev.clone(),
                hash: hash.clone(),
            });
            prev = hash;
        }
        out
    }

    #[test]
    fn canonical_json_sorts_keys_at_every_depth() {
        let a: serde_json::Value =
            serde_json::from_str(r#"{"b":1,"a":{"d":[1,{"z":0,"y":"\u0001é"}],"c":null}}"#)
                .unwrap();
        assert_eq!(
            canonical_json(&a),
            r#"{"a":{"c":null,"d":[1,{"y":"\u0001é","z":0}]},"b":1}"#
        );
    }

    #[test]
    fn known_hash_of_a_first_entry() {
        // Reproducible outside Rust: sha256(b"0"*64 + b"\n" +
        // b'[1,"alice","case.view","case:1",{"a":1},1000]').
        let entry = new("alice", json!({"a": 1}));
        let mut hasher = Sha256::new();
        hasher.update(format!(
            "{GENESIS_HASH}\n[1,\"alice\",\"case.view\",\"case:1\",{{\"a\":1}},1000]"
        ));
        assert_eq!(
            entry_hash(GENESIS_HASH, 1, &entry),
            hex::encode(hasher.finalize())
        );
    }

    #[test]
    fn verifier_names_the_first_broken_entry() {
        let entries: Vec<NewAuditEntry> = (0..5)
            .map(|i| new(&format!("user{i}"), json!({"i": i})))
            .collect();
        let good = chain(&entries);
        assert_eq!(verify_chain(&good), Ok(5));

        let mut altered = good.clone();
        altered[2].entry.detail = json!({"i": 99});
        assert_eq!(
            verify_chain(&altered),
            Err(ChainBreak {
                id: 3,
                reason: BreakReason::Hash
            })
        );

        let mut rehashed = altered.clone();
        rehashed[2].hash = entry_hash(&rehashed[2].prev_hash, 3, &rehashed[2].entry);
        assert_eq!(
            verify_chain(&rehashed),
            Err(ChainBreak {
                id: 4,
                reason: BreakReason::PrevLink
            })
        );

        let mut gap = good.clone();
        gap.remove(1);
        assert_eq!(
            verify_chain(&gap),
            Err(ChainBreak {
                id: 3,
                reason: BreakReason::Gap { expected: 2 }
            })
        );
    }

    #[test]
    fn validation_names_the_field() {
        assert!(new("alice", json!({})).validate().is_ok());
        let bad = new("al\u{0}ice", json!({}));
        assert!(matches!(bad.validate(), Err(StoreError::Invalid(m)) if m.starts_with("actor")));
        let empty = NewAuditEntry {
            action: String::new(),
            ..new("a", json!(null))
        };
        assert!(matches!(empty.validate(), Err(StoreError::Invalid(m)) if m.starts_with("action")));
        let big = new("a", json!("x".repeat(MAX_AUDIT_DETAIL_LEN)));
        assert!(matches!(big.validate(), Err(StoreError::Invalid(m)) if m.starts_with("detail")));
    }

    fn arbitrary_entry() -> impl proptest::strategy::Strategy<Value = NewAuditEntry> {
        use proptest::prelude::*;
        let text = "\\PC{0,12}";
        (
            text,
            text,
            text,
            prop::collection::btree_map(text, any::<i64>(), 0..4),
            any::<i64>(),
        )
            .prop_map(|(actor, action, subject, detail, ts)| NewAuditEntry {
                actor,
                action,
                subject,
                detail: serde_json::to_value(detail).unwrap(),
                ts,
            })
    }

    proptest::proptest! {
        /// A chain built by the hashing rules verifies; changing any one
        /// field of any one entry is found at exactly that entry.
        #[test]
        fn one_altered_entry_is_found_exactly(
            entries in proptest::collection::vec(arbitrary_entry(), 1..12),
            pick in proptest::prelude::any::<proptest::sample::Index>(),
            field in 0..5usize,
        ) {
            let good = chain(&entries);
            proptest::prop_assert_eq!(verify_chain(&good), Ok(entries.len() as u64));
            let index = pick.index(good.len());
            let mut bad = good.clone();
            let entry = &mut bad[index].entry;
            match field {
                0 => entry.actor.push('x'),
                1 => entry.action.push('\u{202E}'),
                2 => entry.subject.insert(0, '"'),
                3 => entry.detail = json!({"changed": entry.detail.clone()}),
                _ => entry.ts = entry.ts.wrapping_add(1),
            }
            proptest::prop_assert_eq!(
                verify_chain(&bad),
                Err(ChainBreak { id: index as i64 + 1, reason: BreakReason::Hash })
            );
        }
    }

    #[test]
    fn hold_subjects_are_checked() {
        for good in ["case:1", "event:42", "account:u1", "conversation:c:9"] {
            assert!(validate_hold_subject(good).is_ok(), "{good}");
        }
        for bad in ["case:x", "case:", "user:1", "event", "", "account:a\nb"] {
            assert!(validate_hold_subject(bad).is_err(), "{bad:?}");
        }
    }
}
