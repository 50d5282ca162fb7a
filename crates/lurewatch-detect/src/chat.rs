//! Chats with more than two participants.
//!
//! The conversation model reads a two-person exchange: one side's tactics
//! and the other side's answers. A group chat (a game lobby, a chat room, a
//! class or family group) pooled into one state adds up cues that belong
//! to different people — one asks ages, another shares a handle, a third
//! says "ur cute" — and an age gap between two people who never spoke to
//! each other. So a chat is read whole while it has two senders; when a
//! third speaks, each participant gets a *view*: the messages they sent and
//! the messages that answered them. A message answers the recipient it
//! names, if that is a participant, else a participant it names in its
//! text ("rose u single?"), else the last other person who spoke.
//! Each message goes into at most two views (its sender's and the one it
//! answers), and the chat's risk is that of its riskiest view, with that
//! view's evidence and suspect. A two-person chat scores exactly as before.

use crate::features::MessageCues;
use crate::{ConversationScan, Detector, MessageOutcome, MessageRead};

/// Participants given a view of their own in one chat; later newcomers'
/// messages still go into the view of whoever they answer.
pub const MAX_VIEWS: usize = 64;

/// Bytes of a group message searched for participants' names.
pub const MENTION_WINDOW: usize = 512;

/// Running scan state of one chat, two-person or group.
#[derive(Debug, Clone, Default)]
pub struct ChatScan {
    /// Every message, while there have been at most two senders.
    whole: ConversationScan,
    /// The first two senders.
    pair: Vec<String>,
    /// One view per participant once a third has spoken (the first two in
    /// `pair` order, so indices carry over).
    views: Vec<(String, ConversationScan)>,
    /// Who sent the previous message, and the last sender before that
    /// who was someone else (indices into `pair`, later `views`).
    last: Option<usize>,
    before_last: Option<usize>,
    /// Whom the latest message answered (same indices).
    answered: Option<usize>,
    messages: usize,
}

impl ChatScan {
    /// Whether a third participant has spoken.
    pub fn is_group(&self) -> bool {
        !self.views.is_empty()
    }

    /// Messages seen.
    pub fn messages(&self) -> usize {
        self.messages
    }

    /// The state that speaks for the chat: the whole chat for two people,
    /// else the view with the highest score (the earliest warned on a tie).
    pub fn riskiest(&self) -> &ConversationScan {
        self.riskiest_view()
            .map_or(&self.whole, |i| &self.views[i].1)
    }

    /// [`ChatScan::riskiest`], taken out of the chat (no copy of its
    /// evidence).
    pub fn into_riskiest(mut self) -> ConversationScan {
        match self.riskiest_view() {
            Some(i) => self.views.swap_remove(i).1,
            None => self.whole,
        }
    }

    /// Index of the riskiest view, if the chat is a group.
    fn riskiest_view(&self) -> Option<usize> {
        let warned = |s: &ConversationScan| s.first_flagged.unwrap_or(usize::MAX);
        self.views
            .iter()
            .enumerate()
            .max_by(|(_, (_, a)), (_, (_, b))| {
                a.max_score
                    .total_cmp(&b.max_score)
                    .then_with(|| warned(b).cmp(&warned(a)))
            })
            .map(|(i, _)| i)
    }

    /// The first message at which any view warned.
    pub fn first_flagged(&self) -> Option<usize> {
        if self.views.is_empty() {
            self.whole.first_flagged
        } else {
            self.views.iter().filter_map(|(_, v)| v.first_flagged).min()
        }
    }

    /// Forgets the evidence collected so far (a service that stores each
    /// message's evidence with the message keeps none in memory).
    pub fn clear_evidence(&mut self) {
        self.whole.evidence.clear();
        for (_, v) in &mut self.views {
            v.evidence.clear();
        }
    }

    /// The participant the latest message answered: the other person of a
    /// two-person chat, in a group the named recipient or the last other
    /// speaker. For logs that name no recipients (chat-room logs, many
    /// exports) this is who the sender was talking to.
    pub fn answered(&self) -> Option<&str> {
        let i = self.answered?;
        if self.views.is_empty() {
            self.pair.get(i).map(String::as_str)
        } else {
            self.views.get(i).map(|(p, _)| p.as_str())
        }
    }

    /// Highest score so far (of any view).
    pub fn max_score(&self) -> f32 {
        self.riskiest().max_score
    }

    /// Scores one more message. `recipient` is who it was addressed to,
    /// if the platform says (used in a group only when that is a
    /// participant). Returns the outcome of the riskier view it went into.
    pub fn observe(
        &mut self,
        detector: &mut Detector<'_>,
        sender: &str,
        recipient: Option<&str>,
        text: &str,
    ) -> MessageOutcome {
        let (cues, message_score) = detector.read(text);
        self.fold(detector, sender, recipient, text, &cues, message_score)
    }

    /// [`ChatScan::observe`] of a message already read
    /// ([`Detector::read_message`], perhaps on another thread by a
    /// [fork](Detector::fork) of `detector`): the same outcome and state.
    /// A message read over another model is read again here.
    pub fn observe_read(
        &mut self,
        detector: &mut Detector<'_>,
        sender: &str,
        recipient: Option<&str>,
        text: &str,
        read: MessageRead,
    ) -> MessageOutcome {
        let (cues, message_score) = match detector.adopt(read) {
            Some(adopted) => adopted,
            None => detector.read(text),
        };
        self.fold(detector, sender, recipient, text, &cues, message_score)
    }

    /// Folds the message `detector` read last into the chat's views.
    fn fold(
        &mut self,
        detector: &mut Detector<'_>,
        sender: &str,
        recipient: Option<&str>,
        text: &str,
        cues: &MessageCues,
        message_score: f32,
    ) -> MessageOutcome {
        let index = self.messages;
        self.messages += 1;
        if self.views.is_empty() {
            let at = match self.pair.iter().position(|p| p == sender) {
                Some(i) => Some(i),
                None if self.pair.len() < 2 => {
                    self.pair.push(sender.to_string());
                    Some(self.pair.len() - 1)
                }
                None => {
                    // A third person: both earlier sides have seen everything.
                    let whole = std::mem::take(&mut self.whole);
                    self.views = vec![
                        (self.pair[0].clone(), whole.clone()),
                        (self.pair[1].clone(), whole),
                    ];
                    None
                }
            };
            if let Some(at) = at {
                self.answered = (self.pair.len() == 2).then_some(1 - at);
                self.step(at);
                return detector.fold(&mut self.whole, sender, cues, message_score, index);
            }
        }
        let warned_before = self.first_flagged().is_some();
        let own = match self.views.iter().position(|(p, _)| p == sender) {
            Some(i) => Some(i),
            None if self.views.len() < MAX_VIEWS => {
                self.views
                    .push((sender.to_string(), ConversationScan::default()));
                Some(self.views.len() - 1)
            }
            None => None,
        };
        let answered = recipient
            .filter(|r| *r != sender)
            .and_then(|r| self.views.iter().position(|(p, _)| p == r))
            .or_else(|| self.mentioned(text, own))
            .or(if self.last == own {
                self.before_last
            } else {
                self.last
            })
            .filter(|&a| Some(a) != own);
        self.answered = answered;
        let mut best: Option<MessageOutcome> = None;
        for i in [own, answered].into_iter().flatten() {
            let o = detector.fold(&mut self.views[i].1, sender, cues, message_score, index);
            if best.is_none_or(|b| o.conversation_score > b.conversation_score) {
                best = Some(o);
            }
        }
        if let Some(own) = own {
            self.step(own);
        } else {
            self.last = None;
        }
        let mut outcome = best.unwrap_or(MessageOutcome {
            message_score,
            conversation_score: self.max_score(),
            newly_flagged: false,
        });
        outcome.newly_flagged = !warned_before && self.first_flagged().is_some();
        outcome
    }

    /// The participant a group message names (chat-room style "rose u
    /// single?", "@kai gg"): the earliest whole-word mention of another
    /// participant's name of at least three characters, ASCII case ignored,
    /// within the first [`MENTION_WINDOW`] bytes (a name addresses at the
    /// start; a megabyte message costs no more than a short one).
    fn mentioned(&self, text: &str, own: Option<usize>) -> Option<usize> {
        let hay = &text.as_bytes()[..text.len().min(MENTION_WINDOW)];
        let word = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
        self.views
            .iter()
            .enumerate()
            .filter(|&(i, (p, _))| Some(i) != own && p.len() >= 3)
            .filter_map(|(i, (p, _))| {
                let name = p.as_bytes();
                (0..=hay.len().checked_sub(name.len())?)
                    .find(|&at| {
                        hay[at..at + name.len()].eq_ignore_ascii_case(name)
                            && (at == 0 || !word(hay[at - 1]))
                            && hay.get(at + name.len()).is_none_or(|&b| !word(b))
                    })
                    .map(|at| (at, i))
            })
            .min()
            .map(|(_, i)| i)
    }

    /// Notes that participant `at` sent the latest message.
    fn step(&mut self, at: usize) {
        if self.last != Some(at) {
            self.before_last = self.last.replace(at);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::DetectorModel;

    fn shipped() -> DetectorModel {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../models/default");
        DetectorModel::load(&dir).unwrap()
    }

    fn counts(chat: &ChatScan) -> Vec<(&str, u32)> {
        chat.views
            .iter()
            .map(|(p, v)| (p.as_str(), v.messages()))
            .collect()
    }

    /// Reading messages on another thread with a fork and folding the
    /// reads changes nothing: outcomes, evidence, warnings and suspects
    /// equal those of observing the texts directly, for two-person chats
    /// and groups.
    #[test]
    fn folding_a_forks_reads_equals_observing() {
        use lurewatch_model::corpus::{ReadLimits, read_jsonl};
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/corpus");
        let model = shipped();
        let mut direct = Detector::new(&model).unwrap();
        let mut folder = direct.fork();
        let mut reader = folder.fork();
        let (mut groups, mut flagged, mut messages) = (0, 0, 0);
        for file in ["dev.jsonl", "probe5.jsonl"] {
            let r = std::io::BufReader::new(std::fs::File::open(root.join(file)).unwrap());
            for conv in read_jsonl(r, ReadLimits::default()).map(Result::unwrap) {
                let (mut a, mut b) = (ChatScan::default(), ChatScan::default());
                for m in &conv.messages {
                    let to = m.recipient.as_deref();
                    let oa = a.observe(&mut direct, &m.sender, to, &m.text);
                    let read = reader.read_message(&m.text);
                    let ob = b.observe_read(&mut folder, &m.sender, to, &m.text, read);
                    assert_eq!(oa, ob, "{} message {messages}", conv.id);
                    assert_eq!(direct.analysis(), folder.analysis());
                    messages += 1;
                }
                assert_eq!(a.first_flagged(), b.first_flagged());
                assert_eq!(a.riskiest().evidence, b.riskiest().evidence);
                assert_eq!(a.riskiest().codes(), b.riskiest().codes());
                assert_eq!(
                    a.riskiest().suspected_sender(),
                    b.riskiest().suspected_sender()
                );
                groups += usize::from(a.is_group());
                flagged += usize::from(a.first_flagged().is_some());
            }
        }
        assert!(
            groups >= 10 && flagged >= 100 && messages > 5000,
            "{groups} {flagged} {messages}"
        );
    }

    /// A read over another model is not trusted: the message is read again
    /// over the folding detector's own model.
    #[test]
    fn a_read_over_another_model_is_read_again() {
        let model = shipped();
        let other = shipped();
        let mut d = Detector::new(&model).unwrap();
        let mut elsewhere = Detector::new(&other).unwrap();
        let text = "i can get u a modelling job, add me on snap";
        let mut read = elsewhere.read_message(text);
        read.message_score = 0.123;
        let mut chat = ChatScan::default();
        let o = chat.observe_read(&mut d, "a", Some("b"), text, read);
        let mut fresh = ChatScan::default();
        assert_eq!(o, fresh.observe(&mut d, "a", Some("b"), text));
        assert_ne!(o.message_score, 0.123);
    }

    #[test]
    fn a_message_goes_to_its_sender_and_to_whom_it_answers() {
        let model = shipped();
        let mut d = Detector::new(&model).unwrap();
        let mut chat = ChatScan::default();
        let mut say = |chat: &mut ChatScan, who: &str, to: Option<&str>, text: &str| {
            chat.observe(&mut d, who, to, text);
        };
        say(&mut chat, "ann", None, "hello");
        assert_eq!(chat.answered(), None);
        say(&mut chat, "bob", None, "hello");
        assert_eq!(chat.answered(), Some("ann"));
        assert!(!chat.is_group());
        assert_eq!(chat.whole.messages(), 2);
        // A third sender: ann and bob keep what they saw; cat answers bob.
        say(&mut chat, "cat", None, "hello");
        assert!(chat.is_group());
        assert_eq!(counts(&chat), [("ann", 2), ("bob", 3), ("cat", 1)]);
        assert_eq!(chat.answered(), Some("bob"));
        // ann answers cat; ann again still answers cat, not herself.
        say(&mut chat, "ann", None, "hello");
        say(&mut chat, "ann", None, "hello");
        assert_eq!(counts(&chat), [("ann", 4), ("bob", 3), ("cat", 3)]);
        // A named recipient who is a participant wins over adjacency.
        say(&mut chat, "dan", Some("bob"), "hello");
        assert_eq!(
            counts(&chat),
            [("ann", 4), ("bob", 4), ("cat", 3), ("dan", 1)]
        );
        assert_eq!(chat.answered(), Some("bob"));
        // So does a name in the text, chat-room style.
        say(&mut chat, "cat", None, "lol ANN, u there?");
        assert_eq!(chat.answered(), Some("ann"));
        // A recipient who never spoke (the group's own id) does not count:
        // cat, speaking again, still answers dan, the last other speaker.
        say(&mut chat, "cat", Some("room"), "hello");
        assert_eq!(chat.answered(), Some("dan"));
        assert_eq!(
            counts(&chat),
            [("ann", 5), ("bob", 4), ("cat", 5), ("dan", 2)]
        );
        assert_eq!(chat.messages(), 8);
        // Names are whole words: "annual" does not name ann.
        say(&mut chat, "bob", None, "annual report due");
        assert_eq!(chat.answered(), Some("cat"));
    }

    #[test]
    fn a_two_person_chat_scores_as_one_conversation() {
        let model = shipped();
        let mut d = Detector::new(&model).unwrap();
        let lines = [
            ("a", "hey how old r u"),
            ("b", "13"),
            ("a", "im 24. ur really mature for ur age"),
            ("b", "thx"),
            ("a", "are ur parents home? dont tell anyone about me"),
            ("b", "no they work late"),
            ("a", "add me on snap, lets meet saturday"),
        ];
        let (mut chat, mut one) = (ChatScan::default(), ConversationScan::default());
        for (who, text) in lines {
            let got = chat.observe(&mut d, who, None, text);
            let want = d.observe(&mut one, who, text);
            assert_eq!(got, want, "{text}");
        }
        let r = chat.riskiest();
        assert_eq!(r.evidence, one.evidence);
        assert_eq!(r.first_flagged, one.first_flagged);
        assert_eq!(chat.first_flagged(), one.first_flagged);
        assert_eq!(r.suspected_sender(), one.suspected_sender());
        assert!(one.first_flagged.is_some(), "the example should warn");
    }

    #[test]
    fn the_most_views_are_bounded() {
        let model = shipped();
        let mut d = Detector::new(&model).unwrap();
        let mut chat = ChatScan::default();
        for i in 0..MAX_VIEWS + 40 {
            let who = format!("user{i}");
            chat.observe(&mut d, &who, None, "hi all");
            chat.observe(&mut d, &who, Some("user0"), "anyone here");
        }
        assert_eq!(chat.views.len(), MAX_VIEWS);
        assert_eq!(chat.messages(), 2 * (MAX_VIEWS + 40));
        // Late newcomers still reach the first user's view by name.
        assert!(chat.views[0].1.messages() as usize > MAX_VIEWS + 40);
    }

    #[test]
    fn hostile_group_input_is_bounded() {
        let model = shipped();
        let mut d = Detector::new(&model).unwrap();
        let mut chat = ChatScan::default();
        // Empty, huge and non-ASCII names, a megabyte message naming
        // someone past the searched window, bidi and zero-width characters.
        let huge = "n".repeat(10_000);
        let names = ["", "é", "\u{202e}kai", "kai\u{200d}", huge.as_str(), "bob"];
        for (i, who) in names.iter().cycle().take(58).enumerate() {
            chat.observe(&mut d, who, None, &format!("msg {i} to {}", names[i % 6]));
        }
        let big = format!("{} bob", "x ".repeat(500_000));
        chat.observe(&mut d, "", None, &big);
        // Not bob, named past the window: the last other speaker.
        assert_eq!(chat.answered(), Some("kai\u{200d}"));
        chat.observe(&mut d, "", Some(huge.as_str()), "hi");
        assert_eq!(chat.answered(), Some(huge.as_str()));
        assert_eq!(chat.views.len(), names.len());
        assert_eq!(chat.messages(), 60);
    }
}
