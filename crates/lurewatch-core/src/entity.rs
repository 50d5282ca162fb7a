//! Rule subjects and their labels.

use serde::{Deserialize, Serialize};

use crate::Millis;

/// What kind of thing an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EntityKind {
    /// A platform account.
    Account,
    /// A conversation (thread).
    Conversation,
    /// A media item.
    Media,
}

impl EntityKind {
    /// The wire name.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Account => "account",
            EntityKind::Conversation => "conversation",
            EntityKind::Media => "media",
        }
    }
}

/// An entity: kind and platform id.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct EntityRef {
    /// Kind.
    pub kind: EntityKind,
    /// Platform id.
    pub id: String,
}

/// A label on an entity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Label {
    /// The entity.
    pub entity: EntityRef,
    /// Label name (e.g. `suspected_recruiter`, `minor`, `reviewed_benign`).
    pub label: String,
    /// Who set it: a rule id, `reviewer:<name>`, ...
    pub source: String,
    /// When it was set.
    pub created: Millis,
    /// When it stops applying; none = never.
    pub expires: Option<Millis>,
}

impl Label {
    /// Whether the label applies at `now`.
    pub fn is_live(&self, now: Millis) -> bool {
        self.expires.is_none_or(|e| e > now)
    }
}
