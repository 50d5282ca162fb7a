//! Layer 1: the normaliser.
//!
//! [`normalize`] turns a chat message into a canonical, mostly-ASCII, lowercase form that
//! lexicons and models can match robustly, while keeping for **every byte** of the output the
//! original byte range it came from ([`Normalized::original_span`]).
//!
//! Steps, in order:
//!
//! 1. **Per character** (one pass over the original):
//!    * zero-width characters (U+200B–U+200D, U+2060, U+FEFF) are **removed** inside a word
//!      (`sn\u{200b}ap` → `snap`) but read as **spaces** where they stand in for them: in a
//!      run of text without spaces holding two or more of them, when at least half of the
//!      pieces between them are two characters or longer (`add\u{200d}me\u{200d}on` →
//!      `add me on`; single letters `s\u{200b}n\u{200b}a\u{200b}p` are joined);
//!    * bidi controls (U+202A–U+202E, U+2066–U+2069, U+200E/F, U+061C), soft hyphen,
//!      variation selectors, emoji skin-tone modifiers and tag characters are **removed**;
//!    * control characters and every Unicode white space become a space;
//!    * emoji become ` emoji_<name> ` tokens (generic ` emoji ` when not in the table);
//!    * HTML character references left in text copied from web pages or XML exports are
//!      decoded (`don&apos;t`, `don&#39;t`, `&#8217;`, `&quot;`, `&amp;`, `&nbsp;` …, and
//!      the double-escaped `&amp;apos;`), each decoded character mapped to the whole
//!      reference's original bytes; anything else with an `&` is left as it is (`AT&T`);
//!    * typographic apostrophes (’ ‘ ʼ ` ′) become `'`; inverted marks (`¿ ¡`), guillemets,
//!      curly double quotes and dashes become a space (so `¿estás` is the word `estas`);
//!    * everything else is NFKD-decomposed (compatibility: fullwidth `ｓ` and mathematical
//!      `𝐬` become `s`), combining marks are dropped (`você` → `voce`), the result is
//!      lowercased, confusable Cyrillic/Greek letters are mapped to their Latin look-alikes
//!      (`snаp` with Cyrillic `а` → `snap`) and a few letters are expanded (`ß` → `ss`,
//!      `æ` → `ae`, `ø` → `o` …).
//! 2. **Word shape**:
//!    * white-space runs collapse to a single space; leading/trailing space is trimmed;
//!    * an apostrophe between two letters is removed (`don't` → `dont`, `i'm` → `im`),
//!      except after an elided French/Italian article or pronoun (`c d j l m n s t`, `qu`),
//!      where it separates words (`l'âge` → `l age`, `c'est` → `c est`, `qu'un` → `qu un`);
//!    * spaced-out letters are joined: three or more single letters separated by the same
//!      `.`, `-`, `_` or `*` (`s.n.a.p`, `w-h-a-t-s`), or **four** or more separated by single
//!      spaces (`s n a p`). Three spaced letters are left alone because texting English is full
//!      of them (`r u a cop`).
//! 3. **Leetspeak and repeats**:
//!    * a run of at most three of `0 1 3 4 5 7 8 @ $ | !` that has an ASCII letter on **both**
//!      sides is folded (`sn4p` → `snap`, `t3l3gram` → `telegram`, `g00d` → `good`); so is
//!      **one** such character opening a word before two or more letters (`0ld` → `old`,
//!      `4ge` → `age`) unless those letters are a number's suffix (`1st`, `7pm`, `5am`,
//!      `10th`, `2day`…), and a `0` or `3` closing a word of two or more letters (`l1k3` →
//!      `like`, `h3ll0` → `hello`; `s3`, `ps4` stay); anything else is left alone, so pure numbers (`14`, `$50`, `555 0123`),
//!      ages (`14f`, `f14`, `im14`), times (`7pm`) and ordinals (`9th`) survive. An `@` is not folded when a `.`
//!      follows later in the same word (e-mail addresses);
//!    * runs of three or more identical ASCII letters are squeezed to **two**
//!      (`snaaaap` → `snaap`, `sooo` → `soo`), which keeps real double letters (`good`,
//!      `meet`) intact. Lexicon phrase matching then runs on a *skeleton* view in which every
//!      run of identical letters is a single letter, with patterns skeletonised the same way
//!      ([`skeletonize`]), so `snaap`, `snap` and `snaaaap` all match the phrase `snap`.
//!
//! Confusable folding is unconditional for the letters in the table; genuine Cyrillic or
//! Greek words are therefore partly Latinised. The table only holds letters that are visually
//! identical to Latin ones, so this is the intended effect for spoofed Latin words and a
//! consistent (if lossy) transform for real Cyrillic/Greek text.

use std::ops::Range;

use serde::{Deserialize, Serialize};
use unicode_normalization::char::{decompose_compatible, is_combining_mark};

use crate::emoji::{emoji_name, is_emoji_modifier, is_generic_emoji};

/// What [`Normalized::edit_words_into`] does with one word.
enum WordEdit<'r> {
    Keep,
    /// Taken out with the space after it.
    Drop,
    /// Replaced by this spelling.
    Replace(&'r str),
}

/// Normalised text plus the map back to original byte offsets.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Normalized {
    text: String,
    /// For each byte of `text`: start of the original range that produced it.
    src_start: Vec<u32>,
    /// For each byte of `text`: end of the original range that produced it.
    src_end: Vec<u32>,
    /// Length in bytes of the original text.
    original_len: u32,
}

/// A word token of the normalised text: a maximal run of ASCII letters, digits, `_` or
/// non-ASCII characters. Emoji tokens (`emoji_rose`) are words too.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Token {
    /// Start byte offset in the original text (a char boundary).
    pub start: usize,
    /// End byte offset in the original text (a char boundary).
    pub end: usize,
    /// Start byte offset in the normalised text.
    pub norm_start: usize,
    /// End byte offset in the normalised text.
    pub norm_end: usize,
}

impl Normalized {
    /// The normalised text.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Length of the original text in bytes.
    pub fn original_len(&self) -> usize {
        self.original_len as usize
    }

    /// Maps a byte range of the normalised text to the byte range of the original text it
    /// came from. The result always lies on char boundaries of the original. Out-of-range
    /// input is clamped.
    pub fn original_span(&self, range: Range<usize>) -> Range<usize> {
        let n = self.text.len();
        let a = range.start.min(n);
        let b = range.end.min(n).max(a);
        if a == b {
            let p = if a < n {
                self.src_start[a]
            } else {
                self.original_len
            };
            return p as usize..p as usize;
        }
        let s = self.src_start[a] as usize;
        let e = self.src_end[b - 1] as usize;
        s..e.max(s)
    }

    /// Writes into `out` this text with every word between two words (a space on each
    /// side) that `drop(word, next_word)` selects taken out, with the space after it, so
    /// that `out` still maps every byte to the original text. The original spans of the
    /// removed words are appended to `removed` (in order). Returns whether any word was
    /// removed; when none was, `out` is left cleared.
    pub fn without_words_into(
        &self,
        mut drop: impl FnMut(&str, &str) -> bool,
        out: &mut Normalized,
        removed: &mut Vec<Range<usize>>,
    ) -> bool {
        let b = self.text.as_bytes();
        self.edit_words_into(
            |s, i| {
                // Only a word between two words can break a phrase: one that opens or
                // ends the text or touches punctuation ("ok lol", "lol, see u") is kept.
                let inside = s >= 2
                    && b[s - 1] == b' '
                    && is_word_byte(b[s - 2])
                    && b.get(i) == Some(&b' ')
                    && b.get(i + 1).is_some_and(|&c| is_word_byte(c));
                if !inside {
                    return WordEdit::Keep;
                }
                let mut j = i + 1;
                while j < b.len() && is_word_byte(b[j]) {
                    j += 1;
                }
                // Words are whole runs of word bytes, so `s..i` and `i + 1..j` lie on
                // char boundaries.
                if drop(&self.text[s..i], &self.text[i + 1..j]) {
                    WordEdit::Drop
                } else {
                    WordEdit::Keep
                }
            },
            out,
            removed,
        )
    }

    /// Writes into `out` this text with every word for which `replace(word)` gives a
    /// spelling put in its place ("ya" → "you", "wat" → "what"); every byte of a
    /// replacement maps to the whole original span of the word it replaces, so `out`
    /// still maps to the original text. The original spans of the replaced words are
    /// appended to `replaced` (in order). Returns whether any word was replaced; when
    /// none was, `out` is left cleared.
    pub fn with_words_replaced_into<'r>(
        &self,
        mut replace: impl FnMut(&str) -> Option<&'r str>,
        out: &mut Normalized,
        replaced: &mut Vec<Range<usize>>,
    ) -> bool {
        self.edit_words_into(
            |s, i| replace(&self.text[s..i]).map_or(WordEdit::Keep, WordEdit::Replace),
            out,
            replaced,
        )
    }

    /// Writes into `out` this text with each word `s..i` (a whole run of word bytes)
    /// kept, dropped with the space after it, or replaced, as `edit(s, i)` says; the
    /// original spans of the changed words go to `changed` (in order). Nothing is copied
    /// until a word changes: for most messages this is one scan of the bytes. Returns
    /// whether any word changed; when none did, `out` is left cleared.
    fn edit_words_into<'r>(
        &self,
        mut edit: impl FnMut(usize, usize) -> WordEdit<'r>,
        out: &mut Normalized,
        changed: &mut Vec<Range<usize>>,
    ) -> bool {
        out.text.clear();
        out.src_start.clear();
        out.src_end.clear();
        out.original_len = self.original_len;
        let b = self.text.as_bytes();
        let mut copied = 0;
        let mut any = false;
        let mut i = 0;
        while i < b.len() {
            if !is_word_byte(b[i]) {
                i += 1;
                continue;
            }
            let s = i;
            while i < b.len() && is_word_byte(b[i]) {
                i += 1;
            }
            // `None`: dropped; `Some(with)`: replaced.
            let with = match edit(s, i) {
                WordEdit::Keep => continue,
                WordEdit::Drop => None,
                WordEdit::Replace(with) => Some(with),
            };
            any = true;
            let span = self.original_span(s..i);
            changed.push(span.clone());
            // Copy what came before the word.
            self.copy_into(copied..s, out);
            if let Some(with) = with {
                out.text.push_str(with);
                out.src_start
                    .extend(std::iter::repeat_n(span.start as u32, with.len()));
                out.src_end
                    .extend(std::iter::repeat_n(span.end as u32, with.len()));
                copied = i;
            } else {
                // Skip the word and the space after it.
                copied = i + 1;
                i += 1;
            }
        }
        if any {
            self.copy_into(copied..b.len(), out);
        }
        any
    }

    /// Appends bytes `r` of this text (on char boundaries) and their offset maps to `out`.
    fn copy_into(&self, r: Range<usize>, out: &mut Normalized) {
        out.text.push_str(&self.text[r.clone()]);
        out.src_start.extend_from_slice(&self.src_start[r.clone()]);
        out.src_end.extend_from_slice(&self.src_end[r]);
    }

    /// Iterates over the word tokens of the normalised text.
    pub fn tokens(&self) -> Tokens<'_> {
        Tokens { norm: self, pos: 0 }
    }

    /// Number of word tokens.
    pub fn token_count(&self) -> usize {
        let b = self.text.as_bytes();
        let mut n = 0;
        let mut in_word = false;
        for &c in b {
            let w = is_word_byte(c);
            if w && !in_word {
                n += 1;
            }
            in_word = w;
        }
        n
    }
}

/// Iterator over [`Token`]s, see [`Normalized::tokens`].
#[derive(Debug)]
pub struct Tokens<'a> {
    norm: &'a Normalized,
    pos: usize,
}

impl Iterator for Tokens<'_> {
    type Item = Token;
    fn next(&mut self) -> Option<Token> {
        let b = self.norm.text.as_bytes();
        let mut i = self.pos;
        while i < b.len() && !is_word_byte(b[i]) {
            i += 1;
        }
        if i >= b.len() {
            self.pos = i;
            return None;
        }
        let s = i;
        while i < b.len() && is_word_byte(b[i]) {
            i += 1;
        }
        self.pos = i;
        let span = self.norm.original_span(s..i);
        Some(Token {
            start: span.start,
            end: span.end,
            norm_start: s,
            norm_end: i,
        })
    }
}

/// Word byte of the normalised text: ASCII alphanumeric, `_`, or any non-ASCII byte.
#[inline]
pub fn is_word_byte(c: u8) -> bool {
    WORD_BYTE[usize::from(c)]
}

/// [`is_word_byte`] as a table (one load instead of four range tests).
static WORD_BYTE: [bool; 256] = {
    let mut t = [false; 256];
    let mut c = 0usize;
    while c < 256 {
        let b = c as u8;
        t[c] = b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80;
        c += 1;
    }
    t
};

/// Normalises `text` (convenience wrapper around [`Normalizer`]).
pub fn normalize(text: &str) -> Normalized {
    let mut n = Normalizer::new();
    let mut out = Normalized::default();
    n.normalize_into(text, &mut out);
    out
}

/// Reusable normaliser with scratch buffers: after warm-up, normalising a message does not
/// allocate beyond growing the output buffers.
#[derive(Debug, Default, Clone)]
pub struct Normalizer {
    a: Buf,
    b: Buf,
}

#[derive(Debug, Default, Clone)]
struct Buf {
    bytes: Vec<u8>,
    s: Vec<u32>,
    e: Vec<u32>,
}

impl Buf {
    #[inline]
    fn clear(&mut self) {
        self.bytes.clear();
        self.s.clear();
        self.e.clear();
    }
    #[inline]
    fn push(&mut self, c: u8, s: u32, e: u32) {
        self.bytes.push(c);
        self.s.push(s);
        self.e.push(e);
    }
    #[inline]
    fn push_str(&mut self, t: &str, s: u32, e: u32) {
        for &c in t.as_bytes() {
            self.push(c, s, e);
        }
    }
    #[inline]
    fn push_char(&mut self, c: char, s: u32, e: u32) {
        let mut tmp = [0u8; 4];
        self.push_str(c.encode_utf8(&mut tmp), s, e);
    }
    #[inline]
    fn last(&self) -> Option<u8> {
        self.bytes.last().copied()
    }
}

impl Normalizer {
    /// Creates a normaliser with empty scratch buffers.
    pub fn new() -> Self {
        Self::default()
    }

    /// Normalises `text` into `out`, reusing `out`'s buffers.
    ///
    /// Texts longer than `u32::MAX` bytes are truncated at a char boundary below that limit.
    pub fn normalize_into(&mut self, text: &str, out: &mut Normalized) {
        let text = truncate_u32(text);
        if is_plain_ascii(text.as_bytes()) {
            plain_ascii_into(text, out);
            return;
        }
        self.general_into(text, out);
    }

    /// The three passes of [`Normalizer::normalize_into`], for any text (the plain-ASCII
    /// fast path gives the same result on the texts it takes).
    fn general_into(&mut self, text: &str, out: &mut Normalized) {
        self.a.clear();
        self.b.clear();
        pass_chars(text, &mut self.a);
        pass_shape(&self.a, &mut self.b);

        let mut bytes = std::mem::take(&mut out.text).into_bytes();
        bytes.clear();
        out.src_start.clear();
        out.src_end.clear();
        pass_leet_repeat(&self.b, &mut bytes, &mut out.src_start, &mut out.src_end);
        out.text = match String::from_utf8(bytes) {
            Ok(s) => s,
            // Unreachable by construction (only ASCII bytes are added, dropped or replaced,
            // non-ASCII sequences are copied whole), but never panic on it.
            Err(e) => {
                let s = String::from_utf8_lossy(e.as_bytes()).into_owned();
                out.src_start.resize(s.len(), 0);
                out.src_end.resize(s.len(), 0);
                s
            }
        };
        out.original_len = text.len() as u32;
    }

    /// Normalises `text` into a new [`Normalized`].
    pub fn normalize(&mut self, text: &str) -> Normalized {
        let mut out = Normalized::default();
        self.normalize_into(text, &mut out);
        out
    }
}

/// Whether normalising `b` gives its lowercase with every byte mapped to itself: the
/// common short chat message of ASCII letters, single spaces and plain punctuation, which
/// no step of the general passes changes beyond the case. Conservative: a text with
/// anything a step may act on (digits and leet signs, apostrophes, quotes, `&`, `_`, `*`,
/// control bytes, non-ASCII, leading, trailing or double spaces, three identical letters
/// in a row, three single letters in a row, a `!` between letters) goes to the general
/// passes.
fn is_plain_ascii(b: &[u8]) -> bool {
    let n = b.len();
    if n == 0 || b[0] == b' ' || b[n - 1] == b' ' {
        return false;
    }
    // Letters (either case) in the current run of identical letters.
    let mut same = 0u32;
    // Lowercase form of the previous byte.
    let mut prev = 0u8;
    // Letters in the current word (a run of letters: digits, `_` and non-ASCII bytes,
    // the other word bytes, never get past the class test).
    let mut run = 0usize;
    // Ends of the last two single-letter words (`usize::MAX - 8` when none).
    let mut single = [usize::MAX - 8; 2];
    // Three single-letter words in a row, one separator apart (`s.n.a`, `r u a`).
    let spaced = |single: &mut [usize; 2], i: usize| {
        let three = single[1] + 2 == i && single[0] + 4 == i;
        *single = [single[1], i];
        three
    };
    for (i, &c) in b.iter().enumerate() {
        match PLAIN_CLASS[usize::from(c)] {
            PLAIN_LETTER => {
                let l = c | 0x20;
                if l == prev {
                    same += 1;
                    if same >= 3 {
                        return false;
                    }
                } else {
                    same = 1;
                }
                run += 1;
                prev = l;
                continue;
            }
            PLAIN_SPACE if prev == b' ' => return false,
            PLAIN_SPACE | PLAIN_PUNCT => {}
            PLAIN_BANG => {
                // Folded to `i` between letters (`h!m`): leave it to the general passes.
                if run > 0 {
                    let after = b[i..].iter().position(|&d| d != b'!').map(|k| b[i + k]);
                    if after.is_some_and(|d| d.is_ascii_alphabetic()) {
                        return false;
                    }
                }
            }
            _ => return false,
        }
        if run == 1 && spaced(&mut single, i) {
            return false;
        }
        run = 0;
        same = 0;
        prev = c;
    }
    !(run == 1 && spaced(&mut single, n))
}

const PLAIN_OTHER: u8 = 0;
const PLAIN_LETTER: u8 = 1;
const PLAIN_SPACE: u8 = 2;
const PLAIN_PUNCT: u8 = 3;
const PLAIN_BANG: u8 = 4;

/// Byte classes of [`is_plain_ascii`]: letters, the space, punctuation no pass acts on,
/// `!` (folded between letters), and the rest.
static PLAIN_CLASS: [u8; 256] = {
    let mut t = [PLAIN_OTHER; 256];
    let mut c = 0usize;
    while c < 128 {
        let b = c as u8;
        t[c] = if b.is_ascii_alphabetic() {
            PLAIN_LETTER
        } else if b == b' ' {
            PLAIN_SPACE
        } else if b == b'!' {
            PLAIN_BANG
        } else if matches!(
            b,
            b'.' | b','
                | b'?'
                | b'-'
                | b':'
                | b';'
                | b'('
                | b')'
                | b'/'
                | b'+'
                | b'='
                | b'%'
                | b'#'
                | b'['
                | b']'
                | b'{'
                | b'}'
                | b'<'
                | b'>'
                | b'~'
                | b'^'
                | b'\\'
        ) {
            PLAIN_PUNCT
        } else {
            PLAIN_OTHER
        };
        c += 1;
    }
    t
};

/// The normalised form of a text [`is_plain_ascii`] accepts: its lowercase, every byte
/// mapped to itself.
fn plain_ascii_into(text: &str, out: &mut Normalized) {
    let n = text.len() as u32;
    out.text.clear();
    out.text.push_str(text);
    out.text.make_ascii_lowercase();
    out.src_start.clear();
    out.src_start.extend(0..n);
    out.src_end.clear();
    out.src_end.extend(1..n + 1);
    out.original_len = n;
}

fn truncate_u32(text: &str) -> &str {
    const MAX: usize = u32::MAX as usize - 8;
    if text.len() <= MAX {
        return text;
    }
    let mut end = MAX;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// Characters removed outright.
#[inline]
fn is_invisible(c: char) -> bool {
    matches!(c as u32,
        0x00AD // soft hyphen
        | 0x034F // combining grapheme joiner
        | 0x061C // arabic letter mark
        | 0x115F | 0x1160 | 0x3164 | 0xFFA0 // hangul fillers
        | 0x17B4 | 0x17B5
        | 0x180B..=0x180F // mongolian variation selectors / vowel separator
        | 0x200B..=0x200F // zero width space/non-joiner/joiner, LRM, RLM
        | 0x202A..=0x202E // bidi embeddings/overrides
        | 0x2060..=0x2064 // word joiner, invisible operators
        | 0x2066..=0x206F // bidi isolates, deprecated format chars
        | 0xFE00..=0xFE0F // variation selectors
        | 0xFEFF // BOM / zero width no-break space
        | 0xFFF9..=0xFFFB
        | 0x1D173..=0x1D17A
        | 0xE0001
        | 0xE0100..=0xE01EF // variation selectors supplement
    ) || is_emoji_modifier(c)
}

/// Latin look-alike for a lowercase confusable letter.
#[inline]
fn confusable(c: char) -> Option<&'static str> {
    Some(match c {
        // Cyrillic
        'а' => "a",
        'в' => "b",
        'е' | 'ё' | 'є' => "e",
        'о' => "o",
        'р' => "p",
        'с' => "c",
        'х' => "x",
        'у' => "y",
        'і' | 'ї' => "i",
        'ј' => "j",
        'ѕ' => "s",
        'һ' => "h",
        'ԁ' => "d",
        'ԛ' => "q",
        'ԝ' => "w",
        'к' => "k",
        'м' => "m",
        'н' => "h",
        'т' => "t",
        'ь' => "b",
        'ɡ' => "g",
        'ӏ' => "l",
        // Greek
        'α' => "a",
        'β' => "b",
        'γ' => "y",
        'ε' => "e",
        'η' => "n",
        'ι' => "i",
        'κ' => "k",
        'ν' => "v",
        'ο' => "o",
        'ρ' => "p",
        'τ' => "t",
        'υ' => "u",
        'χ' => "x",
        'ω' => "w",
        'ς' | 'σ' => "s",
        'μ' => "u",
        // Latin letters without decomposition
        'ß' => "ss",
        'æ' => "ae",
        'œ' => "oe",
        'ø' => "o",
        'đ' | 'ð' => "d",
        'ł' => "l",
        'ı' => "i",
        'þ' => "th",
        'ŋ' => "n",
        'ƒ' => "f",
        'ɑ' => "a",
        'ɩ' => "i",
        'ʟ' => "l",
        'ꞵ' => "b",
        // Small capitals (font generators' "small caps": `ꜱɴᴀᴘ`), which
        // have no compatibility decomposition.
        'ᴀ' => "a",
        'ʙ' => "b",
        'ᴄ' => "c",
        'ᴅ' => "d",
        'ᴇ' => "e",
        'ꜰ' => "f",
        'ɢ' => "g",
        'ʜ' => "h",
        'ɪ' => "i",
        'ᴊ' => "j",
        'ᴋ' => "k",
        'ᴍ' => "m",
        'ɴ' => "n",
        'ᴏ' => "o",
        'ᴘ' => "p",
        'ꞯ' => "q",
        'ʀ' => "r",
        'ꜱ' => "s",
        'ᴛ' => "t",
        'ᴜ' => "u",
        'ᴠ' => "v",
        'ᴡ' => "w",
        'ʏ' => "y",
        'ᴢ' => "z",
        _ => return None,
    })
}

/// Maps typographic apostrophes to `'`.
#[inline]
fn is_apostrophe(c: char) -> bool {
    matches!(
        c,
        '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{2032}' | '\u{00B4}' | '`'
    )
}

/// The first-pass form of an ASCII byte.
#[inline]
fn ascii_form(c: u8) -> u8 {
    if c < 0x20 || c == 0x7F {
        b' '
    } else if c == b'`' {
        b'\''
    } else if c == b'"' {
        // A straight double quote is punctuation beside a word, as the curly
        // ones are (`is_word_punctuation`): `your "passport"` reads as the
        // phrase it holds.
        b' '
    } else {
        c.to_ascii_lowercase()
    }
}

/// The HTML character reference at the start of `s` (which starts with
/// `&`), as its character and its length in bytes: `&apos;`, `&#39;`,
/// `&#x27;`, a few named ones chat text carries, and a double-escaped
/// `&amp;apos;` read as one reference.
fn html_reference(s: &[u8]) -> Option<(char, usize)> {
    let (ch, len) = reference_body(s.get(1..)?)?;
    let len = len + 1;
    // "&amp;" + "apos;": the escaped reference's body follows "&amp;".
    if ch == '&'
        && let Some((inner, inner_len)) = reference_body(&s[len..])
        && inner != '&'
    {
        return Some((inner, len + inner_len));
    }
    Some((ch, len))
}

/// The body of an HTML character reference (what follows its `&`, up to
/// and including the `;`), as its character and its length in bytes.
fn reference_body(body: &[u8]) -> Option<(char, usize)> {
    const NAMED: &[(&[u8], char)] = &[
        (b"amp", '&'),
        (b"lt", '<'),
        (b"gt", '>'),
        (b"quot", '"'),
        (b"apos", '\''),
        (b"nbsp", ' '),
        (b"rsquo", '\u{2019}'),
        (b"lsquo", '\u{2018}'),
        (b"rdquo", '\u{201D}'),
        (b"ldquo", '\u{201C}'),
        (b"hellip", '\u{2026}'),
        (b"mdash", '\u{2014}'),
        (b"ndash", '\u{2013}'),
    ];
    // Longest body: "#x10FFFF" (8 bytes).
    let semi = body.iter().take(9).position(|&b| b == b';')?;
    let name = &body[..semi];
    let ch = if let Some(num) = name.strip_prefix(b"#") {
        let (digits, radix) = match num.first() {
            Some(b'x' | b'X') => (&num[1..], 16),
            _ => (num, 10),
        };
        if digits.is_empty() || !digits.iter().all(|&b| char::from(b).is_digit(radix)) {
            return None;
        }
        let v = u32::from_str_radix(std::str::from_utf8(digits).ok()?, radix).ok()?;
        char::from_u32(v).filter(|&c| c != '\0')?
    } else {
        NAMED
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|&(_, c)| c)?
    };
    Some((ch, semi + 1))
}

fn pass_chars(text: &str, out: &mut Buf) {
    let bytes = text.as_bytes();
    out.bytes.reserve(bytes.len() + 8);
    out.s.reserve(bytes.len() + 8);
    out.e.reserve(bytes.len() + 8);
    let mut i = 0usize;
    while i < bytes.len() {
        let c = bytes[i];
        if c < 0x80 {
            // ASCII run: bulk-extend the three buffers (up to an `&` that may
            // open an HTML character reference).
            let mut j = i + 1;
            while j < bytes.len() && bytes[j] < 0x80 && bytes[j] != b'&' {
                j += 1;
            }
            if c == b'&' {
                if let Some((ch, len)) = html_reference(&bytes[i..]) {
                    let (s, e) = (i as u32, (i + len) as u32);
                    if ch.is_ascii() {
                        out.push(ascii_form(ch as u8), s, e);
                    } else {
                        non_ascii_char(ch, s, e, out);
                    }
                    i += len;
                } else {
                    out.push(b'&', i as u32, i as u32 + 1);
                    i += 1;
                }
                continue;
            }
            out.bytes.extend(bytes[i..j].iter().map(|&c| ascii_form(c)));
            out.s.extend(i as u32..j as u32);
            out.e.extend(i as u32 + 1..j as u32 + 1);
            i = j;
            continue;
        }
        // Non-ASCII: decode one char.
        let ch = text[i..].chars().next().unwrap_or('\u{FFFD}');
        let len = ch.len_utf8();
        let (s, e) = (i as u32, (i + len) as u32);
        i += len;
        if let Some(l) = sign_letter(ch)
            && out.last().is_some_and(is_letter)
            && bytes.get(i).is_some_and(u8::is_ascii_alphabetic)
        {
            out.push(l, s, e);
            continue;
        }
        non_ascii_char(ch, s, e, out);
    }
    if out.bytes.contains(&ZW_MARK) {
        resolve_zero_width(out);
    }
}

/// Zero-width marks: spaces where they separate words, removed inside words
/// (see the module documentation).
fn resolve_zero_width(buf: &mut Buf) {
    let n = buf.bytes.len();
    let mut start = 0;
    while start < n {
        // One space-free run.
        let mut end = start;
        while end < n && buf.bytes[end] != b' ' {
            end += 1;
        }
        let run = &buf.bytes[start..end];
        let marks = run.iter().filter(|&&c| c == ZW_MARK).count();
        let as_space = marks >= 2 && {
            let pieces: Vec<usize> = run
                .split(|&c| c == ZW_MARK)
                .map(<[u8]>::len)
                .filter(|&l| l > 0)
                .collect();
            let long = pieces.iter().filter(|&&l| l >= 2).count();
            long >= 2 && 2 * long >= pieces.len()
        };
        if as_space {
            for c in &mut buf.bytes[start..end] {
                if *c == ZW_MARK {
                    *c = b' ';
                }
            }
        }
        start = end + 1;
    }
    // Drop the marks left (inside words).
    let mut w = 0;
    for r in 0..n {
        if buf.bytes[r] != ZW_MARK {
            buf.bytes[w] = buf.bytes[r];
            buf.s[w] = buf.s[r];
            buf.e[w] = buf.e[r];
            w += 1;
        }
    }
    buf.bytes.truncate(w);
    buf.s.truncate(w);
    buf.e.truncate(w);
}

/// Non-ASCII punctuation that stands against words and has no compatibility
/// decomposition to ASCII: read as a space.
fn is_word_punctuation(c: char) -> bool {
    matches!(c as u32,
        0x00A1 // ¡
        | 0x00AB | 0x00BB // « »
        | 0x00BF // ¿
        | 0x2010..=0x2015 // hyphens and dashes
        | 0x2018..=0x201F // curly quotes (apostrophes are handled before)
        | 0x2039 | 0x203A // ‹ ›
        | 0x3001 | 0x3002 | 0x300C..=0x300F // CJK comma, full stop, brackets
    )
}

/// Stands for a zero-width character in the first pass (control bytes never
/// survive it otherwise); [`resolve_zero_width`] turns it into a space or drops it.
const ZW_MARK: u8 = 0x01;

fn is_zero_width(c: char) -> bool {
    matches!(c as u32, 0x200B..=0x200D | 0x2060 | 0xFEFF)
}

fn non_ascii_char(ch: char, s: u32, e: u32, out: &mut Buf) {
    if is_zero_width(ch) {
        out.push(ZW_MARK, s, e);
        return;
    }
    if is_invisible(ch) {
        return;
    }
    if let Some(l) = enclosed_letter(ch) {
        out.push(l, s, e);
        return;
    }
    if let Some(name) = emoji_name(ch) {
        out.push(b' ', s, e);
        out.push_str("emoji_", s, e);
        out.push_str(name, s, e);
        out.push(b' ', s, e);
        return;
    }
    if is_generic_emoji(ch) {
        out.push_str(" emoji ", s, e);
        return;
    }
    if ch.is_whitespace() || ch.is_control() {
        out.push(b' ', s, e);
        return;
    }
    if is_apostrophe(ch) {
        out.push(b'\'', s, e);
        return;
    }
    if is_word_punctuation(ch) {
        // Inverted marks, guillemets, curly quotes, dashes: they sit against
        // words (`¿estás`) and would otherwise glue to them.
        out.push(b' ', s, e);
        return;
    }
    decompose_compatible(ch, |d| {
        if is_combining_mark(d) || is_invisible(d) {
            return;
        }
        if d.is_ascii() {
            let b = d as u8;
            let b = if b < 0x20 || b == 0x7F {
                b' '
            } else {
                b.to_ascii_lowercase()
            };
            out.push(b, s, e);
            return;
        }
        if d.is_whitespace() || d.is_control() {
            out.push(b' ', s, e);
            return;
        }
        for l in d.to_lowercase() {
            if l.is_ascii() {
                out.push(l as u8, s, e);
            } else if is_combining_mark(l) {
                // e.g. the dot of a lowercased 'İ'
            } else if let Some(x) = confusable(l) {
                out.push_str(x, s, e);
            } else {
                out.push_char(l, s, e);
            }
        }
    });
}

/// The letter of a squared, negative circled or negative squared Latin
/// capital (`🅂🄽🄰🄿`, `🅢🅝🅐🅟`, `🆂🅽🅰🅿`): letters in the emoji block, which
/// spell words rather than pictures.
#[inline]
fn enclosed_letter(ch: char) -> Option<u8> {
    let c = ch as u32;
    let base = match c {
        0x1F130..=0x1F149 => 0x1F130,
        0x1F150..=0x1F169 => 0x1F150,
        0x1F170..=0x1F189 => 0x1F170,
        _ => return None,
    };
    Some(b'a' + (c - base) as u8)
}

#[inline]
fn is_letter(c: u8) -> bool {
    c.is_ascii_lowercase()
}

#[inline]
fn is_vowel(c: u8) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u')
}

/// The letter a sign stands for inside a word (`teleg®am`, `ti©ket`).
#[inline]
fn sign_letter(ch: char) -> Option<u8> {
    match ch {
        '®' => Some(b'r'),
        '©' => Some(b'c'),
        _ => None,
    }
}

#[inline]
fn is_spacing_sep(c: u8) -> bool {
    matches!(c, b' ' | b'.' | b'-' | b'_' | b'*')
}

/// White-space collapse, apostrophe removal, spaced-letter joining.
fn pass_shape(a: &Buf, out: &mut Buf) {
    let b = &a.bytes;
    let n = b.len();
    out.bytes.reserve(n);
    out.s.reserve(n);
    out.e.reserve(n);
    let mut i = 0;
    while i < n {
        let c = b[i];
        if c == b' ' {
            if !matches!(out.last(), None | Some(b' ')) {
                out.push(b' ', a.s[i], a.e[i]);
            }
            i += 1;
            continue;
        }
        if c == b'\'' {
            let prev_letter = out.last().is_some_and(is_letter);
            let next_letter = i + 1 < n && is_letter(b[i + 1]);
            if !(prev_letter && next_letter) {
                out.push(c, a.s[i], a.e[i]);
            } else if is_elision(&out.bytes) {
                // French/Italian elision: `l'âge` → `l age`, `qu'un` → `qu un`.
                out.push(b' ', a.s[i], a.e[i]);
            }
            i += 1;
            continue;
        }
        if is_letter(c) && (i == 0 || !is_word_byte(b[i - 1])) && i + 2 < n {
            let sep = b[i + 1];
            if is_spacing_sep(sep) {
                // Count single letters separated by `sep`.
                let mut j = i; // position of current letter
                let mut count = 1;
                loop {
                    // current letter at j must be a single letter: next byte is sep or end
                    if j + 2 < n && b[j + 1] == sep && is_letter(b[j + 2]) {
                        let after = j + 3;
                        // (`_` is a word byte: `s_n_a_p` continues on it.)
                        if after >= n || !is_word_byte(b[after]) || b[after] == sep {
                            count += 1;
                            j += 2;
                            continue;
                        }
                    }
                    break;
                }
                let after_ok = j + 1 >= n || !is_word_byte(b[j + 1]);
                let need = if sep == b' ' { 4 } else { 3 };
                if count >= need && after_ok {
                    let mut k = i;
                    while k <= j {
                        out.push(b[k], a.s[k], a.e[k]);
                        k += 2;
                    }
                    i = j + 1;
                    continue;
                }
            }
        }
        out.push(c, a.s[i], a.e[i]);
        i += 1;
    }
    if out.last() == Some(b' ') {
        out.bytes.pop();
        out.s.pop();
        out.e.pop();
    }
}

#[inline]
fn leet_map(c: u8) -> Option<u8> {
    Some(match c {
        b'0' => b'o',
        b'1' => b'i',
        b'3' => b'e',
        b'4' => b'a',
        b'5' => b's',
        b'7' => b't',
        b'8' => b'b',
        b'@' => b'a',
        b'$' => b's',
        b'|' => b'l',
        b'!' => b'i',
        _ => return None,
    })
}

/// Leetspeak folding inside words and squeezing of letter runs ≥ 3 to 2.
fn pass_leet_repeat(a: &Buf, out: &mut Vec<u8>, os: &mut Vec<u32>, oe: &mut Vec<u32>) {
    let b = &a.bytes;
    let n = b.len();
    out.reserve(n);
    os.reserve(n);
    oe.reserve(n);
    let mut i = 0;
    while i < n {
        let c = b[i];
        if is_letter(c) {
            let l = out.len();
            if l >= 2 && out[l - 1] == c && out[l - 2] == c {
                // Squeeze: extend the kept letter's original span over the dropped one.
                oe[l - 1] = oe[l - 1].max(a.e[i]);
                i += 1;
                continue;
            }
            out.push(c);
            os.push(a.s[i]);
            oe.push(a.e[i]);
            i += 1;
            continue;
        }
        if leet_map(c).is_some()
            && out.len() >= 2
            && out[out.len() - 2..].iter().all(|&x| is_letter(x))
            && (i + 1 == n || !is_word_byte(b[i + 1]))
            && matches!(c, b'0' | b'3')
        {
            // A `0` or `3` closing a word of two or more letters (`l1k3`, `h3ll0`);
            // other digits there are more often part of a name (`ps4`, `win7`,
            // `gr8`), and two digits (`s33`, `im14`) are left alone.
            out.push(leet_map(c).unwrap_or(c));
            os.push(a.s[i]);
            oe.push(a.e[i]);
            i += 1;
            continue;
        }
        if leet_map(c).is_some() && out.last().copied().is_some_and(is_letter) {
            let mut j = i;
            while j < n && j - i < 4 && leet_map(b[j]).is_some() {
                j += 1;
            }
            let run = j - i;
            if run <= 3
                && j < n
                && is_letter(b[j])
                && !(b[i..j].contains(&b'@') && email_like(b, j))
            {
                // A `1` between two vowels is an `l` (`te1egram`, `he11o`,
                // `ta1ent`): an `i` there is rare in the six languages.
                let between_vowels = out.last().copied().is_some_and(is_vowel) && is_vowel(b[j]);
                for (k, &bk) in b.iter().enumerate().take(j).skip(i) {
                    let m = if bk == b'1' && between_vowels {
                        b'l'
                    } else {
                        leet_map(bk).unwrap_or(bk)
                    };
                    let l = out.len();
                    if l >= 2 && out[l - 1] == m && out[l - 2] == m {
                        oe[l - 1] = oe[l - 1].max(a.e[k]);
                        continue;
                    }
                    out.push(m);
                    os.push(a.s[k]);
                    oe.push(a.e[k]);
                }
                i = j;
                continue;
            }
        }
        out.push(c);
        os.push(a.s[i]);
        oe.push(a.e[i]);
        i += 1;
    }
    fold_word_initial(out);
}

/// One leet digit or `$` opening a word of two or more letters (`0ld` →
/// `old`, `4ge` → `age`, `$nap` → `snap`; `$5` and `$usd5` stay), on the
/// finished output so a second normalisation finds nothing more to do.
fn fold_word_initial(out: &mut [u8]) {
    let n = out.len();
    let mut start = 0;
    while start < n {
        let end = out[start..]
            .iter()
            .position(|&c| c == b' ')
            .map_or(n, |p| start + p);
        if let Some(m) = word_initial_leet(&out[start..end]) {
            out[start] = m;
        }
        start = end + 1;
    }
}

/// Whether `out` ends with an elided article or pronoun (`c d j l m n s t`
/// or `qu` as a whole word): its apostrophe separates two words. `i` is not
/// one (`i'm` → `im`).
fn is_elision(out: &[u8]) -> bool {
    let word_start = out
        .iter()
        .rposition(|&c| !is_word_byte(c))
        .map_or(0, |p| p + 1);
    match &out[word_start..] {
        [c] => matches!(c, b'c' | b'd' | b'j' | b'l' | b'm' | b'n' | b's' | b't'),
        [b'q', b'u'] => true,
        _ => false,
    }
}

/// The letter for the leet digit opening `word` when the rest is two or
/// more letters that are not a number's suffix and folding does not make a
/// run of three identical letters.
fn word_initial_leet(word: &[u8]) -> Option<u8> {
    const SUFFIXES: [&[u8]; 21] = [
        b"st", b"nd", b"rd", b"th", b"am", b"pm", b"yo", b"yr", b"yrs", b"hr", b"hrs", b"min",
        b"mins", b"day", b"days", b"k", b"kg", b"km", b"mb", b"gb", b"ever",
    ];
    let (&first, letters) = word.split_first()?;
    if !(first.is_ascii_digit() || first == b'$')
        || letters.len() < 2
        || !letters.iter().all(|&c| is_letter(c))
        || SUFFIXES.contains(&letters)
    {
        return None;
    }
    let m = leet_map(first)?;
    (letters[0] != m || letters[1] != m).then_some(m)
}

/// Whether a `.` followed by a letter occurs between `from` and the next space.
fn email_like(b: &[u8], from: usize) -> bool {
    let mut k = from;
    while k < b.len() && b[k] != b' ' {
        if b[k] == b'.' && k + 1 < b.len() && is_letter(b[k + 1]) {
            return true;
        }
        k += 1;
    }
    false
}

/// Skeleton of a normalised string: every run of identical ASCII letters collapsed to one.
/// Lexicon phrases and the text are both skeletonised before phrase matching.
pub fn skeletonize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut prev: Option<char> = None;
    for c in s.chars() {
        if c.is_ascii_lowercase() && prev == Some(c) {
            continue;
        }
        out.push(c);
        prev = Some(c);
    }
    out
}

/// Skeleton view of a [`Normalized`] text with a map back to normalised offsets.
#[derive(Debug, Default, Clone)]
pub struct Skeleton {
    pub(crate) bytes: Vec<u8>,
    /// Normalised start offset per skeleton byte.
    pub(crate) ns: Vec<u32>,
    /// Normalised end offset per skeleton byte.
    pub(crate) ne: Vec<u32>,
}

impl Skeleton {
    /// Rebuilds the view for `norm`.
    pub fn build(&mut self, norm: &Normalized) {
        self.bytes.clear();
        self.ns.clear();
        self.ne.clear();
        let b = norm.as_str().as_bytes();
        // Up to the first doubled letter the view is the text itself: one bulk copy
        // (the whole text, for most messages).
        let k = b
            .windows(2)
            .position(|w| w[0] == w[1] && is_letter(w[0]))
            .map_or(b.len(), |p| p + 1);
        self.bytes.extend_from_slice(&b[..k]);
        self.ns.extend(0..k as u32);
        self.ne.extend(1..k as u32 + 1);
        let mut prev = if k > 0 { b[k - 1] } else { 0 };
        for (i, &c) in b.iter().enumerate().skip(k) {
            if c == prev && is_letter(c) {
                if let Some(last) = self.ne.last_mut() {
                    *last = i as u32 + 1;
                }
                continue;
            }
            self.bytes.push(c);
            self.ns.push(i as u32);
            self.ne.push(i as u32 + 1);
            prev = c;
        }
    }

    /// The skeleton bytes (valid UTF-8).
    pub fn as_bytes(&self) -> &[u8] {
        &self.bytes
    }

    /// Maps a skeleton byte range to a normalised byte range.
    pub fn norm_span(&self, r: Range<usize>) -> Range<usize> {
        if r.start >= r.end || r.end > self.bytes.len() {
            let p = self.ns.get(r.start).map_or(0, |&x| x as usize);
            return p..p;
        }
        self.ns[r.start] as usize..self.ne[r.end - 1] as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(s: &str) -> String {
        normalize(s).as_str().to_string()
    }

    #[test]
    fn without_words_keeps_the_offsets() {
        let src = "No one ELSE  really gets u lol, ok so";
        let n = normalize(src);
        let mut out = Normalized::default();
        let mut removed = Vec::new();
        let drop = |w: &str, _: &str| matches!(w, "else" | "really" | "lol" | "so");
        assert!(n.without_words_into(drop, &mut out, &mut removed));
        // "lol" before a comma and "so" ending the text cannot break a phrase.
        assert_eq!(out.as_str(), "no one gets u lol, ok so");
        let spans: Vec<&str> = removed.iter().map(|r| &src[r.clone()]).collect();
        assert_eq!(spans, ["ELSE", "really"]);
        // Every byte still maps to the original: "gets" is where it was.
        let at = out.as_str().find("gets").unwrap();
        assert_eq!(&src[out.original_span(at..at + 4)], "gets");
        assert_eq!(
            &src[out.original_span(0..at + 4)],
            "No one ELSE  really gets"
        );
        // Only words between words are offered, with the next word; nothing
        // dropped leaves `out` empty.
        let mut seen = Vec::new();
        let kept = normalize("like i do").without_words_into(
            |w, next| {
                seen.push((w.to_string(), next.to_string()));
                false
            },
            &mut out,
            &mut removed,
        );
        assert!(!kept);
        assert_eq!(out.as_str(), "");
        assert_eq!(seen, [("i".to_string(), "do".to_string())]);
    }

    #[test]
    fn replaced_words_keep_the_offsets() {
        let src = "Wat  age are YA?? lol";
        let n = normalize(src);
        let mut out = Normalized::default();
        let mut replaced = Vec::new();
        let respell = |w: &str| match w {
            "wat" => Some("what"),
            "ya" => Some("you"),
            _ => None,
        };
        assert!(n.with_words_replaced_into(respell, &mut out, &mut replaced));
        assert_eq!(out.as_str(), "what age are you?? lol");
        let spans: Vec<&str> = replaced.iter().map(|r| &src[r.clone()]).collect();
        assert_eq!(spans, ["Wat", "YA"]);
        // Every byte of a replacement maps to the whole word it replaces, the rest
        // to where it was.
        let at = out.as_str().find("you").unwrap();
        assert_eq!(&src[out.original_span(at + 1..at + 2)], "YA");
        assert_eq!(&src[out.original_span(0..at + 3)], "Wat  age are YA");
        let lol = out.as_str().find("lol").unwrap();
        assert_eq!(&src[out.original_span(lol..lol + 3)], "lol");
        // Nothing replaced leaves `out` empty.
        assert!(!normalize("what age").with_words_replaced_into(respell, &mut out, &mut replaced));
        assert_eq!(out.as_str(), "");
    }

    #[test]
    fn basics() {
        assert_eq!(n("Hello  World"), "hello world");
        assert_eq!(n("  x  "), "x");
        assert_eq!(n(""), "");
        assert_eq!(n("você niña über"), "voce nina uber");
        assert_eq!(n("Straße"), "strasse");
    }

    #[test]
    fn invisible_and_bidi() {
        assert_eq!(n("tele\u{200d}gram"), "telegram");
        assert_eq!(n("sn\u{200b}ap"), "snap");
        // Zero-width characters standing in for spaces become spaces; between
        // single letters, or alone inside a word, they are dropped.
        assert_eq!(n("add\u{200d}me\u{200d}on\u{200d}snap"), "add me on snap");
        assert_eq!(n("how\u{200d}0ld\u{200d}r\u{200d}u"), "how old r u");
        assert_eq!(n("s\u{200b}n\u{200b}a\u{200b}p"), "snap");
        assert_eq!(n("tele\u{200b}gram now"), "telegram now");
        assert_eq!(n("\u{200b}\u{200b}"), "");
        assert_eq!(n("\u{202e}pans\u{202c}"), "pans");
        assert_eq!(n("soft\u{ad}hyphen"), "softhyphen");
        assert_eq!(n("a\u{0007}b"), "a b");
    }

    #[test]
    fn homoglyphs_and_width() {
        assert_eq!(n("sn\u{430}pchat"), "snapchat");
        assert_eq!(n("ＳＮＡＰ"), "snap");
        assert_eq!(n("𝐬𝐧𝐚𝐩"), "snap");
        assert_eq!(n("SNΑP"), "snap"); // Greek capital alpha
        assert_eq!(n("теlеgrаm"), "telegram");
        assert_eq!(n("ꜱɴᴀᴘ ᴄʜᴀᴛ"), "snap chat");
        assert_eq!(n("ᴅᴍ ꜰᴏʀ ᴘʀᴏᴍᴏ"), "dm for promo");
        assert_eq!(n("add me on 🅂🄽🄰🄿"), "add me on snap");
        assert_eq!(n("🆃🅴🅻🅴🅶🆁🅰🅼"), "telegram");
        assert_eq!(n("🅢🅝🅐🅟"), "snap");
        // Other symbols of the block stay emoji.
        assert_eq!(n("🆗"), "emoji");
    }

    #[test]
    fn leet() {
        assert_eq!(n("sn4p"), "snap");
        assert_eq!(n("t3l3gram"), "telegram");
        assert_eq!(n("wh4ts4pp"), "whatsapp");
        assert_eq!(n("$50"), "$50");
        assert_eq!(n("im 14"), "im 14");
        assert_eq!(n("14f"), "14f");
        assert_eq!(n("f14"), "f14");
        assert_eq!(n("7pm"), "7pm");
        assert_eq!(n("g00d"), "good");
        assert_eq!(n("sn@p"), "snap");
        assert_eq!(n("bob@mail.com"), "bob@mail.com");
        assert_eq!(n("call 555 0123"), "call 555 0123");
        // Elision.
        assert_eq!(n("l'âge c'est qu'un chiffre"), "l age c est qu un chiffre");
        assert_eq!(n("t'as quel âge"), "t as quel age");
        assert_eq!(n("i'm ok, don't"), "im ok, dont");
        assert_eq!(n("¿estás sola? «ok» — sí"), "estas sola? ok si");
        // Word edges.
        assert_eq!(n("how 0ld r u"), "how old r u");
        assert_eq!(n("4ge is ju5t a numb3r"), "age is just a number");
        assert_eq!(
            n("c4n i s33 wh4t u l00k l1k3"),
            "can i s33 what u look like"
        );
        assert_eq!(n("h3ll0"), "hello");
        assert_eq!(n("add my $nap"), "add my snap");
        assert_eq!(n("$ugar daddy"), "sugar daddy");
        // `1` between vowels is an `l`; elsewhere an `i`.
        assert_eq!(n("te1egram"), "telegram");
        assert_eq!(n("he11o"), "hello");
        assert_eq!(n("k1k"), "kik");
        assert_eq!(n("d1scord"), "discord");
        // Signs inside a word.
        assert_eq!(n("teleg®am"), "telegram");
        assert_eq!(n("Snapchat® app"), "snapchat® app");
        assert_eq!(n("© 2026 acme"), "© 2026 acme");
        for keep in [
            "1st", "3rd", "5th", "10th", "7pm", "4am", "5yrs", "3days", "4ever", "im14", "f14",
            "14f", "u14", "age13", "ps4", "win7", "gr8", "s3", "1on1", "3d", "5g", "@snap", "$5",
            "$5k", "$$", "$k",
        ] {
            assert_eq!(n(keep), keep);
        }
    }

    #[test]
    fn repeats_and_spacing() {
        assert_eq!(n("snaaaap"), "snaap");
        assert_eq!(n("good meet"), "good meet");
        assert_eq!(n("s n a p"), "snap");
        assert_eq!(n("s.n.a.p"), "snap");
        assert_eq!(n("w-h-a-t-s-a-p-p"), "whatsapp");
        assert_eq!(n("s_n_a_p"), "snap");
        assert_eq!(n("add me on k_i_k now"), "add me on kik now");
        assert_eq!(n("my_user_name"), "my_user_name");
        assert_eq!(n("a_b"), "a_b");
        assert_eq!(n("x_y_z_1"), "x_y_z_1");
        assert_eq!(n("r u a cop"), "r u a cop");
        assert_eq!(n("what's your s n a p"), "whats your snap");
        assert_eq!(n("don't"), "dont");
        assert_eq!(n("i’m"), "im");
        assert_eq!(skeletonize("snaap"), "snap");
        assert_eq!(skeletonize("meet"), "met");
    }

    #[test]
    fn emoji_tokens() {
        assert_eq!(n("hi🌹"), "hi emoji_rose");
        assert_eq!(n("❤️"), "emoji_heart");
        assert_eq!(n("👍🏽👍"), "emoji_thumbs_up emoji_thumbs_up");
        assert_eq!(n("🫠"), "emoji");
    }

    #[test]
    fn html_references() {
        assert_eq!(n("don&apos;t tell ur parents"), "dont tell ur parents");
        assert_eq!(n("don&#39;t tell ur mom"), "dont tell ur mom");
        assert_eq!(n("i&#x27;m 13"), "im 13");
        assert_eq!(n("you&#8217;re so mature"), "youre so mature");
        assert_eq!(n("don&amp;apos;t"), "dont");
        assert_eq!(n("r u home alone?&nbsp;"), "r u home alone?");
        assert_eq!(n("&lt;3 u &amp; me"), "<3 u & me");
        // Not references: left as they are.
        assert_eq!(n("AT&T"), "at&t");
        assert_eq!(n("a &b c"), "a &b c");
        assert_eq!(n("&#;"), "&#;");
        assert_eq!(n("&#x110000;"), "&#x110000;");
        assert_eq!(n("&#0;"), "&#0;");
        assert_eq!(n("&#12a;"), "&#12a;");
        assert_eq!(n("&"), "&");
        assert_eq!(n("&amp;"), "&");
        assert_eq!(n("&amp;amp;"), "&amp;");
        // Offsets: the decoded character maps to the whole reference.
        let s = "don&apos;t go";
        let nm = normalize(s);
        assert_eq!(nm.as_str(), "dont go");
        let t: Vec<_> = nm.tokens().map(|t| &s[t.start..t.end]).collect();
        assert_eq!(t, vec!["don&apos;t", "go"]);
    }

    /// The general passes, without the plain-ASCII fast path.
    fn general(s: &str) -> Normalized {
        let mut out = Normalized::default();
        Normalizer::new().general_into(s, &mut out);
        out
    }

    #[test]
    fn word_byte_table() {
        for c in 0..=255u8 {
            assert_eq!(
                is_word_byte(c),
                c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80,
                "{c}"
            );
        }
    }

    #[test]
    fn plain_ascii_fast_path_takes_common_chat() {
        for s in [
            "hey how are you?",
            "Where do you live, near the park?",
            "ok lol!! see u",
            "wow! cool",
            "a b",
        ] {
            assert!(is_plain_ascii(s.as_bytes()), "{s}");
            assert_eq!(normalize(s), general(s), "{s}");
        }
        for s in [
            "",
            " hi",
            "hi ",
            "hi  there",
            "i'm ok",
            "sn4p",
            "snaaap",
            "s n a p",
            "s.n.a",
            "h!m",
            "hi\u{1}",
            "AT&T",
            "x_y",
            "don`t",
            "say \"hi\"",
            "caf\u{e9}",
        ] {
            assert!(!is_plain_ascii(s.as_bytes()), "{s:?}");
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]
        /// The plain-ASCII fast path gives exactly what the general passes give (text and
        /// both offset maps), on texts built to hit its edges and on printable ASCII and
        /// mixed text at large.
        #[test]
        fn plain_ascii_fast_path_matches_the_general_passes(
            edgy in "[aAbB !.,?'-]{0,16}",
            ascii in "[ -~]{0,40}",
            mixed in "[a-zA-Z !.,?'0-9\u{e9}\u{200b}\u{1F339}-]{0,30}",
            lettered in "[a-e ]{0,30}",
        ) {
            for s in [&edgy, &ascii, &mixed, &lettered] {
                proptest::prop_assert_eq!(normalize(s), general(s), "{:?}", s);
            }
        }
    }

    /// [`Skeleton::build`] as one loop over every byte (before its bulk copy of the run
    /// without doubled letters).
    fn skeleton_per_byte(norm: &Normalized) -> (Vec<u8>, Vec<u32>, Vec<u32>) {
        let (mut bytes, mut ns, mut ne) = (Vec::new(), Vec::<u32>::new(), Vec::new());
        let mut prev = 0u8;
        for (i, &c) in norm.as_str().as_bytes().iter().enumerate() {
            if c == prev && is_letter(c) {
                if let Some(last) = ne.last_mut() {
                    *last = i as u32 + 1;
                }
                continue;
            }
            bytes.push(c);
            ns.push(i as u32);
            ne.push(i as u32 + 1);
            prev = c;
        }
        (bytes, ns, ne)
    }

    proptest::proptest! {
        /// The skeleton's bulk copy up to the first doubled letter changes nothing.
        #[test]
        fn skeleton_matches_the_per_byte_loop(s in "[a-d 0.\u{e9}]{0,30}") {
            let norm = normalize(&s);
            let mut sk = Skeleton::default();
            sk.build(&norm);
            let (bytes, ns, ne) = skeleton_per_byte(&norm);
            proptest::prop_assert_eq!(&sk.bytes, &bytes);
            proptest::prop_assert_eq!(&sk.ns, &ns);
            proptest::prop_assert_eq!(&sk.ne, &ne);
        }
    }

    #[test]
    fn offsets() {
        let s = "Add me on SN4P 🌹 ok";
        let nm = normalize(s);
        assert_eq!(nm.as_str(), "add me on snap emoji_rose ok");
        let t: Vec<_> = nm.tokens().map(|t| &s[t.start..t.end]).collect();
        assert_eq!(t, vec!["Add", "me", "on", "SN4P", "🌹", "ok"]);
        let nm = normalize("snaaaap!");
        assert_eq!(nm.original_span(0..5), 0..7);
    }
}
