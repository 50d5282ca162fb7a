//! Verdicts, rule hits and the actions they ask for.

use serde::{Deserialize, Serialize};

use crate::entity::EntityRef;
use crate::signal::Signal;

/// What the platform should do, in increasing severity.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default,
)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// Nothing to do.
    #[default]
    Allow,
    /// Let it through, queue it for human review.
    Review,
    /// Limit reach or contact (e.g. hold the message, restrict DMs).
    Restrict,
    /// Block the content or account.
    Block,
}

impl Verdict {
    /// The wire name.
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Allow => "allow",
            Verdict::Review => "review",
            Verdict::Restrict => "restrict",
            Verdict::Block => "block",
        }
    }
}

/// Whether a rule acts or only records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum RuleMode {
    /// Its verdict and actions take effect.
    #[default]
    Enforce,
    /// Recorded only, so a new rule can be measured first.
    Shadow,
}

/// Something a rule asks for besides its verdict.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "action", rename_all = "snake_case")]
pub enum Action {
    /// Put a label on an entity, optionally expiring.
    Label {
        /// Which entity (`actor`, `conversation`, ...), resolved by the pipeline.
        entity: EntityRef,
        /// Label name.
        label: String,
        /// Seconds until it expires; none = permanent.
        ttl_secs: Option<u64>,
    },
    /// Open or update the case of the acting account.
    Case {
        /// Review queue.
        queue: String,
        /// Priority (higher first).
        priority: i32,
    },
    /// Tell the platform (signed webhook).
    Webhook {
        /// The configured webhook's name.
        name: String,
    },
    /// Queue an NCMEC CyberTipline report for the case.
    NcmecReport,
}

/// A rule that fired on an event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RuleHit {
    /// Rule id.
    pub rule: String,
    /// Enforce or shadow.
    pub mode: RuleMode,
    /// The rule's verdict.
    pub verdict: Verdict,
    /// Its actions.
    pub actions: Vec<Action>,
    /// Its priority.
    pub priority: i32,
}

/// The outcome of one event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Decision {
    /// Strongest verdict of the enforcing rules (allow if none fired).
    pub verdict: Verdict,
    /// Enforcing rules that fired, highest priority first.
    pub rules: Vec<RuleHit>,
    /// Shadow rules that fired (recorded, not acted on).
    pub shadow: Vec<RuleHit>,
    /// The detector signals the rules saw.
    pub signals: Vec<Signal>,
    /// Version of the rule set that decided.
    pub rules_version: String,
}

impl Decision {
    /// Builds a decision from fired rules: the verdict is the most severe
    /// enforcing one; shadow hits are kept apart.
    pub fn from_hits(hits: Vec<RuleHit>, signals: Vec<Signal>, rules_version: String) -> Decision {
        let (shadow, mut rules): (Vec<RuleHit>, Vec<RuleHit>) =
            hits.into_iter().partition(|h| h.mode == RuleMode::Shadow);
        rules.sort_by(|a, b| b.priority.cmp(&a.priority).then(b.verdict.cmp(&a.verdict)));
        let verdict = rules.iter().map(|h| h.verdict).max().unwrap_or_default();
        Decision {
            verdict,
            rules,
            shadow,
            signals,
            rules_version,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hit(rule: &str, mode: RuleMode, verdict: Verdict, priority: i32) -> RuleHit {
        RuleHit {
            rule: rule.into(),
            mode,
            verdict,
            actions: vec![],
            priority,
        }
    }

    #[test]
    fn strongest_enforcing_verdict_wins_and_shadow_is_apart() {
        let d = Decision::from_hits(
            vec![
                hit("a", RuleMode::Enforce, Verdict::Review, 1),
                hit("b", RuleMode::Shadow, Verdict::Block, 9),
                hit("c", RuleMode::Enforce, Verdict::Restrict, 5),
            ],
            vec![],
            "v1".into(),
        );
        assert_eq!(d.verdict, Verdict::Restrict);
        assert_eq!(d.rules[0].rule, "c");
        assert_eq!(d.shadow.len(), 1);
        assert_eq!(
            Decision::from_hits(vec![], vec![], "v".into()).verdict,
            Verdict::Allow
        );
        assert!(Verdict::Block > Verdict::Restrict && Verdict::Restrict > Verdict::Review);
    }
}
