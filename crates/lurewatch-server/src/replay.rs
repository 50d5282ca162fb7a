//! `lurewatch rules replay`: the live decision path run again over stored
//! events with a (new) rule set, reporting what would change.

use std::collections::BTreeMap;

use lurewatch_core::{Decision, Verdict};
use lurewatch_rules::{EvalInput, RoleLabels, RuleSet};
use lurewatch_store::{Store, StoreError};

use crate::pipeline::{Counters, roles, set_role_labels};

/// One event whose verdict would change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Changed {
    /// Event sequence number.
    pub seq: i64,
    /// Stored verdict.
    pub old: Verdict,
    /// Verdict under the replayed rules.
    pub new: Verdict,
}

/// What a replay found.
#[derive(Debug, Default)]
pub struct ReplayReport {
    /// Events replayed (those with a stored decision).
    pub events: usize,
    /// Events whose verdict changes.
    pub changed: Vec<Changed>,
    /// `old → new` verdict transitions and their counts.
    pub transitions: BTreeMap<String, usize>,
    /// Per rule id: (times fired before, times fired now), shadow included.
    pub rule_counts: BTreeMap<String, (usize, usize)>,
}

/// Replays every stored event since `since_ms` (by event time) in order.
/// Signals are the stored ones (detectors are not re-run); labels are the
/// current ones; counters are rebuilt from the replayed events.
pub async fn replay(
    store: &dyn Store,
    rules: &RuleSet,
    since_ms: i64,
) -> Result<ReplayReport, StoreError> {
    let mut report = ReplayReport::default();
    let mut counters = Counters::default();
    let mut after = 0i64;
    loop {
        let page = store.events_after(after, Some(since_ms), 1000).await?;
        if page.is_empty() {
            break;
        }
        for e in &page {
            after = after.max(e.seq);
            let (Some(old), Some(env)) = (&e.decision, crate::server::parse_stored(&e.envelope))
            else {
                continue;
            };
            let mut labels = RoleLabels::default();
            for (role, entity) in roles(&env) {
                let live = store.labels(&entity, e.ts).await?;
                set_role_labels(
                    &mut labels,
                    role,
                    live.into_iter().map(|l| l.label).collect(),
                );
            }
            let none = BTreeMap::new();
            let input = EvalInput {
                envelope: &env,
                signals: &old.signals,
                labels: &labels,
                counters: &none,
                now: e.ts,
            };
            let mut values: BTreeMap<String, i64> = BTreeMap::new();
            let (hits, _) = rules.counters_to_increment(&input);
            for hit in hits {
                let v = counters.add((hit.entity.clone(), hit.name.clone()), e.ts, hit.window_ms);
                let slot = values.entry(hit.name).or_default();
                *slot = (*slot).max(v);
            }
            let input = EvalInput {
                counters: &values,
                ..input
            };
            let (hits, _) = rules.evaluate(&input);
            let new = Decision::from_hits(hits, old.signals.clone(), rules.version().to_string());
            report.events += 1;
            for h in old.rules.iter().chain(&old.shadow) {
                report.rule_counts.entry(h.rule.clone()).or_default().0 += 1;
            }
            for h in new.rules.iter().chain(&new.shadow) {
                report.rule_counts.entry(h.rule.clone()).or_default().1 += 1;
            }
            if new.verdict != old.verdict {
                *report
                    .transitions
                    .entry(format!(
                        "{} → {}",
                        old.verdict.as_str(),
                        new.verdict.as_str()
                    ))
                    .or_default() += 1;
                report.changed.push(Changed {
                    seq: e.seq,
                    old: old.verdict,
                    new: new.verdict,
                });
            }
        }
    }
    Ok(report)
}
