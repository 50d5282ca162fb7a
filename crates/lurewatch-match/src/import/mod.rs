//! Bank import formats.
//!
//! Every parser takes raw bytes, never panics, and returns an
//! [`ImportReport`]: good records are kept even when other lines are bad, bad
//! lines are listed with 1-based line numbers, duplicate values are merged
//! (first metadata wins, see [`crate::EntryMeta::duplicates`]) and records of
//! signal types this crate does not match (SHA-1, PhotoDNA, URLs, ...) are
//! counted in [`ImportReport::unsupported`] rather than reported as errors.
//! Input larger than [`ImportOptions::max_bytes`] is refused as a whole.
//!
//! Validation is strict: a hash must be exactly the right number of ASCII hex
//! digits after trimming ASCII whitespace (Unicode spaces, zero-width
//! characters and the like make a line bad); values are stored lowercase.
//! Only ThreatExchange JSON `indicator` values, known to lose leading zeros,
//! are left-padded (see [`parse_threatexchange_json`]).

mod ncmec;
mod text;

pub use ncmec::parse_ncmec_xml;
pub use text::{
    parse_hex_lines, parse_pdq_csv, parse_threatexchange_json, parse_threatexchange_lines,
};

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::bank::{Entry, EntryMeta};
use crate::error::ImportError;
use crate::signal::{SignalType, SignalValue};

/// Default input size limit: 1 GiB.
pub const DEFAULT_MAX_BYTES: u64 = 1 << 30;
/// Default number of bad lines kept in a report (all are counted).
pub const DEFAULT_MAX_BAD_LINES: usize = 10_000;

/// Options shared by all parsers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportOptions {
    /// Refuse inputs larger than this many bytes.
    pub max_bytes: u64,
    /// Keep at most this many [`BadLine`]s ([`ImportReport::bad_line_count`]
    /// counts them all).
    pub max_bad_lines: usize,
    /// Stored as [`EntryMeta::source`] on every entry.
    pub source: String,
    /// Stored as [`EntryMeta::added`] unless the record carries its own time.
    pub added: i64,
}

impl Default for ImportOptions {
    fn default() -> Self {
        ImportOptions {
            max_bytes: DEFAULT_MAX_BYTES,
            max_bad_lines: DEFAULT_MAX_BAD_LINES,
            source: String::new(),
            added: 0,
        }
    }
}

/// A rejected line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BadLine {
    /// 1-based line number.
    pub line: usize,
    /// Why it was rejected (never echoes the line's content).
    pub reason: String,
}

/// What an import produced.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportReport {
    /// Unique entries, in input order.
    pub entries: Vec<Entry>,
    /// Rejected lines (at most [`ImportOptions::max_bad_lines`]).
    pub bad_lines: Vec<BadLine>,
    /// Total number of rejected lines.
    pub bad_line_count: usize,
    /// Records whose value was already imported (merged into the first).
    pub duplicates: usize,
    /// Records of unsupported signal types (SHA-1, PhotoDNA, URL, ...) skipped.
    pub unsupported: usize,
}

/// Which hash a plain hex line holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum HexKind {
    /// Infer from the length: 64 digits = PDQ, 32 = MD5.
    Auto,
    /// Only PDQ (64 digits).
    Pdq,
    /// Only MD5 (32 digits).
    Md5,
    /// Only SHA-256 (64 digits).
    Sha256,
}

impl HexKind {
    fn parse(self, text: &str) -> Result<SignalValue, String> {
        let t = text.trim_ascii();
        let ty = match self {
            HexKind::Pdq => SignalType::Pdq,
            HexKind::Md5 => SignalType::Md5,
            HexKind::Sha256 => SignalType::Sha256,
            HexKind::Auto => match t.len() {
                64 => SignalType::Pdq,
                32 => SignalType::Md5,
                _ => {
                    return Err(match crate::signal::check_hex(t, t.len()) {
                        Err(e) => e.to_string(),
                        Ok(()) => {
                            format!("expected 64 (PDQ) or 32 (MD5) hex digits, got {}", t.len())
                        }
                    });
                }
            },
        };
        SignalValue::parse_hex(ty, t).map_err(|e| format!("{ty}: {e}"))
    }
}

/// Accumulates a report, deduplicating as it goes.
pub(crate) struct Builder<'o> {
    opts: &'o ImportOptions,
    seen: HashMap<SignalValue, usize>,
    report: ImportReport,
}

impl<'o> Builder<'o> {
    pub(crate) fn new(input: &[u8], opts: &'o ImportOptions) -> Result<Self, ImportError> {
        let len = input.len() as u64;
        if len > opts.max_bytes {
            return Err(ImportError::TooLarge {
                len,
                max: opts.max_bytes,
            });
        }
        Ok(Builder {
            opts,
            seen: HashMap::new(),
            report: ImportReport::default(),
        })
    }

    /// Default metadata for a new entry.
    pub(crate) fn meta(&self, line: usize) -> EntryMeta {
        EntryMeta {
            source: self.opts.source.clone(),
            added: self.opts.added,
            line: Some(line as u64),
            ..EntryMeta::default()
        }
    }

    pub(crate) fn push(&mut self, value: SignalValue, meta: EntryMeta) {
        if let Some(&i) = self.seen.get(&value) {
            let m = &mut self.report.entries[i].meta;
            m.duplicates = m.duplicates.saturating_add(1);
            self.report.duplicates += 1;
        } else {
            self.seen.insert(value, self.report.entries.len());
            self.report.entries.push(Entry { value, meta });
        }
    }

    pub(crate) fn bad(&mut self, line: usize, reason: impl Into<String>) {
        self.report.bad_line_count += 1;
        if self.report.bad_lines.len() < self.opts.max_bad_lines {
            self.report.bad_lines.push(BadLine {
                line,
                reason: reason.into(),
            });
        }
    }

    pub(crate) fn unsupported(&mut self) {
        self.report.unsupported += 1;
    }

    pub(crate) fn finish(self) -> ImportReport {
        self.report
    }
}

/// Splits input into `(1-based line number, line)` pairs. Strips a leading
/// UTF-8 BOM and trailing `\r`; a line that is not UTF-8 is `Err(())`.
pub(crate) fn lines(input: &[u8]) -> impl Iterator<Item = (usize, Result<&str, ()>)> {
    let input = input.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(input);
    // A final newline ends the last line rather than starting an empty one.
    let body = input.strip_suffix(b"\n").unwrap_or(input);
    (!input.is_empty())
        .then_some(body)
        .into_iter()
        .flat_map(|b| b.split(|&c| c == b'\n'))
        .enumerate()
        .map(|(i, l)| {
            let l = l.strip_suffix(b"\r").unwrap_or(l);
            (i + 1, std::str::from_utf8(l).map_err(|_| ()))
        })
}

/// Caps free-form metadata taken from input at 1 KiB (on a char boundary).
pub(crate) fn cap_text(s: &str) -> String {
    const CAP: usize = 1024;
    if s.len() <= CAP {
        return s.to_string();
    }
    let mut end = CAP;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    s[..end].to_string()
}

/// Parses `YYYY-MM-DDTHH:MM:SS[.frac](Z|±HH:MM|±HHMM)` (RFC 3339, plus the
/// colon-less offset ThreatExchange prints; a space may replace `T`) into
/// Unix seconds.
pub fn parse_rfc3339(s: &str) -> Option<i64> {
    let b = s.trim_ascii().as_bytes();
    if b.len() < 20 || !b.is_ascii() {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<i64> {
        let t = b.get(r)?;
        if t.iter().all(u8::is_ascii_digit) {
            std::str::from_utf8(t).ok()?.parse().ok()
        } else {
            None
        }
    };
    if b[4] != b'-'
        || b[7] != b'-'
        || !matches!(b[10], b'T' | b't' | b' ')
        || b[13] != b':'
        || b[16] != b':'
    {
        return None;
    }
    let (y, mo, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
    let (h, mi, sec) = (num(11..13)?, num(14..16)?, num(17..19)?);
    if !(1..=12).contains(&mo) || !(1..=31).contains(&d) || h > 23 || mi > 59 || sec > 60 {
        return None;
    }
    let mut i = 19;
    if b[i] == b'.' {
        i += 1;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
    }
    let offset = match b.get(i)? {
        b'Z' | b'z' if i + 1 == b.len() => 0,
        c @ (b'+' | b'-') => {
            // `+HH:MM` (RFC 3339) or `+HHMM` (ThreatExchange's Graph API).
            let m = match b.len() - i {
                6 if b[i + 3] == b':' => i + 4,
                5 => i + 3,
                _ => return None,
            };
            let o = num(i + 1..i + 3)? * 3600 + num(m..m + 2)? * 60;
            if *c == b'+' { o } else { -o }
        }
        _ => return None,
    };
    // Days from civil (proleptic Gregorian), after H. Hinnant's algorithm.
    let y = if mo <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (mo + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    Some(days * 86_400 + h * 3600 + mi * 60 + sec - offset)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc3339() {
        assert_eq!(parse_rfc3339("1970-01-01T00:00:00Z"), Some(0));
        assert_eq!(parse_rfc3339("2017-10-24T15:00:00Z"), Some(1_508_857_200));
        assert_eq!(
            parse_rfc3339("2017-10-24T17:00:00.123+02:00"),
            Some(1_508_857_200)
        );
        assert_eq!(parse_rfc3339("2000-02-29T00:00:00Z"), Some(951_782_400));
        assert_eq!(parse_rfc3339("2017-13-24T15:00:00Z"), None);
        assert_eq!(parse_rfc3339("2017-10-24T15:00:00"), None);
        assert_eq!(
            parse_rfc3339("2017-10-24T15:00:00+0000"),
            Some(1_508_857_200)
        );
        assert_eq!(parse_rfc3339("2017-10-24T15:00:00+000"), None);
        assert_eq!(parse_rfc3339("２017-10-24T15:00:00Z"), None);
    }

    #[test]
    fn line_splitting() {
        let v: Vec<_> = lines(b"\xEF\xBB\xBFa\r\n\nb\xff\nc").collect();
        assert_eq!(
            v,
            vec![(1, Ok("a")), (2, Ok("")), (3, Err(())), (4, Ok("c"))]
        );
        assert_eq!(lines(b"").count(), 0);
        assert_eq!(lines(b"x\n").count(), 1);
    }

    #[test]
    fn size_limit() {
        let opts = ImportOptions {
            max_bytes: 10,
            ..Default::default()
        };
        assert_eq!(
            parse_hex_lines(&[b'a'; 11], HexKind::Auto, &opts),
            Err(ImportError::TooLarge { len: 11, max: 10 })
        );
        assert!(parse_hex_lines(&[b'a'; 10], HexKind::Auto, &opts).is_ok());
    }
}
