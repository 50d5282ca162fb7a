//! Training, storing and running the conversation detector.
//!
//! Two linear models, stacked:
//!
//! 1. **message model** — hashed word and character n-grams of the
//!    normalised message, plus its lexicon cue weights and entity flags;
//!    label: the message carries a recruitment/grooming code.
//! 2. **conversation model** — dense features of the conversation so far
//!    (message-model probabilities: max, top-3 mean, last; accumulated cue
//!    weight per taxonomy code; stage counts; stated ages; off-platform and
//!    money entities; benign-context spans; length), re-scored after every
//!    message, so a warning can fire early. Calibrated (Platt) on
//!    cross-fitted held-out conversations, with the threshold chosen there
//!    for F0.5 on the running maximum — the same early-warning rule used at
//!    scan time — over the tune set when one is given
//!    ([`DetectorModel::train_tuned`]).
//!
//! The conversation model is trained on out-of-fold message probabilities
//! (cross-fitting), so it learns how much to trust the text model on text
//! that model has not seen.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::path::Path;

use lurewatch_model::corpus::Conversation;
use lurewatch_model::eval::{expected_calibration_error, kfold_assign};
use lurewatch_model::pipeline::message_label;
use lurewatch_model::{
    Calibration, ClassWeight, Dataset, FeatureConfig, Featurizer, LinearModel, ModelError,
    ModelKind, ThresholdRule, TrainConfig,
};
use lurewatch_text::{Analysis, Analyzer, Code};
use serde::{Deserialize, Serialize};

use crate::features::{
    ConversationState, MessageCues, conversation_feature_names, is_grooming, message_feature_names,
};

/// Version of the detector directory format.
pub const DETECTOR_FORMAT: u32 = 1;

/// Errors of the detector.
#[derive(Debug, thiserror::Error)]
pub enum DetectError {
    /// A model error (training, I/O, validation).
    #[error(transparent)]
    Model(#[from] ModelError),
    /// The lexicons failed to load.
    #[error("lexicons: {0}")]
    Lexicon(String),
    /// Not enough labelled data.
    #[error("training needs labelled conversations of both classes: {0}")]
    Data(String),
    /// Detector directory problems.
    #[error("detector directory {path}: {reason}")]
    Dir {
        /// The directory.
        path: String,
        /// What is wrong.
        reason: String,
    },
}

/// Training options (stored in the detector's metadata).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TrainOptions {
    /// Folds for cross-fitting the message model (≥ 2).
    pub folds: usize,
    /// Message model features.
    pub message_features: FeatureConfig,
    /// Message model optimiser.
    pub message_train: TrainConfig,
    /// Conversation model optimiser.
    pub conversation_train: TrainConfig,
    /// Share of conversations in each calibration fold (held out from the
    /// provisional conversation model that scores them for the calibration
    /// and the threshold).
    pub calibration_fraction: f64,
    /// β of the F-score the threshold maximises (0.5 favours precision).
    pub beta: f64,
    /// Seed for splits.
    pub seed: u64,
    /// Feed the message model's probabilities to the conversation model
    /// (stacking). Off: the conversation model reads cues, entities and
    /// state only, and the message model only explains.
    #[serde(default = "yes")]
    pub stack_message_model: bool,
    /// Where in the near-best threshold region to cut: 0 = lowest (recall),
    /// 1 = highest (precision).
    #[serde(default = "half")]
    pub threshold_position: f32,
    /// Long-context copies for the conversation model: every labelled
    /// conversation is also seen after a run of 2–8 benign conversations
    /// between the same two people (and benign chains as negatives), so a
    /// long benign stretch neither hides a late onset nor looks risky by
    /// length. Real chat logs are far longer than a synthetic corpus's.
    #[serde(default = "yes")]
    pub long_context: bool,
    /// Most benign conversations leading in a long-context copy (at least 1).
    #[serde(default = "eight")]
    pub long_context_max: usize,
    /// Lead-in conversations carry at most this many distinct codes. The
    /// corpus's benign conversations are hard negatives, dense with cue
    /// words: chained, they make long benign chats with far more scattered
    /// cues than real ones have, and the conversation model learns that cues
    /// accumulated over a conversation mean nothing. `None`: any benign
    /// conversation leads in (models before 2026-12-07, eighth session).
    #[serde(default)]
    pub lead_in_max_codes: Option<usize>,
    /// Spread copies for the conversation model (with `long_context`):
    /// every labelled conversation is also seen with runs of 0 to this many
    /// benign messages (from the lead-in pool) woven in after each of its
    /// messages, so a long grooming whose cues lie far apart, each out of
    /// the recent window by the next, is learnt from what the conversation
    /// has accumulated. `None`: no spread copies (models before 2026-12-07,
    /// ninth session).
    #[serde(default)]
    pub spread_copies: Option<usize>,
    /// Also warn on one message whose message-model probability reaches a
    /// threshold of its own (see [`DetectorMeta::message_threshold`]).
    #[serde(default)]
    pub message_alone: bool,
    /// β of the F-score the message threshold maximises.
    #[serde(default = "quarter")]
    pub message_beta: f64,
    /// Label smoothing of the conversation score's calibration (targets no
    /// closer to 0 or 1 than this; see `Calibration::fit_platt_smoothed`).
    /// The calibration is fitted per held-out conversation, on the running
    /// maximum that the score reports.
    #[serde(default = "default_smoothing")]
    pub calibration_smoothing: f64,
    /// Hold the conversation model's risk indicators at weights ≥ 0 (see
    /// [`is_risk_indicator`]): a cue, a stated minor, a minor with grooming
    /// cues can only add risk. Unconstrained, the synthetic corpus's hard
    /// negatives taught negative weights to `conv:minor_and_grooming`,
    /// `conv:minor_stated` and `recent:sexual_talk`.
    #[serde(default = "yes")]
    pub monotone_indicators: bool,
    /// Calibrate and threshold on every conversation's cross-fitted running
    /// maximum (each scored by a conversation model fitted on the other
    /// calibration folds) instead of on the one held-out fold: with the
    /// default fraction, five times the conversations behind the cut. Models saved before this option
    /// read as `false`, which is how they were trained.
    #[serde(default)]
    pub cross_fit_calibration: bool,
    /// Which messages of a positive conversation without per-message codes
    /// (weak labels: a reviewer's decision on the whole conversation) are
    /// the message model's positive rows. Models saved before this option
    /// read as [`WeakRows::All`], which is how they were trained.
    #[serde(default)]
    pub weak_rows: WeakRows,
}

/// The message model's rows from a positive conversation that carries no
/// per-message codes ([`TrainOptions::weak_rows`]).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WeakRows {
    /// Every message is a positive row, the target's "ty lol" too.
    #[default]
    All,
    /// The suspected offender's messages are positive rows (the sender
    /// with the most cue weight of an offender's tactics, as
    /// [`Detector`] names the suspect); the other senders' messages are
    /// no rows at all (neither label is known for them). Without any such
    /// cue, every message, as [`WeakRows::All`].
    Suspect,
    /// As [`WeakRows::Suspect`], and of the suspect's messages only those
    /// with a cue: the offender's small talk ("yo that clip was clean") is
    /// what anyone says and no row either.
    SuspectCued,
}

/// Conversation features whose weight is held at ≥ 0: those that by what
/// they mean can only add risk — the message model's probabilities, every
/// code's accumulated and recent cue weight, the code counts, stated minors
/// and their interactions with cues, off-platform and money entities — and
/// the conversation's length, which must not lower it (since 2026-12-07,
/// seventh session: real chat logs are long, and a corpus whose longest
/// conversations are benign chains taught length a weight of −2.5, which
/// held long groomings with their cues spread out under the threshold). Not:
/// stated adults, benign context, one-sidedness, hashed buckets.
pub fn is_risk_indicator(name: &str) -> bool {
    name.starts_with("msg:")
        || name.starts_with("recent:")
        || (name.starts_with("conv:")
            && !matches!(
                name,
                "conv:adult_stated" | "conv:benign_context" | "conv:one_sided"
            ))
}

/// Indices of [`is_risk_indicator`] features in a conversation feature space.
fn risk_indicator_indices(cfg: &FeatureConfig) -> Vec<u32> {
    let base = cfg.buckets() as u32;
    cfg.extra_names
        .iter()
        .enumerate()
        .filter(|(_, n)| is_risk_indicator(n))
        .map(|(k, _)| base + k as u32)
        .collect()
}

fn default_smoothing() -> f64 {
    CALIBRATION_SMOOTHING
}

/// Default [`TrainOptions::calibration_smoothing`].
pub const CALIBRATION_SMOOTHING: f64 = 0.02;

fn quarter() -> f64 {
    0.25
}

fn eight() -> usize {
    8
}

fn yes() -> bool {
    true
}

fn half() -> f32 {
    0.5
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            folds: 3,
            message_features: FeatureConfig {
                bucket_bits: 18,
                extra_names: message_feature_names(),
                ..FeatureConfig::default()
            },
            // L2 1e-2 on the message model (was 1e-4): with the weaker
            // penalty the n-gram model memorised the corpus's wording (char
            // trigrams at weights of 8-9) and read ordinary chat ("np",
            // "perfect, 7pm?", "wie geht es dir") as near-certain risk;
            // measured in docs/detector.md, "Regularisation against
            // memorised wording". The conversation model has no n-grams, only
            // its ~60 named features; at 1e-2 (2026-12-06 morning) it could not
            // give the rare age-gap features their weight, so it is back at
            // 1e-3 (docs/detector.md, "Stranger chat and the age gap").
            message_train: TrainConfig {
                epochs: 4,
                l2: 1e-2,
                ..TrainConfig::default()
            },
            conversation_train: TrainConfig {
                epochs: 8,
                learning_rate: 0.2,
                l2: 1e-3,
                class_weight: ClassWeight::Balanced,
                ..TrainConfig::default()
            },
            calibration_fraction: 0.2,
            // F0.5, the measure reviewers' time asks for. Until 2026-12-07
            // the cut was for F0.25 at 0.9 of the near-best region, chosen on
            // held-out template conversations where almost any cut is precise;
            // since the threshold is chosen on a tune set of conversations
            // like real traffic (`train --tune-data`), the plain measure and
            // the middle of its near-best region (docs/detector.md, "A tune
            // set for the threshold").
            beta: 0.5,
            seed: 17,
            stack_message_model: true,
            // The lower fifth of the near-best region (since 2026-12-07,
            // ninth session; the middle before): chosen on the development
            // sets as written and with small talk woven in (mean F0.5 0.809 /
            // 0.820 / 0.833 at 0.5 / 0.35 / 0.2), long chats being where the
            // middle cut lost recall (docs/detector.md, "Long chats").
            threshold_position: 0.2,
            long_context: true,
            long_context_max: 8,
            lead_in_max_codes: None,
            spread_copies: Some(8),
            message_alone: true,
            // 0.35 since the regularisation of 2026-12-06 (0.25 before):
            // the message model's probabilities are less extreme, and at
            // 0.25 its threshold let single recruitment posts through
            // (docs/detector.md, "Regularisation against memorised wording").
            message_beta: 0.35,
            calibration_smoothing: CALIBRATION_SMOOTHING,
            monotone_indicators: true,
            cross_fit_calibration: true,
            weak_rows: WeakRows::Suspect,
        }
    }
}

/// Metadata of a trained detector.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DetectorMeta {
    /// [`DETECTOR_FORMAT`].
    pub format_version: u32,
    /// Conversation-probability threshold for a warning.
    pub threshold: f32,
    /// Message-model probability at which one message alone raises the
    /// warning (a recruitment message or ad needs no conversation around
    /// it); `None`: only the conversation threshold.
    #[serde(default)]
    pub message_threshold: Option<f32>,
    /// Options it was trained with.
    pub options: TrainOptions,
    /// Labelled conversations used.
    pub conversations: usize,
    /// Of them positive.
    pub positives: usize,
    /// SHA-256 of the training file, when trained from one.
    pub training_data_sha256: Option<String>,
    /// Held-out figures measured while training.
    pub metrics: BTreeMap<String, f64>,
}

/// A trained detector: both models and the threshold.
#[derive(Debug, Clone)]
pub struct DetectorModel {
    /// Message model.
    pub message: LinearModel,
    /// Conversation model.
    pub conversation: LinearModel,
    /// Metadata.
    pub meta: DetectorMeta,
}

/// One message, analysed once for training.
struct PreparedMessage {
    text: String,
    cues: MessageCues,
    sender: String,
    label: bool,
    /// The message model's row label (`None`: not a row; see
    /// [`TrainOptions::weak_rows`]).
    row: Option<bool>,
}

/// One conversation, analysed once for training.
struct Prepared {
    messages: Vec<PreparedMessage>,
    label: bool,
    /// First message that carries a code (onset), for positive conversations.
    onset: Option<usize>,
}

impl Prepared {
    /// Distinct codes the conversation's cues carry.
    fn distinct_codes(&self) -> usize {
        let mut any = [false; lurewatch_text::Code::ALL.len()];
        for m in &self.messages {
            for (a, &w) in any.iter_mut().zip(&m.cues.code_weight) {
                *a |= w > 0.0;
            }
        }
        any.iter().filter(|&&a| a).count()
    }

    /// Whether the prefix ending at message `i` is a training row, and its label.
    /// Prefixes of a positive conversation before its onset are skipped
    /// (nothing risky has happened yet, so neither label is right for them).
    fn prefix_label(&self, i: usize) -> Option<bool> {
        let positive = self.label && self.onset.is_some_and(|o| i >= o);
        (positive || !self.label).then_some(positive)
    }
}

fn prepare(analyzer: &mut Analyzer, convs: &[&Conversation], weak: WeakRows) -> Vec<Prepared> {
    let mut a = Analysis::default();
    convs
        .iter()
        .map(|c| {
            let messages: Vec<PreparedMessage> = c
                .messages
                .iter()
                .enumerate()
                .map(|(i, m)| {
                    analyzer.analyze_into(&m.text, &mut a);
                    // The marker is looked for in every message here; the
                    // state counts it only where the live path would have
                    // looked (`ConversationState::may_use_adult_marker`).
                    let mut cues = MessageCues::from_analysis(&a);
                    cues.note_adult_marker(a.normalized.as_str());
                    PreparedMessage {
                        text: a.normalized.as_str().to_string(),
                        cues,
                        sender: m.sender.clone(),
                        label: message_label(c, i),
                        row: Some(message_label(c, i)),
                    }
                })
                .collect();
            let label = c.label == Some(true);
            let mut messages = messages;
            if label && weak != WeakRows::All && !c.has_message_codes() {
                keep_suspect_rows(&mut messages, weak == WeakRows::SuspectCued);
            }
            // The first coded message; without per-message codes, the first
            // message with a lexicon cue (or the start).
            let onset = messages.iter().position(|m| m.label).or_else(|| {
                label.then(|| messages.iter().position(|m| m.cues.has_cue()).unwrap_or(0))
            });
            Prepared {
                messages,
                label,
                onset,
            }
        })
        .collect()
}

/// [`WeakRows::Suspect`]: only the suspected offender's messages stay rows.
fn keep_suspect_rows(messages: &mut [PreparedMessage], cued_only: bool) {
    let mut weights: Vec<(&str, f32)> = Vec::new();
    for m in messages.iter() {
        let w = offender_weight(&m.cues);
        if w <= 0.0 {
            continue;
        }
        match weights.iter_mut().find(|(s, _)| *s == m.sender) {
            Some((_, t)) => *t += w,
            None => weights.push((&m.sender, w)),
        }
    }
    // The first sender to reach the highest weight (ties: who spoke first
    // with such a cue).
    let Some(suspect) = weights
        .iter()
        .fold(None::<(&str, f32)>, |best, &(s, w)| match best {
            Some((_, bw)) if bw >= w => best,
            _ => Some((s, w)),
        })
        .map(|(s, _)| s.to_string())
    else {
        return;
    };
    for m in messages.iter_mut() {
        if m.sender != suspect || (cued_only && !m.cues.has_cue()) {
            m.row = None;
        }
    }
}

/// Cue weight of an offender's tactics in one message ([`is_offender_tactic`]).
fn offender_weight(cues: &MessageCues) -> f32 {
    Code::ALL
        .iter()
        .zip(&cues.code_weight)
        .filter(|&(&c, _)| is_offender_tactic(c))
        .map(|(_, &w)| w)
        .sum()
}

/// Whether a cue of `code` makes its sender a suspect: every tactic but
/// stating one's age or one's troubles (`age_probe`, `vulnerability`),
/// which is what targets say. One rule for the live suspect and for the
/// training rows of weak labels ([`WeakRows::Suspect`]).
fn is_offender_tactic(code: Code) -> bool {
    !matches!(code, Code::AgeProbe | Code::Vulnerability)
}

fn sigmoid(z: f32) -> f32 {
    1.0 / (1.0 + (-z).exp())
}

fn conversation_config() -> FeatureConfig {
    FeatureConfig {
        bucket_bits: 10,
        word_ngram_max: 0,
        char_ngram_min: 0,
        char_ngram_max: 0,
        extra_names: conversation_feature_names(),
        ..FeatureConfig::default()
    }
}

/// Message-model dataset over the given conversations (group = index into `prep`).
fn message_dataset(
    prep: &[Prepared],
    which: &[usize],
    fz: &mut Featurizer,
) -> Result<Dataset, ModelError> {
    let mut ds = Dataset::new();
    let mut ex = Vec::new();
    for &ci in which {
        for m in &prep[ci].messages {
            let Some(label) = m.row else { continue };
            fz.clear();
            fz.add_text(&m.text);
            m.cues.write_message_features(&mut ex);
            ds.push_current(fz, &ex, label, ci as u32)?;
        }
    }
    Ok(ds)
}

fn message_probs(model: &LinearModel, prep: &Prepared, fz: &mut Featurizer) -> Vec<f32> {
    let mut ex = Vec::new();
    prep.messages
        .iter()
        .map(|m| {
            fz.clear();
            fz.add_text(&m.text);
            m.cues.write_message_features(&mut ex);
            sigmoid(model.logit_current(fz, &ex))
        })
        .collect()
}

/// A conversation as the conversation model sees it: one prepared
/// conversation, or (long-context copy) several played back to back between
/// two people, the last one carrying the label.
#[derive(Debug, Clone)]
struct Sequence {
    /// Prepared conversations in order; the last is the labelled one.
    parts: Vec<usize>,
    /// Rename senders to two fixed names (copies): a part's first sender
    /// becomes "a" (or "b" when its flag is set), everyone else the other.
    remap: Option<Vec<bool>>,
    /// Spread copy (see [`TrainOptions::spread_copies`]): the playback order
    /// as (part, message) pairs, benign parts' runs woven between the
    /// labelled conversation's messages. `None`: the parts back to back.
    order: Option<Vec<(u32, u32)>>,
}

impl Sequence {
    fn single(i: usize) -> Sequence {
        Sequence {
            parts: vec![i],
            remap: None,
            order: None,
        }
    }

    fn tail(&self) -> usize {
        *self.parts.last().expect("a sequence has a part")
    }

    /// Plays the messages back: `(sender, cues, message probability, row label)`.
    /// For a positive sequence the last part's rows are labelled as
    /// [`Prepared::prefix_label`] says, and a benign part's rows only once
    /// the labelled conversation has passed its onset (a benign lead-in is
    /// not yet risky; benign chat woven in after the onset does not make the
    /// conversation so far less risky); every row of a negative one is.
    /// Ages stated in a lead-in part are dropped: its people are not the
    /// labelled conversation's, and two strangers' ages joined under the
    /// names "a" and "b" would make an age gap no one had.
    fn play<'a>(
        &'a self,
        prep: &'a [Prepared],
        probs: &'a [Vec<f32>],
    ) -> impl Iterator<Item = (&'a str, Cow<'a, MessageCues>, f32, Option<bool>)> + 'a {
        let tail = self.tail();
        let positive = prep[tail].label;
        let last = self.parts.len() - 1;
        let order: Box<dyn Iterator<Item = (usize, usize)> + 'a> = match &self.order {
            Some(o) => Box::new(o.iter().map(|&(k, i)| (k as usize, i as usize))),
            None => Box::new(
                self.parts
                    .iter()
                    .enumerate()
                    .flat_map(move |(k, &ci)| (0..prep[ci].messages.len()).map(move |i| (k, i))),
            ),
        };
        // Whether the labelled conversation has passed its onset yet.
        let mut past_onset = false;
        order.map(move |(k, i)| {
            let ci = self.parts[k];
            let p = &prep[ci];
            let (m, prob) = (&p.messages[i], probs[ci][i]);
            let first = p.messages.first().map(|m| m.sender.as_str());
            let sender = match self.remap.as_ref().map(|r| r[k]) {
                None => m.sender.as_str(),
                Some(swap) => {
                    if (Some(m.sender.as_str()) == first) != swap {
                        "a"
                    } else {
                        "b"
                    }
                }
            };
            let label = if k == last {
                let l = p.prefix_label(i);
                past_onset |= l == Some(true);
                l
            } else if positive {
                past_onset.then_some(true)
            } else {
                Some(false)
            };
            let ageless = m.cues.stated_age.is_none()
                && m.cues.bare_number.is_none()
                && m.cues.addressed_minor_age.is_none()
                && !m.cues.adult_marker;
            let cues = if k == last || ageless {
                Cow::Borrowed(&m.cues)
            } else {
                Cow::Owned(MessageCues {
                    stated_age: None,
                    bare_number: None,
                    addressed_minor_age: None,
                    adult_marker: false,
                    ..m.cues.clone()
                })
            };
            (sender, cues, prob, label)
        })
    }
}

/// Long-context copies (see [`TrainOptions::long_context`]): for every
/// conversation, one copy led in by 1 to `max` benign conversations drawn
/// from `pool_of(i)` (ascending indices of the same calibration side, so
/// held-out stays held out; `i` itself is skipped).
fn long_copies<'p>(
    prep: &[Prepared],
    pool_of: impl Fn(usize) -> &'p [usize],
    max: usize,
    seed: u64,
) -> Vec<Sequence> {
    copy_each(prep.len(), pool_of, seed, |_, pool, rng| {
        let n = 1 + rng.below(max.max(1));
        ((0..n).map(|_| pool.pick(rng)).collect(), None)
    })
}

/// One copy of every conversation `i` that has a pool to draw from:
/// `make(i, pool, rng)` gives the benign parts and, for a woven copy, the
/// playback order, in which `(TAIL, m)` stands for message `m` of `i`
/// itself. `i` becomes the last part, and the senders are renamed
/// ([`copy_remap`]).
fn copy_each<'p>(
    n: usize,
    pool_of: impl Fn(usize) -> &'p [usize],
    seed: u64,
    mut make: impl FnMut(
        usize,
        &PoolWithout<'p>,
        &mut lurewatch_model::SplitMix64,
    ) -> (Vec<usize>, Option<Vec<(u32, u32)>>),
) -> Vec<Sequence> {
    let mut rng = lurewatch_model::SplitMix64::new(seed);
    let mut out = Vec::with_capacity(n);
    for i in 0..n {
        let Some(pool) = PoolWithout::new(pool_of(i), i) else {
            continue;
        };
        let (mut parts, mut order) = make(i, &pool, &mut rng);
        let tail = parts.len() as u32;
        for w in order.iter_mut().flatten() {
            if w.0 == TAIL {
                w.0 = tail;
            }
        }
        parts.push(i);
        out.push(Sequence {
            remap: Some(copy_remap(parts.len(), &mut rng)),
            parts,
            order,
        });
    }
    out
}

/// The labelled conversation's part in an order [`copy_each`]'s `make`
/// writes (its index is known once the benign parts are).
const TAIL: u32 = u32::MAX;

/// A pool of conversation indices (ascending) without one of them, without
/// copying it.
struct PoolWithout<'p> {
    pool: &'p [usize],
    skip: Option<usize>,
    len: usize,
}

impl<'p> PoolWithout<'p> {
    /// `None` when nothing is left.
    fn new(pool: &'p [usize], without: usize) -> Option<Self> {
        let skip = pool.binary_search(&without).ok();
        let len = pool.len() - usize::from(skip.is_some());
        (len > 0).then_some(PoolWithout { pool, skip, len })
    }

    fn pick(&self, rng: &mut lurewatch_model::SplitMix64) -> usize {
        let r = rng.below(self.len);
        match self.skip {
            Some(at) if r >= at => self.pool[r + 1],
            _ => self.pool[r],
        }
    }
}

/// Random sender flags for a copy of `parts` parts; the labelled
/// conversation's (last) first sender — the one under suspicion in a
/// positive — is "a" throughout.
fn copy_remap(parts: usize, rng: &mut lurewatch_model::SplitMix64) -> Vec<bool> {
    let mut remap: Vec<bool> = (0..parts).map(|_| rng.below(2) == 1).collect();
    if let Some(r) = remap.last_mut() {
        *r = false;
    }
    remap
}

/// Spread copies (see [`TrainOptions::spread_copies`]): for every
/// conversation, one copy in which after each of its messages a run of 0 to
/// `max_gap` consecutive messages of a benign conversation drawn from
/// `pool_of(i)` is played (the same two people, renamed as in a long-context
/// copy), so its cues lie far apart as in a long real chat.
fn spread_copies<'p>(
    prep: &[Prepared],
    pool_of: impl Fn(usize) -> &'p [usize],
    max_gap: usize,
    seed: u64,
) -> Vec<Sequence> {
    copy_each(prep.len(), pool_of, seed, |i, pool, rng| {
        let (mut parts, mut woven) = (Vec::new(), Vec::new());
        for m in 0..prep[i].messages.len() {
            woven.push((TAIL, m as u32));
            let gap = rng.below(max_gap + 1);
            if gap == 0 {
                continue;
            }
            let f = pool.pick(rng);
            let len = prep[f].messages.len();
            let start = rng.below(len);
            let k = parts.len() as u32;
            parts.push(f);
            woven.extend((start..len.min(start + gap)).map(|j| (k, j as u32)));
        }
        (parts, Some(woven))
    })
}

/// Conversation-model rows of one sequence (see [`Sequence::play`]).
fn conversation_rows(
    seq: &Sequence,
    prep: &[Prepared],
    probs: &[Vec<f32>],
    fz: &Featurizer,
    ds: &mut Dataset,
    stack: bool,
) -> Result<(), ModelError> {
    let mut st = ConversationState::new(stack);
    let mut ex = Vec::new();
    let group = seq.tail() as u32;
    for (sender, cues, prob, label) in seq.play(prep, probs) {
        st.push(sender, &cues, prob);
        if let Some(label) = label {
            st.write_features(&mut ex);
            ds.push_current(fz, &ex, label, group)?;
        }
    }
    Ok(())
}

/// The largest raw conversation-model logit over the conversation's messages
/// (the score the detector reports is the calibrated running maximum).
fn running_max_logit(
    model: &LinearModel,
    seq: &Sequence,
    prep: &[Prepared],
    probs: &[Vec<f32>],
    fz: &Featurizer,
    stack: bool,
) -> f32 {
    let mut st = ConversationState::new(stack);
    let mut ex = Vec::new();
    let mut best = f32::NEG_INFINITY;
    for (sender, cues, prob, _) in seq.play(prep, probs) {
        st.push(sender, &cues, prob);
        st.write_features(&mut ex);
        best = best.max(model.logit_current(fz, &ex));
    }
    best
}

/// What [`DetectorModel::recalibrate`] did.
#[derive(Debug, Clone, Serialize)]
pub struct Recalibration {
    /// Labelled, non-empty conversations fitted on.
    pub conversations: usize,
    /// Of which positive.
    pub positives: usize,
    /// Calibration before.
    pub old_calibration: Calibration,
    /// Calibration after.
    pub new_calibration: Calibration,
    /// Threshold before.
    pub old_threshold: f32,
    /// Threshold after (the same decisions).
    pub threshold: f32,
    /// Expected calibration error of the conversations' scores, before.
    pub ece_before: f64,
    /// And after.
    pub ece_after: f64,
}

/// The threshold under calibration `new` that flags exactly the raw logits
/// that `old_threshold` flags under `old`: a score `f32(p)` reaches an `f32`
/// threshold `t` when `p` is at least `t` less half a unit in the last place,
/// so that bound is carried over (in logit space) and the result rounded
/// down. Both maps must be increasing (Platt slopes are positive on data
/// where positives score higher).
fn move_threshold(old: &Calibration, new: &Calibration, old_threshold: f32) -> f32 {
    let t = f64::from(old_threshold);
    let below = f64::from(f32::from_bits(old_threshold.to_bits().saturating_sub(1)));
    let Some(raw) = old.raw_logit((t + below) / 2.0) else {
        return old_threshold;
    };
    let p = new.apply_f64(raw);
    // Round down to an f32, so nothing the old threshold flagged falls under it.
    let mut out = p as f32;
    if f64::from(out) > p {
        out = f32::from_bits(out.to_bits() - 1);
    }
    out
}

/// The threshold for "the running maximum reaches it" over conversations:
/// among cuts whose F-β is within 1% of the best, the highest (on held-out
/// data drawn from the training distribution the best region is often a
/// wide gap; its top end keeps the most precision margin for data that
/// differs). Returns the threshold and the best F-β.
fn best_threshold(maxima: &[(f32, bool)], beta: f64, position: f32) -> (f32, f64) {
    let mut sorted: Vec<(f32, bool)> = maxima.to_vec();
    sorted.sort_by(|a, b| b.0.total_cmp(&a.0));
    let positives = sorted.iter().filter(|x| x.1).count() as f64;
    let (mut tp, mut fp) = (0.0f64, 0.0f64);
    let b2 = beta * beta;
    // (cut, F) for every cut between distinct scores, highest first.
    let mut cuts: Vec<(f32, f64)> = Vec::new();
    for (k, &(s, l)) in sorted.iter().enumerate() {
        if l {
            tp += 1.0;
        } else {
            fp += 1.0;
        }
        if sorted.get(k + 1).is_some_and(|n| n.0 == s) {
            continue;
        }
        let (p, r) = (
            tp / (tp + fp),
            if positives > 0.0 { tp / positives } else { 0.0 },
        );
        let f = if p + r > 0.0 {
            (1.0 + b2) * p * r / (b2 * p + r)
        } else {
            0.0
        };
        // Just below this score: everything scoring `s` or more is flagged.
        cuts.push((s, f));
    }
    let best = cuts.iter().map(|c| c.1).fold(0.0, f64::max);
    let near: Vec<f32> = cuts
        .iter()
        .filter(|c| c.1 >= 0.99 * best)
        .map(|c| c.0)
        .collect();
    let (hi, lo) = (
        near.first().copied().unwrap_or(0.5),
        near.last().copied().unwrap_or(0.5),
    );
    // The lowest near-best cut flags everything scoring `lo`; the region
    // extends down to the next lower score, so interpolate in logit space.
    let below = sorted
        .iter()
        .map(|x| x.0)
        .find(|&x| x < lo)
        .unwrap_or(lo * 0.5);
    let logit = |p: f32| (p.clamp(1e-6, 1.0 - 1e-6) / (1.0 - p.clamp(1e-6, 1.0 - 1e-6))).ln();
    let (a, b) = (logit(below), logit(hi));
    let z = a + (b - a) * position.clamp(0.0, 1.0);
    let t = 1.0 / (1.0 + (-z).exp());
    (t.min(hi), best)
}

impl DetectorModel {
    /// Trains both models on labelled conversations.
    pub fn train(
        convs: &[Conversation],
        opts: &TrainOptions,
    ) -> Result<DetectorModel, DetectError> {
        Self::train_tuned(convs, &[], opts)
    }

    /// [`Self::train`] with a tune set: `tune[i]` marks `convs[i]` as like
    /// the traffic the model will score (a platform's own reviewed
    /// conversations, or blind-written probes beside a template corpus).
    /// Every conversation is trained on and calibrated on; the thresholds
    /// (conversation and one message) are chosen on the held-out scores of
    /// the marked ones only, which must hold both labels. Empty or all
    /// false: all.
    pub fn train_tuned(
        convs: &[Conversation],
        tune: &[bool],
        opts: &TrainOptions,
    ) -> Result<DetectorModel, DetectError> {
        if !tune.is_empty() && tune.len() != convs.len() {
            return Err(DetectError::Data(format!(
                "{} tune flags for {} conversations",
                tune.len(),
                convs.len()
            )));
        }
        let (labelled, tuned): (Vec<&Conversation>, Vec<bool>) = convs
            .iter()
            .enumerate()
            .filter(|(_, c)| c.label.is_some() && !c.is_empty())
            .map(|(i, c)| (c, tune.get(i).copied().unwrap_or(false)))
            .unzip();
        let any_tuned = tuned.iter().any(|&t| t);
        if any_tuned {
            let tuned_pos = labelled
                .iter()
                .zip(&tuned)
                .filter(|(c, t)| **t && c.label == Some(true))
                .count();
            let tuned_all = tuned.iter().filter(|&&t| t).count();
            if tuned_pos == 0 || tuned_pos == tuned_all {
                return Err(DetectError::Data(format!(
                    "the tune set needs both labels to choose a threshold: {tuned_all} labelled conversations, {tuned_pos} positive"
                )));
            }
        }
        let positives = labelled.iter().filter(|c| c.label == Some(true)).count();
        if positives == 0 || positives == labelled.len() {
            return Err(DetectError::Data(format!(
                "{} conversations, {positives} positive",
                labelled.len()
            )));
        }
        let mut analyzer =
            Analyzer::with_default_lexicons().map_err(|e| DetectError::Lexicon(e.to_string()))?;
        let prep = prepare(&mut analyzer, &labelled, opts.weak_rows);
        let mut fz = Featurizer::new(&opts.message_features)?;

        // 1. Out-of-fold message probabilities (cross-fitting).
        let folds = kfold_assign(&labelled, opts.folds.max(2), opts.seed);
        let k = opts.folds.max(2);
        let mut oof: Vec<Vec<f32>> = vec![Vec::new(); prep.len()];
        for f in 0..k {
            let train_idx: Vec<usize> = (0..prep.len()).filter(|&i| folds[i] != f).collect();
            let ds = message_dataset(&prep, &train_idx, &mut fz)?;
            let m = LinearModel::train(
                ModelKind::Message,
                opts.message_features.clone(),
                opts.message_train.clone(),
                &ds,
            )?;
            for i in (0..prep.len()).filter(|&i| folds[i] == f) {
                oof[i] = message_probs(&m, &prep[i], &mut fz);
            }
        }
        // Final message model on everything.
        let all: Vec<usize> = (0..prep.len()).collect();
        let ds = message_dataset(&prep, &all, &mut fz)?;
        let message = LinearModel::train(
            ModelKind::Message,
            opts.message_features.clone(),
            opts.message_train.clone(),
            &ds,
        )?;
        drop(ds);

        // 2. Conversation model: calibrate and threshold on held-out conversations.
        let cfz = Featurizer::new(&conversation_config())?;
        let calib_k = (1.0 / opts.calibration_fraction.clamp(0.05, 0.5)).round() as usize;
        let calib_fold = kfold_assign(&labelled, calib_k, opts.seed ^ 0x5eed);
        let stack = opts.stack_message_model;
        let mut seqs: Vec<Sequence> = (0..prep.len()).map(Sequence::single).collect();
        if opts.long_context {
            // Benign conversations of the same calibration fold lead in, so
            // a sequence lies wholly on one side of every fold's split.
            let mut pools: Vec<Vec<usize>> = vec![Vec::new(); calib_k];
            let plain = |p: &Prepared| {
                opts.lead_in_max_codes
                    .is_none_or(|max| p.distinct_codes() <= max)
            };
            for i in (0..prep.len()).filter(|&i| !prep[i].label && plain(&prep[i])) {
                pools[calib_fold[i]].push(i);
            }
            seqs.extend(long_copies(
                &prep,
                |i| &pools[calib_fold[i]],
                opts.long_context_max,
                opts.seed ^ 0x10c0,
            ));
            if let Some(max_gap) = opts.spread_copies {
                seqs.extend(spread_copies(
                    &prep,
                    |i| &pools[calib_fold[i]],
                    max_gap,
                    opts.seed ^ 0x5b4e,
                ));
            }
        }
        let mut all_ds = Dataset::new();
        for seq in &seqs {
            conversation_rows(seq, &prep, &oof, &cfz, &mut all_ds, stack)?;
        }
        let ccfg = conversation_config();
        let mut ctrain = opts.conversation_train.clone();
        if opts.monotone_indicators {
            ctrain.nonnegative = risk_indicator_indices(&ccfg);
        }
        // Calibrate what the detector reports: the running maximum over a
        // held-out conversation against that conversation's label (not each
        // window against its row label: a long benign conversation takes the
        // maximum of many windows, and a per-window fit read that maximum as
        // near-certain risk). Held out: one calibration fold, or with
        // cross-fitting every fold in turn.
        let held_folds = if opts.cross_fit_calibration {
            calib_k
        } else {
            1
        };
        let mut held: Vec<(f32, bool, bool)> = Vec::new();
        for f in 0..held_folds {
            let rows: Vec<u32> = (0..all_ds.len())
                .filter(|&r| calib_fold[all_ds.groups[r] as usize] != f)
                .map(|r| r as u32)
                .collect();
            let provisional = LinearModel::train_rows(
                ModelKind::Window { messages: 0 },
                ccfg.clone(),
                ctrain.clone(),
                &all_ds,
                &rows,
            )?;
            held.extend(
                seqs.iter()
                    .filter(|q| calib_fold[q.tail()] == f)
                    .map(|q| {
                        (
                            running_max_logit(&provisional, q, &prep, &oof, &cfz, stack),
                            prep[q.tail()].label,
                            tuned[q.tail()],
                        )
                    })
                    .filter(|(l, _, _)| l.is_finite()),
            );
        }
        // The calibration is fitted on every held-out conversation (on the
        // tune set alone the scores of unseen probes were worse calibrated:
        // ECE 0.13 / 0.14 against 0.08 / 0.12); the threshold on the tune set.
        let on_tune = |t: bool| !any_tuned || t;
        let (max_logits, max_labels): (Vec<f32>, Vec<bool>) =
            held.iter().map(|h| (h.0, h.1)).unzip();
        let calibration =
            Calibration::fit_platt_smoothed(&max_logits, &max_labels, opts.calibration_smoothing)?;
        let maxima: Vec<(f32, bool)> = held
            .iter()
            .filter(|h| on_tune(h.2))
            .map(|h| (calibration.apply(h.0), h.1))
            .collect();
        let (threshold, heldout_f) = best_threshold(&maxima, opts.beta, opts.threshold_position);
        // One message alone: the same rule over held-out (out-of-fold)
        // message probabilities of the calibration side, coded messages of
        // positive conversations against every message of benign ones.
        let message_threshold = if opts.message_alone {
            let pairs: Vec<(f32, bool)> = prep
                .iter()
                .enumerate()
                .filter(|(i, p)| {
                    (opts.cross_fit_calibration || calib_fold[*i] == 0)
                        && on_tune(tuned[*i])
                        && p.messages.iter().any(|m| m.label) == p.label
                })
                .flat_map(|(i, p)| {
                    p.messages
                        .iter()
                        .zip(&oof[i])
                        .filter(move |(m, _)| (m.label || !p.label) && may_warn_alone(&m.cues))
                        .map(move |(m, &prob)| (prob, p.label && m.label))
                })
                .collect();
            Some(best_threshold(&pairs, opts.message_beta, 1.0).0)
        } else {
            None
        };

        let mut conversation =
            LinearModel::train(ModelKind::Window { messages: 0 }, ccfg, ctrain, &all_ds)?;
        conversation.meta_mut().calibration = calibration;
        conversation.set_threshold(threshold);
        conversation.meta_mut().threshold_rule = ThresholdRule::Fixed {
            threshold: f64::from(threshold),
        };

        let mut metrics = BTreeMap::new();
        metrics.insert(format!("heldout_f{}", opts.beta), heldout_f);
        metrics.insert("heldout_conversations".into(), maxima.len() as f64);
        Ok(DetectorModel {
            message,
            conversation,
            meta: DetectorMeta {
                format_version: DETECTOR_FORMAT,
                threshold,
                message_threshold,
                options: opts.clone(),
                conversations: labelled.len(),
                positives,
                training_data_sha256: None,
                metrics,
            },
        })
    }

    /// Re-fits the conversation score's calibration on labelled
    /// conversations (each one's running maximum against its label, with
    /// `smoothing` as in [`TrainOptions::calibration_smoothing`]) without
    /// retraining, and moves the threshold with it so that **every decision
    /// stays as it was**: calibration is increasing in the raw logit, and
    /// the new threshold is the image of the old one's lowest flagged logit.
    /// For a platform whose base rate differs from the training corpus's, or
    /// a model calibrated before conversation-level calibration existed.
    pub fn recalibrate(
        &mut self,
        convs: &[Conversation],
        smoothing: f64,
    ) -> Result<Recalibration, DetectError> {
        let mut det = Detector::new(self)?;
        let (mut logits, mut labels) = (Vec::new(), Vec::new());
        for c in convs {
            let Some(label) = c.label else { continue };
            let mut scan = ConversationScan::default();
            for m in &c.messages {
                det.observe(&mut scan, &m.sender, &m.text);
            }
            if let Some(l) = scan.max_logit.filter(|l| l.is_finite()) {
                logits.push(l);
                labels.push(label);
            }
        }
        let old = self.conversation.meta().calibration;
        let new = Calibration::fit_platt_smoothed(&logits, &labels, smoothing)?;
        let ece = |cal: &Calibration| {
            let p: Vec<f32> = logits.iter().map(|&l| cal.apply(l)).collect();
            expected_calibration_error(&p, &labels, 10)
        };
        let (ece_before, ece_after) = (ece(&old), ece(&new));
        let old_threshold = self.meta.threshold;
        let threshold = move_threshold(&old, &new, old_threshold);
        self.conversation.meta_mut().calibration = new;
        self.conversation.set_threshold(threshold);
        self.meta.threshold = threshold;
        Ok(Recalibration {
            conversations: labels.len(),
            positives: labels.iter().filter(|&&l| l).count(),
            old_calibration: old,
            new_calibration: new,
            old_threshold,
            threshold,
            ece_before,
            ece_after,
        })
    }

    /// Writes `dir/detector.json`, `dir/message/`, `dir/conversation/`.
    pub fn save(&mut self, dir: &Path) -> Result<(), DetectError> {
        let err = |reason: String| DetectError::Dir {
            path: dir.display().to_string(),
            reason,
        };
        std::fs::create_dir_all(dir).map_err(|e| err(e.to_string()))?;
        self.message.save(&dir.join("message"))?;
        self.conversation.save(&dir.join("conversation"))?;
        let json = serde_json::to_string_pretty(&self.meta).map_err(|e| err(e.to_string()))?;
        std::fs::write(dir.join("detector.json"), json).map_err(|e| err(e.to_string()))?;
        Ok(())
    }

    /// Loads and validates a detector directory.
    pub fn load(dir: &Path) -> Result<DetectorModel, DetectError> {
        let err = |reason: String| DetectError::Dir {
            path: dir.display().to_string(),
            reason,
        };
        let text = std::fs::read_to_string(dir.join("detector.json"))
            .map_err(|e| err(format!("detector.json: {e}")))?;
        let meta: DetectorMeta =
            serde_json::from_str(&text).map_err(|e| err(format!("detector.json: {e}")))?;
        if meta.format_version != DETECTOR_FORMAT {
            return Err(err(format!(
                "format {} (this build reads {DETECTOR_FORMAT})",
                meta.format_version
            )));
        }
        let message = LinearModel::load(&dir.join("message"))?;
        let conversation = LinearModel::load(&dir.join("conversation"))?;
        if message.meta().features.extra_names != message_feature_names()
            || conversation.meta().features.extra_names != conversation_feature_names()
        {
            return Err(err("feature layout differs from this build; retrain".into()));
        }
        if !meta.threshold.is_finite() || !(0.0..=1.0).contains(&meta.threshold) {
            return Err(err(format!("threshold {} out of range", meta.threshold)));
        }
        Ok(DetectorModel {
            message,
            conversation,
            meta,
        })
    }

    /// The warning threshold on the conversation probability.
    pub fn threshold(&self) -> f32 {
        self.meta.threshold
    }
}

/// One message alone raises the warning only among a conversation's first
/// messages (a cold opening pitch, an ad, a single forwarded message); later
/// the conversation model decides, or every long benign chat would get
/// hundreds of chances at one over-confident message.
pub const MESSAGE_ALONE_OPENING: usize = 3;

/// Vulnerability cue weight of a bed or a way out offered ("need somewhere
/// to stay?", "got kicked out?"); a trouble asked about or shared ("you
/// seem down", "¿estás triste?", "need money badly") weighs 1–2
/// ([`only_a_trouble`]).
pub const RESCUE_OFFER_WEIGHT: f32 = 2.5;

/// Whether a message's only cue is a trouble asked about or shared, below
/// [`RESCUE_OFFER_WEIGHT`]: what friends say too. Such a message opens no
/// warning alone, though [`may_warn_alone`] (which training uses to cut
/// the message threshold, left as it was) admits it: a rule of the
/// decision, not of the model.
pub fn only_a_trouble(cues: &MessageCues) -> bool {
    let trouble = cues.code_weight[crate::features::code_index(Code::Vulnerability)];
    trouble > 0.0
        && trouble < RESCUE_OFFER_WEIGHT
        && Code::ALL
            .iter()
            .zip(&cues.code_weight)
            .all(|(&c, &w)| c == Code::Vulnerability || w == 0.0)
}

/// Whether one message may raise the warning alone: it must carry a cue of a
/// recruitment or exploitation tactic (an offer, money, control,
/// advertising, a threat …); moving off-platform alone ("let's talk on
/// snap") is what friends say too, and counts only beside such a cue, and
/// so does a ride or a ticket alone ("I'll pick you up at the bus station",
/// "I'll buy your train ticket" is what family says) unless it comes with a
/// move off-platform. Isolation or romance alone ("your parents don't get
/// you", "ur my special girl 💕 happy bday sis") is what a friend or a
/// partner says too: it is read from the conversation, as are
/// grooming-stage cues alone — asking an age, a compliment, "are your
/// parents home" — which strangers, relatives and coaches also say in a
/// first message; grooming is read from the conversation, not from one
/// line of it. Nor does a
/// message in a warning, report or news context ("heads up: someone is
/// offering modeling jobs abroad, it's a scam"): it quotes the pitch.
/// Nor does a weak cue (a lexicon row weighted under
/// [`WARN_ALONE_WEIGHT`], a common word such as "young" or "fresh" that
/// counts only beside others): "I am still young by your standards".
pub fn may_warn_alone(cues: &MessageCues) -> bool {
    let has = |code: Code| cues.code_weight[crate::features::code_index(code)] > 0.0;
    cues.suppressions == 0
        && (Code::ALL.iter().zip(&cues.code_weight).any(|(&c, &w)| {
            w >= WARN_ALONE_WEIGHT
                && !is_grooming(c)
                && !matches!(
                    c,
                    Code::OffPlatform | Code::TravelMeet | Code::Isolation | Code::Romance
                )
        }) || (has(Code::TravelMeet) && has(Code::OffPlatform)))
}

/// The cue weight a code needs in one message for that message to warn
/// alone ([`may_warn_alone`]); the lexicon's narrowed common words weigh 0.5.
pub const WARN_ALONE_WEIGHT: f32 = 1.0;

/// One message analysed and scored by the message model, not yet folded
/// into a conversation ([`Detector::read_message`]).
#[derive(Debug, Clone)]
pub struct MessageRead {
    pub(crate) analysis: Analysis,
    pub(crate) cues: MessageCues,
    pub(crate) message_score: f32,
    /// Address of the model it was read over (checked when folded).
    pub(crate) model: usize,
}

impl MessageRead {
    /// The message's analysis (normalised text, entities, evidence).
    pub fn analysis(&self) -> &Analysis {
        &self.analysis
    }

    /// The message model's probability.
    pub fn message_score(&self) -> f32 {
        self.message_score
    }
}

/// Per-message result of [`Detector::observe`].
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct MessageOutcome {
    /// Message-model probability.
    pub message_score: f32,
    /// Conversation probability after this message.
    pub conversation_score: f32,
    /// The conversation crossed the threshold at this message (first time).
    pub newly_flagged: bool,
}

/// One evidence span of a scanned conversation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EvidenceSpan {
    /// Message index in the conversation.
    pub message: usize,
    /// Original byte offsets in that message's text.
    pub start: usize,
    /// End (exclusive).
    pub end: usize,
    /// Taxonomy code.
    pub code: &'static str,
}

/// Running scan state of one conversation.
#[derive(Debug, Clone, Default)]
pub struct ConversationScan {
    state: ConversationState,
    /// Highest conversation probability so far.
    pub max_score: f32,
    /// Highest raw conversation-model logit so far (before calibration).
    pub max_logit: Option<f32>,
    /// First message at which the warning fired.
    pub first_flagged: Option<usize>,
    /// Evidence collected so far.
    pub evidence: Vec<EvidenceSpan>,
    /// Cue weight contributed by each sender.
    pub sender_weight: Vec<(String, f32)>,
}

impl ConversationScan {
    /// Codes with evidence so far.
    pub fn codes(&self) -> Vec<Code> {
        self.state.codes().collect()
    }
    /// Messages seen.
    pub fn messages(&self) -> u32 {
        self.state.messages
    }
    /// The likely offender: the older side of a stated age gap if there is
    /// one (a child who says where her parents are, or promises secrecy,
    /// carries cues too), else the sender with most offender-side cue
    /// weight.
    pub fn suspected_sender(&self) -> Option<&str> {
        self.state.age_gap_elder().or_else(|| {
            self.sender_weight
                .iter()
                .max_by(|a, b| a.1.total_cmp(&b.1))
                .map(|(s, _)| s.as_str())
        })
    }
}

/// A running detector over one model; keep one per thread.
pub struct Detector<'m> {
    model: &'m DetectorModel,
    analyzer: Analyzer,
    fz: Featurizer,
    cfz: Featurizer,
    analysis: Analysis,
    ex: Vec<(u32, f32)>,
}

/// Evidence spans kept per conversation (the rest are counted in codes).
pub const MAX_EVIDENCE: usize = 500;

impl<'m> Detector<'m> {
    /// A detector over `model` with the shipped lexicons.
    pub fn new(model: &'m DetectorModel) -> Result<Detector<'m>, DetectError> {
        Ok(Detector {
            model,
            analyzer: Analyzer::with_default_lexicons()
                .map_err(|e| DetectError::Lexicon(e.to_string()))?,
            fz: model.message.featurizer(),
            cfz: model.conversation.featurizer(),
            analysis: Analysis::default(),
            ex: Vec::new(),
        })
    }

    /// Another detector over the same model that shares this one's
    /// compiled lexicons (cheap: no compilation), with buffers of its own.
    /// A service reads messages on several threads with forks and folds
    /// them on one ([`Detector::read_message`], [`ChatScan::observe_read`](crate::ChatScan::observe_read)).
    pub fn fork(&self) -> Detector<'m> {
        Detector {
            model: self.model,
            analyzer: self.analyzer.clone(),
            fz: self.model.message.featurizer(),
            cfz: self.model.conversation.featurizer(),
            analysis: Analysis::default(),
            ex: Vec::new(),
        }
    }

    /// The stateless half of scoring a message — analysis (layers 1–2)
    /// and the message model — as a value that can travel to the thread
    /// that owns the conversation's state. Folding it there
    /// ([`ChatScan::observe_read`](crate::ChatScan::observe_read)) gives
    /// exactly what [`ChatScan::observe`](crate::ChatScan::observe) on the
    /// same text gives, provided both detectors are over the same model.
    pub fn read_message(&mut self, text: &str) -> MessageRead {
        let (cues, message_score) = self.read(text);
        MessageRead {
            analysis: std::mem::take(&mut self.analysis),
            cues,
            message_score,
            model: std::ptr::from_ref(self.model) as usize,
        }
    }

    /// Makes `read` the message last read (its analysis becomes
    /// [`Detector::analysis`]); returns its cues and message score. `None`
    /// when it was read over another model: the caller reads again.
    pub(crate) fn adopt(&mut self, read: MessageRead) -> Option<(MessageCues, f32)> {
        if read.model != std::ptr::from_ref(self.model) as usize {
            return None;
        }
        self.analysis = read.analysis;
        Some((read.cues, read.message_score))
    }

    /// Scores one more message of a conversation and updates its state.
    pub fn observe(
        &mut self,
        conv: &mut ConversationScan,
        sender: &str,
        text: &str,
    ) -> MessageOutcome {
        let (cues, message_score) = self.read(text);
        let index = conv.state.messages as usize;
        self.fold(conv, sender, &cues, message_score, index)
    }

    /// Analyses one message and scores it with the message model; the
    /// result goes into one or more conversation states with
    /// [`Detector::fold`] (a group chat folds a message into two
    /// participants' views).
    pub(crate) fn read(&mut self, text: &str) -> (MessageCues, f32) {
        self.analyzer.analyze_into(text, &mut self.analysis);
        let cues = MessageCues::from_analysis(&self.analysis);
        self.fz.clear();
        self.fz.add_text(self.analysis.normalized.as_str());
        cues.write_message_features(&mut self.ex);
        let message_score = sigmoid(self.model.message.logit_current(&self.fz, &self.ex));
        (cues, message_score)
    }

    /// Folds the message last [`read`](Detector::read) into `conv`;
    /// `index` is the message's position in the whole conversation (for
    /// evidence and the first warning).
    pub(crate) fn fold(
        &mut self,
        conv: &mut ConversationScan,
        sender: &str,
        cues: &MessageCues,
        message_score: f32,
        index: usize,
    ) -> MessageOutcome {
        // The opening, for the one-message rule, is this state's own.
        let local = conv.state.messages as usize;
        conv.state.stack_message_model = self.model.meta.options.stack_message_model;
        let with_marker;
        let cues = if conv.state.may_use_adult_marker(sender) && cues.stated_age.is_none() {
            let mut c = cues.clone();
            c.note_adult_marker(self.analysis.normalized.as_str());
            with_marker = c;
            &with_marker
        } else {
            cues
        };
        conv.state.push(sender, cues, message_score);
        conv.state.write_features(&mut self.ex);
        let conv_model = &self.model.conversation;
        let logit = conv_model.logit_current(&self.cfz, &self.ex);
        conv.max_logit = Some(conv.max_logit.map_or(logit, |m| m.max(logit)));
        let conversation_score = conv_model.probability(logit);
        conv.max_score = conv.max_score.max(conversation_score);
        // A conversation of one message is one message: it warns only as
        // one message alone may (below), not on the conversation model's
        // reading of it. Past it, the conversation warns once its score has
        // reached the threshold and its cues corroborate one another
        // (`ConversationState::corroborated`): one everyday tactic alone —
        // a trouble shared, "just you and me", one grooming-stage question —
        // is no evidence a reviewer could act on, however the model scores
        // it.
        let alone = may_warn_alone(cues) && !only_a_trouble(cues);
        let newly_flagged = conv.first_flagged.is_none()
            && ((local == 0 && alone && conversation_score >= self.model.threshold())
                || (local > 0
                    && conv.max_score >= self.model.threshold()
                    && conv.state.corroborated())
                || (local < MESSAGE_ALONE_OPENING
                    && alone
                    && self
                        .model
                        .meta
                        .message_threshold
                        .is_some_and(|t| message_score >= t)));
        if newly_flagged {
            conv.first_flagged = Some(index);
        }
        // Who is the likely offender: count only tactics an offender uses.
        let weight: f32 = self
            .analysis
            .evidence
            .iter()
            .filter(|e| is_offender_tactic(e.code))
            .map(|e| e.weight)
            .sum();
        if weight > 0.0 {
            match conv.sender_weight.iter_mut().find(|(s, _)| s == sender) {
                Some((_, w)) => *w += weight,
                None => conv.sender_weight.push((sender.to_string(), weight)),
            }
        }
        for e in &self.analysis.evidence {
            if conv.evidence.len() >= MAX_EVIDENCE {
                break;
            }
            conv.evidence.push(EvidenceSpan {
                message: index,
                start: e.start,
                end: e.end,
                code: e.code.as_str(),
            });
        }
        MessageOutcome {
            message_score,
            conversation_score,
            newly_flagged,
        }
    }

    /// The analysis (normalised text, entities, evidence) of the message
    /// last passed to [`Detector::observe`].
    pub fn analysis(&self) -> &Analysis {
        &self.analysis
    }

    /// The conversation features' largest contributions to the current
    /// conversation score: `(feature name, weight × value)`, largest first.
    pub fn top_features(&mut self, conv: &ConversationScan, k: usize) -> Vec<(String, f32)> {
        let mut contrib = self.contributions(conv);
        contrib.retain(|c| c.1 > 0.0);
        contrib.truncate(k);
        contrib
    }

    /// Every conversation feature's contribution to the current
    /// conversation score's logit, `(feature name, weight × value)`, largest
    /// first: the negative ones say what lowered the score.
    pub fn contributions(&mut self, conv: &ConversationScan) -> Vec<(String, f32)> {
        conv.state.write_features(&mut self.ex);
        let m = &self.model.conversation;
        let base = m.meta().features.buckets();
        let names = &m.meta().features.extra_names;
        let mut contrib: Vec<(String, f32)> = self
            .ex
            .iter()
            .map(|&(i, v)| {
                (
                    names[i as usize].clone(),
                    m.weights()[base + i as usize] * v,
                )
            })
            .collect();
        contrib.sort_by(|a, b| b.1.total_cmp(&a.1));
        contrib
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn threshold_search_picks_the_best_cut() {
        let m = [
            (0.9, true),
            (0.8, true),
            (0.7, false),
            (0.6, true),
            (0.2, false),
            (0.1, false),
        ];
        let (t, f) = best_threshold(&m, 0.5, 1.0);
        // Flagging the top two: precision 1, recall 2/3 → F0.5 = 0.909.
        assert_eq!(t, 0.8);
        assert!((f - 0.9090909).abs() < 1e-6, "{f}");
        // A wide gap: position 1 takes its top, 0 its bottom, 0.5 the middle
        // (in logit space).
        let gap = [(0.99, true), (0.95, true), (0.3, false), (0.2, false)];
        assert_eq!(best_threshold(&gap, 0.5, 1.0).0, 0.95);
        let low = best_threshold(&gap, 0.5, 0.0).0;
        assert!((low - 0.3).abs() < 1e-4, "{low}");
        let mid = best_threshold(&gap, 0.5, 0.5).0;
        assert!(mid > 0.3 && mid < 0.95, "{mid}");
    }

    fn prepared(label: bool, senders: &[&str], coded: &[bool]) -> Prepared {
        let messages: Vec<PreparedMessage> = senders
            .iter()
            .zip(coded)
            .map(|(s, &c)| PreparedMessage {
                text: String::new(),
                cues: MessageCues::default(),
                sender: s.to_string(),
                label: c,
                row: Some(c),
            })
            .collect();
        let onset = messages.iter().position(|m| m.label);
        Prepared {
            messages,
            label,
            onset,
        }
    }

    #[test]
    fn weak_labels_make_rows_of_the_suspects_messages_only() {
        let mut analyzer = Analyzer::with_default_lexicons().unwrap();
        let conv = |turns: &[(&str, &str)], coded: bool| Conversation {
            id: "w".into(),
            label: Some(true),
            codes: Vec::new(),
            lang: None,
            messages: turns
                .iter()
                .map(|&(s, t)| lurewatch_model::corpus::Message {
                    sender: s.into(),
                    recipient: None,
                    ts: None,
                    text: t.into(),
                    codes: if coded && s == "a" {
                        vec!["secrecy".into()]
                    } else {
                        Vec::new()
                    },
                })
                .collect(),
        };
        let turns = [
            ("a", "gg that was a good round"),
            ("b", "ty lol"),
            ("a", "dont tell your mom about the gift ok, its our secret"),
            ("b", "im 13"),
        ];
        let mut rows = |c: &Conversation, weak: WeakRows| -> Vec<Option<bool>> {
            prepare(&mut analyzer, &[c], weak)[0]
                .messages
                .iter()
                .map(|m| m.row)
                .collect()
        };
        let weak = conv(&turns, false);
        // All: every message a positive row, the target's "ty lol" too.
        assert_eq!(rows(&weak, WeakRows::All), vec![Some(true); 4]);
        // Suspect: the sender with an offender's cue; the target's messages
        // (her age is no offender's tactic) are no rows.
        assert_eq!(
            rows(&weak, WeakRows::Suspect),
            vec![Some(true), None, Some(true), None]
        );
        // SuspectCued: of the suspect's messages, only those with a cue.
        assert_eq!(
            rows(&weak, WeakRows::SuspectCued),
            vec![None, None, Some(true), None]
        );
        // Per-message codes are labels of their own, left as they are.
        let coded = conv(&turns, true);
        assert_eq!(
            rows(&coded, WeakRows::Suspect),
            vec![Some(true), Some(false), Some(true), Some(false)]
        );
        // Without any offender's cue nobody is the suspect: every message.
        let plain = conv(&[("a", "hey"), ("b", "hi")], false);
        assert_eq!(rows(&plain, WeakRows::Suspect), vec![Some(true); 2]);
    }

    #[test]
    fn long_context_copies_label_only_what_is_risky_and_rename_senders() {
        let mut prep = vec![
            prepared(false, &["x", "y", "x"], &[false, false, false]),
            prepared(false, &["p", "q"], &[false, false]),
            prepared(true, &["g", "v", "g", "g"], &[false, false, true, true]),
        ];
        // A lead-in's stated age is not carried into the copy; the tail's is.
        prep[0].messages[0].cues.stated_age = Some(14);
        prep[2].messages[1].cues.stated_age = Some(30);
        let probs: Vec<Vec<f32>> = prep.iter().map(|p| vec![0.1; p.messages.len()]).collect();
        // Positive tail after two benign conversations, the first swapped.
        let seq = Sequence {
            parts: vec![0, 1, 2],
            remap: Some(vec![true, false, false]),
            order: None,
        };
        let played: Vec<(String, Option<bool>)> = seq
            .play(&prep, &probs)
            .map(|(s, _, _, l)| (s.to_string(), l))
            .collect();
        let senders: Vec<&str> = played.iter().map(|p| p.0.as_str()).collect();
        assert_eq!(senders, ["b", "a", "b", "a", "b", "a", "b", "a", "a"]);
        let ages: Vec<Option<u8>> = seq
            .play(&prep, &probs)
            .map(|(_, c, _, _)| c.stated_age)
            .collect();
        assert_eq!(
            ages,
            [None, None, None, None, None, None, Some(30), None, None]
        );
        let alone: Vec<Option<u8>> = Sequence::single(0)
            .play(&prep, &probs)
            .map(|(_, c, _, _)| c.stated_age)
            .collect();
        assert_eq!(alone, [Some(14), None, None]);
        let labels: Vec<Option<bool>> = played.iter().map(|p| p.1).collect();
        // The benign lead-in and the tail's messages before its onset are
        // not rows; from the onset on they are positive.
        assert_eq!(
            labels,
            [
                None,
                None,
                None,
                None,
                None,
                None,
                None,
                Some(true),
                Some(true)
            ]
        );
        // A negative tail: every message is a negative row.
        let neg = Sequence {
            parts: vec![1, 0],
            remap: Some(vec![false, false]),
            order: None,
        };
        assert!(neg.play(&prep, &probs).all(|(_, _, _, l)| l == Some(false)));
        // Copies: one per conversation, lead-in from the pool only, tail last.
        let copies = long_copies(&prep, |_| &[0, 1], 8, 3);
        assert_eq!(copies.len(), 3);
        for (i, c) in copies.iter().enumerate() {
            assert_eq!(c.tail(), i);
            let lead = &c.parts[..c.parts.len() - 1];
            assert!((1..=8).contains(&lead.len()));
            assert!(lead.iter().all(|&j| j != i && j < 2));
            assert_eq!(c.remap.as_ref().unwrap().last(), Some(&false));
        }
    }

    #[test]
    fn spread_copies_weave_benign_runs_between_the_labelled_messages() {
        let mut prep = vec![
            prepared(false, &["x", "y", "x", "y", "x"], &[false; 5]),
            prepared(false, &["p", "q"], &[false, false]),
            prepared(true, &["g", "v", "g", "g"], &[false, false, true, true]),
            prepared(false, &["m", "n", "m"], &[false, false, false]),
        ];
        prep[0].messages[1].cues.stated_age = Some(14);
        let probs: Vec<Vec<f32>> = prep.iter().map(|p| vec![0.1; p.messages.len()]).collect();
        let copies = spread_copies(&prep, |_| &[0, 1], 3, 5);
        // Every conversation but the pool's own, which each still has the other.
        assert_eq!(copies.len(), 4);
        let mut woven_any = false;
        for (i, c) in copies.iter().enumerate() {
            assert_eq!(c.tail(), i);
            let order = c.order.as_ref().unwrap();
            let tail = (c.parts.len() - 1) as u32;
            // The labelled conversation's messages, all of them, in order.
            let own: Vec<u32> = order.iter().filter(|o| o.0 == tail).map(|o| o.1).collect();
            assert_eq!(own, (0..prep[i].messages.len() as u32).collect::<Vec<_>>());
            // Each run: consecutive messages of one benign pool part, at most 3.
            for k in 0..tail {
                let run: Vec<u32> = order.iter().filter(|o| o.0 == k).map(|o| o.1).collect();
                assert!((1..=3).contains(&run.len()), "{run:?}");
                assert!(run.windows(2).all(|w| w[1] == w[0] + 1));
                let part = c.parts[k as usize];
                assert!(part != i && part < 2);
                woven_any = true;
            }
            assert_eq!(c.remap.as_ref().unwrap().last(), Some(&false));
        }
        assert!(woven_any);
        // Labels of the positive's copy: its rows from the onset on, and the
        // benign runs only once the onset has passed; no age from a run.
        let pos = &copies[2];
        let tail = pos.parts.len() - 1;
        let order = pos.order.as_ref().unwrap();
        let played: Vec<(Option<bool>, Option<u8>)> = pos
            .play(&prep, &probs)
            .map(|(_, c, _, l)| (l, c.stated_age))
            .collect();
        assert_eq!(played.len(), order.len());
        let mut onset_passed = false;
        for (&(k, i), &(label, age)) in order.iter().zip(&played) {
            if k as usize == tail {
                onset_passed |= i >= 2;
                assert_eq!(label, (i >= 2).then_some(true));
            } else {
                assert_eq!(label, onset_passed.then_some(true));
                assert_eq!(age, None);
            }
        }
        // A negative's copy: every row negative.
        assert!(
            copies[3]
                .play(&prep, &probs)
                .all(|(_, _, _, l)| l == Some(false))
        );
    }

    #[test]
    fn a_lead_in_counts_its_distinct_codes() {
        let mut p = prepared(false, &["x", "y", "x"], &[false, false, false]);
        assert_eq!(p.distinct_codes(), 0);
        let i = crate::features::code_index(Code::Secrecy);
        p.messages[0].cues.code_weight[i] = 2.0;
        p.messages[2].cues.code_weight[i] = 1.0;
        assert_eq!(p.distinct_codes(), 1);
        p.messages[1].cues.code_weight[crate::features::code_index(Code::Meeting)] = 1.0;
        assert_eq!(p.distinct_codes(), 2);
    }

    #[test]
    fn one_message_alone_warns_only_in_the_opening() {
        let mut quiet = shipped_model();
        quiet.meta.threshold = 2.0; // the conversation model never warns
        quiet.meta.message_threshold = None;
        let mut alone = quiet.clone();
        alone.meta.message_threshold = Some(0.0); // every message qualifies
        let (mut dq, mut da) = (
            Detector::new(&quiet).unwrap(),
            Detector::new(&alone).unwrap(),
        );
        // A fresh conversation: a first message with a recruitment cue
        // alone warns.
        let pitch = "add me on telegram for a modeling job";
        let mut fresh = ConversationScan::default();
        assert!(da.observe(&mut fresh, "a", pitch).newly_flagged);
        assert_eq!(fresh.first_flagged, Some(0));
        // One without a cue, with grooming-stage cues only, with a move to
        // another app only, or quoting a pitch in a warning, does not.
        for opening in [
            "hello there",
            "asl",
            "how old r u",
            "are your parents home?",
            "heads up: someone is offering modeling jobs abroad with flights paid, its a scam",
            "lets talk on snap",
        ] {
            let mut plain = ConversationScan::default();
            assert!(
                !da.observe(&mut plain, "a", opening).newly_flagged,
                "{opening}"
            );
        }
        // Past the opening it does not.
        let mut later = ConversationScan::default();
        for _ in 0..MESSAGE_ALONE_OPENING {
            assert!(!dq.observe(&mut later, "a", pitch).newly_flagged);
        }
        assert!(!da.observe(&mut later, "a", pitch).newly_flagged);
        assert_eq!(later.first_flagged, None);
    }

    #[test]
    fn a_first_message_warns_only_as_one_message_may() {
        let mut eager = shipped_model();
        eager.meta.threshold = 0.0; // every conversation score is a warning
        eager.meta.message_threshold = None;
        let mut d = Detector::new(&eager).unwrap();
        // A grooming-stage question alone: the conversation model's
        // reading of one message does not warn; nor does the conversation
        // while that one tactic stands alone (uncorroborated); a second
        // tactic does.
        let mut asked = ConversationScan::default();
        let o = d.observe(&mut asked, "a", "are your parents home? i left my charger");
        assert!(!o.newly_flagged);
        assert!(o.conversation_score > 0.0);
        assert!(!d.observe(&mut asked, "b", "ya come get it").newly_flagged);
        assert!(
            d.observe(&mut asked, "a", "dont tell anyone i asked ok")
                .newly_flagged
        );
        assert_eq!(asked.first_flagged, Some(2));
        // A recruitment pitch alone does.
        let mut pitch = ConversationScan::default();
        assert!(
            d.observe(&mut pitch, "a", "add me on telegram for a modeling job")
                .newly_flagged
        );
        // A ride or a ticket alone is what family says; with a move to
        // another app it may warn.
        for (text, warns) in [
            ("yay ill pick u up at the bus station saturday", false),
            ("ill buy your train ticket, see you friday", false),
            ("ill buy your bus ticket, add me on snap", true),
        ] {
            let mut one = ConversationScan::default();
            let o = d.observe(&mut one, "a", text);
            assert!(
                d.analysis()
                    .evidence
                    .iter()
                    .any(|e| e.code == Code::TravelMeet),
                "{text}: no travel cue, the case tests nothing"
            );
            assert_eq!(o.newly_flagged, warns, "{text}");
        }
    }

    #[test]
    fn a_bed_needed_is_not_a_bed_offered() {
        // The shipped model and thresholds: the writer's own need for a bed
        // opens no warning (a hard negative); the same words offered to
        // someone else do.
        let model = shipped_model();
        let mut d = Detector::new(&model).unwrap();
        for (text, warns) in [
            ("my landlord gave me 30 days, i need a place to stay", false),
            (
                "ich brauche einen schlafplatz, kann ich bei dir pennen?",
                false,
            ),
            ("need a place to stay? u can crash at mine tonight", true),
            ("need somewhere to stay? i got a room for u", true),
        ] {
            let mut one = ConversationScan::default();
            assert_eq!(
                d.observe(&mut one, "a", text).newly_flagged,
                warns,
                "{text}"
            );
        }
    }

    #[test]
    fn a_moved_threshold_flags_the_same_logits() {
        let old = Calibration::Platt { a: 1.5, b: -1.0 };
        let new = Calibration::Platt { a: 0.6, b: -1.4 };
        for &t in &[0.999_519_9f32, 0.9, 0.5, 0.1234] {
            let moved = move_threshold(&old, &new, t);
            assert!(moved < t || t < 0.6, "{t} -> {moved}");
            // Every logit on a fine grid around the edge: flagged before
            // implies flagged after; not flagged before and flagged after
            // only within a hair of the edge.
            let edge = {
                let z = (f64::from(t) / (1.0 - f64::from(t))).ln();
                ((z + 1.0) / 1.5) as f32
            };
            for k in -20_000..20_000 {
                let l = edge + k as f32 * 1e-5;
                let (was, is) = (old.apply(l) >= t, new.apply(l) >= moved);
                assert!(!was || is, "t {t} logit {l}: lost");
                assert!(
                    was || !is || (l - edge).abs() < 1e-3,
                    "t {t} logit {l}: gained"
                );
            }
        }
    }

    fn repo_root() -> std::path::PathBuf {
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
    }

    /// The shipped model, `models/default`.
    fn shipped_model() -> DetectorModel {
        DetectorModel::load(&repo_root().join("models/default")).unwrap()
    }

    /// A labelled file of the repository's corpus, every line valid.
    fn read_corpus(path: &str) -> Vec<Conversation> {
        use lurewatch_model::corpus::{ReadLimits, read_jsonl};
        let r = std::io::BufReader::new(std::fs::File::open(repo_root().join(path)).unwrap());
        read_jsonl(r, ReadLimits::default())
            .map(Result::unwrap)
            .collect()
    }

    /// The shipped model's conversation weights respect the constraint:
    /// every risk indicator, the length among them, weighs ≥ 0; benign
    /// context and a stated adult may lower the score.
    #[test]
    fn risk_indicators_and_length_never_lower_the_score() {
        assert!(is_risk_indicator("conv:messages"));
        assert!(is_risk_indicator("recent:secrecy"));
        assert!(!is_risk_indicator("conv:benign_context"));
        assert!(!is_risk_indicator("conv:adult_stated"));
        let model = shipped_model();
        assert!(model.meta.options.monotone_indicators);
        let m = &model.conversation;
        let base = m.meta().features.buckets();
        let names = &m.meta().features.extra_names;
        assert!(names.iter().any(|n| n == "conv:messages"));
        for (k, name) in names.iter().enumerate() {
            if is_risk_indicator(name) {
                assert!(
                    m.weights()[base + k] >= 0.0,
                    "{name}: {}",
                    m.weights()[base + k]
                );
            }
        }
    }

    /// A tune set alone chooses the threshold: flags of the wrong length are
    /// an error, no flag is the same as no tune set, and marking only some
    /// files changes the cut (and the conversations it was chosen on), not
    /// which conversations are trained on.
    #[test]
    fn a_tune_set_chooses_the_threshold() {
        let read = read_corpus;
        let mut convs = read("data/corpus/adversarial.jsonl");
        let templates = convs.len();
        convs.extend(read("data/corpus/probe.jsonl"));
        convs.extend(read("data/corpus/probe2.jsonl"));
        let opts = TrainOptions::default();
        assert!(DetectorModel::train_tuned(&convs, &[true], &opts).is_err());
        // One label only in the tune set: no threshold can be chosen there.
        let one_label: Vec<bool> = convs.iter().map(|c| c.label == Some(false)).collect();
        let err = DetectorModel::train_tuned(&convs, &one_label, &opts).unwrap_err();
        assert!(err.to_string().contains("both labels"), "{err}");
        let plain = DetectorModel::train(&convs, &opts).unwrap();
        let none = DetectorModel::train_tuned(&convs, &vec![false; convs.len()], &opts).unwrap();
        assert_eq!(plain.meta, none.meta);
        let probes: Vec<bool> = (0..convs.len()).map(|i| i >= templates).collect();
        let tuned = DetectorModel::train_tuned(&convs, &probes, &opts).unwrap();
        assert_eq!(tuned.meta.conversations, plain.meta.conversations);
        assert_ne!(tuned.meta.threshold, plain.meta.threshold);
        let on = |m: &DetectorModel| m.meta.metrics["heldout_conversations"];
        assert!(on(&tuned) > 0.0 && on(&tuned) < on(&plain));
        // The calibration is fitted on every conversation either way.
        assert_eq!(
            tuned.conversation.meta().calibration,
            plain.conversation.meta().calibration
        );
    }

    #[test]
    fn recalibration_keeps_every_decision() {
        let root = repo_root();
        let read = read_corpus;
        let fit = read("data/corpus/adversarial.jsonl");
        let mut check = read("data/corpus/probe.jsonl");
        check.extend(read("data/corpus/extra_negatives.jsonl"));
        check.extend(fit.iter().cloned());
        let decisions = |m: &DetectorModel| -> Vec<(Option<usize>, f32)> {
            let mut det = Detector::new(m).unwrap();
            check
                .iter()
                .map(|c| {
                    let mut scan = ConversationScan::default();
                    for msg in &c.messages {
                        det.observe(&mut scan, &msg.sender, &msg.text);
                    }
                    (scan.first_flagged, scan.max_score)
                })
                .collect()
        };
        let mut model = DetectorModel::load(&root.join("models/default")).unwrap();
        let before = decisions(&model);
        let report = model.recalibrate(&fit, 0.1).unwrap();
        assert_eq!(report.conversations, fit.len());
        assert_ne!(report.threshold, report.old_threshold);
        assert_eq!(model.threshold(), report.threshold);
        let after = decisions(&model);
        let flags = |d: &[(Option<usize>, f32)]| d.iter().map(|x| x.0).collect::<Vec<_>>();
        assert_eq!(flags(&before), flags(&after));
        assert!(flags(&after).iter().any(Option::is_some));
        // Strong smoothing keeps every score off 0 and 1.
        assert!(after.iter().all(|x| x.1 > 0.0 && x.1 < 1.0));
    }
}
