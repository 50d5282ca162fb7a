//! Signals returned after each message, and their dense feature vector.

use lurewatch_text::{Code, CodeSet};
use serde::Serialize;

use crate::N_CODES;

/// Stage groups used for "distinct stages" and the per-stage weight features. Stages are a
/// multi-label state, not an ordered automaton (O'Connell; Lorenzo-Dus et al.).
pub const STAGES: [(&str, &[Code]); 6] = [
    (
        "access_trust",
        &[Code::ComplimentsTrust, Code::Romance, Code::Exclusivity],
    ),
    (
        "probing",
        &[Code::Vulnerability, Code::AgeProbe, Code::RiskAssessment],
    ),
    (
        "isolation_secrecy",
        &[Code::Isolation, Code::Secrecy, Code::OffPlatform],
    ),
    (
        "lure",
        &[
            Code::JobOffer,
            Code::MoneyGiftsDebt,
            Code::TravelMeet,
            Code::Meeting,
        ],
    ),
    (
        "sexual",
        &[Code::PhotoRequest, Code::SexualTalk, Code::CommercialSex],
    ),
    ("coercion", &[Code::Control, Code::Sextortion]),
];

/// Bitmask of a stage group.
fn stage_mask(codes: &[Code]) -> u32 {
    codes.iter().fold(0, |m, c| m | c.bit())
}

/// Number of distinct stage groups touched by `codes`.
pub fn distinct_stages(codes: CodeSet) -> u8 {
    STAGES
        .iter()
        .filter(|(_, cs)| codes.0 & stage_mask(cs) != 0)
        .count() as u8
}

/// State of the (sender, recipient) conversation after the message, from the sender's side.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PairSignals {
    /// Messages in the pair, both directions.
    pub messages_total: u32,
    /// Messages from the sender.
    pub messages_from_sender: u32,
    /// Messages from the other party.
    pub messages_from_other: u32,
    /// Time of the first message in the pair (unix seconds, or logical clock).
    pub first_contact_ts: i64,
    /// The sender sent the first message of the pair.
    pub sender_initiated: bool,
    /// Seconds (or logical ticks) since the first message, ≥ 0.
    pub secs_since_first_contact: i64,
    /// Codes seen so far from the sender.
    pub sender_codes: CodeSet,
    /// Codes seen so far from the other party.
    pub other_codes: CodeSet,
    /// Codes of this message that the sender had not used before in the pair.
    pub new_codes: CodeSet,
    /// Distinct [`STAGES`] groups in the sender's codes.
    pub sender_stages: u8,
    /// Pair message number (1-based, both directions counted) of the sender's first message
    /// with a cue: escalation speed. `None` while the sender has no cue.
    pub messages_until_first_cue: Option<u32>,
    /// The sender's accumulated evidence weight per code (index = `Code as usize`), each
    /// capped at [`crate::WEIGHT_CAP`] (capped, not decayed).
    pub sender_weights: [f32; N_CODES],
    /// The sender's age (declared or stated, latest wins).
    pub sender_age: Option<u8>,
    /// The other party's age (declared or stated, latest wins).
    pub other_age: Option<u8>,
    /// The sender is a known or stated minor (age ≤ `minor_max_age`).
    pub sender_is_minor: bool,
    /// The sender is a known or stated adult (age ≥ `adult_min_age`).
    pub sender_is_adult: bool,
    /// The other party is a known or stated minor.
    pub other_is_minor: bool,
    /// Sender adult and other party minor, or an age gap ≥ 5 with the other party a minor.
    pub adult_to_minor: bool,
    /// Messages from the sender that pushed off-platform.
    pub off_platform_pushes: u32,
    /// Messages from the other party that pushed off-platform.
    pub other_off_platform_pushes: u32,
}

/// State of the sender's account after the message. "Window" counts cover the last
/// `fanout_window_secs` of the account's own clock; the others cover the account's lifetime
/// in the tracker.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct AccountSignals {
    /// Messages sent (lifetime).
    pub messages_sent: u32,
    /// Distinct recipients messaged within the window.
    pub recipients_in_window: u32,
    /// Of those, known or stated minors.
    pub minors_in_window: u32,
    /// Conversations the sender opened within the window.
    pub new_contacts_in_window: u32,
    /// Of those, conversations whose first message already carried a cue.
    pub cold_cue_contacts_in_window: u32,
    /// Largest number of distinct recipients that received a near-duplicate of one message.
    pub script_reuse: u32,
    /// Distinct conversations in which the sender pushed off-platform.
    pub off_platform_conversations: u32,
    /// Distinct conversations scored ≥ 0.5 by the detector (`note_conversation_risk`).
    pub risky_conversations: u32,
    /// Highest conversation risk reported for the sender.
    pub max_risk: f32,
    /// Distinct conversations in which the sender was flagged adult-to-minor.
    pub adult_minor_conversations: u32,
}

/// Everything known after one message.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Signals {
    /// Conversation state; `None` for messages without a recipient.
    pub pair: Option<PairSignals>,
    /// The sender's account state.
    pub account: AccountSignals,
}

/// Names of the dense features, in order. Stable: append only.
///
/// * `pair.*` are 0 when the message has no recipient (`pair.present` = 0).
/// * `log_*` are `ln(1 + count)`; booleans are 0/1; `*_share`, `*_fraction`, `max_risk`
///   and `escalation_speed` are in [0, 1].
/// * `pair.escalation_speed` = 1 / n where n is the pair message number of the sender's first
///   cue (1 = the very first message already had a cue), 0 without a cue.
/// * `pair.weight.<stage>` = ln(1 + sum of the sender's capped code weights in that stage).
/// * `pair.warning_combo` = the sender used risk assessment, secrecy, isolation or
///   exclusivity **and** pushed off-platform (a co-occurrence early-warning rule).
/// * `account.log_script_reuse` = ln(1 + (script_reuse − 1)): 0 when nothing was repeated.
pub const FEATURE_NAMES: &[&str] = &[
    "pair.present",
    "pair.log_messages",
    "pair.log_messages_from_sender",
    "pair.sender_share",
    "pair.sender_initiated",
    "pair.log_hours_since_first_contact",
    "pair.log_sender_codes",
    "pair.log_other_codes",
    "pair.log_new_codes",
    "pair.sender_stage_fraction",
    "pair.escalation_speed",
    "pair.weight.access_trust",
    "pair.weight.probing",
    "pair.weight.isolation_secrecy",
    "pair.weight.lure",
    "pair.weight.sexual",
    "pair.weight.coercion",
    "pair.sender_age_known",
    "pair.other_age_known",
    "pair.sender_is_minor",
    "pair.sender_is_adult",
    "pair.other_is_minor",
    "pair.adult_to_minor",
    "pair.log_age_gap",
    "pair.log_off_platform_pushes",
    "pair.warning_combo",
    "account.log_messages_sent",
    "account.log_recipients_in_window",
    "account.log_minors_in_window",
    "account.minor_share",
    "account.log_new_contacts_in_window",
    "account.log_cold_cue_contacts_in_window",
    "account.log_script_reuse",
    "account.log_off_platform_conversations",
    "account.log_risky_conversations",
    "account.max_risk",
    "account.log_adult_minor_conversations",
];

/// Length of the feature vector.
pub const N_FEATURES: usize = 37;

const _: () = assert!(FEATURE_NAMES.len() == N_FEATURES);

#[inline]
fn lg(x: f64) -> f32 {
    let v = x.max(0.0).ln_1p() as f32;
    if v.is_finite() { v } else { 0.0 }
}

#[inline]
fn b(x: bool) -> f32 {
    f32::from(u8::from(x))
}

impl Signals {
    /// The dense feature vector ([`FEATURE_NAMES`] order). Every value is finite.
    pub fn feature_array(&self) -> [f32; N_FEATURES] {
        let mut f = [0f32; N_FEATURES];
        if let Some(p) = &self.pair {
            let total = p.messages_total.max(1);
            f[0] = 1.0;
            f[1] = lg(f64::from(p.messages_total));
            f[2] = lg(f64::from(p.messages_from_sender));
            f[3] = p.messages_from_sender as f32 / total as f32;
            f[4] = b(p.sender_initiated);
            f[5] = lg(p.secs_since_first_contact.max(0) as f64 / 3600.0);
            f[6] = lg(p.sender_codes.len() as f64);
            f[7] = lg(p.other_codes.len() as f64);
            f[8] = lg(p.new_codes.len() as f64);
            f[9] = f32::from(p.sender_stages) / STAGES.len() as f32;
            f[10] = p
                .messages_until_first_cue
                .map_or(0.0, |n| 1.0 / n.max(1) as f32);
            for (i, (_, codes)) in STAGES.iter().enumerate() {
                let s: f32 = codes
                    .iter()
                    .map(|c| p.sender_weights[*c as usize].max(0.0))
                    .sum();
                f[11 + i] = lg(f64::from(s));
            }
            f[17] = b(p.sender_age.is_some());
            f[18] = b(p.other_age.is_some());
            f[19] = b(p.sender_is_minor);
            f[20] = b(p.sender_is_adult);
            f[21] = b(p.other_is_minor);
            f[22] = b(p.adult_to_minor);
            if let (Some(s), Some(o)) = (p.sender_age, p.other_age) {
                f[23] = lg(f64::from(s.saturating_sub(o)));
            }
            f[24] = lg(f64::from(p.off_platform_pushes));
            let grooming = [
                Code::RiskAssessment,
                Code::Secrecy,
                Code::Isolation,
                Code::Exclusivity,
            ];
            f[25] = b(grooming.iter().any(|c| p.sender_codes.contains(*c))
                && p.sender_codes.contains(Code::OffPlatform));
        }
        let a = &self.account;
        f[26] = lg(f64::from(a.messages_sent));
        f[27] = lg(f64::from(a.recipients_in_window));
        f[28] = lg(f64::from(a.minors_in_window));
        f[29] = if a.recipients_in_window > 0 {
            (a.minors_in_window as f32 / a.recipients_in_window as f32).min(1.0)
        } else {
            0.0
        };
        f[30] = lg(f64::from(a.new_contacts_in_window));
        f[31] = lg(f64::from(a.cold_cue_contacts_in_window));
        f[32] = lg(f64::from(a.script_reuse.saturating_sub(1)));
        f[33] = lg(f64::from(a.off_platform_conversations));
        f[34] = lg(f64::from(a.risky_conversations));
        f[35] = if a.max_risk.is_finite() {
            a.max_risk.clamp(0.0, 1.0)
        } else {
            0.0
        };
        f[36] = lg(f64::from(a.adult_minor_conversations));
        for v in &mut f {
            if !v.is_finite() {
                *v = 0.0;
            }
        }
        f
    }

    /// Appends the [`N_FEATURES`] features to `out`.
    pub fn write_features(&self, out: &mut Vec<f32>) {
        out.extend_from_slice(&self.feature_array());
    }

    /// `(name, value)` pairs in [`FEATURE_NAMES`] order.
    pub fn features(&self) -> impl Iterator<Item = (&'static str, f32)> + use<> {
        let arr = self.feature_array();
        FEATURE_NAMES.iter().copied().zip(arr)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stages_cover_every_code_once() {
        let mut seen = 0u32;
        for (_, codes) in STAGES {
            let m = stage_mask(codes);
            assert_eq!(seen & m, 0);
            seen |= m;
        }
        assert_eq!(seen.count_ones() as usize, Code::ALL.len());
        assert_eq!(distinct_stages(CodeSet(seen)), 6);
        assert_eq!(distinct_stages(CodeSet::EMPTY), 0);
    }

    #[test]
    fn empty_signals_are_finite() {
        let s = Signals {
            pair: None,
            account: AccountSignals {
                max_risk: f32::NAN,
                ..Default::default()
            },
        };
        let f = s.feature_array();
        assert!(f.iter().all(|v| v.is_finite()));
        assert_eq!(s.features().count(), N_FEATURES);
    }
}
