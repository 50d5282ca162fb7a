//! lurewatch layer 4: conversation-pair and account behaviour state.
//!
//! A [`BehaviourTracker`] is fed one [`Observation`] per message (the output of the text
//! layers plus sender, recipient and timestamp) and returns the [`Signals`] **after** that
//! message, so risk can be scored as the conversation unfolds, not only at its end.
//!
//! * **Pairs** are keyed by the unordered pair {a, b} and keep both directions: message
//!   counts, first contact and who initiated, codes per side, the message number of each side's
//!   first cue (escalation speed), capped per-code evidence weights, off-platform pushes.
//! * **Accounts** keep the known age (declared with [`BehaviourTracker::set_known_age`] or
//!   self-disclosed in a message, latest wins), windowed fan-out counts (distinct recipients,
//!   of them minors, new conversations, cold first contacts that carried a cue), script reuse
//!   (near-duplicate messages to many recipients, see [`mod@script`]), off-platform pushes
//!   across conversations, adult-to-minor conversations and the risk the detector fed back
//!   with [`BehaviourTracker::note_conversation_risk`].
//!
//! The crate is pure: no I/O, no clock, no randomness. Time comes from message timestamps.
//! A message without a timestamp gets a **logical time**: one more than the latest time the
//! tracker has seen (so in a corpus without timestamps the clock is the message counter and a
//! window of `fanout_window_secs` = 604 800 means "the last 604 800 messages"). Each account
//! measures its window against its own latest time, so out-of-order timestamps or corpora
//! that concatenate conversations from different dates do not expire other accounts' state.
//!
//! Memory is bounded: beyond `max_pairs`, `max_accounts` or `max_scripts`, the least recently
//! seen ~10% are evicted in one batch (amortised O(1) per message). Account ids are 64-bit
//! hashes of the user id (checked with a second 64-bit hash), so a user who returns after
//! eviction finds its surviving pairs again; their per-side flags are reset so the new account
//! record counts afresh. [`BehaviourTracker::approx_memory_bytes`] estimates the heap in use.
//!
//! Scripts: only a side's first `script_max_pair_messages` messages in each pair are
//! fingerprinted (openers and pitches), which keeps long conversations cheap.
//!
//! ```
//! use lurewatch_behaviour::{BehaviourConfig, BehaviourTracker, Observation};
//! let mut t = BehaviourTracker::new(BehaviourConfig::default());
//! t.observe(&Observation {
//!     sender_age: Some(14),
//!     ..Observation::text("kid", Some("adult1"), Some(100), "im 14 lol")
//! });
//! let s = t.observe(&Observation {
//!     sender_age: Some(32),
//!     ..Observation::text("adult1", Some("kid"), Some(160), "im 32, dont tell your parents")
//! });
//! assert!(s.pair.unwrap().adult_to_minor);
//! ```

mod hash;
pub mod script;
pub mod signals;

use std::collections::{HashMap, VecDeque};
use std::mem::size_of;

use lurewatch_text::{Analysis, Code, CodeSet, EntityKind};
use serde::{Deserialize, Serialize};

pub use signals::{
    AccountSignals, FEATURE_NAMES, N_FEATURES, PairSignals, STAGES, Signals, distinct_stages,
};

use hash::{FastBuild, table_bytes};
use script::ScriptIndex;

/// Number of taxonomy codes (length of per-code weight arrays, index = `Code as usize`).
pub const N_CODES: usize = 18;

const _: () = assert!(N_CODES == 18);

/// Cap of the accumulated per-code evidence weight in a pair (per side). Weights are stored
/// in 1/16 steps, so the cap keeps them in a byte.
pub const WEIGHT_CAP: f32 = 8.0;

/// Risk at or above which a conversation counts as risky.
pub const RISKY: f32 = 0.5;

/// Configuration error.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ConfigError {
    /// A field is out of range.
    #[error("invalid behaviour config: {0}")]
    Invalid(&'static str),
}

/// Tracker configuration.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct BehaviourConfig {
    /// Fan-out window in seconds (or logical ticks for messages without timestamps).
    pub fanout_window_secs: i64,
    /// Oldest age counted as a minor.
    pub minor_max_age: u8,
    /// Youngest age counted as an adult.
    pub adult_min_age: u8,
    /// Messages shorter than this (normalised characters) get no script fingerprint.
    pub script_min_chars: usize,
    /// Largest SimHash Hamming distance (of 64 bits) between near-duplicates (≤ 16).
    pub script_max_distance: u32,
    /// Only a side's first this-many messages in a pair are fingerprinted (scripts are
    /// openers and pitches; this keeps long conversations cheap).
    pub script_max_pair_messages: u32,
    /// Pair table bound (LRU eviction beyond it).
    pub max_pairs: usize,
    /// Account table bound (LRU eviction beyond it).
    pub max_accounts: usize,
    /// Script cluster bound (LRU eviction beyond it).
    pub max_scripts: usize,
    /// Seed of the internal hashes (pick a secret one against hash flooding).
    pub hash_seed: u64,
}

impl Default for BehaviourConfig {
    fn default() -> Self {
        BehaviourConfig {
            fanout_window_secs: 7 * 24 * 3600,
            minor_max_age: 17,
            adult_min_age: 18,
            script_min_chars: 25,
            script_max_distance: 4,
            script_max_pair_messages: 8,
            max_pairs: 1_000_000,
            max_accounts: 250_000,
            max_scripts: 500_000,
            hash_seed: 0x6c75_7265_7761_7463,
        }
    }
}

impl BehaviourConfig {
    /// Checks the ranges. [`BehaviourTracker::new`] clamps instead of failing.
    pub fn validate(&self) -> Result<(), ConfigError> {
        if self.fanout_window_secs <= 0 {
            return Err(ConfigError::Invalid("fanout_window_secs must be > 0"));
        }
        if self.minor_max_age >= self.adult_min_age {
            return Err(ConfigError::Invalid(
                "minor_max_age must be below adult_min_age",
            ));
        }
        if self.script_max_distance > script::MAX_DISTANCE {
            return Err(ConfigError::Invalid("script_max_distance must be <= 16"));
        }
        if self.max_pairs == 0 || self.max_accounts == 0 || self.max_scripts == 0 {
            return Err(ConfigError::Invalid("table bounds must be >= 1"));
        }
        Ok(())
    }

    fn sanitized(mut self) -> Self {
        self.fanout_window_secs = self.fanout_window_secs.max(1);
        if self.minor_max_age >= self.adult_min_age {
            self.adult_min_age = self.minor_max_age.saturating_add(1);
        }
        self.script_max_distance = self.script_max_distance.min(script::MAX_DISTANCE);
        self.max_pairs = self.max_pairs.max(1);
        self.max_accounts = self.max_accounts.max(1);
        self.max_scripts = self.max_scripts.max(1);
        self
    }
}

/// One message as the behaviour layer sees it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Observation<'a> {
    /// Sender id.
    pub sender: &'a str,
    /// Recipient id; `None` (or equal to the sender) for broadcasts and group messages, which
    /// update only the sender's account.
    pub recipient: Option<&'a str>,
    /// Unix seconds; `None` uses the logical clock (see the crate docs).
    pub ts: Option<i64>,
    /// Normalised text from `lurewatch-text` (only used for the script fingerprint).
    pub normalized_text: &'a str,
    /// Codes with evidence in this message.
    pub codes: CodeSet,
    /// Summed evidence weight per code in this message (index = `Code as usize`); negative
    /// and non-finite values are ignored.
    pub code_weights: [f32; N_CODES],
    /// Age the sender self-discloses in this message ("im 14", "15f").
    pub sender_age: Option<u8>,
    /// This message pushes off-platform (app, handle, phone, URL).
    pub off_platform: bool,
}

impl<'a> Observation<'a> {
    /// An observation with text only (no codes, age or off-platform push): fill the other
    /// fields with struct-update syntax.
    pub fn text(
        sender: &'a str,
        recipient: Option<&'a str>,
        ts: Option<i64>,
        normalized_text: &'a str,
    ) -> Self {
        Observation {
            sender,
            recipient,
            ts,
            normalized_text,
            codes: CodeSet::EMPTY,
            code_weights: [0.0; N_CODES],
            sender_age: None,
            off_platform: false,
        }
    }

    /// Builds an observation from a `lurewatch-text` [`Analysis`]: its normalised text, codes
    /// and weights, the last self-disclosed (not estimated) age, and an off-platform push when
    /// an `off_platform` evidence span was found.
    pub fn from_analysis(
        sender: &'a str,
        recipient: Option<&'a str>,
        ts: Option<i64>,
        analysis: &'a Analysis,
    ) -> Self {
        let mut w = [0f32; N_CODES];
        for e in &analysis.evidence {
            if let Some(slot) = w.get_mut(e.code as usize)
                && e.weight.is_finite()
                && e.weight > 0.0
            {
                *slot += e.weight;
            }
        }
        let sender_age = analysis
            .entities
            .iter()
            .filter(|e| e.kind == EntityKind::Age)
            .filter_map(|e| e.age)
            .filter(|a| a.self_disclosed && !a.estimated)
            .map(|a| a.years)
            .next_back();
        Observation {
            sender,
            recipient,
            ts,
            normalized_text: analysis.normalized.as_str(),
            codes: analysis.code_bits,
            code_weights: w,
            sender_age,
            off_platform: analysis.code_bits.contains(Code::OffPlatform),
        }
    }
}

/// Per-account result for reviewers, with templated reasons (never message text).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AccountSummary {
    /// Account id.
    pub user: String,
    /// Known or stated age.
    pub age: Option<u8>,
    /// Messages sent.
    pub messages_sent: u32,
    /// Peak number of distinct recipients within one window.
    pub distinct_recipients: u32,
    /// Peak number of known or stated minors contacted within one window.
    pub minors_contacted: u32,
    /// Peak number of cold first contacts carrying a cue within one window.
    pub cold_cue_contacts: u32,
    /// Largest number of distinct recipients of one near-duplicate message.
    pub script_reuse: u32,
    /// Distinct conversations pushed off-platform.
    pub off_platform_conversations: u32,
    /// Distinct conversations flagged adult-to-minor.
    pub adult_minor_conversations: u32,
    /// Conversations scored ≥ 0.5.
    pub risky_conversations: u32,
    /// Highest conversation risk.
    pub max_risk: f32,
    /// Short human-readable reasons.
    pub reasons: Vec<String>,
}

/// Reason thresholds (documented constants, see [`AccountSummary::reasons`]).
pub mod reason_thresholds {
    /// Minors contacted within one window.
    pub const MINORS: u32 = 2;
    /// Distinct recipients of one near-duplicate message.
    pub const SCRIPT: u32 = 3;
    /// Conversations pushed off-platform.
    pub const OFF_PLATFORM: u32 = 2;
    /// Cold first contacts that carried a cue, within one window.
    pub const COLD_CUE: u32 = 3;
    /// Distinct recipients within one window.
    pub const FANOUT: u32 = 50;
    /// Adult-to-minor conversations.
    pub const ADULT_MINOR: u32 = 1;
    /// Risky conversations.
    pub const RISKY: u32 = 1;
}

// ---------------------------------------------------------------------------------------
// State
// ---------------------------------------------------------------------------------------

const F_ACTIVE: u8 = 1;
const F_MINOR: u8 = 2;
const F_OFFP: u8 = 4;
const F_RISKY: u8 = 8;
const F_A2M: u8 = 16;

const EV_ACTIVE: u8 = 0;
const EV_NEW: u8 = 1;
const EV_NEW_COLD: u8 = 2;

/// A windowed account event.
#[derive(Debug, Clone, Copy)]
struct Event {
    t: i64,
    other: Uid,
    kind: u8,
}

#[derive(Debug, Clone)]
struct Account {
    name: Box<str>,
    /// Second, independent hash of the name (identity check).
    check: u64,
    /// 0 = unknown.
    age: u8,
    tick: u32,
    /// Tick at which this account (incarnation) was created: pair-side flags last touched
    /// before it belong to an evicted earlier incarnation and are reset.
    born: u32,
    /// Latest time of this account's own messages.
    now: i64,
    sent: u32,
    recipients: u32,
    minors: u32,
    new_contacts: u32,
    cold: u32,
    peak_recipients: u32,
    peak_minors: u32,
    peak_cold: u32,
    script_reuse: u32,
    offp_convs: u32,
    risky_convs: u32,
    a2m_convs: u32,
    max_risk: f32,
    /// Time of the front (oldest) windowed event, `i64::MAX` when there is
    /// none: [`BehaviourTracker::expire`] reads it instead of the event
    /// queue's heap buffer (a cache miss per message) when nothing is due.
    front_t: i64,
    events: VecDeque<Event>,
}

impl Account {
    fn new(name: &str, check: u64, tick: u32) -> Self {
        Account {
            name: name.into(),
            check,
            age: 0,
            tick,
            born: tick,
            now: i64::MIN,
            sent: 0,
            recipients: 0,
            minors: 0,
            new_contacts: 0,
            cold: 0,
            peak_recipients: 0,
            peak_minors: 0,
            peak_cold: 0,
            script_reuse: 0,
            offp_convs: 0,
            risky_convs: 0,
            a2m_convs: 0,
            max_risk: 0.0,
            front_t: i64::MAX,
            events: VecDeque::new(),
        }
    }

    fn age(&self) -> Option<u8> {
        (self.age != 0).then_some(self.age)
    }

    /// Queues a windowed event (keeps [`Account::front_t`]).
    fn push_event(&mut self, ev: Event) {
        if self.events.is_empty() {
            self.front_t = ev.t;
        }
        self.events.push_back(ev);
    }

    fn signals(&self) -> AccountSignals {
        AccountSignals {
            messages_sent: self.sent,
            recipients_in_window: self.recipients,
            minors_in_window: self.minors,
            new_contacts_in_window: self.new_contacts,
            cold_cue_contacts_in_window: self.cold,
            script_reuse: self.script_reuse,
            off_platform_conversations: self.offp_convs,
            risky_conversations: self.risky_convs,
            max_risk: self.max_risk,
            adult_minor_conversations: self.a2m_convs,
        }
    }
}

/// State of an unordered pair; side 0 is the lower account id.
#[derive(Debug, Clone)]
struct Pair {
    first_t: i64,
    /// Last message time of each side, seconds after `first_t` (saturating).
    last_dt: [u32; 2],
    msgs: [u32; 2],
    codes: [CodeSet; 2],
    /// Pair message number of each side's first cue (0 = none).
    first_cue: [u32; 2],
    /// Accumulated weight per code in 1/16 steps, capped at `WEIGHT_CAP`.
    weights: [[u8; N_CODES]; 2],
    offp: [u16; 2],
    /// 2-bit bloom of the script clusters each side already sent in this pair.
    bloom: [u32; 2],
    tick: u32,
    initiator: u8,
    flags: [u8; 2],
}

impl Pair {
    fn last_t(&self, side: usize) -> i64 {
        self.first_t.saturating_add(i64::from(self.last_dt[side]))
    }
}

/// Account identity: a 64-bit hash of the user id, checked against a second 64-bit hash.
type Uid = u64;

/// Probes for an account slot (the 64-bit ids of two names collide with probability ~2^-64).
const ID_PROBES: u64 = 4;

/// Resets the per-side flags and script bloom of a side whose account was re-created (after
/// an eviction) since the pair was last touched: the new incarnation counts afresh.
fn sync_sides(accounts: &HashMap<Uid, Account, FastBuild>, p: &mut Pair, key: u128) {
    let ids = [(key >> 64) as u64, key as u64];
    let born = ids.map(|id| accounts.get(&id).map_or(0, |a| a.born));
    sync_sides_born(p, born);
}

/// [`sync_sides`] with the two sides' `born` ticks already known (0 for a missing account).
fn sync_sides_born(p: &mut Pair, born: [u32; 2]) {
    for (side, b) in born.into_iter().enumerate() {
        if b > p.tick {
            p.flags[side] = 0;
            p.bloom[side] = 0;
        }
    }
}

/// What [`BehaviourTracker::observe`] already knows about the two accounts of a message
/// when it updates their pair (saves looking them up again).
struct PairCtx {
    sid: Uid,
    rid: Uid,
    /// `born` ticks of the sender and the recipient.
    born: [u32; 2],
    sender_age: Option<u8>,
    other_age: Option<u8>,
    /// The message is inside the sender's fan-out window (not a late one).
    in_window: bool,
    now: i64,
}

#[inline]
fn pair_key(a: Uid, b: Uid) -> (u128, usize) {
    if a < b {
        ((u128::from(a) << 64) | u128::from(b), 0)
    } else {
        ((u128::from(b) << 64) | u128::from(a), 1)
    }
}

/// Which of [`BehaviourTracker::summary`]'s reasons `a` has, in its order: minors
/// contacted, adult-to-minor conversations, script reuse, off-platform pushes, cold cue
/// contacts, fan-out, risky conversations.
fn reason_flags(a: &Account) -> [bool; 7] {
    use reason_thresholds as th;
    [
        a.peak_minors >= th::MINORS,
        a.a2m_convs >= th::ADULT_MINOR,
        a.script_reuse >= th::SCRIPT,
        a.offp_convs >= th::OFF_PLATFORM,
        a.peak_cold >= th::COLD_CUE,
        a.peak_recipients >= th::FANOUT,
        a.risky_convs >= th::RISKY,
    ]
}

/// Conversation-pair and account state. See the crate docs.
#[derive(Debug, Clone)]
pub struct BehaviourTracker {
    cfg: BehaviourConfig,
    accounts: HashMap<Uid, Account, FastBuild>,
    pairs: HashMap<u128, Pair, FastBuild>,
    scripts: ScriptIndex,
    scratch: Vec<u64>,
    tick: u32,
    clock: i64,
    clock_started: bool,
    observed: u64,
}

impl BehaviourTracker {
    /// A tracker; out-of-range config values are clamped (see [`BehaviourConfig::validate`]).
    pub fn new(cfg: BehaviourConfig) -> Self {
        let cfg = cfg.sanitized();
        BehaviourTracker {
            scripts: ScriptIndex::new(cfg.script_max_distance, cfg.max_scripts, cfg.hash_seed),
            cfg,
            accounts: HashMap::default(),
            pairs: HashMap::default(),
            scratch: Vec::new(),
            tick: 0,
            clock: 0,
            clock_started: false,
            observed: 0,
        }
    }

    /// The (sanitised) configuration.
    pub fn config(&self) -> &BehaviourConfig {
        &self.cfg
    }

    /// Number of observations so far.
    pub fn observed(&self) -> u64 {
        self.observed
    }

    /// Live pairs.
    pub fn pair_count(&self) -> usize {
        self.pairs.len()
    }

    /// Live accounts.
    pub fn account_count(&self) -> usize {
        self.accounts.len()
    }

    /// Live script clusters.
    pub fn script_count(&self) -> usize {
        self.scripts.len()
    }

    fn name_hashes(&self, name: &str) -> (u64, u64) {
        hash::hash_bytes2(self.cfg.hash_seed, name.as_bytes())
    }

    /// The account id of `name`, if live. An id is the name's 64-bit hash; on the
    /// (~2^-64) chance that two live names share it, the later one probes a few derived ids.
    fn lookup(&self, name: &str) -> Option<Uid> {
        let (h1, h2) = self.name_hashes(name);
        for i in 0..ID_PROBES {
            let k = if i == 0 { h1 } else { hash::mix(h1 ^ i) };
            match self.accounts.get(&k) {
                Some(a) if a.check == h2 => return Some(k),
                Some(_) => continue,
                None => return None,
            }
        }
        None
    }

    fn intern(&mut self, name: &str) -> Uid {
        self.intern_info(name).0
    }

    /// [`Self::intern`], also returning the account's `born` tick and age.
    fn intern_info(&mut self, name: &str) -> (Uid, u32, Option<u8>) {
        let (h1, h2) = self.name_hashes(name);
        let mut k = h1;
        for i in 0..ID_PROBES {
            k = if i == 0 { h1 } else { hash::mix(h1 ^ i) };
            match self.accounts.get_mut(&k) {
                Some(a) if a.check == h2 => {
                    a.tick = self.tick;
                    return (k, a.born, a.age());
                }
                Some(_) => continue,
                None => break,
            }
        }
        // First free probe (or, if all probes are taken by other names, the last one).
        self.accounts.insert(k, Account::new(name, h2, self.tick));
        (k, self.tick, None)
    }

    fn is_minor(&self, age: Option<u8>) -> bool {
        age.is_some_and(|a| a <= self.cfg.minor_max_age)
    }

    fn is_adult(&self, age: Option<u8>) -> bool {
        age.is_some_and(|a| a >= self.cfg.adult_min_age)
    }

    fn adult_to_minor(&self, sender: Option<u8>, other: Option<u8>) -> bool {
        self.is_minor(other)
            && (self.is_adult(sender)
                || matches!((sender, other), (Some(s), Some(o)) if s >= o.saturating_add(5)))
    }

    /// Declares a user's age (e.g. from the profile). Latest wins, also over stated ages.
    /// An age of 0 clears it.
    pub fn set_known_age(&mut self, user: &str, age: u8) {
        let id = self.intern(user);
        if let Some(a) = self.accounts.get_mut(&id) {
            a.age = age;
        }
        self.evict_accounts_if_needed();
    }

    fn next_tick(&mut self) {
        if self.tick >= u32::MAX - 1 {
            let by = 1u32 << 31;
            for a in self.accounts.values_mut() {
                a.tick = a.tick.saturating_sub(by);
                a.born = a.born.saturating_sub(by);
            }
            for p in self.pairs.values_mut() {
                p.tick = p.tick.saturating_sub(by);
            }
            self.scripts.rebase_ticks(by);
            self.tick -= by;
        }
        self.tick += 1;
    }

    /// Expires the account's windowed events older than its window.
    fn expire(&mut self, id: Uid) {
        let Some(acc) = self.accounts.get_mut(&id) else {
            return;
        };
        let cutoff = acc.now.saturating_sub(self.cfg.fanout_window_secs);
        if acc.front_t > cutoff {
            return;
        }
        let mut events = std::mem::take(&mut acc.events);
        while let Some(&ev) = events.front() {
            if ev.t > cutoff {
                break;
            }
            events.pop_front();
            let Some(acc) = self.accounts.get_mut(&id) else {
                break;
            };
            match ev.kind {
                EV_NEW | EV_NEW_COLD => {
                    acc.new_contacts = acc.new_contacts.saturating_sub(1);
                    if ev.kind == EV_NEW_COLD {
                        acc.cold = acc.cold.saturating_sub(1);
                    }
                }
                _ => {
                    let (key, side) = pair_key(id, ev.other);
                    let Some(p) = self.pairs.get_mut(&key) else {
                        continue;
                    };
                    if p.flags[side] & F_ACTIVE == 0 {
                        continue;
                    }
                    let last = p.last_t(side);
                    if last > cutoff {
                        events.push_back(Event {
                            t: last,
                            other: ev.other,
                            kind: EV_ACTIVE,
                        });
                        continue;
                    }
                    acc.recipients = acc.recipients.saturating_sub(1);
                    if p.flags[side] & F_MINOR != 0 {
                        acc.minors = acc.minors.saturating_sub(1);
                    }
                    p.flags[side] &= !(F_ACTIVE | F_MINOR);
                }
            }
        }
        if let Some(acc) = self.accounts.get_mut(&id) {
            acc.front_t = events.front().map_or(i64::MAX, |e| e.t);
            acc.events = events;
        }
    }

    /// Re-evaluates the "active recipient is a minor" flag of both sides of a pair:
    /// `sides[i]` is `(side, account, whether the other account is a minor)`.
    fn refresh_minor_flags(&mut self, key: u128, sides: [(usize, Uid, bool); 2]) {
        let Some(p) = self.pairs.get_mut(&key) else {
            return;
        };
        for (side, me, other_minor) in sides {
            let f = p.flags[side];
            // Nothing to change (most messages): no account to look up.
            if f & F_ACTIVE == 0 || other_minor == (f & F_MINOR != 0) {
                continue;
            }
            let Some(acc) = self.accounts.get_mut(&me) else {
                continue;
            };
            if other_minor && f & F_MINOR == 0 {
                p.flags[side] |= F_MINOR;
                acc.minors += 1;
                acc.peak_minors = acc.peak_minors.max(acc.minors);
            } else if !other_minor && f & F_MINOR != 0 {
                p.flags[side] &= !F_MINOR;
                acc.minors = acc.minors.saturating_sub(1);
            }
        }
    }

    /// Records one message and returns the signals after it.
    pub fn observe(&mut self, obs: &Observation<'_>) -> Signals {
        self.observed += 1;
        self.next_tick();
        let now = match obs.ts {
            Some(t) => {
                self.clock = if self.clock_started {
                    self.clock.max(t)
                } else {
                    t
                };
                self.clock_started = true;
                t
            }
            None => {
                self.clock = if self.clock_started {
                    self.clock.saturating_add(1)
                } else {
                    0
                };
                self.clock_started = true;
                self.clock
            }
        };
        let (sid, sender_born, _) = self.intern_info(obs.sender);
        let recipient = obs
            .recipient
            .filter(|r| *r != obs.sender)
            .map(|r| self.intern_info(r));
        let (mut in_window, mut sender_age, mut expired) = (true, None, false);
        if let Some(acc) = self.accounts.get_mut(&sid) {
            acc.sent = acc.sent.saturating_add(1);
            acc.now = acc.now.max(now);
            if let Some(age) = obs.sender_age.filter(|a| *a > 0) {
                acc.age = age;
            }
            sender_age = acc.age();
            // A late message older than the sender's window updates the pair but not the
            // windowed counts.
            in_window = now > acc.now.saturating_sub(self.cfg.fanout_window_secs);
            // `expire`'s own test, without looking the account up again.
            expired = acc.front_t <= acc.now.saturating_sub(self.cfg.fanout_window_secs);
        }
        if expired {
            self.expire(sid);
        }
        let pair = recipient.map(|(rid, other_born, other_age)| {
            self.observe_pair(
                obs,
                &PairCtx {
                    sid,
                    rid,
                    born: [sender_born, other_born],
                    sender_age,
                    other_age,
                    in_window,
                    now,
                },
            )
        });
        let account = match self.accounts.get_mut(&sid) {
            Some(acc) => {
                acc.peak_recipients = acc.peak_recipients.max(acc.recipients);
                acc.peak_minors = acc.peak_minors.max(acc.minors);
                acc.peak_cold = acc.peak_cold.max(acc.cold);
                acc.signals()
            }
            None => AccountSignals::default(),
        };
        self.evict_pairs_if_needed();
        self.evict_accounts_if_needed();
        Signals { pair, account }
    }

    fn observe_pair(&mut self, obs: &Observation<'_>, ctx: &PairCtx) -> PairSignals {
        let PairCtx {
            sid,
            rid,
            sender_age,
            other_age,
            in_window,
            now,
            ..
        } = *ctx;
        let (key, side) = pair_key(sid, rid);
        let other = 1 - side;
        let tick = self.tick;
        let mut created = false;
        let p = self.pairs.entry(key).or_insert_with(|| {
            created = true;
            Pair {
                first_t: now,
                last_dt: [0; 2],
                msgs: [0; 2],
                codes: [CodeSet::EMPTY; 2],
                first_cue: [0; 2],
                weights: [[0; N_CODES]; 2],
                offp: [0; 2],
                bloom: [0; 2],
                tick,
                initiator: side as u8,
                flags: [0; 2],
            }
        });
        if !created {
            let mut born = [0; 2];
            born[side] = ctx.born[0];
            born[other] = ctx.born[1];
            sync_sides_born(p, born);
        }
        p.tick = tick;
        p.msgs[side] = p.msgs[side].saturating_add(1);
        let total = p.msgs[0].saturating_add(p.msgs[1]);
        let dt = now.saturating_sub(p.first_t).clamp(0, i64::from(u32::MAX)) as u32;
        p.last_dt[side] = p.last_dt[side].max(dt);
        let new_codes = CodeSet(obs.codes.0 & !p.codes[side].0);
        p.codes[side] = p.codes[side].union(obs.codes);
        if p.first_cue[side] == 0 && !obs.codes.is_empty() {
            p.first_cue[side] = total;
        }
        for (q, &w) in p.weights[side].iter_mut().zip(obs.code_weights.iter()) {
            if w.is_finite() && w > 0.0 {
                let add = (w.min(WEIGHT_CAP) * 16.0).round() as u32;
                *q = (u32::from(*q) + add).min((WEIGHT_CAP * 16.0) as u32) as u8;
            }
        }
        let mut first_offp = false;
        if obs.off_platform {
            p.offp[side] = p.offp[side].saturating_add(1);
            if p.flags[side] & F_OFFP == 0 {
                p.flags[side] |= F_OFFP;
                first_offp = true;
            }
        }
        let newly_active = in_window && p.flags[side] & F_ACTIVE == 0;
        if in_window {
            p.flags[side] |= F_ACTIVE;
        }
        let sent_cluster_before = |bloom: u32, serial: u32| {
            let h = hash::mix(u64::from(serial));
            let m = (1u32 << (h & 31)) | (1u32 << ((h >> 8) & 31));
            (bloom & m == m, m)
        };
        let mut script_recipients = 0;
        let fp = if p.msgs[side] <= self.cfg.script_max_pair_messages {
            script::fingerprint(
                obs.normalized_text,
                self.cfg.script_min_chars,
                self.cfg.hash_seed,
                &mut self.scratch,
            )
        } else {
            None
        };
        if let Some(fp) = fp {
            let c = self.scripts.lookup_or_insert(sid, fp, tick);
            let p = self.pairs.get_mut(&key).expect("pair inserted above");
            let (seen, m) = sent_cluster_before(p.bloom[side], c.serial);
            if !seen {
                p.bloom[side] |= m;
                script_recipients = self.scripts.add_recipient(c.slot);
            }
        }
        // Account bookkeeping for the sender.
        if let Some(acc) = self.accounts.get_mut(&sid) {
            if created && in_window {
                let cold = !obs.codes.is_empty();
                acc.new_contacts = acc.new_contacts.saturating_add(1);
                if cold {
                    acc.cold = acc.cold.saturating_add(1);
                }
                acc.push_event(Event {
                    t: now,
                    other: rid,
                    kind: if cold { EV_NEW_COLD } else { EV_NEW },
                });
            }
            if newly_active {
                acc.recipients = acc.recipients.saturating_add(1);
                acc.push_event(Event {
                    t: now,
                    other: rid,
                    kind: EV_ACTIVE,
                });
            }
            if first_offp {
                acc.offp_convs = acc.offp_convs.saturating_add(1);
            }
            acc.script_reuse = acc.script_reuse.max(script_recipients);
        }
        // Ages may have changed on either side: refresh both directions' minor flags.
        self.refresh_minor_flags(
            key,
            [
                (side, sid, self.is_minor(other_age)),
                (other, rid, self.is_minor(sender_age)),
            ],
        );
        let a2m = self.adult_to_minor(sender_age, other_age);
        let sender_is_minor = self.is_minor(sender_age);
        let sender_is_adult = self.is_adult(sender_age);
        let other_is_minor = self.is_minor(other_age);
        let p = self.pairs.get_mut(&key).expect("pair inserted above");
        if a2m && p.flags[side] & F_A2M == 0 {
            p.flags[side] |= F_A2M;
            if let Some(acc) = self.accounts.get_mut(&sid) {
                acc.a2m_convs = acc.a2m_convs.saturating_add(1);
            }
        }
        let mut sender_weights = [0f32; N_CODES];
        for (o, &q) in sender_weights.iter_mut().zip(p.weights[side].iter()) {
            *o = f32::from(q) / 16.0;
        }
        PairSignals {
            messages_total: total,
            messages_from_sender: p.msgs[side],
            messages_from_other: p.msgs[other],
            first_contact_ts: p.first_t,
            sender_initiated: usize::from(p.initiator) == side,
            secs_since_first_contact: now.saturating_sub(p.first_t).max(0),
            sender_codes: p.codes[side],
            other_codes: p.codes[other],
            new_codes,
            sender_stages: distinct_stages(p.codes[side]),
            messages_until_first_cue: (p.first_cue[side] != 0).then_some(p.first_cue[side]),
            sender_weights,
            sender_age,
            other_age,
            sender_is_minor,
            sender_is_adult,
            other_is_minor,
            adult_to_minor: a2m,
            off_platform_pushes: u32::from(p.offp[side]),
            other_off_platform_pushes: u32::from(p.offp[other]),
        }
    }

    /// Feeds back a conversation risk (0..1) from the detector for `sender` (the suspected
    /// side) in its conversation with `recipient`. Updates the sender's maximum risk and, once
    /// per conversation, the count of risky (≥ 0.5) conversations. Unknown users and
    /// non-finite risks are ignored.
    pub fn note_conversation_risk(&mut self, sender: &str, recipient: &str, risk: f32) {
        if !risk.is_finite() {
            return;
        }
        let risk = risk.clamp(0.0, 1.0);
        let (Some(sid), Some(rid)) = (self.lookup(sender), self.lookup(recipient)) else {
            return;
        };
        let mut newly_risky = false;
        if risk >= RISKY && sid != rid {
            let (key, side) = pair_key(sid, rid);
            if let Some(p) = self.pairs.get_mut(&key) {
                sync_sides(&self.accounts, p, key);
                if p.flags[side] & F_RISKY == 0 {
                    p.flags[side] |= F_RISKY;
                    newly_risky = true;
                }
            }
        }
        if let Some(acc) = self.accounts.get_mut(&sid) {
            acc.max_risk = acc.max_risk.max(risk);
            if newly_risky {
                acc.risky_convs = acc.risky_convs.saturating_add(1);
            }
        }
    }

    fn summary(&self, a: &Account) -> AccountSummary {
        let [minors, a2m, script, offp, cold, fanout, risky] = reason_flags(a);
        let window = format_window(self.cfg.fanout_window_secs);
        let mut reasons = Vec::new();
        if minors {
            reasons.push(format!(
                "contacted {} accounts known or stated to be minors within {window}",
                a.peak_minors
            ));
        }
        if a2m {
            let who = match a.age() {
                Some(age) => format!("account with known or stated age {age}"),
                None => "older account".to_string(),
            };
            reasons.push(format!(
                "{who} in {} conversation{} with minors",
                a.a2m_convs,
                plural(a.a2m_convs)
            ));
        }
        if script {
            reasons.push(format!(
                "sent the same message to {} accounts",
                a.script_reuse
            ));
        }
        if offp {
            reasons.push(format!(
                "pushed {} conversations off-platform",
                a.offp_convs
            ));
        }
        if cold {
            reasons.push(format!(
                "opened {} conversations with a risk cue in the first message within {window}",
                a.peak_cold
            ));
        }
        if fanout {
            reasons.push(format!(
                "contacted {} accounts within {window}",
                a.peak_recipients
            ));
        }
        if risky {
            reasons.push(format!(
                "{} conversation{} scored as risky (max {:.2})",
                a.risky_convs,
                plural(a.risky_convs),
                a.max_risk
            ));
        }
        AccountSummary {
            user: a.name.to_string(),
            age: a.age(),
            messages_sent: a.sent,
            distinct_recipients: a.peak_recipients,
            minors_contacted: a.peak_minors,
            cold_cue_contacts: a.peak_cold,
            script_reuse: a.script_reuse,
            off_platform_conversations: a.offp_convs,
            adult_minor_conversations: a.a2m_convs,
            risky_conversations: a.risky_convs,
            max_risk: a.max_risk,
            reasons,
        }
    }

    /// Summary of one account (peak windowed counts, lifetime totals, reasons).
    pub fn account(&self, user: &str) -> Option<AccountSummary> {
        let id = self.lookup(user)?;
        self.accounts.get(&id).map(|a| self.summary(a))
    }

    /// [`Self::account`] when it has at least one reason, else `None`; checks the
    /// thresholds before building (and formatting) anything, for the per-message path.
    pub fn notable_account(&self, user: &str) -> Option<AccountSummary> {
        let id = self.lookup(user)?;
        self.accounts
            .get(&id)
            .filter(|a| reason_flags(a).contains(&true))
            .map(|a| self.summary(a))
    }

    /// Summaries of all live accounts, in unspecified order (for per-account output at the
    /// end of a scan; filter on non-empty `reasons` for the notable ones).
    pub fn accounts(&self) -> impl Iterator<Item = AccountSummary> + '_ {
        self.accounts.values().map(|a| self.summary(a))
    }

    fn evict_pairs_if_needed(&mut self) {
        let cap = self.cfg.max_pairs;
        if self.pairs.len() <= cap {
            return;
        }
        let n_evict = (self.pairs.len() - cap + cap / 10).min(self.pairs.len());
        let mut ticks: Vec<u32> = self.pairs.values().map(|p| p.tick).collect();
        let (_, &mut cut, _) = ticks.select_nth_unstable(n_evict - 1);
        drop(ticks);
        let mut left = n_evict;
        let accounts = &mut self.accounts;
        self.pairs.retain(|&key, p| {
            if left == 0 || p.tick > cut {
                return true;
            }
            left -= 1;
            let ids = [(key >> 64) as u64, key as u64];
            for (side, id) in ids.iter().enumerate() {
                if p.flags[side] & F_ACTIVE != 0
                    && let Some(acc) = accounts.get_mut(id).filter(|a| a.born <= p.tick)
                {
                    acc.recipients = acc.recipients.saturating_sub(1);
                    if p.flags[side] & F_MINOR != 0 {
                        acc.minors = acc.minors.saturating_sub(1);
                    }
                }
            }
            false
        });
    }

    fn evict_accounts_if_needed(&mut self) {
        let cap = self.cfg.max_accounts;
        if self.accounts.len() <= cap {
            return;
        }
        let n_evict = (self.accounts.len() - cap + cap / 10).min(self.accounts.len());
        let mut ticks: Vec<u32> = self.accounts.values().map(|a| a.tick).collect();
        let (_, &mut cut, _) = ticks.select_nth_unstable(n_evict - 1);
        drop(ticks);
        let mut left = n_evict;
        self.accounts.retain(|_, a| {
            if left == 0 || a.tick > cut {
                return true;
            }
            left -= 1;
            false
        });
    }

    /// Estimated heap bytes of the tracker (tables at their capacity, names, event queues,
    /// script index). O(accounts): call it occasionally, not per message.
    pub fn approx_memory_bytes(&self) -> usize {
        let accounts_heap: usize = self
            .accounts
            .values()
            .map(|a| a.name.len() + a.events.capacity() * size_of::<Event>())
            .sum();
        size_of::<Self>()
            + table_bytes(self.pairs.capacity(), size_of::<(u128, Pair)>())
            + table_bytes(self.accounts.capacity(), size_of::<(Uid, Account)>())
            + accounts_heap
            + self.scripts.memory_bytes()
            + self.scratch.capacity() * 8
    }
}

fn plural(n: u32) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// "7 days", "36 hours", "90 seconds".
fn format_window(secs: i64) -> String {
    let (n, unit) = if secs % 86_400 == 0 {
        (secs / 86_400, "day")
    } else if secs % 3600 == 0 {
        (secs / 3600, "hour")
    } else if secs % 60 == 0 {
        (secs / 60, "minute")
    } else {
        (secs, "second")
    };
    format!("{n} {unit}{}", if n == 1 { "" } else { "s" })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn obs<'a>(s: &'a str, r: &'a str, ts: i64, text: &'a str) -> Observation<'a> {
        Observation::text(s, Some(r), Some(ts), text)
    }

    #[test]
    fn pair_tracks_both_directions() {
        let mut t = BehaviourTracker::new(BehaviourConfig::default());
        let mut o = obs("a", "b", 10, "hello there");
        o.codes.insert(Code::ComplimentsTrust);
        o.code_weights[Code::ComplimentsTrust as usize] = 1.5;
        let s = t.observe(&o);
        let p = s.pair.unwrap();
        assert_eq!(p.messages_total, 1);
        assert!(p.sender_initiated);
        assert_eq!(p.messages_until_first_cue, Some(1));
        assert_eq!(p.sender_weights[Code::ComplimentsTrust as usize], 1.5);
        let s = t.observe(&obs("b", "a", 70, "hi who is this"));
        let p = s.pair.unwrap();
        assert_eq!(p.messages_total, 2);
        assert_eq!(p.messages_from_sender, 1);
        assert!(!p.sender_initiated);
        assert_eq!(p.secs_since_first_contact, 60);
        assert!(p.other_codes.contains(Code::ComplimentsTrust));
        assert!(p.sender_codes.is_empty());
        assert_eq!(p.messages_until_first_cue, None);
        assert_eq!(t.pair_count(), 1);
    }

    #[test]
    fn weights_are_capped() {
        let mut t = BehaviourTracker::new(BehaviourConfig::default());
        let mut o = obs("a", "b", 10, "x");
        o.codes.insert(Code::Secrecy);
        o.code_weights[Code::Secrecy as usize] = 3.0;
        o.code_weights[Code::Romance as usize] = f32::NAN;
        o.code_weights[Code::Control as usize] = -2.0;
        let mut last = 0.0;
        for _ in 0..10 {
            last = t.observe(&o).pair.unwrap().sender_weights[Code::Secrecy as usize];
        }
        assert_eq!(last, WEIGHT_CAP);
        let w = t.observe(&o).pair.unwrap().sender_weights;
        assert_eq!(w[Code::Romance as usize], 0.0);
        assert_eq!(w[Code::Control as usize], 0.0);
    }

    #[test]
    fn known_age_latest_wins() {
        let mut t = BehaviourTracker::new(BehaviourConfig::default());
        t.set_known_age("b", 14);
        let s = t.observe(&obs("a", "b", 1, "hey"));
        assert_eq!(s.pair.as_ref().unwrap().other_age, Some(14));
        assert!(!s.pair.unwrap().adult_to_minor);
        let mut o = obs("a", "b", 2, "im 30");
        o.sender_age = Some(30);
        assert!(t.observe(&o).pair.unwrap().adult_to_minor);
        t.set_known_age("b", 19);
        let s = t.observe(&obs("a", "b", 3, "ok"));
        assert!(!s.pair.unwrap().adult_to_minor);
        assert_eq!(s.account.minors_in_window, 0);
        assert_eq!(t.account("a").unwrap().adult_minor_conversations, 1);
    }

    #[test]
    fn config_validation() {
        assert!(BehaviourConfig::default().validate().is_ok());
        let bad = BehaviourConfig {
            minor_max_age: 20,
            ..Default::default()
        };
        assert!(bad.validate().is_err());
        let t = BehaviourTracker::new(BehaviourConfig {
            max_pairs: 0,
            fanout_window_secs: -5,
            script_max_distance: 99,
            ..bad
        });
        assert!(t.config().validate().is_ok());
        assert_eq!(format_window(604_800), "7 days");
        assert_eq!(format_window(3600), "1 hour");
        assert_eq!(format_window(5), "5 seconds");
    }

    #[test]
    fn self_messages_and_broadcasts_have_no_pair() {
        let mut t = BehaviourTracker::new(BehaviourConfig::default());
        assert!(t.observe(&obs("a", "a", 1, "note to self")).pair.is_none());
        let s = t.observe(&Observation::text("a", None, None, "hello group"));
        assert!(s.pair.is_none());
        assert_eq!(s.account.messages_sent, 2);
        assert_eq!(t.pair_count(), 0);
    }

    #[test]
    fn risk_feedback() {
        let mut t = BehaviourTracker::new(BehaviourConfig::default());
        t.observe(&obs("a", "b", 1, "hey"));
        t.observe(&obs("a", "c", 1, "hey"));
        t.note_conversation_risk("a", "b", 0.7);
        t.note_conversation_risk("a", "b", 0.9);
        t.note_conversation_risk("a", "c", 0.2);
        t.note_conversation_risk("a", "c", f32::NAN);
        t.note_conversation_risk("zz", "c", 1.0);
        let s = t.account("a").unwrap();
        assert_eq!(s.risky_conversations, 1);
        assert_eq!(s.max_risk, 0.9);
        assert!(s.reasons.iter().any(|r| r.contains("scored as risky")));
        assert!(t.account("zz").is_none());
    }
}
