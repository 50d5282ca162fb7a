//! What detectors say about an event.

use serde::{Deserialize, Serialize};

/// A typed detector output, stored with the event it came from and visible
/// to rules as `signals`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Signal {
    /// Media matched a hash bank entry.
    MediaMatch {
        /// The media's id.
        media_id: String,
        /// Bank name.
        bank: String,
        /// Entry id inside lurewatch.
        entry: u64,
        /// `pdq`, `md5` or `sha256`.
        signal_type: String,
        /// Hamming distance (0 for exact signals).
        distance: u32,
        /// Which rotation/flip matched (`orig` for exact signals).
        transform: String,
        /// The entry's label, if any.
        label: Option<String>,
    },
    /// Media that could not be hashed (corrupt, too large...).
    MediaError {
        /// The media's id.
        media_id: String,
        /// Why.
        reason: String,
    },
    /// Recruitment or grooming risk of a conversation after this message.
    ConversationRisk {
        /// Conversation id.
        conversation: String,
        /// Calibrated probability 0..1.
        score: f32,
        /// The detector's warning fired (now or earlier).
        flagged: bool,
        /// Taxonomy codes with evidence so far.
        codes: Vec<String>,
        /// Evidence spans in this message: (start, end, code), original byte offsets.
        evidence: Vec<(usize, usize, String)>,
        /// The participant carrying most of the evidence.
        suspected_sender: Option<String>,
    },
    /// Behaviour of the acting account across conversations.
    AccountBehaviour {
        /// Account id.
        account: String,
        /// Known or stated minors contacted within the window.
        minors_contacted: u32,
        /// Most recipients of one near-duplicate message.
        script_reuse: u32,
        /// Conversations pushed off-platform.
        off_platform_conversations: u32,
        /// Conversations where it is an adult writing to a minor.
        adult_minor_conversations: u32,
        /// Templated reasons (never message text).
        reasons: Vec<String>,
    },
    /// An age an account declared in its profile or stated in a message.
    Age {
        /// Account id.
        account: String,
        /// Years.
        age: u8,
        /// `declared` (profile) or `stated` (message).
        source: String,
    },
}

impl Signal {
    /// The wire name of the signal's kind.
    pub fn kind(&self) -> &'static str {
        match self {
            Signal::MediaMatch { .. } => "media_match",
            Signal::MediaError { .. } => "media_error",
            Signal::ConversationRisk { .. } => "conversation_risk",
            Signal::AccountBehaviour { .. } => "account_behaviour",
            Signal::Age { .. } => "age",
        }
    }
}
