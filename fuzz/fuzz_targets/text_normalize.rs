//! Fuzz the text normaliser, entity extractor, lexicon matcher (with its filler-free and
//! respelt passes) and the quoted-passage finder: arbitrary bytes (including invalid
//! UTF-8) through `analyze_bytes`; every reported span must lie inside the input, and for
//! valid UTF-8 on char boundaries.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use lurewatch_text::{Analyzer, normalize};

static ANALYZER: OnceLock<Analyzer> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let mut a = ANALYZER
        .get_or_init(|| Analyzer::with_default_lexicons().expect("default lexicons"))
        .clone();
    let r = a.analyze_bytes(data);
    let spans = r
        .evidence
        .iter()
        .map(|e| (e.start, e.end))
        .chain(r.entities.iter().map(|e| (e.start, e.end)))
        .chain(r.suppressions.iter().map(|s| (s.start, s.end)))
        .chain(r.quoted.iter().map(|q| (q.start, q.end)));
    let text = std::str::from_utf8(data).ok();
    for (s, e) in spans {
        assert!(s <= e && e <= data.len(), "span {s}..{e} outside {}", data.len());
        if let Some(t) = text {
            assert!(t.is_char_boundary(s) && t.is_char_boundary(e));
        }
    }
    if let Some(t) = text {
        let n = normalize(t);
        for tok in n.tokens() {
            assert!(t.is_char_boundary(tok.start) && t.is_char_boundary(tok.end));
            assert!(tok.start <= tok.end && tok.end <= t.len());
        }
    }
});
