//! lurewatch text layers 1 and 2.
//!
//! * Layer 1, [`normalize()`] (module [`mod@normalize`]): an adversarial-robust normaliser (NFKC-style compatibility
//!   folding, accents, invisible and bidi characters, homoglyphs, leetspeak, spaced-out and
//!   repeated letters, emoji → tokens, case) that keeps original byte offsets for every byte,
//!   plus typed [`entities`] (handles, phones, URLs, e-mail, payment, gift cards, apps, ages,
//!   money).
//! * Layer 2, [`lexicon`]: multilingual indicator lexicons (phrases, regexes, emoji) compiled
//!   into one Aho-Corasick automaton and one regex set, producing [`Evidence`] spans tagged with
//!   taxonomy [`Code`]s, and hard-negative [`Suppression`] spans.
//!
//! [`Analyzer`] runs both layers with reusable scratch buffers. Every offset it reports is a
//! byte offset into the ORIGINAL text (for [`Analyzer::analyze_bytes`], into the original
//! bytes).
//!
//! ```
//! use lurewatch_text::{Analyzer, Code};
//! let mut a = Analyzer::with_default_lexicons().unwrap();
//! let msg = "add me on sn4p, dont tell anyone";
//! let r = a.analyze(msg);
//! assert!(r.code_bits.contains(Code::OffPlatform));
//! assert!(r.code_bits.contains(Code::Secrecy));
//! for e in &r.evidence {
//!     let _span: &str = &msg[e.start..e.end];
//! }
//! ```

pub mod code;
mod emoji;
pub mod entities;
pub mod lexicon;
pub mod normalize;
pub mod offer;

use std::sync::Arc;

use serde::{Deserialize, Serialize};

pub use code::{Code, CodeSet};
pub use entities::{AgeInfo, Entity, EntityExtractor, EntityKind};
pub use lexicon::{
    Evidence, EvidenceSource, Filler, HardNegative, Lang, LexEntry, Lexicon, LexiconError,
    LexiconSet, Matcher, PatternKind, PhraseHints, Suppression, Variant,
};
pub use normalize::{Normalized, Normalizer, Skeleton, Token, normalize, skeletonize};
pub use offer::{Family, OfferBits, OfferHit, OfferMatcher};

/// Result of analysing one message. All offsets are original byte offsets.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    /// The normalised text with its offset map.
    pub normalized: Normalized,
    /// Number of word tokens in the normalised text.
    pub token_count: usize,
    /// Typed entities, sorted by start.
    pub entities: Vec<Entity>,
    /// Evidence spans, sorted by start.
    pub evidence: Vec<Evidence>,
    /// Hard-negative spans, sorted by start.
    pub suppressions: Vec<Suppression>,
    /// Union of the evidence codes.
    pub code_bits: CodeSet,
    /// Offer indicator families found ([`offer`]), the lexicon's off-platform
    /// and photo-request cues among them. Read only in messages of
    /// [`offer::MIN_TOKENS`] words or more; empty otherwise.
    #[serde(default)]
    pub offer: OfferBits,
    /// Passages of at least [`QUOTE_MIN_WORDS`] words between quotation marks
    /// (original byte ranges, in order): reported speech ("he said \"r u home
    /// alone\"", a news item quoting the pitch), not the writer's own words.
    #[serde(default)]
    pub quoted: Vec<std::ops::Range<usize>>,
}

/// Words a passage between quotation marks needs to count as quoted speech:
/// one or two are scare quotes around a euphemism ("massage", "roses"), which
/// an advertiser writes as their own words.
pub const QUOTE_MIN_WORDS: usize = 3;

/// Longest passage, in bytes, read as one quotation: a lone quotation mark
/// does not turn the rest of a long message into a quote.
const QUOTE_MAX_BYTES: usize = 400;

/// Appends to `out` the passages of `text` between quotation marks (straight
/// or curly double quotes, „low-high“, «guillemets», or single quotes that
/// open after a non-word character and close before one) of
/// [`QUOTE_MIN_WORDS`] words or more, as byte ranges including the marks.
pub fn quoted_passages(text: &str, out: &mut Vec<std::ops::Range<usize>>) {
    let b = text.as_bytes();
    let word_char = |c: char| c.is_alphanumeric() || c == '_';
    let mut i = 0;
    // Only the bytes a quotation mark begins with are looked at: `"`, `'`, and the lead
    // bytes of the curly quotes (0xE2) and the guillemets (0xC2), which are never
    // continuation bytes, so every stop is a char boundary.
    while let Some(k) = b[i..].iter().position(|&c| QUOTE_LEAD[usize::from(c)]) {
        i += k;
        let Some(c) = text[i..].chars().next() else {
            return;
        };
        let next = i + c.len_utf8();
        let close: &[char] = match c {
            '"' => &['"'],
            '\u{201C}' => &['\u{201D}', '\u{201C}'],
            '\u{201E}' => &['\u{201C}', '\u{201D}'],
            '\u{AB}' => &['\u{BB}'],
            // An apostrophe inside or after a word ("don't", "james'") opens nothing.
            '\'' | '\u{2018}' if !text[..i].chars().next_back().is_some_and(word_char) => {
                &['\'', '\u{2019}']
            }
            _ => {
                i = next;
                continue;
            }
        };
        let single = matches!(c, '\'' | '\u{2018}');
        let limit = (next + QUOTE_MAX_BYTES).min(text.len());
        let mut end = None;
        for (j, d) in text[next..].char_indices() {
            let j = next + j;
            if j >= limit {
                break;
            }
            if close.contains(&d) {
                // A single quote closes only before a non-word character ("it's" goes on).
                let after = text[j + d.len_utf8()..].chars().next();
                if single && after.is_some_and(word_char) {
                    continue;
                }
                end = Some((j, j + d.len_utf8()));
                break;
            }
        }
        i = next;
        let Some((body_end, end)) = end else {
            continue;
        };
        let words = text[next..body_end]
            .split_whitespace()
            .filter(|w| w.chars().any(word_char))
            .count();
        if words >= QUOTE_MIN_WORDS {
            out.push(i - c.len_utf8()..end);
            i = end;
        }
    }
}

/// The bytes [`quoted_passages`] stops at (`"`, `'`, 0xE2, 0xC2), as a table.
static QUOTE_LEAD: [bool; 256] = {
    let mut t = [false; 256];
    t[b'"' as usize] = true;
    t[b'\'' as usize] = true;
    t[0xE2] = true;
    t[0xC2] = true;
    t
};

impl Analysis {
    /// Whether the original byte range `start..end` lies inside a quoted passage.
    pub fn is_quoted(&self, start: usize, end: usize) -> bool {
        self.quoted.iter().any(|q| q.start <= start && end <= q.end)
    }

    fn clear(&mut self) {
        self.quoted.clear();
        self.token_count = 0;
        self.entities.clear();
        self.evidence.clear();
        self.suppressions.clear();
        self.code_bits = CodeSet::EMPTY;
        self.offer = OfferBits::default();
    }
}

/// Weight of evidence derived from entities (when no lexicon evidence of the same code
/// overlaps it).
fn entity_evidence(e: &Entity) -> Option<(Code, f32)> {
    Some(match e.kind {
        EntityKind::App => (Code::OffPlatform, 0.5),
        EntityKind::Phone => (Code::OffPlatform, 1.5),
        EntityKind::Handle => (Code::OffPlatform, 1.0),
        EntityKind::Email => (Code::OffPlatform, 0.5),
        EntityKind::Url => {
            let v = e.value.as_str();
            if [
                "t.me",
                "wa.me",
                "onlyfans",
                "snapchat.com",
                "kik.me",
                "discord.gg",
            ]
            .iter()
            .any(|d| v.contains(d))
            {
                (Code::OffPlatform, 1.5)
            } else {
                (Code::OffPlatform, 0.5)
            }
        }
        EntityKind::Payment => (Code::MoneyGiftsDebt, 1.0),
        EntityKind::GiftCard => (Code::MoneyGiftsDebt, 1.0),
        EntityKind::Age | EntityKind::Money => return None,
    })
}

/// For spans sorted by (group, start): per span, the largest end among it and the spans
/// before it in the same group (`same_group(previous, this)`).
fn running_max_end<T>(
    spans: &[T],
    end: impl Fn(&T) -> usize,
    same_group: impl Fn(&T, &T) -> bool,
) -> Vec<usize> {
    let mut out: Vec<usize> = Vec::with_capacity(spans.len());
    for (i, x) in spans.iter().enumerate() {
        let prev = if i > 0 && same_group(&spans[i - 1], x) {
            out[i - 1]
        } else {
            0
        };
        out.push(end(x).max(prev));
    }
    out
}

/// Evidence spans as sorted `(code, start, end)` with the running max end per code, so
/// that "does a span of this code overlap `start..end`" is a binary search (no
/// quadratic blow-up on 1 MB messages).
struct CodeSpans {
    spans: Vec<(Code, usize, usize)>,
    run_max: Vec<usize>,
}

impl CodeSpans {
    fn of(evidence: &[Evidence]) -> CodeSpans {
        let mut spans: Vec<(Code, usize, usize)> =
            evidence.iter().map(|v| (v.code, v.start, v.end)).collect();
        spans.sort_unstable();
        let run_max = running_max_end(&spans, |x| x.2, |a, b| a.0 == b.0);
        CodeSpans { spans, run_max }
    }

    fn overlaps(&self, code: Code, start: usize, end: usize) -> bool {
        let k = self
            .spans
            .partition_point(|&(c, s, _)| (c, s) < (code, end));
        k > 0 && self.spans[k - 1].0 == code && self.run_max[k - 1] > start
    }
}

/// Total cue weight of a message's offer profile ([`offer`]), spread over
/// its indicators: one strong job-offer cue, as a lexicon row for "visa
/// paid" weighs.
pub const OFFER_PROFILE_WEIGHT: f32 = 2.0;

/// The shipped offer indicators, compiled once per process.
fn shipped_offer_matcher() -> Arc<OfferMatcher> {
    static SHIPPED: std::sync::OnceLock<Arc<OfferMatcher>> = std::sync::OnceLock::new();
    SHIPPED
        .get_or_init(|| {
            Arc::new(
                OfferMatcher::default_matcher()
                    .expect("the shipped offer indicators compile (tested)"),
            )
        })
        .clone()
}

/// Runs layers 1 and 2 on messages. Cheap to clone (the compiled matchers are shared);
/// give each thread its own clone.
#[derive(Debug, Clone)]
pub struct Analyzer {
    matcher: Arc<Matcher>,
    extractor: Arc<EntityExtractor>,
    normalizer: Normalizer,
    skeleton: Skeleton,
    lossy: String,
    /// The filler-free view and its scratch buffers ([`Analyzer::analyze_into`]).
    unfilled: Unfilled,
    /// Offer indicators ([`offer`]) and their scratch buffer.
    offer: Arc<OfferMatcher>,
    offer_hits: Vec<OfferHit>,
}

/// Scratch buffers of the second lexicon passes (filler-free, then respelt).
#[derive(Debug, Clone, Default)]
struct Unfilled {
    text: Normalized,
    skeleton: Skeleton,
    /// Original spans of the removed filler words or respelt variants, in order.
    removed: Vec<std::ops::Range<usize>>,
    evidence: Vec<Evidence>,
    suppressions: Vec<Suppression>,
}

impl Analyzer {
    /// Compiles `lexicons` into an analyzer.
    pub fn new(lexicons: &LexiconSet) -> Result<Analyzer, LexiconError> {
        Ok(Self::from_matcher(Arc::new(Matcher::new(lexicons)?)))
    }

    /// An analyzer over the shipped lexicons ([`LexiconSet::default_set`]).
    pub fn with_default_lexicons() -> Result<Analyzer, LexiconError> {
        Self::new(&LexiconSet::default_set()?)
    }

    /// Wraps an already compiled matcher (with the shipped offer indicators).
    pub fn from_matcher(matcher: Arc<Matcher>) -> Analyzer {
        Analyzer {
            matcher,
            extractor: Arc::new(EntityExtractor::new()),
            normalizer: Normalizer::new(),
            skeleton: Skeleton::default(),
            lossy: String::new(),
            unfilled: Unfilled::default(),
            offer: shipped_offer_matcher(),
            offer_hits: Vec::new(),
        }
    }

    /// The compiled lexicon matcher (for looking up [`Evidence::pattern_id`]).
    pub fn matcher(&self) -> &Matcher {
        &self.matcher
    }

    /// Normalises only (layer 1 without entities), reusing `out`.
    pub fn normalize_into(&mut self, text: &str, out: &mut Normalized) {
        self.normalizer.normalize_into(text, out);
    }

    /// Analyses one message.
    pub fn analyze(&mut self, text: &str) -> Analysis {
        let mut out = Analysis::default();
        self.analyze_into(text, &mut out);
        out
    }

    /// Analyses one message into `out`, reusing its buffers (the hot path).
    pub fn analyze_into(&mut self, text: &str, out: &mut Analysis) {
        out.clear();
        quoted_passages(text, &mut out.quoted);
        self.normalizer.normalize_into(text, &mut out.normalized);
        self.skeleton.build(&out.normalized);
        out.token_count = out.normalized.token_count();
        // The lexicon first: its automaton also says whether an age is
        // written in words, which the entity extractor then looks for.
        let hints = self.matcher.find(
            text,
            &out.normalized,
            &self.skeleton,
            &mut out.evidence,
            &mut out.suppressions,
        );
        self.extractor.extract_with(
            &out.normalized,
            &self.skeleton,
            &mut out.entities,
            hints.age_word,
        );
        // The second pass: the phrase automaton again over the message with the filler
        // words between two words taken out ("no one ELSE gets u like i do", "dont JUST
        // tell"). A cue from it counts only
        // where it spans a removed word, no hard negative of the first pass overlaps it, and
        // the first pass found no cue of the same code there: it adds what a filler broke,
        // and never doubles or overrides what the first pass read.
        self.unfilled_pass(out);
        // The third: the same with chat and dialect spellings in the lexicons' spelling
        // ("ya" → "you", "mam" → "mom"), under the same conditions.
        if hints.variant {
            self.variant_pass(out);
        }
        // Is this entity already covered by lexical evidence of the same code?
        let lex = CodeSpans::of(&out.evidence);
        for e in &out.entities {
            let Some((code, weight)) = entity_evidence(e) else {
                continue;
            };
            if lex.overlaps(code, e.start, e.end) {
                continue;
            }
            out.evidence.push(Evidence {
                code,
                start: e.start,
                end: e.end,
                weight,
                pattern_id: e.kind as u32,
                lang: Lang::new("any").unwrap_or_default(),
                source: EvidenceSource::Entity,
            });
        }
        self.offer_pass(out);
        // The same cue is often listed in several languages (app names, emoji, phone
        // regexes) or collapses to the same skeleton (`modeling job` / `modelling job`):
        // keep one piece of evidence per (span, code), the one with the highest weight.
        out.evidence.sort_by(|a, b| {
            (a.start, a.end, a.code)
                .cmp(&(b.start, b.end, b.code))
                .then(b.weight.total_cmp(&a.weight))
        });
        out.evidence
            .dedup_by(|b, a| a.start == b.start && a.end == b.end && a.code == b.code);
        out.suppressions.sort_by_key(|s| (s.start, s.end));
        out.code_bits = out.evidence.iter().map(|e| e.code).collect();
    }

    /// Offer indicators ([`offer`]): the families a message of
    /// [`offer::MIN_TOKENS`] words or more shows, and, when they make the
    /// profile ([`OfferBits::is_profile`]), a job-offer cue on each
    /// indicator's words, weighing [`OFFER_PROFILE_WEIGHT`] together.
    fn offer_pass(&mut self, out: &mut Analysis) {
        if out.token_count < offer::MIN_TOKENS {
            return;
        }
        let text = out.normalized.as_str();
        let mut bits = self.offer.find(text, &mut self.offer_hits);
        if out.entities.iter().any(|e| e.kind == EntityKind::Money) {
            bits.set(Family::Pay);
        }
        if out.evidence.iter().any(|e| e.code == Code::OffPlatform) {
            bits.set(Family::Contact);
        }
        if out.evidence.iter().any(|e| e.code == Code::PhotoRequest) {
            bits.set(Family::Photos);
        }
        out.offer = bits;
        if !bits.is_profile() {
            return;
        }
        // The indicators' words; pay named only as an amount is the amount's.
        let mut spans: Vec<(std::ops::Range<usize>, u32)> = self
            .offer_hits
            .iter()
            .map(|h| (out.normalized.original_span(h.start..h.end), h.phrase))
            .collect();
        if !self.offer_hits.iter().any(|h| h.family == Family::Pay)
            && let Some(m) = out.entities.iter().find(|e| e.kind == EntityKind::Money)
        {
            spans.push((m.start..m.end, u32::MAX));
        }
        let weight = OFFER_PROFILE_WEIGHT / spans.len().max(1) as f32;
        for (span, phrase) in spans {
            out.evidence.push(Evidence {
                code: Code::JobOffer,
                start: span.start,
                end: span.end,
                weight,
                pattern_id: phrase,
                lang: Lang::new("any").unwrap_or_default(),
                source: EvidenceSource::Offer,
            });
        }
    }

    /// The filler-free pass of [`Analyzer::analyze_into`]: appends to `out` the evidence
    /// and suppressions only a message without its filler words shows.
    fn unfilled_pass(&mut self, out: &mut Analysis) {
        let u = &mut self.unfilled;
        u.removed.clear();
        if !self.matcher.has_fillers()
            || !out.normalized.without_words_into(
                |w, next| self.matcher.is_filler(w, next),
                &mut u.text,
                &mut u.removed,
            )
        {
            return;
        }
        // Phrases only: regex rows already allow the fillers they expect, and the regex
        // set is the costly part of the lexicon pass.
        self.second_pass(out, false);
    }

    /// The spelling pass of [`Analyzer::analyze_into`]: appends to `out` the evidence
    /// and suppressions only the message with its chat and dialect spellings in the
    /// lexicons' spelling shows ("wat age are ya" read as "what age are you").
    fn variant_pass(&mut self, out: &mut Analysis) {
        let matcher = &self.matcher;
        let u = &mut self.unfilled;
        u.removed.clear();
        if !matcher.has_variants()
            || !out.normalized.with_words_replaced_into(
                |w| matcher.variant_of(w),
                &mut u.text,
                &mut u.removed,
            )
        {
            return;
        }
        // Regexes too: most rows that a spelling breaks are regexes ("dont tell ur
        // mom|your parents|..."), and only the few messages with a variant pay for it.
        self.second_pass(out, true);
    }

    /// Matches the lexicons over the second view of the message in `self.unfilled`
    /// (`text`, with the original spans of the words taken out or respelt in `removed`)
    /// and appends to `out` what only that view shows: a cue or hard negative that spans
    /// a changed word, and, for a cue, no hard negative of the first pass overlaps it and
    /// the first pass found no cue of the same code there. It adds what a filler or a
    /// spelling broke, and never doubles or overrides what the first pass read.
    fn second_pass(&mut self, out: &mut Analysis, regexes: bool) {
        let u = &mut self.unfilled;
        u.skeleton.build(&u.text);
        u.evidence.clear();
        u.suppressions.clear();
        self.matcher
            .find_phrases(&u.text, &u.skeleton, &mut u.evidence, &mut u.suppressions);
        if regexes {
            self.matcher.find_regexes(&u.text, &mut u.evidence);
        }
        let removed = &u.removed;
        // Whether the original span `s..e` holds a removed or respelt word.
        let spans_removed = |s: usize, e: usize| {
            let k = removed.partition_point(|r| r.start < s);
            removed.get(k).is_some_and(|r| r.end <= e)
        };
        u.suppressions.retain(|x| spans_removed(x.start, x.end));
        u.evidence.retain(|x| spans_removed(x.start, x.end));
        if u.evidence.is_empty() && u.suppressions.is_empty() {
            return;
        }
        // First-pass cues and hard negatives, each overlap check a binary search.
        let first = CodeSpans::of(&out.evidence);
        let mut sup: Vec<(usize, usize)> =
            out.suppressions.iter().map(|v| (v.start, v.end)).collect();
        sup.sort_unstable();
        let sup_max = running_max_end(&sup, |x| x.1, |_, _| true);
        for e in u.evidence.drain(..) {
            let k = sup.partition_point(|&(s, _)| s < e.end);
            if k > 0 && sup_max[k - 1] > e.start {
                continue;
            }
            if first.overlaps(e.code, e.start, e.end) {
                continue;
            }
            out.evidence.push(e);
        }
        out.suppressions.append(&mut u.suppressions);
    }

    /// Analyses raw bytes: invalid UTF-8 sequences are replaced by U+FFFD for analysis, and
    /// every reported offset is mapped back into `bytes` (a replaced sequence maps to its
    /// whole invalid byte range).
    pub fn analyze_bytes(&mut self, bytes: &[u8]) -> Analysis {
        let mut out = Analysis::default();
        self.analyze_bytes_into(bytes, &mut out);
        out
    }

    /// [`Analyzer::analyze_bytes`] reusing `out`.
    pub fn analyze_bytes_into(&mut self, bytes: &[u8], out: &mut Analysis) {
        if let Ok(s) = std::str::from_utf8(bytes) {
            self.analyze_into(s, out);
            return;
        }
        // Build the lossy string and a segment table (lossy_start, orig_start, lossy_len,
        // orig_len, replaced).
        let mut lossy = std::mem::take(&mut self.lossy);
        lossy.clear();
        let mut segs: Vec<(usize, usize, usize, usize, bool)> = Vec::new();
        let mut orig = 0usize;
        for chunk in bytes.utf8_chunks() {
            let v = chunk.valid();
            if !v.is_empty() {
                segs.push((lossy.len(), orig, v.len(), v.len(), false));
                lossy.push_str(v);
                orig += v.len();
            }
            let inv = chunk.invalid();
            if !inv.is_empty() {
                segs.push((lossy.len(), orig, 3, inv.len(), true));
                lossy.push('\u{FFFD}');
                orig += inv.len();
            }
        }
        self.analyze_into(&lossy, out);
        self.lossy = lossy;
        let map_start = |p: usize| -> usize { map_offset(&segs, p, false) };
        let map_end = |p: usize| -> usize { map_offset(&segs, p, true) };
        for e in &mut out.entities {
            (e.start, e.end) = (map_start(e.start), map_end(e.end));
        }
        for e in &mut out.evidence {
            (e.start, e.end) = (map_start(e.start), map_end(e.end));
        }
        for q in &mut out.quoted {
            *q = map_start(q.start)..map_end(q.end);
        }
        for s in &mut out.suppressions {
            (s.start, s.end) = (map_start(s.start), map_end(s.end));
        }
    }
}

/// Maps a lossy-string offset to an original-bytes offset.
fn map_offset(segs: &[(usize, usize, usize, usize, bool)], p: usize, is_end: bool) -> usize {
    // Find the segment containing p (for ends, the one ending at p).
    let idx = segs.partition_point(|s| s.0 + s.2 < p || (!is_end && s.0 + s.2 == p));
    let Some(&(ls, os, ll, ol, replaced)) = segs.get(idx) else {
        return segs.last().map_or(0, |s| s.1 + s.3);
    };
    if p <= ls {
        return os;
    }
    if replaced {
        return if is_end { os + ol } else { os };
    }
    os + (p - ls).min(ll)
}

#[cfg(test)]
mod tests {
    #[test]
    fn quoted_passages_are_three_words_or_more_between_marks() {
        let q = |t: &str| {
            let mut out = Vec::new();
            super::quoted_passages(t, &mut out);
            out.iter()
                .map(|r| t[r.clone()].to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            q(r#"he said "r u home alone" lol"#),
            [r#""r u home alone""#]
        );
        assert_eq!(
            q("„bist du allein zuhause“ fragt er"),
            ["„bist du allein zuhause“"]
        );
        assert_eq!(
            q("« t es seule chez toi » il a dit"),
            ["« t es seule chez toi »"]
        );
        assert_eq!(
            q("“ur so mature for ur age” ew"),
            ["“ur so mature for ur age”"]
        );
        assert_eq!(
            q("he said 'delete our chat ok' and left"),
            ["'delete our chat ok'"]
        );
        // Scare quotes, apostrophes, a lone mark: no quotation.
        assert!(q(r#"a "massage" job with "roses""#).is_empty());
        assert!(q("don't tell ur mom it's ur bday james' party").is_empty());
        assert!(q(r#"she said "come over and we can talk"#).is_empty());
        assert!(q("").is_empty());
        // A mark far from its pair does not make the message a quote.
        let long = format!("\"{} \"", "word ".repeat(100));
        assert!(q(&long).is_empty());
    }

    use super::*;

    #[test]
    fn quote_lead_table() {
        for c in 0..=255u8 {
            assert_eq!(
                QUOTE_LEAD[usize::from(c)],
                matches!(c, b'"' | b'\'' | 0xE2 | 0xC2),
                "{c}"
            );
        }
    }

    #[test]
    fn bytes_api() {
        let mut a = Analyzer::with_default_lexicons().unwrap();
        let mut input = b"add me on sn4p ".to_vec();
        input.extend_from_slice(&[0xff, 0xfe]);
        input.extend_from_slice(b" dont tell anyone");
        let r = a.analyze_bytes(&input);
        assert!(r.code_bits.contains(Code::Secrecy));
        for e in &r.evidence {
            assert!(e.start <= e.end && e.end <= input.len());
        }
        let sec = r.evidence.iter().find(|e| e.code == Code::Secrecy).unwrap();
        assert_eq!(&input[sec.start..sec.end], b"dont tell anyone");
    }
}
