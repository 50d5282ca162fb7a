//! Layer 2: indicator lexicons and patterns → evidence spans.
//!
//! Lexicon files are TSV with the header `code<TAB>kind<TAB>pattern<TAB>weight<TAB>note`;
//! `kind` is `phrase` (normalised words, matched at word boundaries), `regex` (Rust `regex`
//! syntax on the normalised text) or `emoji` (the emoji itself). The hard-negative file has
//! the header `context<TAB>lang<TAB>pattern<TAB>weight<TAB>note`, where `context` is the code a
//! match suppresses or `all`. Lines starting with `#` and blank lines are ignored.
//!
//! Matching ([`Matcher`]):
//! * every phrase, emoji and hard-negative pattern of every language is normalised with the
//!   same [`normalize`], skeletonised
//!   ([`skeletonize`]) and put in **one** leftmost-longest Aho-Corasick automaton that runs over
//!   the skeleton view of the message; a hit counts only at word boundaries (when the hit
//!   fails the check, the search restarts one byte later so a valid overlapping hit is not lost);
//! * all regexes go in one [`regex::RegexSet`]; only the regexes the set reports are run
//!   individually to get their spans;
//! * emoji not in the emoji table (which would normalise to the generic `emoji` token) are
//!   matched against the original text with a second automaton.

use std::fmt;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, Anchored, Input, MatchKind};
use regex::bytes::{Regex, RegexSet, RegexSetBuilder};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::code::Code;
use crate::normalize::{Normalized, Skeleton, is_word_byte, normalize, skeletonize};

/// A short language tag (`en`, `pt`, `all` …), at most 7 ASCII bytes, `Copy`.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Lang {
    len: u8,
    bytes: [u8; 7],
}

impl Lang {
    /// Builds a tag; returns `None` unless `s` is 1–7 ASCII alphanumeric/`-`/`_` bytes.
    pub fn new(s: &str) -> Option<Lang> {
        let b = s.as_bytes();
        if b.is_empty()
            || b.len() > 7
            || !b
                .iter()
                .all(|c| c.is_ascii_alphanumeric() || *c == b'-' || *c == b'_')
        {
            return None;
        }
        let mut bytes = [0u8; 7];
        for (d, s) in bytes.iter_mut().zip(b) {
            *d = s.to_ascii_lowercase();
        }
        Some(Lang {
            len: b.len() as u8,
            bytes,
        })
    }

    /// The tag.
    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.bytes[..self.len as usize]).unwrap_or("")
    }
}

impl fmt::Debug for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Lang({})", self.as_str())
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Lang {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Lang {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Lang::new(&s).ok_or_else(|| serde::de::Error::custom(format!("bad language tag {s:?}")))
    }
}

/// Kind of a lexicon pattern.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PatternKind {
    /// Words matched on the normalised text at word boundaries.
    Phrase,
    /// Rust `regex` applied to the normalised text.
    Regex,
    /// An emoji (sequence).
    Emoji,
}

/// One lexicon line.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LexEntry {
    /// Taxonomy code.
    pub code: Code,
    /// Pattern kind.
    pub kind: PatternKind,
    /// The pattern as written in the file.
    pub pattern: String,
    /// Authored weight.
    pub weight: f32,
    /// Provenance / note column.
    pub note: String,
    /// Language of the lexicon the entry came from.
    pub lang: Lang,
    /// 1-based line number in the source file.
    pub line: usize,
}

/// A hard-negative (benign-context) phrase.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HardNegative {
    /// The code a match suppresses; `None` for `all`.
    pub context: Option<Code>,
    /// Language.
    pub lang: Lang,
    /// Phrase (normalised words).
    pub pattern: String,
    /// Authored weight.
    pub weight: f32,
    /// Note column.
    pub note: String,
    /// 1-based line number in the source file.
    pub line: usize,
}

/// Compiles a lexicon regex for the byte-oriented matcher. Patterns are compiled with ASCII
/// semantics (`\b`, `\d`, `\s` ASCII-only) when they allow it: the normalised text is
/// almost entirely ASCII, and ASCII word boundaries keep the regex set on its lazy DFA instead
/// of the much slower PikeVM. Patterns that need Unicode mode keep it. Returns the regex and
/// the source to put in the regex set.
fn compile_regex(pattern: &str) -> Result<(Regex, String), String> {
    let ascii = format!("(?-u:{pattern})");
    if let Ok(r) = Regex::new(&ascii) {
        return Ok((r, ascii));
    }
    Regex::new(pattern)
        .map(|r| (r, pattern.to_string()))
        .map_err(|e| e.to_string())
}

/// Errors while loading or compiling lexicons.
#[derive(Debug, thiserror::Error)]
pub enum LexiconError {
    /// A line could not be parsed.
    #[error("{source_name}:{line}: {message}")]
    BadLine {
        /// File or lexicon name.
        source_name: String,
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// A regex failed to compile.
    #[error("{source_name}:{line}: regex does not compile: {error}")]
    BadRegex {
        /// File or lexicon name.
        source_name: String,
        /// 1-based line number.
        line: usize,
        /// Compiler message.
        error: String,
    },
    /// Building an automaton or regex set failed.
    #[error("building matcher: {0}")]
    Build(String),
}

/// A lexicon of one language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Lexicon {
    /// Language tag.
    pub lang: Lang,
    /// Entries in file order.
    pub entries: Vec<LexEntry>,
}

fn bad(src: &str, line: usize, message: impl Into<String>) -> LexiconError {
    LexiconError::BadLine {
        source_name: src.to_string(),
        line,
        message: message.into(),
    }
}

fn parse_weight(src: &str, line: usize, w: &str) -> Result<f32, LexiconError> {
    let v: f32 = w
        .trim()
        .parse()
        .map_err(|_| bad(src, line, format!("weight {w:?} is not a number")))?;
    if !v.is_finite() || !(-10.0..=10.0).contains(&v) {
        return Err(bad(src, line, format!("weight {v} out of range -10..=10")));
    }
    Ok(v)
}

/// Iterates over data lines: (1-based line number, fields), skipping comments, blanks and a
/// header line whose first field is `header0`.
fn data_lines<'a>(
    text: &'a str,
    header0: &'a str,
) -> impl Iterator<Item = (usize, Vec<&'a str>)> + 'a {
    // The header is the first line that is neither blank nor a comment (a file may open
    // with comments); a later line with the header's first field is data.
    let mut first = true;
    text.lines().enumerate().filter_map(move |(i, l)| {
        let l = l.strip_suffix('\r').unwrap_or(l);
        if l.trim().is_empty() || l.starts_with('#') {
            return None;
        }
        let f: Vec<&str> = l.split('\t').collect();
        let header = first && f.first().map(|s| s.trim()) == Some(header0);
        first = false;
        if header {
            return None;
        }
        Some((i + 1, f))
    })
}

impl Lexicon {
    /// Parses a lexicon TSV (`code kind pattern weight note`; the note column is optional).
    /// Regexes are compiled here so that errors carry their line number.
    pub fn from_tsv(lang: &str, text: &str) -> Result<Lexicon, LexiconError> {
        let src = format!("{lang}.tsv");
        let lang_tag =
            Lang::new(lang).ok_or_else(|| bad(&src, 0, format!("bad language tag {lang:?}")))?;
        let mut entries = Vec::new();
        for (line, f) in data_lines(text, "code") {
            if f.len() < 4 {
                return Err(bad(
                    &src,
                    line,
                    format!("expected at least 4 tab-separated fields, got {}", f.len()),
                ));
            }
            let code = Code::parse(f[0].trim())
                .ok_or_else(|| bad(&src, line, format!("unknown code {:?}", f[0])))?;
            let kind = match f[1].trim() {
                "phrase" => PatternKind::Phrase,
                "regex" => PatternKind::Regex,
                "emoji" => PatternKind::Emoji,
                k => return Err(bad(&src, line, format!("unknown kind {k:?}"))),
            };
            let pattern = f[2].to_string();
            if pattern.trim().is_empty() {
                return Err(bad(&src, line, "empty pattern"));
            }
            if kind == PatternKind::Regex {
                compile_regex(&pattern).map_err(|error| LexiconError::BadRegex {
                    source_name: src.clone(),
                    line,
                    error,
                })?;
            }
            let weight = parse_weight(&src, line, f[3])?;
            let note = f.get(4..).map(|r| r.join("\t")).unwrap_or_default();
            entries.push(LexEntry {
                code,
                kind,
                pattern,
                weight,
                note,
                lang: lang_tag,
                line,
            });
        }
        Ok(Lexicon {
            lang: lang_tag,
            entries,
        })
    }
}

/// Parses a hard-negative TSV (`context lang pattern weight note`).
pub fn hard_negatives_from_tsv(text: &str) -> Result<Vec<HardNegative>, LexiconError> {
    let src = "hard_negatives.tsv";
    let mut out = Vec::new();
    for (line, f) in data_lines(text, "context") {
        if f.len() < 4 {
            return Err(bad(
                src,
                line,
                format!("expected at least 4 tab-separated fields, got {}", f.len()),
            ));
        }
        let context = match f[0].trim() {
            "all" | "*" => None,
            c => Some(
                Code::parse(c).ok_or_else(|| bad(src, line, format!("unknown context {c:?}")))?,
            ),
        };
        let lang = Lang::new(f[1].trim())
            .ok_or_else(|| bad(src, line, format!("bad language tag {:?}", f[1])))?;
        let pattern = f[2].to_string();
        if pattern.trim().is_empty() {
            return Err(bad(src, line, "empty pattern"));
        }
        let weight = parse_weight(src, line, f[3])?;
        let note = f.get(4..).map(|r| r.join("\t")).unwrap_or_default();
        out.push(HardNegative {
            context,
            lang,
            pattern,
            weight,
            note,
            line,
        });
    }
    Ok(out)
}

/// A filler word: a word a writer drops into a phrase without changing it ("no one
/// **else** gets u", "**just** dont tell"), except before the words in `not_before`
/// ("like" before "i" compares: "gets u like i do").
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Filler {
    /// The normalised word.
    pub word: String,
    /// Normalised words before which it is not a filler.
    pub not_before: Vec<String>,
}

/// Parses a filler-word TSV (`lang word not_before note`; `not_before` is a
/// comma-separated list, possibly empty). Words are normalised with [`normalize`] and
/// must be single words.
pub fn fillers_from_tsv(text: &str) -> Result<Vec<Filler>, LexiconError> {
    let src = "fillers.tsv";
    let mut out = Vec::new();
    for (line, f) in data_lines(text, "lang") {
        if f.len() < 2 {
            return Err(bad(
                src,
                line,
                format!("expected at least 2 tab-separated fields, got {}", f.len()),
            ));
        }
        Lang::new(f[0].trim())
            .ok_or_else(|| bad(src, line, format!("bad language tag {:?}", f[0])))?;
        let one_word = |w: &str| {
            let n = normalize(w.trim()).as_str().to_string();
            if n.is_empty() || !n.bytes().all(is_word_byte) {
                Err(bad(src, line, format!("not a single word: {w:?}")))
            } else {
                Ok(n)
            }
        };
        let word = one_word(f[1])?;
        let not_before = match f.get(2).map(|s| s.trim()) {
            None | Some("") => Vec::new(),
            Some(list) => list.split(',').map(one_word).collect::<Result<_, _>>()?,
        };
        out.push(Filler { word, not_before });
    }
    Ok(out)
}

/// A chat or dialect spelling of a word and the spelling the lexicons are written in
/// ("ya" → "you", "wat" → "what", "mam" → "mom", "talkin" → "talking").
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Variant {
    /// The normalised variant (one word).
    pub word: String,
    /// The normalised spelling it stands for (one or more words).
    pub canonical: String,
}

/// Parses a spelling-variant TSV (`lang word canonical note`). Both are normalised with
/// [`normalize`]; the variant must be one word, and a word listed twice must stand for
/// the same spelling each time.
pub fn variants_from_tsv(text: &str) -> Result<Vec<Variant>, LexiconError> {
    let src = "variants.tsv";
    let mut out: Vec<Variant> = Vec::new();
    let mut seen: std::collections::HashMap<String, (String, usize)> = Default::default();
    for (line, f) in data_lines(text, "lang") {
        if f.len() < 3 {
            return Err(bad(
                src,
                line,
                format!("expected at least 3 tab-separated fields, got {}", f.len()),
            ));
        }
        Lang::new(f[0].trim())
            .ok_or_else(|| bad(src, line, format!("bad language tag {:?}", f[0])))?;
        let word = normalize(f[1].trim()).as_str().to_string();
        if word.is_empty() || !word.bytes().all(is_word_byte) {
            return Err(bad(src, line, format!("not a single word: {:?}", f[1])));
        }
        if word_key(&word).is_none() {
            return Err(bad(src, line, format!("longer than 15 bytes: {:?}", f[1])));
        }
        let canonical = normalize(f[2].trim()).as_str().to_string();
        if canonical.is_empty() || canonical == word {
            return Err(bad(src, line, format!("no other spelling for {:?}", f[1])));
        }
        match seen.get(&word) {
            Some((c, _)) if *c == canonical => continue,
            Some((c, first)) => {
                return Err(bad(
                    src,
                    line,
                    format!("{word:?} stands for {c:?} on line {first}"),
                ));
            }
            None => {
                seen.insert(word.clone(), (canonical.clone(), line));
            }
        }
        out.push(Variant { word, canonical });
    }
    Ok(out)
}

/// All lexicons plus hard negatives; compile with [`Matcher::new`].
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct LexiconSet {
    /// Per-language lexicons.
    pub lexicons: Vec<Lexicon>,
    /// Benign-context phrases.
    pub hard_negatives: Vec<HardNegative>,
    /// Filler words (see [`fillers_from_tsv`]); the analyzer matches a message a second
    /// time without them. Empty: no second pass.
    #[serde(default)]
    pub fillers: Vec<Filler>,
    /// Spelling variants (see [`variants_from_tsv`]); the analyzer matches a message
    /// that holds one a second time with the lexicons' spelling. Empty: no such pass.
    #[serde(default)]
    pub variants: Vec<Variant>,
}

/// The shipped lexicons, embedded at compile time from `data/lexicon/`.
const DEFAULT_LEXICONS: &[(&str, &str)] = &[
    ("en", include_str!("../../../data/lexicon/en.tsv")),
    ("es", include_str!("../../../data/lexicon/es.tsv")),
    ("pt", include_str!("../../../data/lexicon/pt.tsv")),
    ("fr", include_str!("../../../data/lexicon/fr.tsv")),
    ("de", include_str!("../../../data/lexicon/de.tsv")),
    ("nl", include_str!("../../../data/lexicon/nl.tsv")),
];
const DEFAULT_HARD_NEGATIVES: &str = include_str!("../../../data/lexicon/hard_negatives.tsv");
const DEFAULT_FILLERS: &str = include_str!("../../../data/lexicon/fillers.tsv");
const DEFAULT_VARIANTS: &str = include_str!("../../../data/lexicon/variants.tsv");

impl LexiconSet {
    /// Parses the shipped lexicons (en, es, pt, fr, de, nl, hard negatives, fillers and
    /// spelling variants).
    pub fn default_set() -> Result<LexiconSet, LexiconError> {
        let mut lexicons = Vec::new();
        for (lang, text) in DEFAULT_LEXICONS {
            lexicons.push(Lexicon::from_tsv(lang, text)?);
        }
        Ok(LexiconSet {
            lexicons,
            hard_negatives: hard_negatives_from_tsv(DEFAULT_HARD_NEGATIVES)?,
            fillers: fillers_from_tsv(DEFAULT_FILLERS)?,
            variants: variants_from_tsv(DEFAULT_VARIANTS)?,
        })
    }
}

impl Lexicon {
    /// The shipped lexicons; see [`LexiconSet::default_set`].
    pub fn default_set() -> Result<LexiconSet, LexiconError> {
        LexiconSet::default_set()
    }
}

/// Where a piece of evidence came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EvidenceSource {
    /// A lexicon phrase.
    Phrase,
    /// A lexicon regex.
    Regex,
    /// A lexicon emoji.
    Emoji,
    /// Derived from a typed entity (see [`crate::entities`]).
    Entity,
    /// An offer indicator of a message whose indicators together make the
    /// profile of a deceptive job offer (see [`crate::offer`]); its
    /// `pattern_id` indexes [`crate::OfferMatcher::phrases`] (`u32::MAX`: an
    /// age range).
    Offer,
}

/// A cue found in a message. Offsets are byte offsets into the ORIGINAL text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    /// Taxonomy code.
    pub code: Code,
    /// Original start byte offset.
    pub start: usize,
    /// Original end byte offset.
    pub end: usize,
    /// Authored weight.
    pub weight: f32,
    /// Index into [`Matcher::entries`] (for `Entity` evidence: the [`crate::EntityKind`] as
    /// `u32`).
    pub pattern_id: u32,
    /// Language of the lexicon entry (`any` for entity evidence).
    pub lang: Lang,
    /// Source of the evidence.
    pub source: EvidenceSource,
}

/// A benign-context span (hard negative). Evidence is never deleted; consumers decide.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Suppression {
    /// The code it argues against; `None` = all codes.
    pub context: Option<Code>,
    /// Original start byte offset.
    pub start: usize,
    /// Original end byte offset.
    pub end: usize,
    /// Authored weight.
    pub weight: f32,
    /// Index into [`Matcher::hard_negatives`].
    pub pattern_id: u32,
    /// Language.
    pub lang: Lang,
}

#[derive(Debug, Clone, Copy)]
enum Target {
    Entry(u32),
    Negative(u32),
    /// A number word an age can be written as ([`crate::entities`]): its
    /// presence tells the entity extractor to look for ages in words.
    AgeWord,
    /// A spelling variant ([`Variant`]): its presence (in the skeleton view, so
    /// a hint only) tells the analyzer to try the spelling pass. The automaton
    /// reports the leftmost-longest key, so a variant inside a longer key it
    /// reports ("ya" in a phrase that begins with it) gives no hint, and that
    /// message skips the pass unless another variant stands alone.
    Variant,
}

/// What the phrase automaton saw besides evidence ([`Matcher::find`]).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PhraseHints {
    /// A number word an age can be written as (a whole word).
    pub age_word: bool,
    /// Perhaps a spelling variant ([`Matcher::variant_of`] decides): without
    /// one the spelling pass has nothing to do.
    pub variant: bool,
}

/// Capacity of the regex set's lazy-DFA cache, per thread that searches
/// ([`regex::bytes::RegexSetBuilder::dfa_size_limit`]): room for the states
/// varied chat reaches, so the cache is not cleared and rebuilt over and over.
pub const REGEX_CACHE_BYTES: usize = 64 << 20;

/// Compiled lexicon matcher (immutable, shareable across threads).
#[derive(Debug, Clone)]
pub struct Matcher {
    entries: Vec<LexEntry>,
    hard_negatives: Vec<HardNegative>,
    /// Phrase / emoji / negative automaton over the skeleton view.
    ac: Option<AhoCorasick>,
    /// For AC pattern i: targets[ranges[i].0 .. ranges[i].1].
    ranges: Vec<(u32, u32)>,
    targets: Vec<Target>,
    /// Whether AC pattern i starts / ends with a word byte (boundary check needed).
    edges: Vec<(bool, bool)>,
    regex_set: Option<RegexSet>,
    regexes: Vec<(Regex, u32)>,
    /// Emoji not in the table, matched on the original text.
    raw_emoji: Option<AhoCorasick>,
    raw_emoji_entries: Vec<u32>,
    /// Per entry / hard negative: skeleton positions whose letter must be
    /// doubled in the text as well ([`required_doubles`]).
    entry_doubles: Vec<Box<[u16]>>,
    negative_doubles: Vec<Box<[u16]>>,
    /// Filler words, sorted, each with the sorted words it is not a filler before (the
    /// union over the languages that list it).
    fillers: Vec<(Box<str>, Vec<Box<str>>)>,
    /// Bit set of the fillers' [`word_key`]s.
    filler_keys: Box<[u64]>,
    /// Spelling variants and what they stand for, sorted by variant.
    variants: Vec<(Box<str>, Box<str>)>,
    /// Bit set of the variants' [`word_key`]s.
    variant_keys: Box<[u64]>,
}

/// Number of distinct [`word_key`]s.
const WORD_KEYS: usize = 16 * 27 * 27;

/// A word's (length, first letter, last letter) as an index below [`WORD_KEYS`] (a
/// letter outside `a`–`z` counts as one more); `None` for words of 16 bytes or more,
/// which no filler is and no variant may be ([`variants_from_tsv`]).
fn word_key(word: &str) -> Option<usize> {
    let b = word.as_bytes();
    let (&first, &last) = (b.first()?, b.last()?);
    if b.len() >= 16 {
        return None;
    }
    let letter = |c: u8| {
        if c.is_ascii_lowercase() {
            usize::from(c - b'a')
        } else {
            26
        }
    };
    Some((b.len() * 27 + letter(first)) * 27 + letter(last))
}

/// The bit set of the [`word_key`]s of `words` (a word of 16 bytes or more has none,
/// and is never looked up).
fn key_bits<'a>(words: impl Iterator<Item = &'a str>) -> Box<[u64]> {
    let mut bits = vec![0u64; WORD_KEYS.div_ceil(64)].into_boxed_slice();
    for k in words.filter_map(word_key) {
        bits[k / 64] |= 1u64 << (k % 64);
    }
    bits
}

/// Sorts the filler words and merges, per word, the words it is not a filler before.
fn compile_fillers(fillers: &[Filler]) -> Vec<(Box<str>, Vec<Box<str>>)> {
    let mut map: std::collections::BTreeMap<&str, Vec<Box<str>>> = Default::default();
    for f in fillers {
        map.entry(f.word.as_str())
            .or_default()
            .extend(f.not_before.iter().map(|w| w.as_str().into()));
    }
    map.into_iter()
        .map(|(w, mut nb)| {
            nb.sort_unstable();
            nb.dedup();
            (w.into(), nb)
        })
        .collect()
}

/// Words of at most this many letters (in skeleton form) keep their double
/// letters when matched.
const SHORT_WORD: usize = 4;

/// The skeleton view makes `snaaap` match `snap`, but it also turns a short
/// pattern with a double letter into another, common word: Dutch `heet`
/// (hot) into `het` (the), ad shorthand `hh` (half hour) into any lone `h`,
/// `meet up` into `met up`. For every word of the normalised pattern whose
/// skeleton has at most [`SHORT_WORD`] letters, this returns the skeleton
/// positions (from the start of the pattern's skeleton) where the pattern
/// has a doubled letter; a hit counts only if the text has the letter
/// doubled there too (`heeeet` still matches `heet`). Longer words stay
/// lenient, so a dropped double in a long word (`whatsap`, `pasport`) still
/// matches.
fn required_doubles(norm: &Normalized) -> Box<[u16]> {
    let mut skel = Skeleton::default();
    skel.build(norm);
    let run = |i: usize| skel.ne[i] - skel.ns[i];
    let mut out = Vec::new();
    let mut start = 0;
    while start < skel.bytes.len() {
        let end = (start..skel.bytes.len())
            .find(|&i| !is_word_byte(skel.bytes[i]))
            .unwrap_or(skel.bytes.len());
        let letters = skel.bytes[start..end]
            .iter()
            .filter(|c| c.is_ascii_lowercase())
            .count();
        if letters <= SHORT_WORD {
            out.extend(
                (start..end)
                    .filter(|&i| run(i) >= 2)
                    .filter_map(|i| u16::try_from(i).ok()),
            );
        }
        start = end + 1;
    }
    out.into_boxed_slice()
}

/// Whether the skeleton hit starting at `at` has every required double.
fn doubles_present(required: &[u16], skel: &Skeleton, at: usize) -> bool {
    required.iter().all(|&i| {
        let p = at + usize::from(i);
        p < skel.ns.len() && skel.ne[p] - skel.ns[p] >= 2
    })
}

impl Matcher {
    /// Compiles a lexicon set.
    pub fn new(set: &LexiconSet) -> Result<Matcher, LexiconError> {
        let mut entries = Vec::new();
        for lx in &set.lexicons {
            entries.extend(lx.entries.iter().cloned());
        }
        let hard_negatives = set.hard_negatives.clone();

        let mut keys: Vec<String> = Vec::new();
        let mut key_index: std::collections::HashMap<String, usize> = Default::default();
        let mut key_targets: Vec<Vec<Target>> = Vec::new();
        let mut add = |key: String, t: Target| {
            let i = *key_index.entry(key.clone()).or_insert_with(|| {
                keys.push(key);
                key_targets.push(Vec::new());
                keys.len() - 1
            });
            key_targets[i].push(t);
        };

        let mut entry_doubles: Vec<Box<[u16]>> = vec![Box::default(); entries.len()];
        let mut regex_src = Vec::new();
        let mut regexes = Vec::new();
        let mut raw_emoji_pats: Vec<String> = Vec::new();
        let mut raw_emoji_entries = Vec::new();
        for (id, e) in entries.iter().enumerate() {
            let id = id as u32;
            match e.kind {
                PatternKind::Phrase | PatternKind::Emoji => {
                    let norm = normalize(&e.pattern);
                    let key = skeletonize(norm.as_str());
                    let generic = key.split(' ').any(|w| w == "emoji");
                    if e.kind == PatternKind::Emoji && generic {
                        let raw: String = e
                            .pattern
                            .chars()
                            .filter(|c| !matches!(*c as u32, 0xFE00..=0xFE0F | 0x200D))
                            .collect();
                        if !raw.is_empty() {
                            raw_emoji_pats.push(raw);
                            raw_emoji_entries.push(id);
                        }
                        continue;
                    }
                    if key.is_empty() {
                        return Err(bad(
                            &format!("{}.tsv", e.lang),
                            e.line,
                            "pattern is empty after normalisation",
                        ));
                    }
                    entry_doubles[id as usize] = required_doubles(&norm);
                    add(key, Target::Entry(id));
                }
                PatternKind::Regex => {
                    let (r, src) =
                        compile_regex(&e.pattern).map_err(|error| LexiconError::BadRegex {
                            source_name: format!("{}.tsv", e.lang),
                            line: e.line,
                            error,
                        })?;
                    regex_src.push(src);
                    regexes.push((r, id));
                }
            }
        }
        let mut negative_doubles = Vec::with_capacity(hard_negatives.len());
        for (id, h) in hard_negatives.iter().enumerate() {
            let norm = normalize(&h.pattern);
            negative_doubles.push(required_doubles(&norm));
            let key = skeletonize(norm.as_str());
            if key.is_empty() {
                return Err(bad(
                    "hard_negatives.tsv",
                    h.line,
                    "pattern is empty after normalisation",
                ));
            }
            add(key, Target::Negative(id as u32));
        }
        // The automaton reads every message already (and, with thousands
        // of keys, has no prefilter to lose): the age number words ride in
        // it instead of costing a pass of their own.
        for w in crate::entities::age_word_forms() {
            add(skeletonize(&w), Target::AgeWord);
        }
        // The spelling variants too, so a message without one costs the
        // spelling pass nothing.
        for v in &set.variants {
            add(skeletonize(&v.word), Target::Variant);
        }

        let mut ranges = Vec::with_capacity(keys.len());
        let mut targets = Vec::new();
        for t in key_targets {
            let s = targets.len() as u32;
            targets.extend(t);
            ranges.push((s, targets.len() as u32));
        }
        let edges = keys
            .iter()
            .map(|k| {
                let b = k.as_bytes();
                (
                    b.first().is_some_and(|&c| is_word_byte(c)),
                    b.last().is_some_and(|&c| is_word_byte(c)),
                )
            })
            .collect();
        let ac = if keys.is_empty() {
            None
        } else {
            Some(
                AhoCorasickBuilder::new()
                    .match_kind(MatchKind::LeftmostLongest)
                    .build(&keys)
                    .map_err(|e| LexiconError::Build(e.to_string()))?,
            )
        };
        // The lazy DFA's cache (per thread, filled only as text reaches new
        // states): 700-odd patterns over varied chat need some 20–30 MiB of
        // states; at 16 MiB the cache was cleared over and over on the
        // corpus's 51,000 messages and the set ran at a fifth of its speed
        // (docs/benchmarks.md, "The regex set's cache").
        let regex_set = if regex_src.is_empty() {
            None
        } else {
            Some(
                RegexSetBuilder::new(&regex_src)
                    .size_limit(64 << 20)
                    .dfa_size_limit(REGEX_CACHE_BYTES)
                    .build()
                    .map_err(|e| LexiconError::Build(e.to_string()))?,
            )
        };
        let raw_emoji = if raw_emoji_pats.is_empty() {
            None
        } else {
            Some(
                AhoCorasickBuilder::new()
                    .match_kind(MatchKind::LeftmostLongest)
                    .build(&raw_emoji_pats)
                    .map_err(|e| LexiconError::Build(e.to_string()))?,
            )
        };
        Ok(Matcher {
            entries,
            hard_negatives,
            ac,
            ranges,
            targets,
            edges,
            regex_set,
            regexes,
            raw_emoji,
            raw_emoji_entries,
            entry_doubles,
            negative_doubles,
            filler_keys: key_bits(set.fillers.iter().map(|f| f.word.as_str())),
            fillers: compile_fillers(&set.fillers),
            variant_keys: key_bits(set.variants.iter().map(|v| v.word.as_str())),
            variants: {
                let mut v: Vec<(Box<str>, Box<str>)> = set
                    .variants
                    .iter()
                    .map(|v| (v.word.as_str().into(), v.canonical.as_str().into()))
                    .collect();
                v.sort_unstable();
                v.dedup_by(|a, b| a.0 == b.0);
                v
            },
        })
    }

    /// Whether `word` (a normalised word token) is a filler word before `next` (the word
    /// after it, or empty).
    pub fn is_filler(&self, word: &str, next: &str) -> bool {
        // Most words are not fillers: one whose (length, first letter, last letter) no
        // filler has is ruled out by a bit test, without a search.
        let Some(k) = word_key(word) else {
            return false;
        };
        if self.filler_keys[k / 64] & (1u64 << (k % 64)) == 0 {
            return false;
        }
        match self.fillers.binary_search_by(|(f, _)| (**f).cmp(word)) {
            Ok(i) => self.fillers[i]
                .1
                .binary_search_by(|w| (**w).cmp(next))
                .is_err(),
            Err(_) => false,
        }
    }

    /// The spelling the lexicons use for `word` (a normalised word token), if `word` is a
    /// listed variant ("ya" → "you").
    pub fn variant_of(&self, word: &str) -> Option<&str> {
        let k = word_key(word)?;
        if self.variant_keys[k / 64] & (1u64 << (k % 64)) == 0 {
            return None;
        }
        self.variants
            .binary_search_by(|(v, _)| (**v).cmp(word))
            .ok()
            .map(|i| &*self.variants[i].1)
    }

    /// Whether the matcher has spelling variants (a second pass with the lexicons'
    /// spelling is possible).
    pub fn has_variants(&self) -> bool {
        !self.variants.is_empty()
    }

    /// Whether the matcher has filler words (a second, filler-free pass is possible).
    pub fn has_fillers(&self) -> bool {
        !self.fillers.is_empty()
    }

    /// All lexicon entries; [`Evidence::pattern_id`] indexes this.
    pub fn entries(&self) -> &[LexEntry] {
        &self.entries
    }

    /// All hard negatives; [`Suppression::pattern_id`] indexes this.
    pub fn hard_negatives(&self) -> &[HardNegative] {
        &self.hard_negatives
    }

    /// Number of distinct phrase keys in the automaton.
    pub fn phrase_key_count(&self) -> usize {
        self.ranges.len()
    }

    /// Finds evidence and suppressions in a normalised message. `original` is the text that
    /// was normalised (used for emoji outside the emoji table). Results are appended.
    /// Returns whether the message holds a number word an age can be written as (a whole
    /// word; for [`crate::entities::EntityExtractor::extract_with`]) and whether it may
    /// hold a spelling variant.
    pub fn find(
        &self,
        original: &str,
        norm: &Normalized,
        skel: &Skeleton,
        evidence: &mut Vec<Evidence>,
        suppressions: &mut Vec<Suppression>,
    ) -> PhraseHints {
        let hints = self.find_phrases(norm, skel, evidence, suppressions);
        self.find_regexes(norm, evidence);
        if let (Some(ac), false) = (&self.raw_emoji, original.is_ascii()) {
            for m in ac.find_iter(original) {
                let id = self.raw_emoji_entries[m.pattern().as_usize()];
                let e = &self.entries[id as usize];
                evidence.push(Evidence {
                    code: e.code,
                    start: m.start(),
                    end: m.end(),
                    weight: e.weight,
                    pattern_id: id,
                    lang: e.lang,
                    source: EvidenceSource::Emoji,
                });
            }
        }
        hints
    }

    /// The phrase, emoji-token and hard-negative part of [`Matcher::find`] (one
    /// Aho-Corasick pass over the skeleton view); returns whether an age is written in
    /// words and whether a spelling variant may be there. The analyzer's filler-free
    /// pass runs only this: regex rows already allow the fillers they expect, and the
    /// regex set is the costly part.
    pub fn find_phrases(
        &self,
        norm: &Normalized,
        skel: &Skeleton,
        evidence: &mut Vec<Evidence>,
        suppressions: &mut Vec<Suppression>,
    ) -> PhraseHints {
        let mut hints = PhraseHints::default();
        if let Some(ac) = &self.ac {
            let hay = skel.as_bytes();
            let mut pos = 0;
            while pos < hay.len() {
                let Some(m) = ac.find(Input::new(hay).range(pos..).anchored(Anchored::No)) else {
                    break;
                };
                let pid = m.pattern().as_usize();
                let (ws, we) = self.edges[pid];
                let ok_start = !ws || m.start() == 0 || !is_word_byte(hay[m.start() - 1]);
                let ok_end = !we || m.end() == hay.len() || !is_word_byte(hay[m.end()]);
                if !(ok_start && ok_end) {
                    pos = m.start() + 1;
                    continue;
                }
                pos = m.end().max(m.start() + 1);
                let nspan = skel.norm_span(m.start()..m.end());
                let ospan = norm.original_span(nspan);
                let (a, b) = self.ranges[pid];
                for t in &self.targets[a as usize..b as usize] {
                    match *t {
                        Target::Entry(id) => {
                            if !doubles_present(&self.entry_doubles[id as usize], skel, m.start()) {
                                continue;
                            }
                            let e = &self.entries[id as usize];
                            evidence.push(Evidence {
                                code: e.code,
                                start: ospan.start,
                                end: ospan.end,
                                weight: e.weight,
                                pattern_id: id,
                                lang: e.lang,
                                source: if e.kind == PatternKind::Emoji {
                                    EvidenceSource::Emoji
                                } else {
                                    EvidenceSource::Phrase
                                },
                            });
                        }
                        Target::Negative(id) => {
                            if !doubles_present(
                                &self.negative_doubles[id as usize],
                                skel,
                                m.start(),
                            ) {
                                continue;
                            }
                            let h = &self.hard_negatives[id as usize];
                            suppressions.push(Suppression {
                                context: h.context,
                                start: ospan.start,
                                end: ospan.end,
                                weight: h.weight,
                                pattern_id: id,
                                lang: h.lang,
                            });
                        }
                        Target::AgeWord => hints.age_word = true,
                        Target::Variant => hints.variant = true,
                    }
                }
            }
        }
        hints
    }

    /// The regex part of [`Matcher::find`] (the regex set, then each regex it reports).
    pub fn find_regexes(&self, norm: &Normalized, evidence: &mut Vec<Evidence>) {
        if let Some(set) = &self.regex_set {
            let text = norm.as_str().as_bytes();
            let hits = set.matches(text);
            if hits.matched_any() {
                for i in hits.iter() {
                    let (re, id) = &self.regexes[i];
                    let e = &self.entries[*id as usize];
                    for m in re.find_iter(text) {
                        if m.start() == m.end() {
                            continue;
                        }
                        // "im 15 min out" states no age: an age cue that
                        // ends in a number followed by a unit is a quantity.
                        if e.code == Code::AgeProbe
                            && text[..m.end()].last().is_some_and(u8::is_ascii_digit)
                            && crate::entities::quantity_follows(&text[m.end()..])
                        {
                            continue;
                        }
                        // "my 16 year old got a job offer" states a child's
                        // age, not the writer's: no age cue.
                        if e.code == Code::AgeProbe
                            && text[m.start()..].first().is_some_and(u8::is_ascii_digit)
                            && crate::entities::third_party_age(
                                &text[..m.start()],
                                &text[m.end()..],
                            )
                        {
                            continue;
                        }
                        let o = norm.original_span(m.start()..m.end());
                        evidence.push(Evidence {
                            code: e.code,
                            start: o.start,
                            end: o.end,
                            weight: e.weight,
                            pattern_id: *id,
                            lang: e.lang,
                            source: EvidenceSource::Regex,
                        });
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The lexicon automaton flags the number words, so the analyzer reads
    /// ages in words; a message without one does not run those patterns.
    #[test]
    fn ages_in_words_are_found_through_the_lexicon_automaton() {
        let mut a = crate::Analyzer::with_default_lexicons().unwrap();
        let age = |a: &mut crate::Analyzer, t: &str| {
            a.analyze(t)
                .entities
                .iter()
                .filter_map(|e| e.age.as_ref().map(|g| g.years))
                .collect::<Vec<_>>()
        };
        for (t, years) in [
            ("hey im fourteen lol", 14),
            ("im twentyfive", 25),
            ("ich bin vierzehn", 14),
            ("j'ai dix-sept ans", 17),
            ("tengo catorce años y tu", 14),
            ("are u thirteen?", 13),
        ] {
            assert_eq!(age(&mut a, t), vec![years], "{t}");
        }
        let m = Matcher::new(&LexiconSet::default_set().unwrap()).unwrap();
        let flag = |t: &str| {
            let n = crate::normalize(t);
            let mut sk = Skeleton::default();
            sk.build(&n);
            m.find(t, &n, &sk, &mut Vec::new(), &mut Vec::new())
        };
        assert!(flag("im fourteen").age_word);
        assert!(!flag("hey how was school today").age_word);
        assert!(!flag("often listen, this is for the thing").age_word);
        // The spelling variants ride in the same automaton, as whole words.
        assert!(flag("wat age are ya").variant);
        assert!(!flag("hey how was school today").variant);
        assert!(!flag("yak").variant);
    }

    /// An age cue ending in a number is no cue when a unit follows: "im 15
    /// min out" is a distance, "im 15" an age; nor is someone else's age.
    #[test]
    fn a_number_with_a_unit_is_no_age_cue() {
        let mut a = crate::Analyzer::with_default_lexicons().unwrap();
        let ages = |a: &mut crate::Analyzer, t: &str| {
            a.analyze(t)
                .evidence
                .iter()
                .filter(|e| e.code == Code::AgeProbe)
                .count()
        };
        for t in [
            "im 15 min out",
            "ok im 10 mins away",
            "i m 12 miles from u",
            "im 9 hours ahead",
            // Someone else's age is no age cue either.
            "my 16 year old got a job offer",
            "my 14 yo son has practice",
            "she is 15 years old",
            "mi hija de 13 años",
        ] {
            assert_eq!(ages(&mut a, t), 0, "{t}");
        }
        for t in [
            "im 15",
            "im 15 u?",
            "ok im 10 and u",
            "15 yo here",
            "im a 14 yo girl",
            "14 years old",
        ] {
            assert!(ages(&mut a, t) > 0, "{t}");
        }
    }

    #[test]
    fn parse_errors_have_line_numbers() {
        let t = "code\tkind\tpattern\tweight\tnote\nsecrecy\tphrase\tdont tell\t2.0\tx\nbogus\tphrase\tx\t1\t\n";
        let e = Lexicon::from_tsv("en", t).unwrap_err();
        assert!(e.to_string().contains(":3:"), "{e}");
        let t = "code\tkind\tpattern\tweight\tnote\nsecrecy\tregex\t(unclosed\t2.0\t\n";
        let e = Lexicon::from_tsv("en", t).unwrap_err();
        assert!(matches!(e, LexiconError::BadRegex { line: 2, .. }), "{e}");
        let t = "# comment\n\nsecrecy\tphrase\tx\tnope\n";
        let e = Lexicon::from_tsv("en", t).unwrap_err();
        assert!(e.to_string().contains(":3:"), "{e}");
    }

    #[test]
    fn default_set_compiles() {
        let set = LexiconSet::default_set().unwrap();
        assert_eq!(set.lexicons.len(), 6);
        assert!(set.lexicons.iter().all(|l| !l.entries.is_empty()));
        assert!(!set.hard_negatives.is_empty());
        let m = Matcher::new(&set).unwrap();
        assert!(m.phrase_key_count() > 1000);
        // Every shipped emoji entry maps to a named emoji token (not the raw fallback).
        assert!(
            m.raw_emoji_entries.is_empty(),
            "{:?}",
            m.raw_emoji_entries
                .iter()
                .map(|&i| &m.entries[i as usize].pattern)
                .collect::<Vec<_>>()
        );
    }

    #[test]
    fn lang_tag() {
        assert_eq!(Lang::new("EN").unwrap().as_str(), "en");
        assert!(Lang::new("").is_none());
        assert!(Lang::new("toolongtag").is_none());
    }
}
