//! Dense features: per message (lexicon and entity cues, appended to the
//! message model's hashed n-grams) and per conversation prefix (what the
//! conversation model reads).

use lurewatch_text::{Analysis, Code, EntityKind};

/// Ages at or below this are minors.
pub const MINOR_MAX_AGE: u8 = 17;

/// Per-code weights are capped so one repeated cue can't dominate.
const CODE_CAP: f32 = 3.0;

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
    /// Entity counts in `ENTITY_FEATURES` order.
    pub entities: [u16; ENTITY_FEATURES.len()],
    /// Youngest self-disclosed age in the message, if any.
    pub stated_age: Option<u8>,
    /// Hard-negative (benign context) spans.
    pub suppressions: u16,
    /// Word tokens.
    pub tokens: usize,
}

impl MessageCues {
    /// Summarises an analysis.
    pub fn from_analysis(a: &Analysis) -> MessageCues {
        let mut m = MessageCues {
            tokens: a.token_count,
            ..MessageCues::default()
        };
        for e in &a.evidence {
            let i = code_index(e.code);
            // Benign-context spans are features of their own (`ctx:benign`,
            // `conv:benign_context`), not a discount: fraudulent offers
            // borrow real hiring language, and discounting cued messages
            // that carried it cost recall and precision on the dev set.
            m.code_weight[i] = (m.code_weight[i] + e.weight).min(CODE_CAP);
        }
        for e in &a.entities {
            if let Some(k) = ENTITY_FEATURES.iter().position(|(kind, _)| *kind == e.kind) {
                m.entities[k] = m.entities[k].saturating_add(1);
            }
            if let Some(age) = &e.age
                && age.self_disclosed
                && !age.estimated
            {
                m.stated_age = Some(m.stated_age.map_or(age.years, |y| y.min(age.years)));
            }
        }
        m.suppressions = a.suppressions.len().min(u16::MAX as usize) as u16;
        m
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

/// Names of the conversation model's features, in index order.
pub fn conversation_feature_names() -> Vec<String> {
    let mut names: Vec<String> = ["msg:max", "msg:top3", "msg:last", "msg:mean"]
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
        ]
        .map(String::from),
    );
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
    /// Top-3 message probabilities so far.
    top: [f32; 3],
    last: f32,
    prob_sum: f32,
    minor_stated: bool,
    adult_stated: bool,
    off_platform: u32,
    money: u32,
    suppressions: u32,
    /// Message counts per sender (first two senders only).
    senders: Vec<(String, u32)>,
    /// Index of the first message that carried any cue.
    pub first_cue: Option<u32>,
    /// Whether the message-model features are filled in (stacking on).
    pub stack_message_model: bool,
}

impl ConversationState {
    /// An empty state; `stack` = fill in the message-model features.
    pub fn new(stack: bool) -> ConversationState {
        ConversationState {
            stack_message_model: stack,
            ..ConversationState::default()
        }
    }

    /// Folds one message in.
    pub fn push(&mut self, sender: &str, cues: &MessageCues, message_prob: f32) {
        if cues.has_cue() && self.first_cue.is_none() {
            self.first_cue = Some(self.messages);
        }
        self.messages += 1;
        for (acc, &w) in self.code_weight.iter_mut().zip(&cues.code_weight) {
            *acc = (*acc + w).min(3.0 * CODE_CAP);
        }
        // Keep the three largest message probabilities.
        let mut p = message_prob;
        for t in &mut self.top {
            if p > *t {
                std::mem::swap(&mut p, t);
            }
        }
        self.last = message_prob;
        self.prob_sum += message_prob;
        if let Some(age) = cues.stated_age {
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
        self.suppressions += u32::from(cues.suppressions);
        if let Some((_, n)) = self.senders.iter_mut().find(|(s, _)| s == sender) {
            *n += 1;
        } else if self.senders.len() < 4 {
            self.senders.push((sender.to_string(), 1));
        }
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
        let mut v: Vec<f32> = Vec::with_capacity(48);
        if self.stack_message_model {
            v.push(self.top[0]);
            v.push((self.top[0] + self.top[1] + self.top[2]) / 3.0);
            v.push(self.last);
            v.push(self.prob_sum / self.messages.max(1) as f32);
        } else {
            v.extend([0.0; 4]);
        }
        v.extend(self.code_weight.iter().map(|&w| (1.0 + w).ln()));
        let (mut distinct, mut grooming, mut recruitment) = (0u32, 0u32, 0u32);
        for c in self.codes() {
            distinct += 1;
            if is_grooming(c) {
                grooming += 1;
            } else {
                recruitment += 1;
            }
        }
        let b = |x: bool| if x { 1.0 } else { 0.0 };
        v.push(distinct as f32 / 6.0);
        v.push(grooming as f32 / 4.0);
        v.push(recruitment as f32 / 4.0);
        v.push(b(self.minor_stated));
        v.push(b(self.adult_stated));
        v.push(b(self.minor_stated && self.adult_stated));
        v.push(b(self.minor_stated && grooming > 0));
        v.push(b(self.minor_stated && recruitment > 0));
        v.push((1.0 + self.off_platform as f32).ln());
        v.push((1.0 + self.money as f32).ln());
        v.push((1.0 + self.suppressions as f32).ln());
        v.push((1.0 + self.messages as f32).ln() / 3.0);
        let one_sided = self.senders.len() <= 1 && self.messages >= 3;
        v.push(b(one_sided));
        for (i, x) in v.into_iter().enumerate() {
            if x != 0.0 && x.is_finite() {
                out.push((i as u32, x));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
