//! Scanning conversations: per-conversation reports, per-account
//! aggregation, and evaluation against labels.

use std::collections::BTreeMap;
use std::time::Instant;

use lurewatch_behaviour::{BehaviourConfig, BehaviourTracker, Observation};
use lurewatch_model::corpus::Conversation;
use lurewatch_model::eval::{
    ConversationOutcome, EarlyMetrics, early_metrics, expected_calibration_error, kfold_assign,
};
use serde::Serialize;

use crate::features::MINOR_MAX_AGE;
use crate::{ChatScan, DetectError, Detector, DetectorModel, EvidenceSpan, TrainOptions};

/// One line of `lurewatch scan` output for a conversation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ConversationReport {
    /// Conversation id.
    pub id: String,
    /// Highest conversation probability over the conversation (0..1).
    pub score: f32,
    /// Whether the warning fired.
    pub flagged: bool,
    /// Taxonomy codes with evidence.
    pub codes: Vec<String>,
    /// Evidence spans (message index, original byte offsets, code).
    pub evidence: Vec<EvidenceSpan>,
    /// First message at which the warning fired.
    pub first_flagged_message: Option<usize>,
    /// The participant whose messages carry most of the evidence.
    pub suspected_sender: Option<String>,
    /// The conversation features that pushed the score up most.
    pub top_features: Vec<(String, f32)>,
    /// Messages scanned.
    pub messages: usize,
}

/// One line of `lurewatch scan` output for an account.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AccountReport {
    /// Account id.
    pub account: String,
    /// Highest risk of a conversation in which this account is the suspected sender.
    pub risk: f32,
    /// Whether any such conversation was flagged.
    pub flagged: bool,
    /// Conversations in which the account is the suspected sender.
    pub conversations: usize,
    /// Of them flagged.
    pub flagged_conversations: usize,
    /// Codes across those conversations.
    pub codes: Vec<String>,
    /// Counterparts in flagged conversations (possible victims).
    pub targets: Vec<String>,
    /// Accounts known or stated to be minors it contacted within one window.
    pub minors_contacted: u32,
    /// Most recipients of one near-duplicate message it sent.
    pub script_reuse: u32,
    /// Conversations it pushed off-platform.
    pub off_platform_conversations: u32,
    /// Conversations in which it is an adult writing to a minor.
    pub adult_minor_conversations: u32,
    /// Why, in words (never message text).
    pub reasons: Vec<String>,
}

/// Behaviour that flags an account even when no single conversation
/// crossed the threshold: several minors contacted, together with the same
/// script, off-platform pushes or adult-to-minor contact across
/// conversations. An account that stated a minor's age itself is a
/// teenager with friends unless it also sends one script to many:
/// swapping Snapchat names with classmates is not a pattern.
pub fn behaviour_flags(
    minors: u32,
    script_reuse: u32,
    off_platform: u32,
    adult_minor: u32,
    own_age: Option<u8>,
) -> bool {
    let own_minor = own_age.is_some_and(|a| a <= MINOR_MAX_AGE);
    minors >= 3 && (script_reuse >= 3 || adult_minor >= 2 || (off_platform >= 2 && !own_minor))
}

#[derive(Default)]
struct AccountAgg {
    risk: f32,
    conversations: usize,
    flagged: usize,
    codes: BTreeMap<String, usize>,
    targets: Vec<String>,
}

/// Scans conversations one after another and aggregates accounts.
pub struct Scanner<'m> {
    detector: Detector<'m>,
    accounts: BTreeMap<String, AccountAgg>,
    tracker: BehaviourTracker,
    /// Messages scanned so far.
    pub messages: u64,
}

impl<'m> Scanner<'m> {
    /// A scanner over `model`.
    pub fn new(model: &'m DetectorModel) -> Result<Scanner<'m>, DetectError> {
        Ok(Scanner {
            detector: Detector::new(model)?,
            accounts: BTreeMap::new(),
            tracker: BehaviourTracker::new(BehaviourConfig::default()),
            messages: 0,
        })
    }

    /// Scans one conversation; `running` receives the conversation score
    /// after each message.
    pub fn scan(&mut self, conv: &Conversation, running: &mut Vec<f32>) -> ConversationReport {
        let mut chat = ChatScan::default();
        running.clear();
        for m in &conv.messages {
            let out = chat.observe(
                &mut self.detector,
                &m.sender,
                m.recipient.as_deref(),
                &m.text,
            );
            running.push(out.conversation_score);
            // Logs without recipients: the person the message answered.
            let obs = Observation::from_analysis(
                &m.sender,
                m.recipient.as_deref().or(chat.answered()),
                m.ts,
                self.detector.analysis(),
            );
            self.tracker.observe(&obs);
        }
        let first_flagged = chat.first_flagged();
        let st = chat.into_riskiest();
        self.messages += conv.messages.len() as u64;
        let suspected = st.suspected_sender().map(str::to_string);
        let flagged = first_flagged.is_some();
        let codes: Vec<String> = st.codes().iter().map(|c| c.as_str().to_string()).collect();
        if let Some(s) = &suspected {
            let mut others: Vec<&str> = conv
                .messages
                .iter()
                .flat_map(|m| [Some(m.sender.as_str()), m.recipient.as_deref()])
                .flatten()
                .collect();
            others.sort_unstable();
            others.dedup();
            for o in others.iter().filter(|o| **o != s) {
                self.tracker.note_conversation_risk(s, o, st.max_score);
            }
            let agg = self.accounts.entry(s.clone()).or_default();
            agg.risk = agg.risk.max(st.max_score);
            agg.conversations += 1;
            if flagged {
                agg.flagged += 1;
                for o in others.into_iter().filter(|o| *o != s) {
                    if !agg.targets.iter().any(|t| t == o) && agg.targets.len() < 1000 {
                        agg.targets.push(o.to_string());
                    }
                }
            }
            for c in &codes {
                *agg.codes.entry(c.clone()).or_default() += 1;
            }
        }
        ConversationReport {
            id: conv.id.clone(),
            score: st.max_score,
            flagged,
            codes,
            top_features: self.detector.top_features(&st, 5),
            evidence: st.evidence,
            first_flagged_message: first_flagged,
            suspected_sender: suspected,
            messages: conv.messages.len(),
        }
    }

    /// Account reports, riskiest first: suspected senders of scanned
    /// conversations, and any account whose behaviour across conversations
    /// is notable (fan-out to minors, script reuse, off-platform pushes).
    pub fn accounts(&self) -> Vec<AccountReport> {
        let mut names: Vec<String> = self.accounts.keys().cloned().collect();
        let behaviour: BTreeMap<String, lurewatch_behaviour::AccountSummary> = self
            .tracker
            .accounts()
            .filter(|a| !a.reasons.is_empty())
            .map(|a| (a.user.clone(), a))
            .collect();
        names.extend(
            behaviour
                .keys()
                .filter(|k| !self.accounts.contains_key(*k))
                .cloned(),
        );
        let empty = AccountAgg::default();
        let mut out: Vec<AccountReport> = names
            .into_iter()
            .map(|account| {
                let a = self.accounts.get(&account).unwrap_or(&empty);
                let b = behaviour
                    .get(&account)
                    .cloned()
                    .or_else(|| self.tracker.account(&account));
                let mut reasons = Vec::new();
                if a.flagged > 0 {
                    reasons.push(format!(
                        "flagged in {} of {} conversations",
                        a.flagged, a.conversations
                    ));
                }
                if a.targets.len() > 1 {
                    reasons.push(format!(
                        "{} accounts targeted in flagged conversations",
                        a.targets.len()
                    ));
                }
                let mut codes: Vec<(&String, &usize)> = a.codes.iter().collect();
                codes.sort_by(|x, y| y.1.cmp(x.1));
                if !codes.is_empty() {
                    let top: Vec<&str> = codes.iter().take(4).map(|(c, _)| c.as_str()).collect();
                    reasons.push(format!("tactics: {}", top.join(", ")));
                }
                let (minors, script, off, adult_minor, age) =
                    b.as_ref().map_or((0, 0, 0, 0, None), |b| {
                        (
                            b.minors_contacted,
                            b.script_reuse,
                            b.off_platform_conversations,
                            b.adult_minor_conversations,
                            b.age,
                        )
                    });
                if let Some(b) = &b {
                    reasons.extend(b.reasons.iter().cloned());
                }
                AccountReport {
                    account,
                    risk: a.risk,
                    // Flagged with one of its conversations (whose warning
                    // needs corroborated cues, not the score alone), or by
                    // its behaviour across conversations.
                    flagged: a.flagged > 0
                        || behaviour_flags(minors, script, off, adult_minor, age),
                    conversations: a.conversations,
                    flagged_conversations: a.flagged,
                    codes: a.codes.keys().cloned().collect(),
                    targets: a.targets.clone(),
                    minors_contacted: minors,
                    script_reuse: script,
                    off_platform_conversations: off,
                    adult_minor_conversations: adult_minor,
                    reasons,
                }
            })
            .collect();
        out.sort_by(|a, b| b.flagged.cmp(&a.flagged).then(b.risk.total_cmp(&a.risk)));
        out
    }
}

/// Result of an evaluation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EvalReport {
    /// Conversations evaluated.
    pub conversations: usize,
    /// Messages scored.
    pub messages: u64,
    /// Early-warning metrics at the threshold (P, R, F1, F0.5, PR-AUC,
    /// F_latency, messages until the warning).
    pub metrics: EarlyMetrics,
    /// Expected calibration error of the conversation scores (10 bins).
    pub calibration_error: f64,
    /// Scoring throughput, messages per second, one thread (analysis +
    /// both models + state).
    pub messages_per_second: f64,
    /// Folds (1 = a given model on the given data).
    pub folds: usize,
}

/// Penalty half-point of the latency-weighted F1, in messages.
pub const LATENCY_HALF: f64 = 10.0;

/// Scores labelled conversations with `model`.
pub fn evaluate(
    model: &DetectorModel,
    convs: &[&Conversation],
) -> Result<(Vec<ConversationOutcome>, u64, f64), DetectError> {
    let mut scanner = Scanner::new(model)?;
    let mut running = Vec::new();
    let mut outcomes = Vec::new();
    let t = Instant::now();
    for c in convs {
        let Some(label) = c.label else { continue };
        if c.is_empty() {
            continue;
        }
        let r = scanner.scan(c, &mut running);
        outcomes.push(ConversationOutcome {
            label,
            score: r.score,
            first_flagged: r.first_flagged_message,
        });
    }
    let secs = t.elapsed().as_secs_f64().max(1e-9);
    Ok((outcomes, scanner.messages, secs))
}

/// Evaluates a trained model on labelled data.
pub fn evaluate_model(
    model: &DetectorModel,
    convs: &[Conversation],
) -> Result<EvalReport, DetectError> {
    let refs: Vec<&Conversation> = convs.iter().collect();
    let (outcomes, messages, secs) = evaluate(model, &refs)?;
    Ok(report(&outcomes, messages, secs, 1))
}

/// K-fold cross-validation with conversation- (and participant-) disjoint folds.
pub fn cross_validate(
    convs: &[Conversation],
    folds: usize,
    opts: &TrainOptions,
) -> Result<EvalReport, DetectError> {
    let labelled: Vec<&Conversation> = convs
        .iter()
        .filter(|c| c.label.is_some() && !c.is_empty())
        .collect();
    let k = folds.max(2);
    let assign = kfold_assign(&labelled, k, opts.seed ^ 0xe7a1);
    let (mut outcomes, mut messages, mut secs) = (Vec::new(), 0u64, 0f64);
    for f in 0..k {
        let train: Vec<Conversation> = labelled
            .iter()
            .zip(&assign)
            .filter(|(_, a)| **a != f)
            .map(|(c, _)| (*c).clone())
            .collect();
        let test: Vec<&Conversation> = labelled
            .iter()
            .zip(&assign)
            .filter(|(_, a)| **a == f)
            .map(|(c, _)| *c)
            .collect();
        let model = DetectorModel::train(&train, opts)?;
        let (o, m, s) = evaluate(&model, &test)?;
        outcomes.extend(o);
        messages += m;
        secs += s;
    }
    Ok(report(&outcomes, messages, secs, k))
}

fn report(outcomes: &[ConversationOutcome], messages: u64, secs: f64, folds: usize) -> EvalReport {
    let labels: Vec<bool> = outcomes.iter().map(|o| o.label).collect();
    let scores: Vec<f32> = outcomes.iter().map(|o| o.score).collect();
    EvalReport {
        conversations: outcomes.len(),
        messages,
        metrics: early_metrics(outcomes, LATENCY_HALF),
        calibration_error: expected_calibration_error(&scores, &labels, 10),
        messages_per_second: messages as f64 / secs,
        folds,
    }
}

#[cfg(test)]
mod tests {
    use super::behaviour_flags;

    #[test]
    fn behaviour_rule_needs_minors_and_a_pattern() {
        assert!(!behaviour_flags(2, 9, 9, 9, None));
        assert!(!behaviour_flags(5, 0, 1, 1, None));
        assert!(behaviour_flags(3, 3, 0, 0, None));
        assert!(behaviour_flags(3, 0, 2, 0, None));
        assert!(behaviour_flags(3, 0, 0, 2, Some(30)));
        // A teenager who swapped handles with three classmates is not a
        // pattern; one sending the same script to them is.
        assert!(!behaviour_flags(3, 0, 3, 0, Some(15)));
        assert!(behaviour_flags(3, 3, 3, 0, Some(15)));
        assert!(behaviour_flags(3, 0, 3, 0, Some(18)));
    }
}
