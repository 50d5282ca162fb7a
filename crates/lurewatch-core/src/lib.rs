//! Shared domain types of lurewatch.
//!
//! * [`event`]: what platforms send — messages, posts, profiles, media,
//!   user reports, relationships — in an [`event::Envelope`] with an
//!   idempotency key, and [`event::Envelope::validate`], which names the
//!   offending field of a bad event.
//! * [`signal`]: what detectors say about an event (media matches,
//!   conversation risk, account behaviour, stated ages).
//! * [`decision`]: verdicts, the rules that fired, actions.
//! * [`entity`]: accounts, conversations and media as rule subjects, and
//!   their expiring labels.
//!
//! Times are Unix milliseconds (`i64`) everywhere inside lurewatch; the API
//! layer converts to and from RFC 3339.

pub mod decision;
pub mod entity;
pub mod event;
pub mod signal;

pub use decision::{Action, Decision, RuleHit, RuleMode, Verdict};
pub use entity::{EntityKind, EntityRef, Label};
pub use event::{Envelope, Event, EventKind, ValidationError};
pub use signal::Signal;

/// Unix time in milliseconds.
pub type Millis = i64;
