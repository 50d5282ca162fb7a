//! Builders shared by the integration tests.
#![allow(dead_code)]

use std::collections::BTreeMap;

use lurewatch_core::{Decision, Envelope, Signal};
use lurewatch_rules::{EvalError, EvalInput, RoleLabels, RuleSet};

pub const NOW: i64 = 1_764_400_000_000; // 2025-11-29

pub fn default_rules() -> RuleSet {
    let src = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../rules/default.toml"
    ))
    .expect("rules/default.toml");
    RuleSet::parse(&src).unwrap_or_else(|e| {
        panic!(
            "default rules don't parse:\n{}",
            e.iter()
                .map(|d| d.to_string())
                .collect::<Vec<_>>()
                .join("\n")
        )
    })
}

pub fn envelope(json: &str) -> Envelope {
    let e: Envelope = serde_json::from_str(json).expect("envelope");
    e.validate().expect("valid envelope");
    e
}

pub fn message(sender: &str, recipients: &[&str]) -> Envelope {
    envelope(
        &serde_json::json!({
            "id": "m1", "ts": NOW, "type": "message", "conversation": "c1",
            "sender": sender, "recipients": recipients, "text": "hello there",
        })
        .to_string(),
    )
}

pub fn report(reporter: &str, subject: &str, reason: &str) -> Envelope {
    envelope(
        &serde_json::json!({
            "type": "report", "reporter": reporter, "subject": subject,
            "conversation": "c1", "reason": reason,
        })
        .to_string(),
    )
}

pub fn profile(account: &str, declared_age: Option<u8>, birth_year: Option<u16>) -> Envelope {
    envelope(
        &serde_json::json!({
            "type": "profile", "account": account,
            "declared_age": declared_age, "birth_year": birth_year,
        })
        .to_string(),
    )
}

pub fn relationship(from: &str, to: &str, kind: &str) -> Envelope {
    envelope(
        &serde_json::json!({ "type": "relationship", "from": from, "to": to, "kind": kind })
            .to_string(),
    )
}

pub fn media(account: &str) -> Envelope {
    envelope(
        &serde_json::json!({
            "type": "media", "account": account,
            "media": { "media_id": "img1", "md5": "0123456789abcdef0123456789abcdef" },
        })
        .to_string(),
    )
}

pub fn post(author: &str) -> Envelope {
    envelope(
        &serde_json::json!({ "type": "post", "post": "p1", "author": author, "text": "hi" })
            .to_string(),
    )
}

pub fn risk(score: f32, flagged: bool, codes: &[&str]) -> Signal {
    Signal::ConversationRisk {
        conversation: "c1".into(),
        score,
        flagged,
        codes: codes.iter().map(|c| c.to_string()).collect(),
        evidence: vec![(0, 5, codes.first().unwrap_or(&"x").to_string())],
        suspected_sender: Some("adult".into()),
    }
}

pub fn age(account: &str, years: u8, source: &str) -> Signal {
    Signal::Age {
        account: account.into(),
        age: years,
        source: source.into(),
    }
}

pub fn bank_match(bank: &str, label: Option<&str>) -> Signal {
    Signal::MediaMatch {
        media_id: "img1".into(),
        bank: bank.into(),
        entry: 7,
        signal_type: "pdq".into(),
        distance: 3,
        transform: "orig".into(),
        label: label.map(Into::into),
    }
}

pub fn behaviour(account: &str, minors_contacted: u32, script_reuse: u32) -> Signal {
    Signal::AccountBehaviour {
        account: account.into(),
        minors_contacted,
        script_reuse,
        off_platform_conversations: 0,
        adult_minor_conversations: minors_contacted,
        reasons: vec![],
    }
}

/// What an evaluation needs besides the event.
#[derive(Default, Clone)]
pub struct World {
    pub signals: Vec<Signal>,
    pub labels: RoleLabels,
    pub counters: BTreeMap<String, i64>,
}

impl World {
    pub fn signals(mut self, s: impl IntoIterator<Item = Signal>) -> Self {
        self.signals.extend(s);
        self
    }

    pub fn recipient_label(mut self, l: &str) -> Self {
        self.labels.recipient.push(l.into());
        self
    }

    pub fn actor_label(mut self, l: &str) -> Self {
        self.labels.actor.push(l.into());
        self
    }

    pub fn counter(mut self, name: &str, v: i64) -> Self {
        self.counters.insert(name.into(), v);
        self
    }

    pub fn input<'a>(&'a self, envelope: &'a Envelope) -> EvalInput<'a> {
        EvalInput {
            envelope,
            signals: &self.signals,
            labels: &self.labels,
            counters: &self.counters,
            now: NOW,
        }
    }

    pub fn decide(&self, rules: &RuleSet, envelope: &Envelope) -> (Decision, Vec<EvalError>) {
        rules.decide(&self.input(envelope))
    }
}

/// The ids of the enforcing rules that fired, highest priority first.
pub fn fired(d: &Decision) -> Vec<&str> {
    d.rules.iter().map(|h| h.rule.as_str()).collect()
}

/// The ids of the shadow rules that fired.
pub fn shadow(d: &Decision) -> Vec<&str> {
    d.shadow.iter().map(|h| h.rule.as_str()).collect()
}
