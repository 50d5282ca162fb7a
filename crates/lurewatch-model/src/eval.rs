//! Evaluation: conversation-disjoint splits and detection metrics.
//!
//! # Splits
//!
//! Conversations are grouped into connected components of the participant
//! graph (two conversations are linked when they share a sender or recipient
//! id), and whole components are assigned to folds, so no account appears on
//! both sides of a split (the leakage the notes warn about, §5.3).
//!
//! # Early warning
//!
//! A conversation's running score is the maximum of its prefix scores; it is
//! flagged at the first message index where a prefix score reaches the
//! threshold, and its conversation score is the maximum over all prefixes.
//!
//! # Latency-weighted F1
//!
//! `F_latency = F1 · speed` (Sadeque, Xu & Bethard 2018), with
//! `speed = 1 − median over true positives of penalty(k)`, `k` = number of
//! messages read before the warning (1-based), and
//! `penalty(k) = −1 + 2 / (1 + exp(−p (k − 1)))`. `p` is chosen so that
//! `penalty(k_half) = 0.5`, i.e. `p = ln 3 / (k_half − 1)`; with the default
//! `k_half = 10`, `p = ln 3 / 9 ≈ 0.1221`.

use std::borrow::Borrow;
use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::corpus::Conversation;
use crate::hash::{FastBuild, SplitMix64, hash_bytes};

/// Confusion counts and threshold metrics.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct BinaryMetrics {
    /// True positives.
    pub tp: u64,
    /// False positives.
    pub fp: u64,
    /// True negatives.
    pub tn: u64,
    /// False negatives.
    pub fn_: u64,
    /// tp / (tp + fp), 0 when nothing is flagged.
    pub precision: f64,
    /// tp / (tp + fn), 0 when there are no positives.
    pub recall: f64,
    /// F1.
    pub f1: f64,
    /// F0.5 (precision weighted).
    pub f05: f64,
}

/// F-beta from precision and recall (0 when both are 0).
pub fn f_beta(precision: f64, recall: f64, beta: f64) -> f64 {
    let b2 = beta * beta;
    let d = b2 * precision + recall;
    if d > 0.0 {
        (1.0 + b2) * precision * recall / d
    } else {
        0.0
    }
}

/// Metrics for flagging every score `>= threshold`.
pub fn binary_metrics(scores: &[f32], labels: &[bool], threshold: f32) -> BinaryMetrics {
    let preds: Vec<bool> = scores.iter().map(|&s| s >= threshold).collect();
    metrics_from_predictions(&preds, labels)
}

/// Metrics from hard predictions.
pub fn metrics_from_predictions(preds: &[bool], labels: &[bool]) -> BinaryMetrics {
    let mut m = BinaryMetrics::default();
    for (&p, &y) in preds.iter().zip(labels) {
        match (p, y) {
            (true, true) => m.tp += 1,
            (true, false) => m.fp += 1,
            (false, false) => m.tn += 1,
            (false, true) => m.fn_ += 1,
        }
    }
    let ratio = |a: u64, b: u64| if b > 0 { a as f64 / b as f64 } else { 0.0 };
    m.precision = ratio(m.tp, m.tp + m.fp);
    m.recall = ratio(m.tp, m.tp + m.fn_);
    m.f1 = f_beta(m.precision, m.recall, 1.0);
    m.f05 = f_beta(m.precision, m.recall, 0.5);
    m
}

/// Average precision (area under the precision–recall curve, step-wise as
/// scikit-learn's `average_precision_score`; tied scores form one step).
/// 0 when there are no positives.
pub fn average_precision(scores: &[f32], labels: &[bool]) -> f64 {
    let total = labels.iter().filter(|&&l| l).count() as f64;
    if total == 0.0 {
        return 0.0;
    }
    let mut idx: Vec<usize> = (0..scores.len().min(labels.len())).collect();
    idx.sort_by(|&a, &b| scores[b].total_cmp(&scores[a]));
    let (mut tp, mut fp, mut ap, mut prev_r) = (0f64, 0f64, 0f64, 0f64);
    let mut i = 0;
    while i < idx.len() {
        let s = scores[idx[i]];
        while i < idx.len() && scores[idx[i]].total_cmp(&s).is_eq() {
            if labels[idx[i]] {
                tp += 1.0;
            } else {
                fp += 1.0;
            }
            i += 1;
        }
        let r = tp / total;
        ap += (r - prev_r) * tp / (tp + fp);
        prev_r = r;
    }
    ap.clamp(0.0, 1.0)
}

/// ROC-AUC (probability a random positive outranks a random negative, ties
/// count half). 0.5 when a class is missing.
pub fn roc_auc(scores: &[f32], labels: &[bool]) -> f64 {
    let n = scores.len().min(labels.len());
    let mut idx: Vec<usize> = (0..n).collect();
    idx.sort_by(|&a, &b| scores[a].total_cmp(&scores[b]));
    let np = labels[..n].iter().filter(|&&l| l).count() as f64;
    let nn = n as f64 - np;
    if np == 0.0 || nn == 0.0 {
        return 0.5;
    }
    // Sum of (average) ranks of positives.
    let mut rank_sum = 0f64;
    let mut i = 0;
    while i < n {
        let mut j = i;
        while j < n && scores[idx[j]].total_cmp(&scores[idx[i]]).is_eq() {
            j += 1;
        }
        let avg = (i + j + 1) as f64 / 2.0; // ranks i+1 ..= j
        for &k in &idx[i..j] {
            if labels[k] {
                rank_sum += avg;
            }
        }
        i = j;
    }
    ((rank_sum - np * (np + 1.0) / 2.0) / (np * nn)).clamp(0.0, 1.0)
}

/// Expected calibration error with `bins` equal-width probability bins
/// (`[0, 1/bins)`, …, `[1 - 1/bins, 1]`): Σ |bin|/n · |mean p − positive rate|.
pub fn expected_calibration_error(probs: &[f32], labels: &[bool], bins: usize) -> f64 {
    let bins = bins.max(1);
    let mut sum_p = vec![0f64; bins];
    let mut pos = vec![0f64; bins];
    let mut cnt = vec![0f64; bins];
    let n = probs.len().min(labels.len());
    if n == 0 {
        return 0.0;
    }
    for (&p, &y) in probs.iter().zip(labels) {
        let p = if p.is_finite() {
            f64::from(p).clamp(0.0, 1.0)
        } else {
            0.5
        };
        let b = ((p * bins as f64) as usize).min(bins - 1);
        sum_p[b] += p;
        pos[b] += f64::from(u8::from(y));
        cnt[b] += 1.0;
    }
    let mut e = 0.0;
    for b in 0..bins {
        if cnt[b] > 0.0 {
            e += cnt[b] / n as f64 * (sum_p[b] / cnt[b] - pos[b] / cnt[b]).abs();
        }
    }
    e.clamp(0.0, 1.0)
}

/// `p` such that `penalty(k_half) = 0.5`: `ln 3 / (k_half − 1)`.
pub fn latency_p(k_half: f64) -> f64 {
    3f64.ln() / (k_half - 1.0).max(1e-9)
}

/// Sadeque et al.'s latency penalty for a warning after `k` messages.
pub fn latency_penalty(k: f64, p: f64) -> f64 {
    -1.0 + 2.0 / (1.0 + (-p * (k - 1.0)).exp())
}

/// Quantile (nearest-rank on the sorted values, linear interpolation) of a
/// non-empty list; `None` if empty.
pub fn quantile(values: &[f64], q: f64) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    let mut v = values.to_vec();
    v.sort_by(f64::total_cmp);
    let pos = q.clamp(0.0, 1.0) * (v.len() - 1) as f64;
    let lo = pos.floor() as usize;
    let hi = pos.ceil() as usize;
    Some(v[lo] + (v[hi] - v[lo]) * (pos - lo as f64))
}

/// Per-conversation outcome of running scoring.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ConversationOutcome {
    /// Conversation label.
    pub label: bool,
    /// Max over prefix scores.
    pub score: f32,
    /// First (0-based) message index whose prefix score reached the threshold.
    pub first_flagged: Option<usize>,
}

/// Early-warning metrics over many conversations.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EarlyMetrics {
    /// Threshold metrics at the conversation level.
    pub binary: BinaryMetrics,
    /// Average precision of conversation scores.
    pub pr_auc: f64,
    /// ROC-AUC of conversation scores.
    pub roc_auc: f64,
    /// ECE (10 bins) of conversation scores.
    pub ece: f64,
    /// `p` of the latency penalty.
    pub latency_p: f64,
    /// 1 − median penalty over true positives.
    pub speed: f64,
    /// F1 · speed.
    pub f_latency: f64,
    /// Median messages read until the warning (true positives; 1-based).
    pub median_messages_to_warning: Option<f64>,
    /// 90th percentile of the same.
    pub p90_messages_to_warning: Option<f64>,
}

/// Early-warning metrics from outcomes; `k_half` sets the latency penalty
/// (10 in the issue).
pub fn early_metrics(outcomes: &[ConversationOutcome], k_half: f64) -> EarlyMetrics {
    let labels: Vec<bool> = outcomes.iter().map(|o| o.label).collect();
    let scores: Vec<f32> = outcomes.iter().map(|o| o.score).collect();
    let preds: Vec<bool> = outcomes.iter().map(|o| o.first_flagged.is_some()).collect();
    let binary = metrics_from_predictions(&preds, &labels);
    let ks: Vec<f64> = outcomes
        .iter()
        .filter(|o| o.label)
        .filter_map(|o| o.first_flagged.map(|i| (i + 1) as f64))
        .collect();
    let p = latency_p(k_half);
    let pens: Vec<f64> = ks.iter().map(|&k| latency_penalty(k, p)).collect();
    let speed = quantile(&pens, 0.5).map_or(0.0, |m| 1.0 - m);
    EarlyMetrics {
        binary,
        pr_auc: average_precision(&scores, &labels),
        roc_auc: roc_auc(&scores, &labels),
        ece: expected_calibration_error(&scores, &labels, 10),
        latency_p: p,
        speed,
        f_latency: binary.f1 * speed,
        median_messages_to_warning: quantile(&ks, 0.5),
        p90_messages_to_warning: quantile(&ks, 0.9),
    }
}

struct Dsu(Vec<usize>);
impl Dsu {
    fn find(&mut self, mut x: usize) -> usize {
        while self.0[x] != x {
            self.0[x] = self.0[self.0[x]];
            x = self.0[x];
        }
        x
    }
    fn union(&mut self, a: usize, b: usize) {
        let (a, b) = (self.find(a), self.find(b));
        if a != b {
            self.0[a.max(b)] = a.min(b);
        }
    }
}

/// Connected components of conversations linked by shared participant ids.
/// Returns a component id per conversation (ids are `0..n_components`, in
/// order of first appearance).
pub fn participant_components<C: Borrow<Conversation>>(convs: &[C]) -> Vec<usize> {
    let mut dsu = Dsu((0..convs.len()).collect());
    let mut owner: HashMap<&str, usize, FastBuild> = HashMap::default();
    let mut local: Vec<&str> = Vec::new();
    for (ci, c) in convs.iter().enumerate() {
        local.clear();
        for m in &c.borrow().messages {
            let ids = std::iter::once(m.sender.as_str()).chain(m.recipient.as_deref());
            for id in ids {
                // Conversations have few participants: skip ids already seen here.
                if local.len() < 16 {
                    if local.contains(&id) {
                        continue;
                    }
                    local.push(id);
                }
                match owner.get(id) {
                    Some(&o) => dsu.union(o, ci),
                    None => {
                        owner.insert(id, ci);
                    }
                }
            }
        }
    }
    let mut remap: HashMap<usize, usize, FastBuild> = HashMap::default();
    (0..convs.len())
        .map(|i| {
            let r = dsu.find(i);
            let n = remap.len();
            *remap.entry(r).or_insert(n)
        })
        .collect()
}

/// Assign each conversation to one of `k` folds, conversation- and
/// participant-disjoint (whole components per fold), balancing fold sizes and
/// positives. Deterministic for a seed and the conversation ids; independent
/// of input order except for ties.
pub fn kfold_assign<C: Borrow<Conversation>>(convs: &[C], k: usize, seed: u64) -> Vec<usize> {
    let k = k.max(1);
    let comp = participant_components(convs);
    let ncomp = comp.iter().copied().max().map_or(0, |m| m + 1);
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); ncomp];
    for (i, &c) in comp.iter().enumerate() {
        members[c].push(i);
    }
    // Order components by size (desc), then a seeded hash of their smallest id.
    let mut order: Vec<(usize, u64, usize)> = members
        .iter()
        .enumerate()
        .map(|(ci, m)| {
            let key = m
                .iter()
                .map(|&i| convs[i].borrow().id.as_str())
                .min()
                .unwrap_or("");
            (m.len(), hash_bytes(seed, key.as_bytes()), ci)
        })
        .collect();
    order.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    let mut size = vec![0usize; k];
    let mut pos = vec![0usize; k];
    let mut fold_of = vec![0usize; convs.len()];
    let mut rng = SplitMix64::new(seed);
    for (_, _, ci) in order {
        let m = &members[ci];
        let p = m
            .iter()
            .filter(|&&i| convs[i].borrow().label == Some(true))
            .count();
        // Balance positives for components with positives, sizes otherwise;
        // random tie-break among equally good folds.
        let start = rng.below(k);
        let best = (0..k)
            .map(|j| (start + j) % k)
            .min_by_key(|&f| {
                if p > 0 {
                    (pos[f], size[f])
                } else {
                    (size[f], pos[f])
                }
            })
            .unwrap_or(0);
        size[best] += m.len();
        pos[best] += p;
        for &i in m {
            fold_of[i] = best;
        }
    }
    fold_of
}

/// Split into (train, dev) conversation indices, participant-disjoint, with
/// about `dev_fraction` of conversations in dev (rounded to `1/k` with
/// `k = round(1 / dev_fraction)`).
pub fn train_dev_split<C: Borrow<Conversation>>(
    convs: &[C],
    dev_fraction: f64,
    seed: u64,
) -> (Vec<usize>, Vec<usize>) {
    let k = (1.0 / dev_fraction.clamp(0.01, 0.5)).round().max(2.0) as usize;
    let folds = kfold_assign(convs, k, seed);
    let mut train = Vec::new();
    let mut dev = Vec::new();
    for (i, f) in folds.into_iter().enumerate() {
        if f == 0 {
            dev.push(i);
        } else {
            train.push(i);
        }
    }
    (train, dev)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hand_computed_ap_and_auc() {
        // Ranking: + - + -  → AP = (1/2)(1) + (1/2)(2/3) = 0.8333
        let s = [0.9, 0.8, 0.7, 0.1];
        let y = [true, false, true, false];
        assert!((average_precision(&s, &y) - 5.0 / 6.0).abs() < 1e-12);
        // Pairs (pos > neg): 0.9>0.8, 0.9>0.1, 0.7>0.1; 0.7<0.8 → 3/4
        assert!((roc_auc(&s, &y) - 0.75).abs() < 1e-12);
        let m = binary_metrics(&s, &y, 0.75);
        assert_eq!((m.tp, m.fp, m.fn_, m.tn), (1, 1, 1, 1));
        assert!((m.f05 - 0.5).abs() < 1e-12);
    }

    #[test]
    fn latency_penalty_is_half_at_ten() {
        let p = latency_p(10.0);
        assert!((latency_penalty(10.0, p) - 0.5).abs() < 1e-12);
        assert!(latency_penalty(1.0, p).abs() < 1e-12);
        assert!((p - 0.122_068_9).abs() < 1e-6);
    }

    #[test]
    fn ece_perfect_and_worst() {
        assert_eq!(
            expected_calibration_error(&[0.0, 1.0], &[false, true], 10),
            0.0
        );
        assert!((expected_calibration_error(&[0.0, 1.0], &[true, false], 10) - 1.0).abs() < 1e-9);
    }
}
