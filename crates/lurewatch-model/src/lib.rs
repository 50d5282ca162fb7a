//! Layer 3 of lurewatch: linear models over hashed word and character
//! n-grams plus caller-supplied dense features, trained in Rust, calibrated to
//! probabilities and explainable; and the training/evaluation machinery
//! (corpus format, participant-disjoint splits, detection metrics).
//!
//! The crate is generic: it takes **already normalised** text (`&str`) and a
//! list of extra numeric features `&[(u32, f32)]` (index into
//! [`FeatureConfig::extra_names`], value), and knows nothing about lexicons.
//!
//! * [`corpus`]: the JSONL conversation format and a panic-free streaming reader.
//! * [`features`]: feature hashing ([`FeatureConfig`], [`Featurizer`]).
//! * [`model`]: logistic regression ([`LinearModel`], [`TrainConfig`]),
//!   Platt calibration, thresholds, explanations, save/load.
//! * [`pipeline`]: conversations → datasets → calibrated model; running
//!   (early-warning) scoring and evaluation.
//! * [`eval`]: splits and metrics (P/R/F1/F0.5, PR-AUC, ROC-AUC, ECE,
//!   latency-weighted F1).
//!
//! ```
//! use lurewatch_model::{FitConfig, ModelKind, fit, corpus::{Conversation, Message}};
//!
//! let conv = |id: usize, label: bool, text: &str| Conversation {
//!     id: format!("c{id}"), label: Some(label), codes: vec![], lang: None,
//!     messages: vec![Message { sender: format!("a{id}"), recipient: Some(format!("b{id}")),
//!         ts: None, text: text.into(), codes: vec![] }],
//! };
//! let convs: Vec<Conversation> = (0..200)
//!     .map(|i| if i % 2 == 0 { conv(i, true, "job in dubai ticket paid, add me on telegram") }
//!              else { conv(i, false, "see you at practice tomorrow") })
//!     .collect();
//! let cfg = FitConfig { kind: ModelKind::Message, ..FitConfig::default() };
//! let model = fit(&convs, &cfg, None).unwrap();
//! let mut scorer = model.scorer();
//! assert!(scorer.score("ticket paid job in dubai", &[]).unwrap() > model.threshold());
//! assert!(scorer.score("practice is tomorrow", &[]).unwrap() < model.threshold());
//! ```

pub mod corpus;
pub mod error;
pub mod eval;
pub mod features;
mod hash;
pub mod model;
pub mod pipeline;

pub use error::ModelError;
pub use features::{FeatureConfig, Featurizer, SparseVector};
pub use hash::{SplitMix64, hash_bytes};
pub use model::{
    Calibration, ClassWeight, Contribution, Dataset, FeatureScaling, LinearModel, ModelKind,
    ModelMeta, Optimizer, Scorer, ThresholdRule, TrainConfig,
};
pub use pipeline::{FitConfig, WindowRows, evaluate, fit};
