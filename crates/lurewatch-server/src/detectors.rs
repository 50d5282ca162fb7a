//! The detectors the pipeline runs on each event, producing typed signals.
//! Pure CPU: no I/O; state (conversations, behaviour) is owned by the
//! caller (the pipeline thread).

use std::collections::{HashMap, VecDeque};
use std::sync::{Mutex, PoisonError};

use base64::Engine as _;
use lurewatch_behaviour::{BehaviourConfig, BehaviourTracker, Observation};
use lurewatch_core::Signal;
use lurewatch_core::event::{Attachment, MessageEvent, ProfileEvent};
use lurewatch_detect::{ChatScan, Detector, DetectorModel, MessageRead};
use lurewatch_match::{Bank, IndexKind, Matcher, SignalType, SignalValue, should_query_with};
use lurewatch_media::{Limits, hash_media};
use lurewatch_pdq::{Dihedral, Hash256, Hasher};

/// Known-image matching against the loaded banks.
pub struct MediaDetector {
    matcher: Matcher,
    banks: Vec<Bank>,
    limits: Limits,
    min_quality: u8,
}

impl MediaDetector {
    /// Builds the index over `banks`.
    pub fn new(
        banks: Vec<Bank>,
        limits: Limits,
    ) -> Result<MediaDetector, lurewatch_match::MatchError> {
        let matcher = Matcher::build(&banks, IndexKind::Flat)?;
        Ok(MediaDetector {
            matcher,
            banks,
            limits,
            min_quality: lurewatch_match::QUALITY_THRESHOLD,
        })
    }

    /// The matcher (for enable/disable without rebuild).
    pub fn matcher(&self) -> &Matcher {
        &self.matcher
    }

    /// Entries across all banks.
    pub fn len(&self) -> usize {
        self.banks.iter().map(Bank::len).sum()
    }

    /// True when no bank holds an entry.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn hit(
        &self,
        media_id: &str,
        entry: u32,
        distance: u32,
        transform: Dihedral,
        ty: &str,
    ) -> Signal {
        let r = self.matcher.locate(entry);
        let bank = &self.banks[r.bank];
        let e = &bank.entries()[r.index];
        Signal::MediaMatch {
            media_id: media_id.to_string(),
            bank: bank.name().to_string(),
            entry: u64::from(entry),
            signal_type: ty.to_string(),
            distance,
            transform: transform.name().to_string(),
            label: e.meta.label.clone(),
        }
    }

    /// Signals for one attachment: inline bytes are decoded and hashed (all
    /// 8 rotations and flips searched); precomputed hashes are looked up.
    pub fn detect(&self, a: &Attachment, hasher: &mut Hasher, out: &mut Vec<Signal>) {
        let id = a.media_id.as_str();
        let mut exact: Vec<SignalValue> = Vec::new();
        if let Some(b64) = &a.content_base64 {
            match base64::engine::general_purpose::STANDARD.decode(b64.as_bytes()) {
                Err(_) => out.push(Signal::MediaError {
                    media_id: id.into(),
                    reason: "content_base64 is not valid base64".into(),
                }),
                Ok(bytes) => match hash_media(&bytes, &self.limits, true, hasher) {
                    Err(e) => out.push(Signal::MediaError {
                        media_id: id.into(),
                        reason: e.to_string(),
                    }),
                    Ok(h) => {
                        exact.push(SignalValue::Md5(h.digests.md5));
                        exact.push(SignalValue::Sha256(h.digests.sha256));
                        if let Some(all) = h.dihedral
                            && should_query_with(all.quality, self.min_quality)
                        {
                            for hit in self
                                .matcher
                                .search_dihedral(&[all.hashes], lurewatch_match::MATCH_THRESHOLD)
                            {
                                out.push(self.hit(
                                    id,
                                    hit.entry,
                                    hit.distance,
                                    hit.transform,
                                    "pdq",
                                ));
                            }
                        }
                    }
                },
            }
        }
        if let Some(p) = &a.pdq
            && let Ok(h) = Hash256::from_hex(p)
            && a.pdq_quality
                .is_none_or(|q| should_query_with(q, self.min_quality))
        {
            for hit in self
                .matcher
                .search_pdq(&[h], lurewatch_match::MATCH_THRESHOLD)
            {
                out.push(self.hit(id, hit.entry, hit.distance, Dihedral::Original, "pdq"));
            }
        }
        if let Some(m) = &a.md5
            && let Ok(v) = SignalValue::parse_hex(SignalType::Md5, m)
        {
            exact.push(v);
        }
        if let Some(s) = &a.sha256
            && let Ok(v) = SignalValue::parse_hex(SignalType::Sha256, s)
        {
            exact.push(v);
        }
        exact.dedup();
        for v in &exact {
            let ty = match v {
                SignalValue::Md5(_) => "md5",
                SignalValue::Sha256(_) => "sha256",
                SignalValue::Pdq(_) => "pdq",
            };
            for e in self.matcher.lookup_exact(v) {
                out.push(self.hit(id, e, 0, Dihedral::Original, ty));
            }
        }
    }
}

/// Message texts up to this many bytes are read on the request's own
/// worker (under a millisecond); longer ones (up to the API's 64 KiB) on
/// the blocking pool (reading takes about 0.4 µs a byte).
pub const READ_INLINE_MAX_BYTES: usize = 2048;

/// Idle readers kept for reuse (more are forked when needed).
const MAX_IDLE_READERS: usize = 8;

/// The stateless half of the text detector — normalisation, entities,
/// lexicon evidence and the message model — run where the request is
/// handled, before the event queues for the store. The decision thread
/// then only folds each read into its conversation's state, so the
/// pipeline's one serial step is short and the reading spreads over the
/// cores. Reads are the same whichever detector does them (one model,
/// shared lexicons); an event that turns out to be a retry wastes its read.
pub struct MessageReaders {
    inner: Mutex<Readers>,
}

struct Readers {
    template: Detector<'static>,
    idle: Vec<Detector<'static>>,
}

impl MessageReaders {
    /// Reads one message text.
    pub fn read(&self, text: &str) -> MessageRead {
        let mut reader = {
            let mut r = self.inner.lock().unwrap_or_else(PoisonError::into_inner);
            match r.idle.pop() {
                Some(d) => d,
                None => r.template.fork(),
            }
        };
        let read = reader.read_message(text);
        let mut r = self.inner.lock().unwrap_or_else(PoisonError::into_inner);
        if r.idle.len() < MAX_IDLE_READERS {
            r.idle.push(reader);
        }
        read
    }
}

/// Conversations kept in memory at most (oldest forgotten first).
pub const MAX_CONVERSATIONS: usize = 1_000_000;

/// The text and behaviour detector with its running state.
pub struct ConversationDetector {
    detector: Detector<'static>,
    /// Keyed by platform conversation ids: a hasher seeded per process
    /// (foldhash's random state), not a fixed one an attacker could collide.
    conversations: HashMap<String, ChatScan, foldhash::fast::RandomState>,
    order: VecDeque<String>,
    tracker: BehaviourTracker,
}

impl ConversationDetector {
    /// Over a model that lives for the rest of the process.
    pub fn new(
        model: &'static DetectorModel,
    ) -> Result<ConversationDetector, lurewatch_detect::DetectError> {
        Ok(ConversationDetector {
            detector: Detector::new(model)?,
            conversations: HashMap::default(),
            order: VecDeque::new(),
            tracker: BehaviourTracker::new(BehaviourConfig::default()),
        })
    }

    /// Readers of message text for other threads, sharing this detector's
    /// model and compiled lexicons.
    pub fn readers(&self) -> MessageReaders {
        MessageReaders {
            inner: Mutex::new(Readers {
                template: self.detector.fork(),
                idle: Vec::new(),
            }),
        }
    }

    /// Signals for one message: conversation risk (with this message's
    /// evidence), a stated age, and the sender's behaviour when notable.
    /// `read` is the message's text read beforehand by [`MessageReaders`]
    /// (else it is read here): the signals are the same either way.
    pub fn on_message(
        &mut self,
        m: &MessageEvent,
        read: Option<MessageRead>,
        ts: i64,
        out: &mut Vec<Signal>,
    ) {
        if m.text.is_empty() {
            return;
        }
        if !self.conversations.contains_key(&m.conversation) {
            if self.conversations.len() >= MAX_CONVERSATIONS
                && let Some(old) = self.order.pop_front()
            {
                self.conversations.remove(&old);
            }
            self.order.push_back(m.conversation.clone());
            self.conversations
                .insert(m.conversation.clone(), ChatScan::default());
        }
        let chat = self
            .conversations
            .get_mut(&m.conversation)
            .expect("inserted above");
        // Keep server-side evidence small: the stored event has the text.
        chat.clear_evidence();
        // In a group, the message answers the one recipient it names.
        let addressed = match m.recipients.as_slice() {
            [one] => Some(one.as_str()),
            _ => None,
        };
        let outcome = match read {
            Some(read) => {
                chat.observe_read(&mut self.detector, &m.sender, addressed, &m.text, read)
            }
            None => chat.observe(&mut self.detector, &m.sender, addressed, &m.text),
        };
        let analysis = self.detector.analysis();
        let evidence: Vec<(usize, usize, String)> = analysis
            .evidence
            .iter()
            .map(|e| (e.start, e.end, e.code.as_str().to_string()))
            .collect();
        let riskiest = chat.riskiest();
        out.push(Signal::ConversationRisk {
            conversation: m.conversation.clone(),
            score: outcome.conversation_score,
            flagged: chat.first_flagged().is_some(),
            codes: riskiest
                .codes()
                .iter()
                .map(|c| c.as_str().to_string())
                .collect(),
            evidence,
            suspected_sender: riskiest.suspected_sender().map(str::to_string),
        });
        if let Some(age) = analysis
            .entities
            .iter()
            .filter_map(|e| e.age.as_ref())
            .find(|a| a.self_disclosed && !a.estimated)
        {
            out.push(Signal::Age {
                account: m.sender.clone(),
                age: age.years,
                source: "stated".into(),
            });
        }
        // A group message that names no one: the person it answered.
        let recipient = m.recipients.first().map(String::as_str).or(chat.answered());
        let obs = Observation::from_analysis(&m.sender, recipient, Some(ts / 1000), analysis);
        self.tracker.observe(&obs);
        if outcome.conversation_score >= 0.5
            && let Some(r) = recipient
        {
            self.tracker
                .note_conversation_risk(&m.sender, r, outcome.conversation_score);
        }
        if let Some(a) = self.tracker.notable_account(&m.sender) {
            out.push(Signal::AccountBehaviour {
                account: a.user,
                minors_contacted: a.minors_contacted,
                script_reuse: a.script_reuse,
                off_platform_conversations: a.off_platform_conversations,
                adult_minor_conversations: a.adult_minor_conversations,
                reasons: a.reasons,
            });
        }
    }

    /// A declared age (or birth year, against `now_year`) feeds the
    /// behaviour state and becomes a signal.
    pub fn on_profile(&mut self, p: &ProfileEvent, now_year: i32, out: &mut Vec<Signal>) {
        let age = p.declared_age.or_else(|| {
            p.birth_year
                .and_then(|y| u8::try_from(now_year - i32::from(y)).ok())
        });
        if let Some(age) = age {
            self.tracker.set_known_age(&p.account, age);
            out.push(Signal::Age {
                account: p.account.clone(),
                age,
                source: "declared".into(),
            });
        }
    }

    /// Conversations held in memory.
    pub fn conversations(&self) -> usize {
        self.conversations.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn detector() -> ConversationDetector {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../models/default");
        let model: &'static DetectorModel = Box::leak(Box::new(DetectorModel::load(&dir).unwrap()));
        ConversationDetector::new(model).unwrap()
    }

    /// A message of `conv` (no recipient when `to` is empty).
    fn message(conv: &str, sender: &str, to: &str, text: &str) -> MessageEvent {
        MessageEvent {
            conversation: conv.into(),
            sender: sender.into(),
            recipients: if to.is_empty() {
                vec![]
            } else {
                vec![to.into()]
            },
            text: text.into(),
            attachments: vec![],
            surface: Default::default(),
        }
    }

    /// Runs `(sender, recipient, text)` through one conversation; returns
    /// the last conversation-risk signal.
    fn run(d: &mut ConversationDetector, conv: &str, lines: &[(&str, &str, &str)]) -> Signal {
        let mut last = None;
        for (i, &(sender, to, text)) in lines.iter().enumerate() {
            let m = message(conv, sender, to, text);
            let mut out = Vec::new();
            d.on_message(&m, None, 1_000 * i as i64, &mut out);
            last = out
                .into_iter()
                .find(|s| matches!(s, Signal::ConversationRisk { .. }))
                .or(last);
        }
        last.expect("a conversation-risk signal")
    }

    /// (flagged, suspected sender) of a conversation-risk signal; the
    /// suspect only when flagged.
    fn verdict(s: &Signal) -> (bool, Option<&str>) {
        match s {
            Signal::ConversationRisk {
                flagged,
                suspected_sender,
                ..
            } => (*flagged, suspected_sender.as_deref().filter(|_| *flagged)),
            _ => unreachable!("{s:?}"),
        }
    }

    /// Messages read ahead by the readers (as the handler does) give the
    /// signals reading them on the decision thread gives: the risk, its
    /// evidence and codes, stated ages and account behaviour.
    #[test]
    fn reading_ahead_gives_the_same_signals() {
        let (mut here, mut ahead) = (detector(), detector());
        let readers = ahead.readers();
        let long = format!("{} add me on snap", "so much homework today ".repeat(200));
        let lines: [(&str, &str, &str); 8] = [
            ("g", "k", "hey how old r u"),
            ("k", "g", "im 13"),
            ("g", "k", "ur so mature for ur age, r ur parents home?"),
            ("g", "k", &long),
            ("k", "g", "ok whats ur snap"),
            ("g", "k", "dont tell anyone, i can send u robux"),
            ("x", "k", "hi k, is that u?"),
            ("g", "", "i can pick u up tonight"),
        ];
        let mut signals = 0;
        for (i, &(sender, to, text)) in lines.iter().enumerate() {
            let m = message("c", sender, to, text);
            let (mut a, mut b) = (Vec::new(), Vec::new());
            here.on_message(&m, None, 1_000 * i as i64, &mut a);
            ahead.on_message(&m, Some(readers.read(text)), 1_000 * i as i64, &mut b);
            assert_eq!(a, b, "message {i}");
            signals += a.len();
        }
        assert!(signals >= lines.len() + 2, "{signals}");
    }

    #[test]
    fn a_group_conversation_is_scored_per_participant() {
        let mut d = detector();
        // Three exchanges in one class group, each addressed: pooled, the
        // child's age, the adult's and the handle made an age gap.
        let class = run(
            &mut d,
            "class",
            &[
                ("t", "k", "did u finish the maths homework"),
                ("k", "t", "ya im 13 and its still too hard lol"),
                ("a", "b", "im 35, just moved here"),
                ("b", "a", "welcome! add me on snap, same name"),
                (
                    "c",
                    "d",
                    "are your parents home? i left my charger at yours",
                ),
                ("d", "c", "ya mom is home, come get it"),
                ("a", "b", "thanks, see u at the gym"),
                ("t", "k", "question 4 was the worst"),
            ],
        );
        assert_eq!(verdict(&class), (false, None), "{class:?}");
        // A groomer in a lobby, nothing addressed.
        let lobby = run(
            &mut d,
            "lobby",
            &[
                ("g", "", "hey how old r u"),
                ("x", "", "did u finish the maths homework"),
                ("k", "", "13"),
                ("y", "", "ya question 4 was hard"),
                ("g", "", "im 26. ur really mature for ur age"),
                ("k", "", "thx"),
                ("g", "", "r ur parents home rn?"),
                ("k", "", "no they work late"),
                ("g", "", "dont tell them about me ok, add me on snap"),
                ("x", "", "i got 12 for question 4"),
            ],
        );
        assert_eq!(verdict(&lobby), (true, Some("g")), "{lobby:?}");
        assert_eq!(d.conversations(), 2);
    }
}
