//! Dense features: per message (lexicon and entity cues, appended to the
//! message model's hashed n-grams) and per conversation prefix (what the
//! conversation model reads).

use lurewatch_text::{Analysis, Code, EntityKind, EvidenceSource, OfferBits};

/// Ages at or below this are minors.
pub const MINOR_MAX_AGE: u8 = 17;

/// Per-code weights are capped so one repeated cue can't dominate.
const CODE_CAP: f32 = 3.0;

/// Weight the running message-probability average and the benign-context
/// count keep per message (about the last 10 messages count).
const RECENT_KEEP: f32 = 0.9;

/// The same over a quiet message (no cue, no benign context): small talk
/// between two cues fades what came before more slowly than a message that
/// says something does, so a grooming whose cues lie far apart in a long
/// chat still reads as one (since 2026-12-07, ninth session; 0.97: ~23 quiet
/// messages halve a weight where ~7 messages did).
const QUIET_KEEP: f32 = 0.97;

/// Messages beyond which conversation length adds nothing.
const LENGTH_CAP: u32 = 40;

/// Years between a stated minor and someone older that make an age gap
/// (17 and 19 are peers, 14 and 15 too; 14 and 22 are not, nor 13 and 17).
pub const AGE_GAP_YEARS: u8 = 4;

/// Cue weight in words from which a tactic counts towards corroboration
/// ([`ConversationState::corroborated`]): a lexicon phrase or pattern
/// weighs 1–3 (0.5 for the weakest); emoji never count, however many.
pub const CORROBORATING_WEIGHT: f32 = 1.0;

/// The age an adult marker ("im in college", "my wife", "when i was your
/// age") stands for when its writer states no age: an adult's, for the age
/// gap only (it is not a stated age).
pub const ADULT_MARKER_AGE: u8 = 21;

/// Codes of an adult's contact with a minor that go beyond talk: checking
/// who is around, secrecy, exclusivity, pictures, sexual talk, meeting,
/// travel, moving elsewhere, cutting the child off, threats. (Not asking an
/// age or paying a compliment: strangers and peers do both.)
pub fn is_contact_code(c: Code) -> bool {
    matches!(
        c,
        Code::RiskAssessment
            | Code::Secrecy
            | Code::Exclusivity
            | Code::PhotoRequest
            | Code::SexualTalk
            | Code::Meeting
            | Code::TravelMeet
            | Code::OffPlatform
            | Code::Isolation
            | Code::Sextortion
    )
}

/// Entity kinds that become message features, in feature order.
const ENTITY_FEATURES: [(EntityKind, &str); 7] = [
    (EntityKind::App, "ent:app"),
    (EntityKind::Phone, "ent:phone"),
    (EntityKind::Handle, "ent:handle"),
    (EntityKind::Url, "ent:url"),
    (EntityKind::Payment, "ent:payment"),
    (EntityKind::GiftCard, "ent:gift_card"),
    (EntityKind::Money, "ent:money"),
];

/// Names of the message model's extra features, in index order.
pub fn message_feature_names() -> Vec<String> {
    let mut names: Vec<String> = Code::ALL
        .iter()
        .map(|c| format!("cue:{}", c.as_str()))
        .collect();
    names.extend(ENTITY_FEATURES.iter().map(|(_, n)| n.to_string()));
    names.extend(
        [
            "age:minor_stated",
            "age:adult_stated",
            "ctx:benign",
            "len:tokens",
        ]
        .map(String::from),
    );
    names
}

/// What one analysed message contributes: cue weights per code, entity
/// flags, stated ages.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MessageCues {
    /// Summed evidence weight per code (index = position in `Code::ALL`), capped.
    pub code_weight: [f32; Code::ALL.len()],
    /// The same from cues in words only, not emoji and not inside a quoted
    /// passage ([`Analysis::quoted`]): what corroboration reads
    /// ([`ConversationState::corroborated`]).
    pub worded_weight: [f32; Code::ALL.len()],
    /// Entity counts in `ENTITY_FEATURES` order.
    pub entities: [u16; ENTITY_FEATURES.len()],
    /// Youngest self-disclosed age in the message, if any.
    pub stated_age: Option<u8>,
    /// A minor's age the sender tells the other person is theirs ("ur 13",
    /// "cuz you're 14 silly"; not a question: "r u 13", "ur 13?").
    pub addressed_minor_age: Option<u8>,
    /// A short message that opens with a number of years (10–79): "13",
    /// "13 lol", "15 why", or a school grade ("7th", "9th grade", as years:
    /// grade + 5). An age if it answers an age question (see
    /// [`ConversationState::push`]).
    pub bare_number: Option<u8>,
    /// The sender speaks as an adult without stating an age ("im in
    /// college", "my wife", "when i was ur age"; see [`adult_marker`]).
    /// Not set by [`MessageCues::from_analysis`]: looked for only where it
    /// can count ([`MessageCues::note_adult_marker`],
    /// [`ConversationState::may_use_adult_marker`]).
    pub adult_marker: bool,
    /// Hard-negative (benign context) spans.
    pub suppressions: u16,
    /// Word tokens.
    pub tokens: usize,
    /// Offer indicator families of the message ([`lurewatch_text::offer`]).
    pub offer: OfferBits,
}

impl MessageCues {
    /// Summarises an analysis.
    pub fn from_analysis(a: &Analysis) -> MessageCues {
        let mut m = MessageCues {
            tokens: a.token_count,
            offer: a.offer,
            ..MessageCues::default()
        };
        for e in &a.evidence {
            let i = code_index(e.code);
            // Benign-context spans are features of their own (`ctx:benign`,
            // `conv:benign_context`), not a discount: fraudulent offers
            // borrow real hiring language, and discounting cued messages
            // that carried it cost recall and precision on the dev set.
            m.code_weight[i] = (m.code_weight[i] + e.weight).min(CODE_CAP);
            // A cue in words corroborates; not an emoji, and not a cue in a
            // quoted passage: reported speech ("he said \"r u home
            // alone\"", a news item or a podcast quoting the lines) is not
            // the writer asking.
            // Nor does a writer's own adult age ("im 35"): a fact for the
            // age gap, not a tactic; between adults, "im 35" and "add me on
            // snap" are two people getting acquainted.
            if e.source != EvidenceSource::Emoji
                && !a.is_quoted(e.start, e.end)
                && !(e.code == Code::AgeProbe && own_adult_age(a, e.start, e.end))
            {
                m.worded_weight[i] = (m.worded_weight[i] + e.weight).min(CODE_CAP);
            }
        }
        for e in &a.entities {
            if let Some(k) = ENTITY_FEATURES.iter().position(|(kind, _)| *kind == e.kind) {
                m.entities[k] = m.entities[k].saturating_add(1);
            }
            // Estimated ages are school grades the writer gives as their own
            // ("im in 7th grade").
            if let Some(age) = &e.age
                && age.self_disclosed
            {
                m.stated_age = Some(m.stated_age.map_or(age.years, |y| y.min(age.years)));
            }
        }
        m.suppressions = a.suppressions.len().min(u16::MAX as usize) as u16;
        // Both read a number: a text without a digit (most) skips their word lists.
        let text = a.normalized.as_str();
        if text.bytes().any(|b| b.is_ascii_digit()) {
            m.bare_number =
                bare_number(text, a.token_count).or_else(|| bare_grade(text, a.token_count));
        }
        if a.entities.iter().any(|e| {
            e.age
                .as_ref()
                .is_some_and(|g| !g.self_disclosed && !g.estimated && g.years <= MINOR_MAX_AGE)
        }) {
            m.addressed_minor_age = addressed_age(a.normalized.as_str());
        }
        m
    }

    /// Looks for an adult marker in the message's normalised text (none
    /// counts beside a stated age).
    pub fn note_adult_marker(&mut self, normalized: &str) {
        self.adult_marker = self.stated_age.is_none() && adult_marker(normalized);
    }

    /// True if the message carries any cue.
    pub fn has_cue(&self) -> bool {
        self.code_weight.iter().any(|&w| w > 0.0)
    }

    /// Extra features for the message model (`(index, value)`).
    pub fn write_message_features(&self, out: &mut Vec<(u32, f32)>) {
        out.clear();
        let mut i = 0u32;
        for &w in &self.code_weight {
            if w > 0.0 {
                out.push((i, w));
            }
            i += 1;
        }
        for &n in &self.entities {
            if n > 0 {
                out.push((i, (1.0 + f32::from(n)).ln()));
            }
            i += 1;
        }
        if let Some(age) = self.stated_age {
            out.push((if age <= MINOR_MAX_AGE { i } else { i + 1 }, 1.0));
        }
        i += 2;
        if self.suppressions > 0 {
            out.push((i, (1.0 + f32::from(self.suppressions)).ln()));
        }
        i += 1;
        out.push((i, (1.0 + self.tokens as f32).ln() / 4.0));
    }
}

/// Whether a self-disclosed adult age ("im 35", "31 m") lies in `start..end`
/// of the analysed message.
fn own_adult_age(a: &Analysis, start: usize, end: usize) -> bool {
    a.entities.iter().any(|en| {
        en.start >= start
            && en.end <= end
            && en
                .age
                .as_ref()
                .is_some_and(|g| g.self_disclosed && g.years > MINOR_MAX_AGE)
    })
}

/// A minor's age stated as the other person's ("ur 13", "you're 14", "u r
/// 15"), not asked ("r u 13", "are you 14", "ur 13?"). Run only on messages
/// in which the entity extractor found an age that is not the sender's own.
fn addressed_age(text: &str) -> Option<u8> {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = RE.get_or_init(|| {
        regex::Regex::new(
            r"(?:^|[^a-z0-9])(?:ur|you\s+re|youre|you\s+are|u\s+r|u\s+are)\s+(\d{1,2})\b(\s*\?)?",
        )
        .expect("a valid regex")
    });
    re.captures_iter(text)
        .filter(|c| c.get(2).is_none())
        .filter_map(|c| c.get(1)?.as_str().parse::<u8>().ok())
        .filter(|&n| (5..=MINOR_MAX_AGE).contains(&n))
        .min()
}

/// Whether the writer speaks as an adult without stating an age: college
/// or university, a spouse or children of their own, "i'm older than you",
/// "when i was your age", their own apartment (six languages).
fn adult_marker(text: &str) -> bool {
    // The words every marker holds, searched for first as plain literals (a
    // vectorised search); the full pattern opens with words as common as
    // "i" and "my", which no prefilter can skip, and would cost every
    // message ~6 % more.
    static GATE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let gate = GATE.get_or_init(|| {
        regex::Regex::new(concat!(
            "college|uni|grad s|grown|adult|married|divorced|older than|ur age|your age|",
            "my wife|my husband|my kids|ex wife|own ap|own pl|esposa|hijos|filhos|faculdade|",
            "ma femme|mes enfants|la fac|meine frau|meine kinder|studiere|mijn vrouw|mijn kinderen|studeer"
        ))
        .expect("a valid regex")
    });
    if !gate.is_match(text) {
        return false;
    }
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = RE.get_or_init(|| {
        regex::Regex::new(concat!(
            r"\b(?:(?:im|i\s+m|i\s+am)\s+(?:in|at)\s+(?:college|uni|university|grad\s+school)",
            r"|(?:im|i\s+m|i\s+am)\s+(?:a\s+)?(?:college|uni|university|grad)\s+student",
            r"|(?:im|i\s+m|i\s+am)\s+(?:a\s+)?(?:grown\s+(?:man|woman|ass\s+man)|an\s+adult|married|divorced)",
            r"|(?:im|i\s+m|i\s+am)\s+(?:much\s+|way\s+|a\s+lot\s+|a\s+bit\s+|kinda\s+)?older\s+than\s+(?:u|you)",
            r"|(?:when\s+i\s+was|i\s+remember\s+being)\s+(?:ur|your)\s+age",
            r"|my\s+(?:wife|husband|kids|ex\s+wife|own\s+(?:apartment|place|apt))",
            r"|mi\s+esposa|mis\s+hijos|estoy\s+en\s+la\s+universidad",
            r"|minha\s+esposa|meus\s+filhos|(?:to|estou)\s+na\s+faculdade",
            r"|ma\s+femme|mes\s+enfants|(?:je\s+suis|chui)\s+a\s+la\s+fac",
            r"|meine\s+frau|meine\s+kinder|ich\s+studiere",
            r"|mijn\s+vrouw|mijn\s+kinderen|ik\s+studeer",
            r")\b"
        ))
        .expect("a valid regex")
    });
    re.is_match(text)
}

/// `text` without up to two leading words that confirm, deny, laugh or
/// hesitate ("ya 8th", "yeah 14", "haha ya 13": the answer after them).
fn strip_affirmation(text: &str) -> &str {
    const WORDS: &[&str] = &[
        "ya", "yah", "yea", "yeah", "yes", "yep", "yup", "ye", "yh", "nah", "no", "nope", "si",
        "sim", "ja", "oui", "non", "nee",
    ];
    // Laughter, surprise and hesitation before the answer ("haha ya 13").
    const LEAD: &[&str] = &[
        "haha", "hahaha", "hah", "ha", "hehe", "lol", "lmao", "omg", "oh", "um", "umm", "uh",
        "hmm", "well", "ok", "okay", "k", "jaja", "kkk", "mdr",
    ];
    let mut t = text;
    // At most two leading words: "haha ya 13", "lol yeah 14", "ok 15".
    for _ in 0..2 {
        let word_end = t
            .find(|c: char| !c.is_ascii_alphabetic())
            .unwrap_or(t.len());
        let word = &t[..word_end];
        if word_end == t.len() || !(WORDS.contains(&word) || LEAD.contains(&word)) {
            break;
        }
        t = t[word_end..].trim_start_matches([' ', ',', '.', '!']);
    }
    t
}

/// A school grade a short message (at most three words) opens with, as
/// years (grade + 5): an ordinal ("7th", "9th grade", "in 8th", Spanish
/// "7mo", Portuguese "7o ano") or a number with the word for a school year
/// ("7 ano", "8 grado", "7. klasse").
fn bare_grade(text: &str, tokens: usize) -> Option<u8> {
    const ORDINALS: &[&str] = &[
        "st", "nd", "rd", "th", "mo", "ro", "vo", "to", "no", "o", ".",
    ];
    const YEAR_WORDS: &[&str] = &["grade", "ano", "grado", "klasse", "serie"];
    // `prefix` followed by the end or a non-alphanumeric byte.
    let word_at = |s: &str, prefix: &str| {
        s.strip_prefix(prefix)
            .is_some_and(|r| !r.bytes().next().is_some_and(|b| b.is_ascii_alphanumeric()))
    };
    if tokens > 3 {
        return None;
    }
    let t = strip_affirmation(text.trim_start());
    let t = t.strip_prefix("in ").unwrap_or(t).trim_start();
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=2).contains(&digits) {
        return None;
    }
    let rest = &t[digits..];
    let ordinal = ORDINALS.iter().find(|o| word_at(rest, o));
    let after = rest[ordinal.map_or(0, |o| o.len())..].trim_start();
    let year_word = YEAR_WORDS.iter().any(|w| word_at(after, w));
    if ordinal.is_none() && !year_word {
        return None;
    }
    let grade: u8 = t[..digits].parse().ok()?;
    (1..=12).contains(&grade).then_some(grade + 5)
}

/// Widens a sender's `(youngest, oldest)` stated ages with `age`.
fn note_age(ages: &mut (u8, u8), age: u8) {
    let (young, old) = ages;
    if *young == 0 {
        // The first stated age replaces an adult marker's estimate.
        (*young, *old) = (age, age);
    } else {
        (*young, *old) = ((*young).min(age), (*old).max(age));
    }
}

/// The number a short message opens with, if it is two digits from 10 to 79
/// standing alone: in at most three words ("13", "13 lol", "15?"), or in up
/// to eight when the next word carries on an answer ("23 but i dont act like
/// it", "12 hbu"), not a unit ("15 minutes", "20 people"); or in any
/// length when a stop closes it ("13. my sister is 16 tho").
fn bare_number(text: &str, tokens: usize) -> Option<u8> {
    const CARRY_ON: &[&str] = &[
        "but", "and", "lol", "haha", "lmao", "jk", "hbu", "wbu", "u", "you", "why", "y", "n", "ok",
        "tho", "though", "actually", "rn",
    ];
    let t = strip_affirmation(text.trim_start());
    let b = t.as_bytes();
    // A stop right after the number closes the answer, however long the rest.
    let closed = b.len() > 3 && matches!(b[2], b'.' | b',' | b'!' | b';') && b[3] == b' ';
    if tokens > 8 && !closed {
        return None;
    }
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    if digits != 2 || b.get(2).is_some_and(|c| c.is_ascii_alphanumeric()) {
        return None;
    }
    if tokens > 3 && !closed {
        let next = t[2..]
            .trim_start_matches(|c: char| !c.is_ascii_alphanumeric())
            .split(|c: char| !c.is_ascii_alphanumeric())
            .next()
            .unwrap_or("");
        if !CARRY_ON.contains(&next) {
            return None;
        }
    }
    t[..2].parse().ok().filter(|n| (10..=79).contains(n))
}

/// Position of a code in `Code::ALL`.
pub fn code_index(c: Code) -> usize {
    Code::ALL.iter().position(|&x| x == c).unwrap_or(0)
}

/// Grooming-stage codes (the rest are recruitment tactics).
pub fn is_grooming(c: Code) -> bool {
    matches!(
        c,
        Code::AgeProbe
            | Code::ComplimentsTrust
            | Code::RiskAssessment
            | Code::Exclusivity
            | Code::PhotoRequest
            | Code::SexualTalk
            | Code::Meeting
    )
}

/// Tactics of exploitation: an offer, money or debt, control, advertising,
/// a threat. One of them alone corroborates a conversation's warning
/// ([`ConversationState::corroborated`]).
pub fn is_exploitation(c: Code) -> bool {
    matches!(
        c,
        Code::JobOffer
            | Code::MoneyGiftsDebt
            | Code::Control
            | Code::CommercialSex
            | Code::Sextortion
    )
}

/// Names of the conversation model's features, in index order.
pub fn conversation_feature_names() -> Vec<String> {
    let mut names: Vec<String> = ["msg:max", "msg:top3", "msg:last", "msg:recent"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    names.extend(Code::ALL.iter().map(|c| format!("conv:{}", c.as_str())));
    names.extend(
        [
            "conv:distinct_codes",
            "conv:grooming_codes",
            "conv:recruitment_codes",
            "conv:minor_stated",
            "conv:adult_stated",
            "conv:adult_and_minor",
            "conv:minor_and_grooming",
            "conv:minor_and_recruitment",
            "conv:off_platform_entities",
            "conv:money_entities",
            "conv:benign_context",
            "conv:messages",
            "conv:one_sided",
            "conv:age_gap",
            "conv:age_gap_contact",
        ]
        .map(String::from),
    );
    names.extend(Code::ALL.iter().map(|c| format!("recent:{}", c.as_str())));
    names.push("recent:distinct_codes".into());
    names
}

/// Running state of one conversation; produces the conversation features
/// after each message.
#[derive(Debug, Clone, Default)]
pub struct ConversationState {
    /// Messages seen.
    pub messages: u32,
    /// Accumulated (capped) weight per code.
    pub code_weight: [f32; Code::ALL.len()],
    /// The same from cues in words only ([`MessageCues::worded_weight`]).
    worded_weight: [f32; Code::ALL.len()],
    /// Weight per code, decayed per message ([`RECENT_KEEP`], or
    /// [`QUIET_KEEP`] over a quiet one): how concentrated the cues are now,
    /// where `code_weight` only grows.
    recent_weight: [f32; Code::ALL.len()],
    /// Top-3 message probabilities so far.
    top: [f32; 3],
    last: f32,
    /// Exponential moving average of the message probabilities (the last
    /// ~10 messages that say something, decayed as `recent_weight`): a
    /// whole-conversation mean would let a long benign stretch dilute what
    /// happens now.
    recent: f32,
    minor_stated: bool,
    adult_stated: bool,
    off_platform: u32,
    money: u32,
    /// Benign-context spans, decayed per message (recent context only).
    suppressions: f32,
    /// Message counts per sender (first four senders only).
    senders: Vec<(String, u32)>,
    /// Youngest and oldest age each of those senders stated of themselves
    /// (same order as `senders`; 0 = none stated).
    sender_ages: Vec<(u8, u8)>,
    /// Per sender (same order): the offer indicators of its recent messages.
    sender_offer: Vec<OfferWindow>,
    /// The sender of the previous message, if it asked an age.
    age_asked_by: Option<String>,
    /// Index of the first message that carried any cue.
    pub first_cue: Option<u32>,
    /// Whether the message-model features are filled in (stacking on).
    pub stack_message_model: bool,
}

/// Messages of a conversation over which one sender's offer indicators
/// count together ([`OfferWindow`]).
pub const OFFER_WINDOW: u32 = 8;

/// One sender's offer indicators ([`lurewatch_text::offer`]) over the
/// conversation's last [`OFFER_WINDOW`] messages.
#[derive(Debug, Clone, Default)]
struct OfferWindow {
    /// Per family: the conversation's message number (from 1) where the
    /// sender last showed it; 0 never.
    seen: [u32; lurewatch_text::Family::ALL.len()],
    /// The profile has been made (by one message or several).
    made: bool,
}

impl OfferWindow {
    /// Notes message number `now`'s families; true when the families of the
    /// window make the profile for the first time and no single message
    /// made it (a message that does carries its own job-offer cue).
    fn note(&mut self, bits: OfferBits, now: u32) -> bool {
        if self.made {
            return false;
        }
        if bits.is_profile() {
            self.made = true;
            return false;
        }
        let mut union = OfferBits::default();
        if bits.0 == 0 && self.seen.iter().all(|&s| s == 0) {
            // Nothing shown, now or before (most messages): the union is empty.
            self.made = union.is_profile();
            return self.made;
        }
        for (f, seen) in self.seen.iter_mut().enumerate() {
            if bits.0 & (1 << f) != 0 {
                *seen = now;
            }
            if *seen > 0 && now - *seen < OFFER_WINDOW {
                union.0 |= 1 << f;
            }
        }
        self.made = union.is_profile();
        self.made
    }
}

impl ConversationState {
    /// An empty state; `stack` = fill in the message-model features.
    pub fn new(stack: bool) -> ConversationState {
        ConversationState {
            stack_message_model: stack,
            ..ConversationState::default()
        }
    }

    /// Whether an adult marker from `sender` would count now: another
    /// sender has stated a minor's age and `sender` has stated none. (A
    /// marker said before the child's age is not counted; looking for
    /// markers only here keeps the search off nearly every message.)
    pub fn may_use_adult_marker(&self, sender: &str) -> bool {
        let mut minor_elsewhere = false;
        for ((name, _), &(young, _)) in self.senders.iter().zip(&self.sender_ages) {
            if name == sender {
                if young > 0 {
                    return false;
                }
            } else if young > 0 && young <= MINOR_MAX_AGE {
                minor_elsewhere = true;
            }
        }
        minor_elsewhere
    }

    /// Folds one message in.
    pub fn push(&mut self, sender: &str, cues: &MessageCues, message_prob: f32) {
        let adult_marker = cues.adult_marker && self.may_use_adult_marker(sender);
        if cues.has_cue() && self.first_cue.is_none() {
            self.first_cue = Some(self.messages);
        }
        self.messages += 1;
        let keep = if cues.has_cue() || cues.suppressions > 0 {
            RECENT_KEEP
        } else {
            QUIET_KEEP
        };
        for i in 0..Code::ALL.len() {
            let w = cues.code_weight[i];
            self.code_weight[i] = (self.code_weight[i] + w).min(3.0 * CODE_CAP);
            self.worded_weight[i] =
                (self.worded_weight[i] + cues.worded_weight[i]).min(3.0 * CODE_CAP);
            let recent = &mut self.recent_weight[i];
            *recent = (keep * *recent + w).min(3.0 * CODE_CAP);
            if *recent < 0.01 {
                *recent = 0.0;
            }
        }
        // Keep the three largest message probabilities.
        let mut p = message_prob;
        for t in &mut self.top {
            if p > *t {
                std::mem::swap(&mut p, t);
            }
        }
        self.last = message_prob;
        self.recent = if self.messages == 1 {
            message_prob
        } else {
            keep * self.recent + (1.0 - keep) * message_prob
        };
        // A bare number answering someone else's age question is an age.
        let answered = cues.bare_number.filter(|_| {
            self.age_asked_by
                .as_deref()
                .is_some_and(|asker| asker != sender)
        });
        let stated_age = cues.stated_age.or(answered);
        self.age_asked_by =
            (cues.code_weight[code_index(Code::AgeProbe)] > 0.0).then(|| sender.to_string());
        if let Some(age) = stated_age {
            if age <= MINOR_MAX_AGE {
                self.minor_stated = true;
            } else {
                self.adult_stated = true;
            }
        }
        let ent = |k: EntityKind| {
            cues.entities[ENTITY_FEATURES
                .iter()
                .position(|(e, _)| *e == k)
                .unwrap_or(0)] as u32
        };
        self.off_platform += ent(EntityKind::App)
            + ent(EntityKind::Phone)
            + ent(EntityKind::Handle)
            + ent(EntityKind::Url);
        self.money += ent(EntityKind::Payment) + ent(EntityKind::GiftCard) + ent(EntityKind::Money);
        self.suppressions = keep * self.suppressions + f32::from(cues.suppressions);
        if self.suppressions < 0.01 {
            self.suppressions = 0.0;
        }
        let at = if let Some(i) = self.senders.iter().position(|(s, _)| s == sender) {
            self.senders[i].1 += 1;
            Some(i)
        } else if self.senders.len() < 4 {
            self.senders.push((sender.to_string(), 1));
            self.sender_ages.push((0, 0));
            self.sender_offer.push(OfferWindow::default());
            Some(self.senders.len() - 1)
        } else {
            None
        };
        // An offer told over several messages: the sender's indicators of
        // its last few messages together make the profile one message's
        // would (`OfferBits::is_profile`), once per sender.
        if let Some(w) = at.and_then(|i| self.sender_offer.get_mut(i))
            && w.note(cues.offer, self.messages)
        {
            let i = code_index(Code::JobOffer);
            let add = lurewatch_text::OFFER_PROFILE_WEIGHT;
            self.code_weight[i] = (self.code_weight[i] + add).min(3.0 * CODE_CAP);
            self.worded_weight[i] = (self.worded_weight[i] + add).min(3.0 * CODE_CAP);
            self.recent_weight[i] = (self.recent_weight[i] + add).min(3.0 * CODE_CAP);
        }
        if let (Some(ages), Some(age)) = (at.and_then(|i| self.sender_ages.get_mut(i)), stated_age)
        {
            note_age(ages, age);
        }
        // An adult marker counts for the age gap only, and only for a
        // sender who states no age.
        if adult_marker
            && let Some(ages) = at.and_then(|i| self.sender_ages.get_mut(i))
            && ages.0 == 0
        {
            *ages = (0, ADULT_MARKER_AGE);
        }
        // "ur 13": the one other person is a minor (in a two-person state;
        // with more, whom it is said of is not known).
        if let Some(age) = cues.addressed_minor_age {
            self.minor_stated = true;
            let mut others = (0..self.senders.len()).filter(|&i| self.senders[i].0 != sender);
            if let (Some(other), None) = (others.next(), others.next())
                && let Some(ages) = self.sender_ages.get_mut(other)
            {
                note_age(ages, age);
            }
        }
    }

    /// Whether the cues so far corroborate one another enough for the
    /// conversation to warn: cues of two tactics, or of one tactic of
    /// exploitation (an offer, money or debt, control, advertising, a
    /// threat), or any tactic in a conversation between a stated minor and
    /// a sender [`AGE_GAP_YEARS`] or more older. A tactic counts from
    /// [`CORROBORATING_WEIGHT`] of cue weight in words: one phrase, not one
    /// heart — nor three fire emoji (🔥 is an advertising cue of weight 0.5
    /// and in every other chat message too).
    /// One grooming-stage cue, a trouble shared, an isolating remark or
    /// "just you and me" alone is what friends, family and partners say
    /// too (on the outside benign chat corpus every conversation the
    /// model flagged had at most one such cue, one none at all): it is no
    /// evidence a reviewer could act on.
    pub fn corroborated(&self) -> bool {
        let mut tactics = 0;
        for (&c, &w) in Code::ALL.iter().zip(&self.worded_weight) {
            if w < CORROBORATING_WEIGHT {
                continue;
            }
            if is_exploitation(c) {
                return true;
            }
            tactics += 1;
        }
        tactics >= 2 || (tactics == 1 && self.age_gap())
    }

    /// One sender stated a minor's age and another an age at least
    /// [`AGE_GAP_YEARS`] older (an adult's, or an older teen's: groomers
    /// often claim to be 16 or 17).
    pub fn age_gap(&self) -> bool {
        self.widest_age_gap().is_some()
    }

    /// The older side of an age gap ([`ConversationState::age_gap`]): of the
    /// pairs of senders in which one stated a minor's age and the other an
    /// age at least [`AGE_GAP_YEARS`] above it, the older one of the widest.
    pub fn age_gap_elder(&self) -> Option<&str> {
        let (_, elder) = self.widest_age_gap()?;
        self.senders.get(elder).map(|(s, _)| s.as_str())
    }

    /// `(years, index of the older sender)` of the widest age gap between
    /// a sender's stated minor age and another sender's stated age.
    fn widest_age_gap(&self) -> Option<(u8, usize)> {
        let ages = &self.sender_ages;
        ages.iter()
            .enumerate()
            .filter(|&(_, &(young, _))| young > 0 && young <= MINOR_MAX_AGE)
            .flat_map(|(i, &(young, _))| {
                ages.iter()
                    .enumerate()
                    .filter(move |&(j, &(_, old))| {
                        j != i && old >= young.saturating_add(AGE_GAP_YEARS)
                    })
                    .map(move |(j, &(_, old))| (old - young, j))
            })
            .max()
    }

    /// Codes with accumulated weight.
    pub fn codes(&self) -> impl Iterator<Item = Code> + '_ {
        Code::ALL
            .iter()
            .zip(&self.code_weight)
            .filter(|&(_, &w)| w > 0.0)
            .map(|(&c, _)| c)
    }

    /// The conversation features (dense, index order of
    /// [`conversation_feature_names`]).
    pub fn write_features(&self, out: &mut Vec<(u32, f32)>) {
        out.clear();
        // Written straight into `out`, zeros left out (most code weights
        // are zero: no logarithm, no entry).
        let mut i = 0u32;
        let mut put = |x: f32| {
            if x != 0.0 && x.is_finite() {
                out.push((i, x));
            }
            i += 1;
        };
        let ln1p = |w: f32| if w > 0.0 { (1.0 + w).ln() } else { 0.0 };
        if self.stack_message_model {
            put(self.top[0]);
            put((self.top[0] + self.top[1] + self.top[2]) / 3.0);
            put(self.last);
            put(self.recent);
        } else {
            (0..4).for_each(|_| put(0.0));
        }
        let (mut distinct, mut grooming, mut recruitment) = (0u32, 0u32, 0u32);
        let mut contact = false;
        for (&c, &w) in Code::ALL.iter().zip(&self.code_weight) {
            put(ln1p(w));
            if w > 0.0 {
                distinct += 1;
                contact |= is_contact_code(c);
                if is_grooming(c) {
                    grooming += 1;
                } else {
                    recruitment += 1;
                }
            }
        }
        let b = |x: bool| if x { 1.0 } else { 0.0 };
        put(distinct as f32 / 6.0);
        put(grooming as f32 / 4.0);
        put(recruitment as f32 / 4.0);
        put(b(self.minor_stated));
        put(b(self.adult_stated));
        put(b(self.minor_stated && self.adult_stated));
        put(b(self.minor_stated && grooming > 0));
        put(b(self.minor_stated && recruitment > 0));
        put(ln1p(self.off_platform as f32));
        put(ln1p(self.money as f32));
        put(ln1p(self.suppressions));
        // Length saturates: real chats run to thousands of messages, and
        // risk does not fall because a conversation is long.
        put(ln1p(self.messages.min(LENGTH_CAP) as f32) / 3.0);
        let one_sided = self.senders.len() <= 1 && self.messages >= 3;
        put(b(one_sided));
        let gap = self.age_gap();
        put(b(gap));
        put(b(gap && contact));
        let mut recent_distinct = 0u32;
        for &w in &self.recent_weight {
            put(ln1p(w));
            recent_distinct += u32::from(w >= 0.25);
        }
        put(recent_distinct as f32 / 6.0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_talk_fades_a_cue_more_slowly_than_talk_that_says_something() {
        let secrecy = code_index(Code::Secrecy);
        let mut cue = MessageCues::default();
        cue.code_weight[secrecy] = 2.0;
        let context = MessageCues {
            suppressions: 1,
            ..MessageCues::default()
        };
        let quiet = MessageCues::default();
        let after = |next: &MessageCues| {
            let mut st = ConversationState::new(true);
            st.push("a", &cue, 0.9);
            for _ in 0..10 {
                st.push("b", next, 0.1);
            }
            (st.recent_weight[secrecy], st.recent)
        };
        let (w_quiet, p_quiet) = after(&quiet);
        let (w_context, p_context) = after(&context);
        assert!(
            (w_quiet - 2.0 * QUIET_KEEP.powi(10)).abs() < 1e-4,
            "{w_quiet}"
        );
        assert!(
            (w_context - 2.0 * RECENT_KEEP.powi(10)).abs() < 1e-4,
            "{w_context}"
        );
        assert!(p_quiet > p_context, "{p_quiet} {p_context}");
        // What accumulates over the conversation does not fade at all.
        let mut st = ConversationState::new(true);
        st.push("a", &cue, 0.9);
        (0..50).for_each(|_| st.push("b", &quiet, 0.1));
        assert_eq!(st.code_weight[secrecy], 2.0);
    }

    #[test]
    fn bare_numbers() {
        for (text, want) in [
            ("13", Some(13)),
            ("13 lol", Some(13)),
            ("15?", Some(15)),
            ("15 why", Some(15)),
            ("haha ya 13. how old r u", Some(13)),
            ("lol yeah 14", Some(14)),
            ("ok 15", Some(15)),
            ("omg 20 people came to the party lol", None),
            ("haha lol ya 13", None),
            ("7", None),
            ("130", None),
            ("13th", None),
            ("13 is my lucky number ok", None),
            ("23 but i dont act like it haha", Some(23)),
            ("15 minutes and i will be there", None),
            ("20 people came to the party lol", None),
            ("14 lol why do u ask so much", Some(14)),
            (
                "13. my sister is 16 tho she uses my phone sometimes",
                Some(13),
            ),
            ("yeah 15, why do u ask so many questions lol", Some(15)),
            ("10.5 miles from here is the lake where we go", None),
            ("yeah 14", Some(14)),
            ("nah 15", Some(15)),
            ("ya", None),
            ("99", None),
            ("", None),
            ("١٣", None),
        ] {
            let tokens = text.split_whitespace().count();
            assert_eq!(bare_number(text, tokens), want, "{text}");
        }
        for (text, want) in [
            ("7th", Some(12)),
            ("9th grade", Some(14)),
            ("in 8th", Some(13)),
            ("12th lol", Some(17)),
            ("1st", Some(6)),
            ("13th", None),
            ("7", None),
            ("7thh", None),
            ("7th grade and i love it", None),
            ("7 ano", Some(12)),
            ("7o ano", Some(12)),
            ("7mo", Some(12)),
            ("8 grado", Some(13)),
            ("7. klasse", Some(12)),
            ("7 anos", None),
            ("7 apples", None),
            ("7.5", None),
            ("ya 8th", Some(13)),
            ("yeah, 7th grade", Some(12)),
            ("yay 8th", None),
            ("", None),
        ] {
            let tokens = text.split_whitespace().count();
            assert_eq!(bare_grade(text, tokens), want, "{text}");
        }
    }

    proptest::proptest! {
        /// A text without a digit has no bare number or grade (so
        /// `MessageCues::from_analysis` skips reading them there).
        #[test]
        fn no_digit_no_bare_number(
            lead in proptest::sample::select(vec!["", "ya ", "haha ya ", "in ", "ok ", "yeah, "]),
            rest in "[a-z ,.!?]{0,30}",
        ) {
            let text = format!("{lead}{rest}");
            for tokens in [1, 3, 9] {
                proptest::prop_assert_eq!(bare_number(&text, tokens), None);
                proptest::prop_assert_eq!(bare_grade(&text, tokens), None);
            }
        }
    }

    /// [`OfferWindow::note`] without its shortcut for a window that has seen nothing.
    fn note_long(w: &mut OfferWindow, bits: OfferBits, now: u32) -> bool {
        if w.made {
            return false;
        }
        if bits.is_profile() {
            w.made = true;
            return false;
        }
        let mut union = OfferBits::default();
        for (f, seen) in w.seen.iter_mut().enumerate() {
            if bits.0 & (1 << f) != 0 {
                *seen = now;
            }
            if *seen > 0 && now - *seen < OFFER_WINDOW {
                union.0 |= 1 << f;
            }
        }
        w.made = union.is_profile();
        w.made
    }

    proptest::proptest! {
        /// The offer window's shortcut for "nothing shown" changes nothing.
        #[test]
        fn offer_window_shortcut_equals_the_loop(
            seq in proptest::collection::vec(
                proptest::prop_oneof![3 => proptest::strategy::Just(0u16), 1 => 0u16..(1 << 11)],
                0..24,
            ),
        ) {
            let (mut a, mut b) = (OfferWindow::default(), OfferWindow::default());
            for (i, &bits) in seq.iter().enumerate() {
                let now = i as u32 + 1;
                proptest::prop_assert_eq!(
                    a.note(OfferBits(bits), now),
                    note_long(&mut b, OfferBits(bits), now)
                );
                proptest::prop_assert_eq!((a.seen, a.made), (b.seen, b.made));
            }
        }
    }

    #[test]
    fn adult_markers() {
        for text in [
            "nice im in college lol",
            "i m a college student",
            "haha when i was your age",
            "my wife is asleep",
            "i got my own apartment",
            "estoy en la universidad",
            "ich studiere in berlin",
        ] {
            assert!(adult_marker(text), "{text}");
        }
        for text in [
            "my mom is in college",
            "im going to college next year",
            "what age group is it",
            "my wifi is down",
            "my kidney hurts",
        ] {
            assert!(!adult_marker(text), "{text}");
        }
    }

    /// The state after `turns` (sender, text), message model off.
    fn state_after(
        analyzer: &mut lurewatch_text::Analyzer,
        turns: &[(&str, &str)],
    ) -> ConversationState {
        let mut st = ConversationState::new(false);
        for (who, text) in turns {
            let a = analyzer.analyze(text);
            st.push(who, &MessageCues::from_analysis(&a), 0.0);
        }
        st
    }

    #[test]
    fn an_offer_told_over_several_messages_is_a_job_offer_once() {
        let mut analyzer = lurewatch_text::Analyzer::with_default_lexicons().unwrap();
        let mut job_offer = |turns: &[(&str, &str)]| {
            state_after(&mut analyzer, turns).code_weight[code_index(Code::JobOffer)]
        };
        // Pay and lodging, no papers needed, the ticket paid back: each
        // message alone is an honest post's wording.
        let pitch = [
            (
                "a",
                "the job is in a bar in the city, salary 2500 euros per month",
            ),
            ("b", "ok and where do i live"),
            (
                "a",
                "you get an apartment there, the ticket is paid by us too",
            ),
            ("b", "i dont speak the language"),
            (
                "a",
                "no problem, no experience and no english needed for this work",
            ),
            (
                "a",
                "the ticket you pay back from your first paychecks, its normal",
            ),
        ];
        let w = job_offer(&pitch);
        assert!(w >= lurewatch_text::OFFER_PROFILE_WEIGHT, "{w}");
        // Once per sender: repeating the pitch adds nothing more.
        let twice: Vec<_> = pitch.iter().chain(pitch.iter()).copied().collect();
        assert_eq!(job_offer(&twice), w);
        // The same words split between two people make no profile.
        let split: Vec<_> = pitch
            .iter()
            .enumerate()
            .map(|(i, &(_, t))| (if i % 2 == 0 { "a" } else { "b" }, t))
            .collect();
        assert_eq!(job_offer(&split), 0.0);
        // Nor do they spread over more than the window's messages.
        let mut spread: Vec<(&str, &str)> = Vec::new();
        for &(who, text) in pitch.iter().filter(|(who, _)| *who == "a") {
            spread.push((who, text));
            for _ in 0..OFFER_WINDOW {
                spread.push(("b", "ok"));
            }
        }
        assert_eq!(job_offer(&spread), 0.0);
    }

    #[test]
    fn one_everyday_tactic_alone_is_not_corroborated() {
        let mut analyzer = lurewatch_text::Analyzer::with_default_lexicons().unwrap();
        let mut corroborated =
            |turns: &[(&str, &str)]| state_after(&mut analyzer, turns).corroborated();
        // One grooming-stage or everyday tactic, however often: no.
        assert!(!corroborated(&[("a", "you seem down today, whats up?")]));
        assert!(!corroborated(&[
            ("a", "you seem down"),
            ("b", "my parents are fighting again"),
            ("a", "im sorry ❤️"),
        ]));
        assert!(!corroborated(&[("a", "just you and me this weekend 😍")]));
        assert!(!corroborated(&[("a", "hi"), ("b", "hey")]));
        // Emoji never corroborate, however many: fire is an advertising
        // code (weight 0.5) and everyday chat; roses, cherries, crowns too.
        assert!(!corroborated(&[
            ("a", "that fit 🔥🔥🔥"),
            ("b", "🔥🔥 thank uuu"),
            ("a", "🌹🌹 for u"),
        ]));
        assert!(!corroborated(&[
            ("a", "you seem down"),
            ("a", "👑👑 u got this")
        ]));
        // Two tactics, or one tactic of exploitation: yes.
        assert!(corroborated(&[
            ("a", "you seem down"),
            ("a", "dont tell anyone we talk"),
        ]));
        assert!(corroborated(&[("a", "i'll keep your passport for safety")]));
        assert!(corroborated(&[("a", "you owe me for the phone")]));
        // An age asked and the parents' whereabouts: two grooming stages.
        assert!(corroborated(&[
            ("a", "how old r u"),
            ("b", "13"),
            ("a", "are your parents home?"),
        ]));
        // A writer's own adult age is no tactic: two adults getting
        // acquainted do not corroborate; an age asked still does.
        assert!(!corroborated(&[
            ("a", "im 35, just moved here"),
            ("b", "welcome! add me on snap, same name"),
        ]));
        assert!(corroborated(&[
            ("a", "how old r u"),
            ("b", "add me on snap"),
        ]));
        // Ages alone: only between a stated minor and someone years older.
        assert!(corroborated(&[("b", "im 13"), ("a", "im 31")]));
        assert!(!corroborated(&[("b", "im 13"), ("a", "im 14")]));
    }

    #[test]
    fn quoted_lines_do_not_corroborate() {
        let mut analyzer = lurewatch_text::Analyzer::with_default_lexicons().unwrap();
        let mut corroborated =
            |turns: &[(&str, &str)]| state_after(&mut analyzer, turns).corroborated();
        // A podcast's or a news item's quoted lines are reported speech.
        assert!(!corroborated(&[
            (
                "a",
                "the host read the logs: \"dont tell anyone we talk\" and \"are your parents home\""
            ),
            (
                "b",
                "and then \u{201C}i'll keep your passport for safety\u{201D} wow"
            ),
        ]));
        // The same lines as the writer's own words corroborate.
        assert!(corroborated(&[
            ("a", "dont tell anyone we talk"),
            ("a", "are your parents home"),
        ]));
        // Scare quotes around a word or two are the writer's own words.
        assert!(corroborated(&[("a", "you \"owe me\" for the phone")]));
    }

    #[test]
    fn an_age_gap_needs_two_senders_years_apart() {
        let mut analyzer = lurewatch_text::Analyzer::with_default_lexicons().unwrap();
        let run = |turns: &[(&str, &str)], analyzer: &mut lurewatch_text::Analyzer| {
            let mut st = ConversationState::new(false);
            for (who, text) in turns {
                let a = analyzer.analyze(text);
                let mut cues = MessageCues::from_analysis(&a);
                cues.note_adult_marker(a.normalized.as_str());
                st.push(who, &cues, 0.0);
            }
            let mut out = Vec::new();
            st.write_features(&mut out);
            let names = conversation_feature_names();
            let at = |n: &str| {
                let i = names.iter().position(|x| x == n).unwrap() as u32;
                out.iter().find(|(j, _)| *j == i).map_or(0.0, |(_, v)| *v)
            };
            (st.age_gap(), at("conv:age_gap"), at("conv:age_gap_contact"))
        };
        // (turns, (gap, conv:age_gap, conv:age_gap_contact))
        type Case<'a> = (&'a [(&'a str, &'a str)], (bool, f32, f32));
        let cases: &[Case] = &[
            // a/s/l answers from two people: a minor and an adult
            (
                &[("a", "asl"), ("b", "14/f/ohio"), ("a", "31 m")],
                (true, 1.0, 0.0),
            ),
            // a bare number answering an age question is an age; unasked,
            // or answering oneself, it is not
            (
                &[("a", "how old r u"), ("b", "13"), ("a", "im 30")],
                (true, 1.0, 0.0),
            ),
            (
                &[("a", "hey"), ("b", "13"), ("a", "im 30")],
                (false, 0.0, 0.0),
            ),
            // asked back: the number that answers "14 u" is an age too
            (
                &[("a", "whats ur age"), ("b", "14 u"), ("a", "19 lol")],
                (true, 1.0, 0.0),
            ),
            // an adult telling the other person their age ("cuz ur 14
            // silly"); asked, it is not known
            (
                &[("a", "im 35"), ("b", "lol"), ("a", "cuz ur 14 silly")],
                (true, 1.0, 0.0),
            ),
            (
                &[("a", "im 35"), ("b", "lol"), ("a", "r u 14?")],
                (false, 0.0, 0.0),
            ),
            (
                &[("a", "im 35"), ("b", "lol"), ("a", "wait ur 14?")],
                (false, 0.0, 0.0),
            ),
            // an age asked in a message of its own, as random chats do
            (
                &[("a", "age?"), ("b", "13"), ("a", "cool im 32")],
                (true, 1.0, 0.0),
            ),
            (
                &[("a", "how old?"), ("b", "14"), ("a", "im 29")],
                (true, 1.0, 0.0),
            ),
            (
                &[("a", "what age group is it"), ("b", "13"), ("a", "im 30")],
                (false, 0.0, 0.0),
            ),
            (
                &[("b", "how old r u"), ("b", "13"), ("a", "im 30")],
                (false, 0.0, 0.0),
            ),
            // with a contact code
            (
                &[
                    ("a", "asl"),
                    ("b", "14 f"),
                    ("a", "31 m"),
                    ("a", "dont tell ur parents"),
                ],
                (true, 1.0, 1.0),
            ),
            // an older teen counts too
            (
                &[
                    ("a", "asl"),
                    ("b", "13 f"),
                    ("a", "17 m"),
                    ("a", "r ur parents home"),
                ],
                (true, 1.0, 1.0),
            ),
            // an answer that carries on ("13 but almost 14") to a question
            // that closes a longer message ("u look young how old")
            (
                &[
                    ("a", "nice. u look young how old"),
                    ("b", "13 but almost 14"),
                    ("a", "cool cool. im 29 lol hope thats ok"),
                ],
                (true, 1.0, 0.0),
            ),
            // a school grade, given as one's own or answering "what grade"
            (
                &[("a", "what grade r u in"), ("b", "7th"), ("a", "im 24")],
                (true, 1.0, 0.0),
            ),
            (
                &[("b", "im in 8th grade lol"), ("a", "cool im 30")],
                (true, 1.0, 0.0),
            ),
            (
                &[("a", "my son is in 8th grade"), ("b", "im 30")],
                (false, 0.0, 0.0),
            ),
            // an adult who never states an age but speaks as one
            (
                &[
                    ("a", "what grade are u in"),
                    ("b", "7th"),
                    ("a", "nice im in college lol"),
                    ("a", "dont tell ur parents"),
                ],
                (true, 1.0, 1.0),
            ),
            (
                &[
                    ("b", "im 13"),
                    ("a", "haha when i was ur age i hated school"),
                ],
                (true, 1.0, 0.0),
            ),
            // a marker before the child's age is not counted
            (
                &[
                    ("a", "im in college lol"),
                    ("b", "im 13"),
                    ("a", "dont tell ur parents"),
                ],
                (false, 0.0, 0.0),
            ),
            // a marker does not make a minor of the other side, and a
            // stated age overrides it
            (
                &[("a", "im in college"), ("b", "same lol")],
                (false, 0.0, 0.0),
            ),
            (
                &[("b", "im 16"), ("a", "im in college"), ("a", "jk im 17")],
                (false, 0.0, 0.0),
            ),
            // peers, one sender stating two ages, adults only
            (&[("a", "im 17"), ("b", "19 m")], (false, 0.0, 0.0)),
            (
                &[("a", "im 14"), ("b", "15 m"), ("a", "add me on snap")],
                (false, 0.0, 0.0),
            ),
            (
                &[
                    ("a", "im 14"),
                    ("a", "jk im 30"),
                    ("b", "dont tell ur parents"),
                ],
                (false, 0.0, 0.0),
            ),
            (
                &[("a", "25 f"), ("b", "41 m"), ("a", "dont tell ur parents")],
                (false, 0.0, 0.0),
            ),
        ];
        for (turns, want) in cases {
            assert_eq!(run(turns, &mut analyzer), *want, "{turns:?}");
        }
        // The older side of the gap is the one under suspicion, whoever
        // wrote more of the cues.
        let mut st = ConversationState::new(false);
        for (who, text) in [
            ("kid", "asl"),
            ("man", "age?"),
            (
                "kid",
                "14/f/ohio, my parents are never home, dont tell anyone",
            ),
            ("man", "31 m"),
        ] {
            st.push(
                who,
                &MessageCues::from_analysis(&analyzer.analyze(text)),
                0.0,
            );
        }
        assert_eq!(st.age_gap_elder(), Some("man"));
        // also when he first claimed the child's age
        st.push(
            "man",
            &MessageCues::from_analysis(&analyzer.analyze("im 14")),
            0.0,
        );
        assert_eq!(st.age_gap_elder(), Some("man"));
        assert_eq!(ConversationState::new(false).age_gap_elder(), None);
    }

    #[test]
    fn feature_vectors_match_their_names() {
        let mut analyzer = lurewatch_text::Analyzer::with_default_lexicons().unwrap();
        let a = analyzer.analyze(
            "im 14f. add me on snap, dont tell your parents, i can pay you $200 in gift cards",
        );
        let cues = MessageCues::from_analysis(&a);
        assert_eq!(cues.stated_age, Some(14));
        assert!(cues.has_cue());
        let mut out = Vec::new();
        cues.write_message_features(&mut out);
        let n = message_feature_names().len() as u32;
        assert!(out.iter().all(|&(i, v)| i < n && v.is_finite()));
        let mut st = ConversationState::new(true);
        st.push("a", &cues, 0.9);
        st.push("b", &MessageCues::default(), 0.1);
        st.write_features(&mut out);
        let n = conversation_feature_names().len() as u32;
        assert!(out.iter().all(|&(i, v)| i < n && v.is_finite()));
        assert!(st.first_cue == Some(0));
    }

    #[test]
    fn long_benign_stretches_neither_dilute_nor_inflate_the_state() {
        let mut analyzer = lurewatch_text::Analyzer::with_default_lexicons().unwrap();
        let cue =
            MessageCues::from_analysis(&analyzer.analyze("add me on snap, dont tell your parents"));
        let plain = MessageCues::from_analysis(&analyzer.analyze("lol ok"));
        assert!(cue.has_cue() && !plain.has_cue());
        let names = conversation_feature_names();
        let at = |st: &ConversationState, name: &str| {
            let i = names.iter().position(|n| n == name).unwrap() as u32;
            let mut v = Vec::new();
            st.write_features(&mut v);
            v.iter().find(|x| x.0 == i).map_or(0.0, |x| x.1)
        };
        // The same risky exchange after 40 and after 300 benign messages:
        // the recency features and the length do not see the difference.
        let mut short = ConversationState::new(true);
        let mut long = ConversationState::new(true);
        for (st, n) in [(&mut short, 40), (&mut long, 300)] {
            for k in 0..n {
                st.push(if k % 2 == 0 { "a" } else { "b" }, &plain, 0.05);
            }
            st.push("a", &cue, 0.9);
            st.push("b", &plain, 0.1);
        }
        for name in [
            "msg:recent",
            "recent:off_platform",
            "recent:secrecy",
            "recent:distinct_codes",
            "conv:messages",
            "conv:benign_context",
        ] {
            assert!((at(&short, name) - at(&long, name)).abs() < 1e-3, "{name}");
        }
        assert!(at(&long, "recent:off_platform") > 0.0);
        // Length saturates at LENGTH_CAP messages.
        let mut capped = ConversationState::new(true);
        for _ in 0..LENGTH_CAP {
            capped.push("a", &plain, 0.05);
        }
        assert_eq!(at(&capped, "conv:messages"), at(&long, "conv:messages"));
        // Cue concentration fades once the cues stop (slowly over small
        // talk: QUIET_KEEP per message).
        for _ in 0..250 {
            short.push("a", &plain, 0.05);
        }
        assert_eq!(at(&short, "recent:off_platform"), 0.0);
        assert!(at(&short, "conv:off_platform") > 0.0);
    }
}
