//! What a new rule set would change: compares two decisions on the same
//! event, for `lurewatch rules replay`.

use std::collections::BTreeMap;

use lurewatch_core::{Decision, RuleHit, Verdict};
use serde::Serialize;

/// How the decision on one event changes between two rule sets.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    /// The verdict before.
    pub old_verdict: Verdict,
    /// The verdict after.
    pub new_verdict: Verdict,
    /// Enforcing rules that fire now and did not before.
    pub rules_added: Vec<String>,
    /// Enforcing rules that fired before and do not now.
    pub rules_removed: Vec<String>,
    /// Enforcing rules that fire in both but with another verdict, priority
    /// or actions.
    pub rules_changed: Vec<String>,
    /// Shadow rules that fire now and did not before.
    pub shadow_added: Vec<String>,
    /// Shadow rules that fired before and do not now.
    pub shadow_removed: Vec<String>,
    /// The rule set versions, before and after.
    pub versions: (String, String),
}

impl Change {
    /// Whether the verdict itself changed.
    pub fn verdict_changed(&self) -> bool {
        self.old_verdict != self.new_verdict
    }
}

fn by_id(hits: &[RuleHit]) -> BTreeMap<&str, &RuleHit> {
    hits.iter().map(|h| (h.rule.as_str(), h)).collect()
}

fn added<'a>(from: &BTreeMap<&'a str, &RuleHit>, to: &BTreeMap<&'a str, &RuleHit>) -> Vec<String> {
    to.keys()
        .filter(|k| !from.contains_key(*k))
        .map(|k| (*k).to_owned())
        .collect()
}

/// The change from `old` to `new`, or `None` when the same rules fire with
/// the same verdicts and actions (the rule set version alone doesn't count).
pub fn diff(old: &Decision, new: &Decision) -> Option<Change> {
    let (o, n) = (by_id(&old.rules), by_id(&new.rules));
    let (os, ns) = (by_id(&old.shadow), by_id(&new.shadow));
    let rules_changed: Vec<String> = n
        .iter()
        .filter(|(id, hit)| {
            o.get(*id).is_some_and(|old| {
                old.verdict != hit.verdict
                    || old.priority != hit.priority
                    || old.actions != hit.actions
            })
        })
        .map(|(id, _)| (*id).to_owned())
        .collect();
    let change = Change {
        old_verdict: old.verdict,
        new_verdict: new.verdict,
        rules_added: added(&o, &n),
        rules_removed: added(&n, &o),
        rules_changed,
        shadow_added: added(&os, &ns),
        shadow_removed: added(&ns, &os),
        versions: (old.rules_version.clone(), new.rules_version.clone()),
    };
    let same = !change.verdict_changed()
        && change.rules_added.is_empty()
        && change.rules_removed.is_empty()
        && change.rules_changed.is_empty()
        && change.shadow_added.is_empty()
        && change.shadow_removed.is_empty();
    (!same).then_some(change)
}

/// Totals over a replay: feed it every event's [`diff`] result.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ReplaySummary {
    /// Events replayed.
    pub events: u64,
    /// Events whose decision changed in any way.
    pub changed: u64,
    /// Events whose verdict changed, by `(old, new)`.
    pub verdict_changes: BTreeMap<String, u64>,
    /// Per rule id: events where it newly fires (enforcing or shadow).
    pub rule_added: BTreeMap<String, u64>,
    /// Per rule id: events where it no longer fires (enforcing or shadow).
    pub rule_removed: BTreeMap<String, u64>,
    /// Per rule id: events where it fires with other verdict or actions.
    pub rule_changed: BTreeMap<String, u64>,
}

impl ReplaySummary {
    /// Counts one replayed event.
    pub fn add(&mut self, change: Option<&Change>) {
        self.events += 1;
        let Some(c) = change else {
            return;
        };
        self.changed += 1;
        if c.verdict_changed() {
            let key = format!("{} -> {}", c.old_verdict.as_str(), c.new_verdict.as_str());
            *self.verdict_changes.entry(key).or_default() += 1;
        }
        for r in c.rules_added.iter().chain(&c.shadow_added) {
            *self.rule_added.entry(r.clone()).or_default() += 1;
        }
        for r in c.rules_removed.iter().chain(&c.shadow_removed) {
            *self.rule_removed.entry(r.clone()).or_default() += 1;
        }
        for r in &c.rules_changed {
            *self.rule_changed.entry(r.clone()).or_default() += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use lurewatch_core::{Action, RuleMode};

    fn hit(rule: &str, mode: RuleMode, verdict: Verdict) -> RuleHit {
        RuleHit {
            rule: rule.into(),
            mode,
            verdict,
            actions: vec![],
            priority: 1,
        }
    }

    fn decision(hits: Vec<RuleHit>, version: &str) -> Decision {
        Decision::from_hits(hits, vec![], version.into())
    }

    #[test]
    fn diffs() {
        let old = decision(
            vec![
                hit("a", RuleMode::Enforce, Verdict::Review),
                hit("s", RuleMode::Shadow, Verdict::Block),
            ],
            "v1",
        );
        assert_eq!(diff(&old, &old), None);
        assert_eq!(
            diff(
                &old,
                &decision(
                    old.rules
                        .clone()
                        .into_iter()
                        .chain(old.shadow.clone())
                        .collect(),
                    "v2"
                )
            ),
            None
        );

        let new = decision(
            vec![
                hit("b", RuleMode::Enforce, Verdict::Block),
                hit("t", RuleMode::Shadow, Verdict::Review),
            ],
            "v2",
        );
        let c = diff(&old, &new).unwrap();
        assert!(c.verdict_changed());
        assert_eq!(c.rules_added, ["b"]);
        assert_eq!(c.rules_removed, ["a"]);
        assert_eq!(c.shadow_added, ["t"]);
        assert_eq!(c.shadow_removed, ["s"]);
        assert_eq!(c.versions, ("v1".into(), "v2".into()));

        let mut changed = hit("a", RuleMode::Enforce, Verdict::Review);
        changed.actions.push(Action::NcmecReport);
        let c = diff(
            &old,
            &decision(
                vec![changed, hit("s", RuleMode::Shadow, Verdict::Block)],
                "v2",
            ),
        )
        .unwrap();
        assert!(!c.verdict_changed());
        assert_eq!(c.rules_changed, ["a"]);

        let mut sum = ReplaySummary::default();
        sum.add(diff(&old, &new).as_ref());
        sum.add(None);
        assert_eq!(sum.events, 2);
        assert_eq!(sum.changed, 1);
        assert_eq!(sum.verdict_changes["review -> block"], 1);
        assert_eq!(sum.rule_added["b"], 1);
        assert_eq!(sum.rule_removed["s"], 1);
    }
}
