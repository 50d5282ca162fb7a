//! Indicators of a deceptive job offer that count only together.
//!
//! An honest job post names its pay, says no experience is needed or that
//! housing is provided; a recruiter for sexual exploitation writes the same
//! words, in any order, with a lure beside them: young women only, photos of
//! the body, travel advanced against wages. Word lists cannot follow every
//! wording of "Flight, visa, accommodation ALL PAID by company" or "cazare
//! și transport asigurate", but the **families** of indicators that UNODC,
//! Polaris and the DHS Blue Campaign list can be found word by word and
//! counted: [`OfferBits::is_profile`] is the rule that three of them, one an
//! offer and one a lure, make a job-offer cue.
//!
//! The phrases are data (`data/lexicon/offer_indicators.tsv`), normalised
//! like messages and matched as whole words on the normalised text.

use aho_corasick::{AhoCorasick, MatchKind};

use crate::lexicon::LexiconError;
use crate::normalize::{Normalized, normalize};

/// A family of offer indicators.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum Family {
    /// Pay named: a salary, "per month", an amount of money.
    Pay = 0,
    /// A flight, ticket, visa or lodging named …
    Travel = 1,
    /// … and something said to be paid, covered or free.
    Covered = 2,
    /// No experience, language, papers or interview needed.
    NoRequirements = 3,
    /// Young women or looks asked for ("girls 18-25", "slim").
    Women = 4,
    /// Men named too ("girls and guys"): the post is not for women only.
    Men = 5,
    /// Photos of the body asked for ("full body", "in a swimsuit").
    Photos = 6,
    /// Costs advanced against wages, a debt ("deducted from your salary").
    Debt = 7,
    /// Work abroad.
    Abroad = 8,
    /// Contact moved to a messaging app or a phone (from the lexicon's
    /// off-platform cues; no phrase of this file).
    Contact = 9,
    /// Words of a news item, a warning or an awareness post ("police",
    /// "scam", "victims"): such a message quotes the pitch, and never makes
    /// the profile.
    Report = 10,
}

impl Family {
    const NAMED: [(&'static str, Family); 10] = [
        ("pay", Family::Pay),
        ("travel", Family::Travel),
        ("covered", Family::Covered),
        ("no_requirements", Family::NoRequirements),
        ("women", Family::Women),
        ("men", Family::Men),
        ("photos", Family::Photos),
        ("debt", Family::Debt),
        ("abroad", Family::Abroad),
        ("report", Family::Report),
    ];

    /// Every family, in bit order.
    pub const ALL: [Family; 11] = [
        Family::Pay,
        Family::Travel,
        Family::Covered,
        Family::NoRequirements,
        Family::Women,
        Family::Men,
        Family::Photos,
        Family::Debt,
        Family::Abroad,
        Family::Contact,
        Family::Report,
    ];

    fn parse(s: &str) -> Option<Family> {
        Self::NAMED.iter().find(|(n, _)| *n == s).map(|&(_, f)| f)
    }

    /// The family's bit in [`OfferBits`].
    pub const fn bit(self) -> u16 {
        1 << self as u8
    }
}

/// The indicator families found (a bit per [`Family`]).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct OfferBits(pub u16);

impl OfferBits {
    /// Whether `family` was found.
    pub fn has(self, family: Family) -> bool {
        self.0 & family.bit() != 0
    }

    /// Adds a family.
    pub fn set(&mut self, family: Family) {
        self.0 |= family.bit();
    }

    /// The families of both.
    pub fn union(self, other: OfferBits) -> OfferBits {
        OfferBits(self.0 | other.0)
    }

    /// The rule: at least three families, at least one an offer (pay, costs
    /// covered — a trip or lodging named beside "paid" or "free" — work
    /// abroad, a debt) and at least one a lure (women only, photos of the
    /// body, a debt). Women count only when men are not named as well; a
    /// news item's or a warning's words rule the profile out.
    pub fn is_profile(self) -> bool {
        if self.has(Family::Report) {
            return false;
        }
        let costs = self.has(Family::Travel) && self.has(Family::Covered);
        let women = self.has(Family::Women) && !self.has(Family::Men);
        let offer =
            self.has(Family::Pay) || costs || self.has(Family::Abroad) || self.has(Family::Debt);
        let lure = women || self.has(Family::Photos) || self.has(Family::Debt);
        let count = [
            self.has(Family::Pay),
            costs,
            self.has(Family::NoRequirements),
            women,
            self.has(Family::Photos),
            self.has(Family::Debt),
            self.has(Family::Abroad),
            self.has(Family::Contact),
        ]
        .iter()
        .filter(|&&b| b)
        .count();
        offer && lure && count >= 3
    }
}

/// One phrase of the indicator file.
#[derive(Debug, Clone, PartialEq)]
pub struct OfferPhrase {
    /// Its family.
    pub family: Family,
    /// Language column.
    pub lang: String,
    /// The phrase as written.
    pub phrase: String,
    /// 1-based line in the file.
    pub line: usize,
}

/// An indicator found: its family and its span in the normalised text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OfferHit {
    /// Family.
    pub family: Family,
    /// Index into [`OfferMatcher::phrases`].
    pub phrase: u32,
    /// Normalised start byte.
    pub start: usize,
    /// Normalised end byte.
    pub end: usize,
}

/// The shipped indicator file.
pub const DEFAULT_OFFER_INDICATORS: &str =
    include_str!("../../../data/lexicon/offer_indicators.tsv");

/// Parses an indicator file: `family<TAB>lang<TAB>phrase[<TAB>note]`, a
/// header line, `#` comments and blank lines.
pub fn offer_phrases_from_tsv(text: &str) -> Result<Vec<OfferPhrase>, LexiconError> {
    let mut out = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = i + 1;
        let l = raw.trim_end_matches('\r');
        if l.trim().is_empty() || l.starts_with('#') || (line == 1 && l.starts_with("family\t")) {
            continue;
        }
        let bad = |message: String| LexiconError::BadLine {
            source_name: "offer_indicators.tsv".into(),
            line,
            message,
        };
        let mut cols = l.split('\t');
        let (Some(family), Some(lang), Some(phrase)) = (cols.next(), cols.next(), cols.next())
        else {
            return Err(bad("expected family, lang and phrase columns".into()));
        };
        let family = Family::parse(family.trim())
            .ok_or_else(|| bad(format!("unknown indicator family {family:?}")))?;
        if phrase.trim().is_empty() {
            return Err(bad("empty phrase".into()));
        }
        out.push(OfferPhrase {
            family,
            lang: lang.trim().to_string(),
            phrase: phrase.trim().to_string(),
            line,
        });
    }
    Ok(out)
}

/// Messages shorter than this many words are not read for offer
/// indicators: a post or a pitch is longer than a chat line, and most chat
/// messages are far shorter (the corpus's average is under five words).
pub const MIN_TOKENS: usize = 6;

/// Compiled indicator phrases.
#[derive(Debug, Clone)]
pub struct OfferMatcher {
    phrases: Vec<OfferPhrase>,
    ac: AhoCorasick,
    /// Per automaton pattern (a distinct normalised phrase): the families
    /// it belongs to and the first phrase it came from.
    keys: Vec<(OfferBits, u32)>,
}

impl OfferMatcher {
    /// Compiles phrases (each normalised as a message is). A phrase listed
    /// in two families ("we advance": costs covered, and a debt) counts for
    /// both.
    pub fn new(phrases: Vec<OfferPhrase>) -> Result<OfferMatcher, LexiconError> {
        let mut index: std::collections::HashMap<String, usize> = Default::default();
        let mut patterns: Vec<String> = Vec::new();
        let mut keys: Vec<(OfferBits, u32)> = Vec::new();
        for (i, p) in phrases.iter().enumerate() {
            let n: Normalized = normalize(&p.phrase);
            let key = n.as_str().trim();
            if key.is_empty() {
                return Err(LexiconError::BadLine {
                    source_name: "offer_indicators.tsv".into(),
                    line: p.line,
                    message: format!("phrase {:?} normalises to nothing", p.phrase),
                });
            }
            let k = *index.entry(key.to_string()).or_insert_with(|| {
                patterns.push(key.to_string());
                keys.push((OfferBits::default(), i as u32));
                keys.len() - 1
            });
            keys[k].0.set(p.family);
        }
        // Leftmost-longest: "no experience needed" is one indicator, not
        // "no experience" and then nothing; one pass, no overlaps to sort.
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .build(&patterns)
            .map_err(|e| LexiconError::Build(e.to_string()))?;
        Ok(OfferMatcher { phrases, ac, keys })
    }

    /// The shipped indicators.
    pub fn default_matcher() -> Result<OfferMatcher, LexiconError> {
        Self::new(offer_phrases_from_tsv(DEFAULT_OFFER_INDICATORS)?)
    }

    /// The compiled phrases.
    pub fn phrases(&self) -> &[OfferPhrase] {
        &self.phrases
    }

    /// Finds the indicators in a normalised text, at word boundaries: the
    /// first hit of each family (a family counts once). Returns the families.
    pub fn find(&self, text: &str, hits: &mut Vec<OfferHit>) -> OfferBits {
        hits.clear();
        let mut bits = OfferBits::default();
        let b = text.as_bytes();
        let word = |c: u8| c.is_ascii_alphanumeric() || c >= 0x80;
        for m in self.ac.find_iter(text) {
            let (s, e) = (m.start(), m.end());
            if (s > 0 && word(b[s - 1])) || (e < b.len() && word(b[e])) {
                continue;
            }
            let (families, phrase) = self.keys[m.pattern().as_usize()];
            let new = families.0 & !bits.0;
            if new == 0 {
                continue;
            }
            bits.0 |= new;
            for f in Family::ALL {
                if new & f.bit() != 0 {
                    hits.push(OfferHit {
                        family: f,
                        phrase,
                        start: s,
                        end: e,
                    });
                }
            }
        }
        if !bits.has(Family::Women)
            && let Some((s, e)) = age_range(b)
        {
            bits.set(Family::Women);
            hits.push(OfferHit {
                family: Family::Women,
                phrase: u32::MAX,
                start: s,
                end: e,
            });
        }
        bits
    }
}

/// A young adult age range as job posts write it ("18-25", "18 - 22",
/// "18 a 25", "18-25 ani"): the first age 16–21, the second 19–35 and
/// larger. Returns its span.
fn age_range(b: &[u8]) -> Option<(usize, usize)> {
    let two = |i: usize| -> Option<u32> {
        let (x, y) = (*b.get(i)?, *b.get(i + 1)?);
        (x.is_ascii_digit() && y.is_ascii_digit())
            .then(|| u32::from(x - b'0') * 10 + u32::from(y - b'0'))
    };
    let digit_at = |i: usize| b.get(i).is_some_and(|c| c.is_ascii_digit());
    // Only a `1` or a `2` can start the first age: skip to the next one.
    let starts = b
        .iter()
        .enumerate()
        .filter(|&(_, &c)| c == b'1' || c == b'2')
        .map(|(i, _)| i);
    for i in starts {
        if i + 4 >= b.len() {
            break;
        }
        if (i > 0 && digit_at(i - 1)) || digit_at(i + 2) {
            continue;
        }
        if let Some(lo) = two(i).filter(|lo| (16..=21).contains(lo)) {
            let mut j = i + 2;
            while b.get(j) == Some(&b' ') {
                j += 1;
            }
            let sep = match b.get(j) {
                Some(b'-') | Some(b'/') => 1,
                Some(b'a') | Some(b'y') if b.get(j + 1) == Some(&b' ') => 1,
                _ => 0,
            };
            if sep > 0 {
                j += sep;
                while b.get(j) == Some(&b' ') {
                    j += 1;
                }
                if let Some(hi) = two(j)
                    && !digit_at(j + 2)
                    && (19..=35).contains(&hi)
                    && hi > lo
                {
                    return Some((i, j + 2));
                }
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bits(text: &str) -> OfferBits {
        let m = OfferMatcher::default_matcher().expect("shipped indicators compile");
        let n = normalize(text);
        let mut hits = Vec::new();
        m.find(n.as_str(), &mut hits)
    }

    #[test]
    fn the_shipped_file_parses_and_every_phrase_survives_normalising() {
        let phrases = offer_phrases_from_tsv(DEFAULT_OFFER_INDICATORS).unwrap();
        assert!(phrases.len() > 300);
        OfferMatcher::new(phrases).unwrap();
    }

    #[test]
    fn bad_lines_name_their_line() {
        let e = offer_phrases_from_tsv("family\tlang\tphrase\npay\ten\n").unwrap_err();
        assert!(e.to_string().contains(":2:"), "{e}");
        let e = offer_phrases_from_tsv("wages\ten\tsalary\n").unwrap_err();
        assert!(e.to_string().contains("unknown indicator family"), "{e}");
        // A phrase of nothing but a zero-width space normalises to nothing.
        let p = offer_phrases_from_tsv("pay\ten\t\u{200b}\n").unwrap();
        assert!(OfferMatcher::new(p).is_err());
    }

    #[test]
    fn recruitment_posts_in_several_languages_make_the_profile() {
        for post in [
            "HOSTESS JOBS urgently need girls 18-25, slim. $4500/month. Flight, visa, accommodation ALL PAID by company. No experience needed",
            "Căutăm fete 18-25 ani, câștig 2500€/lună, cazare și transport asigurate, fără experiență",
            "Buscamos chicas sin experiencia para trabajar en España, pasaje pagado, sueldo 3000 euros al mes",
            "Wir suchen junge Frauen ohne Erfahrung, Flug und Unterkunft werden bezahlt, Verdienst 4000 Euro",
            "The ticket we advance, you pay back from your first paychecks, send a full body photo",
        ] {
            assert!(bits(post).is_profile(), "{post}: {:?}", bits(post));
        }
    }

    #[test]
    fn honest_posts_and_chat_do_not() {
        for text in [
            // Pay, no experience, housing provided: no lure.
            "Now hiring kitchen staff, no experience needed, we train you, $15 per hour, staff housing provided",
            // Girls and guys: not for women only.
            "promo staff wanted, girls and guys 18-25, no experience, €14 per hour",
            "the girls had a great day, free ice cream and we paid for the tickets",
            "can you lend me 20 euros, ill pay you back friday",
            // News and warnings quote the pitch.
            "Police arrested five people who recruited young women abroad with flights paid and salaries of 3000 euros",
            "La policía detuvo a una red que captaba chicas con falsas ofertas en el extranjero, pasaje pagado y sueldo de 2000 euros",
            "lol ok",
        ] {
            assert!(!bits(text).is_profile(), "{text}: {:?}", bits(text));
        }
    }

    #[test]
    fn age_ranges() {
        assert!(age_range(b"girls 18-25 wanted").is_some());
        assert!(age_range(b"girls 18 - 22").is_some());
        assert!(age_range(b"chicas de 18 a 25").is_some());
        assert!(age_range(b"18 y 24 anos").is_some());
        assert!(age_range(b"call 555-0118-25").is_none());
        assert!(age_range(b"on 2018-2025").is_none());
        assert!(age_range(b"score 21-18").is_none());
        assert!(age_range(b"").is_none());
        assert!(age_range(b"18-2").is_none());
    }

    #[test]
    fn matches_are_whole_words() {
        // "salaryman", "freedom" and "tickets" inside other words do not count.
        let b = bits("freedom of the salaryman");
        assert!(!b.has(Family::Pay) && !b.has(Family::Covered), "{b:?}");
    }
}
