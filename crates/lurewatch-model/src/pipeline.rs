//! From conversations to trained, calibrated models and evaluation runs.
//!
//! Message texts in the [`Conversation`]s given here must already be
//! normalised (this crate does no normalisation). Extra features are supplied
//! by an optional callback `extras(conversation, last_message_index, out)`
//! describing the state at the end of each scored document.
//!
//! # Documents and labels
//!
//! * [`ModelKind::Message`]: one row per message. Label: in a positive
//!   conversation that carries per-message codes, a message is positive iff
//!   it has codes (uncoded messages there are small talk or the target's
//!   replies); in a positive conversation without message codes every message
//!   is positive (weak labels); negatives are negative.
//! * [`ModelKind::Window`]: the last `n` messages (0 = all so far) exchanged
//!   between the unordered (sender, recipient) pair of the window's last
//!   message, concatenated as one document (messages without a recipient use
//!   the whole conversation). We chose concatenation over aggregating
//!   per-message scores because co-occurring cues (age probe + secrecy +
//!   off-platform) are the signal; the hashed features of a window are the sum
//!   of its messages' n-gram counts, normalised once. A window is positive iff
//!   it contains a positive message (rule above).
//!
//! # Calibration
//!
//! Every conversation is featurised once; all models below train on row
//! subsets of that one dataset.
//!
//! * `calibration_folds = k >= 2` (default 2): cross-fitting. The labelled
//!   conversations are cut into `k` participant-disjoint folds; a model per
//!   fold is trained on the other folds and scores its own fold, so every
//!   training conversation gets an out-of-fold logit. Platt scaling and the
//!   threshold are fitted on all of them. The final weights are retrained on
//!   all conversations (`refit`) or, without `refit`, the mean of the fold
//!   models (no extra training).
//! * `calibration_folds < 2`: [`fit`] holds out a participant-disjoint
//!   `calibration_fraction` of the training conversations, trains on the
//!   rest, fits Platt scaling and the threshold on the held-out part, and
//!   (with `refit`) retrains on all conversations with the same
//!   hyper-parameters, keeping the held-out calibration and threshold.

use serde::{Deserialize, Serialize};

use crate::corpus::Conversation;
use crate::error::ModelError;
use crate::eval::{
    ConversationOutcome, EarlyMetrics, early_metrics, kfold_assign, train_dev_split,
};
use crate::features::{FeatureConfig, Featurizer};
use crate::model::{Dataset, LinearModel, ModelKind, Scorer, ThresholdRule, TrainConfig};

/// Callback computing extra features for the document ending at a message.
pub type ExtrasFn<'a> = &'a dyn Fn(&Conversation, usize, &mut Vec<(u32, f32)>);

/// Which window end points become training rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "type")]
pub enum WindowRows {
    /// Only the window ending at the last message of each conversation.
    FinalOnly,
    /// Windows ending at every `stride`-th message, at the last message, and
    /// (in positive conversations) at every coded message.
    Every {
        /// Stride in messages (≥ 1).
        stride: u32,
    },
}

/// Everything [`fit`] needs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FitConfig {
    /// Document kind.
    pub kind: ModelKind,
    /// Training rows for window models.
    pub window_rows: WindowRows,
    /// Feature hashing.
    pub features: FeatureConfig,
    /// Optimiser.
    pub train: TrainConfig,
    /// Held-out share of conversations for calibration and threshold.
    pub calibration_fraction: f64,
    /// Retrain on all conversations after calibrating (with cross-fitting,
    /// `false` = use the mean of the fold models; default `false`).
    pub refit: bool,
    /// Threshold rule applied on the held-out part.
    pub threshold_rule: ThresholdRule,
    /// Buckets kept in the reverse n-gram map (0 = none).
    pub vocab_buckets: usize,
    /// Seed for the calibration split.
    pub split_seed: u64,
    /// Cross-fitted calibration: with `k >= 2`, the labelled conversations
    /// are cut into `k` participant-disjoint folds, a model is trained on
    /// each `k - 1` of them, and Platt scaling and the threshold are fitted
    /// on the out-of-fold logits of **every** training conversation (no data
    /// is set aside). `0` or `1` = the single held-out split of
    /// `calibration_fraction` (old behaviour; absent in old config files).
    #[serde(default)]
    pub calibration_folds: u32,
}

impl Default for FitConfig {
    fn default() -> Self {
        Self {
            kind: ModelKind::Window { messages: 0 },
            window_rows: WindowRows::FinalOnly,
            features: FeatureConfig::default(),
            train: TrainConfig::default(),
            calibration_fraction: 0.2,
            // With cross-fitting, the mean of the fold models is the model
            // whose logits Platt was fitted on, and costs no extra training.
            refit: false,
            threshold_rule: ThresholdRule::MaxFBeta { beta: 0.5 },
            vocab_buckets: 20_000,
            split_seed: 7,
            calibration_folds: 2,
        }
    }
}

/// Message-level label (see the module docs).
pub fn message_label(conv: &Conversation, i: usize) -> bool {
    match conv.label {
        Some(true) => !conv.has_message_codes() || !conv.messages[i].codes.is_empty(),
        _ => false,
    }
}

/// String equality without a `memcmp` call for short ids (the common case).
#[inline(always)]
fn short_eq(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    if a.len() <= 16 {
        let (mut x, mut y) = ([0u8; 16], [0u8; 16]);
        x[..a.len()].copy_from_slice(a);
        y[..b.len()].copy_from_slice(b);
        return u128::from_ne_bytes(x) == u128::from_ne_bytes(y);
    }
    a == b
}

/// Indices of the window ending at message `end` (inclusive): the last `n`
/// (0 = all) messages of the same unordered pair, oldest first.
pub fn window_indices(conv: &Conversation, end: usize, n: u32, out: &mut Vec<usize>) {
    out.clear();
    let last = &conv.messages[end];
    let pair = |m: &crate::corpus::Message| -> bool {
        match (&last.recipient, &m.recipient) {
            (Some(r), Some(mr)) => {
                (short_eq(&m.sender, &last.sender) && short_eq(mr, r))
                    || (short_eq(&m.sender, r) && short_eq(mr, &last.sender))
            }
            (None, _) => true,
            (Some(_), None) => false,
        }
    };
    for i in (0..=end).rev() {
        if n > 0 && out.len() >= n as usize {
            break;
        }
        if pair(&conv.messages[i]) {
            out.push(i);
        }
    }
    out.reverse();
}

/// Featurise conversations into a dataset for `kind` (group = conversation
/// index in `convs`). Unlabelled and empty conversations are skipped.
pub fn build_dataset(
    convs: &[&Conversation],
    kind: ModelKind,
    rows: WindowRows,
    fz: &mut Featurizer,
    extras: Option<ExtrasFn<'_>>,
) -> Result<Dataset, ModelError> {
    let mut ds = Dataset::new();
    let mut ex = Vec::new();
    let mut win = Vec::new();
    for (ci, conv) in convs.iter().enumerate() {
        if conv.label.is_none() || conv.is_empty() {
            continue;
        }
        let len = conv.messages.len();
        let mut end_points: Vec<usize> = Vec::new();
        match (kind, rows) {
            (ModelKind::Message, _) => end_points.extend(0..len),
            (ModelKind::Window { .. }, WindowRows::FinalOnly) => end_points.push(len - 1),
            (ModelKind::Window { .. }, WindowRows::Every { stride }) => {
                let stride = stride.max(1) as usize;
                for i in 0..len {
                    if (i + 1) % stride == 0
                        || i + 1 == len
                        || (conv.label == Some(true) && !conv.messages[i].codes.is_empty())
                    {
                        end_points.push(i);
                    }
                }
            }
        }
        for end in end_points {
            ex.clear();
            if let Some(f) = extras {
                f(conv, end, &mut ex);
            }
            fz.clear();
            let label = match kind {
                ModelKind::Message => {
                    fz.add_text(&conv.messages[end].text);
                    message_label(conv, end)
                }
                ModelKind::Window { messages } => {
                    window_indices(conv, end, messages, &mut win);
                    let mut l = false;
                    for &i in &win {
                        fz.add_text(&conv.messages[i].text);
                        l |= message_label(conv, i);
                    }
                    l
                }
            };
            ds.push_current(fz, &ex, label, ci as u32)?;
        }
    }
    Ok(ds)
}

/// Train, calibrate and threshold a model on labelled conversations.
pub fn fit(
    convs: &[Conversation],
    cfg: &FitConfig,
    extras: Option<ExtrasFn<'_>>,
) -> Result<LinearModel, ModelError> {
    cfg.features.validate()?;
    cfg.train.validate()?;
    let labelled: Vec<&Conversation> = convs
        .iter()
        .filter(|c| c.label.is_some() && !c.is_empty())
        .collect();
    let mut fz = Featurizer::new(&cfg.features)?;
    let all = build_dataset(&labelled, cfg.kind, cfg.window_rows, &mut fz, extras)?;
    if all.is_empty() {
        return Err(ModelError::InvalidData("no labelled conversations".into()));
    }
    let (mut model, note) = if cfg.calibration_folds >= 2 {
        cross_fit(&labelled, &all, cfg)?
    } else {
        held_out_fit(&labelled, &all, cfg)?
    };
    let m = model.meta_mut();
    m.metrics.insert("train_rows".into(), all.len() as f64);
    m.metrics
        .insert("train_conversations".into(), labelled.len() as f64);
    m.notes.insert("calibration".into(), note);
    if cfg.vocab_buckets > 0 {
        let texts = labelled
            .iter()
            .flat_map(|c| c.messages.iter().map(|m| m.text.as_str()));
        model.build_vocab(texts, cfg.vocab_buckets);
    }
    Ok(model)
}

/// Train on the listed rows of `all`.
fn train_on(all: &Dataset, rows: &[u32], cfg: &FitConfig) -> Result<LinearModel, ModelError> {
    LinearModel::train_rows(cfg.kind, cfg.features.clone(), cfg.train.clone(), all, rows)
}

/// Give `model` the calibration, threshold and metrics of `from`.
fn adopt_calibration(model: &mut LinearModel, from: &LinearModel) {
    let meta = from.meta().clone();
    let m = model.meta_mut();
    m.calibration = meta.calibration;
    m.threshold = meta.threshold;
    m.threshold_rule = meta.threshold_rule;
    m.metrics = meta.metrics;
}

/// Old scheme: one participant-disjoint held-out split for calibration.
fn held_out_fit(
    labelled: &[&Conversation],
    all: &Dataset,
    cfg: &FitConfig,
) -> Result<(LinearModel, String), ModelError> {
    let (_, calib_convs) = train_dev_split(labelled, cfg.calibration_fraction, cfg.split_seed);
    let mut in_calib = vec![false; labelled.len()];
    for i in calib_convs {
        in_calib[i] = true;
    }
    let (mut fit_rows, mut cal_rows) = (Vec::new(), Vec::new());
    for r in 0..all.len() {
        if in_calib[all.groups[r] as usize] {
            cal_rows.push(r);
        } else {
            fit_rows.push(r as u32);
        }
    }
    let cal_ds = all.subset(&cal_rows);
    let mut model = train_on(all, &fit_rows, cfg)?;
    model.calibrate(&cal_ds, cfg.threshold_rule)?;
    if cfg.refit {
        let mut full = LinearModel::train(cfg.kind, cfg.features.clone(), cfg.train.clone(), all)?;
        adopt_calibration(&mut full, &model);
        model = full;
    }
    let note = format!(
        "Platt scaling + threshold on a participant-disjoint {:.0}% held-out split{}",
        cfg.calibration_fraction * 100.0,
        if cfg.refit {
            "; weights refit on all data"
        } else {
            ""
        }
    );
    Ok((model, note))
}

/// Cross-fitting: `k` fold models give out-of-fold logits for every row;
/// Platt and the threshold are fitted on them. The final weights are a
/// model trained on all rows (`refit`) or the mean of the fold models.
fn cross_fit(
    labelled: &[&Conversation],
    all: &Dataset,
    cfg: &FitConfig,
) -> Result<(LinearModel, String), ModelError> {
    let k = cfg.calibration_folds as usize;
    let fold_of = kfold_assign(labelled, k, cfg.split_seed);
    let mut oof = vec![0f32; all.len()];
    let mut mean: Option<LinearModel> = None;
    let mut rows: Vec<u32> = Vec::with_capacity(all.len());
    for f in 0..k {
        rows.clear();
        rows.extend(
            (0..all.len() as u32).filter(|&r| fold_of[all.groups[r as usize] as usize] != f),
        );
        let m = train_on(all, &rows, cfg)?;
        for (r, l) in oof.iter_mut().enumerate() {
            if fold_of[all.groups[r] as usize] == f {
                let (idx, val) = all.row(r);
                *l = m.logit_row(idx, val);
            }
        }
        if !cfg.refit {
            mean = Some(match mean {
                None => m,
                Some(acc) => acc.add_scaled(&m, 1.0)?,
            });
        }
    }
    let mut model = match mean {
        Some(acc) => acc.scaled(1.0 / k as f32)?,
        None => LinearModel::train(cfg.kind, cfg.features.clone(), cfg.train.clone(), all)?,
    };
    model.calibrate_logits(&oof, &all.labels, cfg.threshold_rule)?;
    let note = format!(
        "Platt scaling + threshold on out-of-fold logits of {k} participant-disjoint cross-fitted models; {}",
        if cfg.refit {
            "weights refit on all data"
        } else {
            "weights = mean of the fold models"
        }
    );
    Ok((model, note))
}

/// Running scores of one conversation: element `i` is the calibrated
/// probability of the document ending at message `i` (a message, or the
/// window ending there).
pub fn prefix_scores(
    scorer: &mut Scorer<'_>,
    conv: &Conversation,
    extras: Option<ExtrasFn<'_>>,
    out: &mut Vec<f32>,
) -> Result<(), ModelError> {
    out.clear();
    let kind = scorer.model().meta().kind;
    let mut ex = Vec::new();
    let mut win = Vec::new();
    // Fast path: an unbounded window over a two-party (or recipient-less)
    // conversation is the whole prefix, scored incrementally.
    let single_pair = conv.messages.iter().all(|m| {
        let a = &conv.messages[0];
        match (&a.recipient, &m.recipient) {
            (None, None) => true,
            (Some(r), Some(mr)) => {
                (m.sender == a.sender && mr == r) || (m.sender == *r && *mr == a.sender)
            }
            _ => false,
        }
    });
    if kind == (ModelKind::Window { messages: 0 }) && single_pair {
        scorer.reset();
        for i in 0..conv.messages.len() {
            ex.clear();
            if let Some(f) = extras {
                f(conv, i, &mut ex);
            }
            out.push(scorer.push_segment(&conv.messages[i].text, &ex)?);
        }
        return Ok(());
    }
    for i in 0..conv.messages.len() {
        ex.clear();
        if let Some(f) = extras {
            f(conv, i, &mut ex);
        }
        let s = match kind {
            ModelKind::Message => scorer.score(&conv.messages[i].text, &ex)?,
            ModelKind::Window { messages } => {
                window_indices(conv, i, messages, &mut win);
                scorer.score_segments(win.iter().map(|&j| conv.messages[j].text.as_str()), &ex)?
            }
        };
        out.push(s);
    }
    Ok(())
}

/// Early-warning outcome of one conversation at the model's threshold.
pub fn outcome(label: bool, scores: &[f32], threshold: f32) -> ConversationOutcome {
    ConversationOutcome {
        label,
        score: scores.iter().copied().fold(0.0, f32::max),
        first_flagged: scores.iter().position(|&s| s >= threshold),
    }
}

/// Result of [`evaluate`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Evaluation {
    /// Conversation-level early-warning metrics.
    pub metrics: EarlyMetrics,
    /// Per-conversation outcomes (labelled, non-empty conversations only).
    pub outcomes: Vec<ConversationOutcome>,
    /// Messages scored.
    pub messages: u64,
}

/// Score every labelled, non-empty conversation message by message and
/// compute early-warning metrics (`k_half` = 10 in the issue).
pub fn evaluate(
    model: &LinearModel,
    convs: &[Conversation],
    extras: Option<ExtrasFn<'_>>,
    k_half: f64,
) -> Result<Evaluation, ModelError> {
    let mut scorer = model.scorer();
    let mut buf = Vec::new();
    let mut outcomes = Vec::new();
    let mut messages = 0u64;
    for c in convs {
        let Some(label) = c.label else { continue };
        if c.is_empty() {
            continue;
        }
        prefix_scores(&mut scorer, c, extras, &mut buf)?;
        messages += buf.len() as u64;
        outcomes.push(outcome(label, &buf, model.threshold()));
    }
    Ok(Evaluation {
        metrics: early_metrics(&outcomes, k_half),
        outcomes,
        messages,
    })
}
