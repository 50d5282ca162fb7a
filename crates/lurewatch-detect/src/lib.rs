//! The conversation detector: recruitment and grooming risk per message,
//! per conversation and per account, with evidence a reviewer can check.
//!
//! Layers (see `docs/taxonomy.md` and `ARCHITECTURE.md`):
//! 1–2. `lurewatch-text` normalises each message, extracts entities and
//!    matches the indicator lexicons → evidence spans with taxonomy codes;
//! 3. `lurewatch-model` linear models: a message model over hashed n-grams
//!    plus the cues, stacked under a conversation model over the
//!    conversation's running state ([`features::ConversationState`]);
//! 4. per-account aggregation in [`scan`].
//!
//! Train with [`DetectorModel::train`] on labelled conversations (the
//! project's synthetic corpus, or a platform's own moderation decisions),
//! then [`Detector::observe`] message by message, or [`scan::Scanner`] over
//! whole conversations.

pub mod chat;
mod detector;
pub mod features;
pub mod scan;

pub use chat::ChatScan;
pub use detector::{
    CALIBRATION_SMOOTHING, ConversationScan, DETECTOR_FORMAT, DetectError, Detector, DetectorMeta,
    DetectorModel, EvidenceSpan, MAX_EVIDENCE, MessageOutcome, MessageRead, Recalibration,
    TrainOptions,
};
