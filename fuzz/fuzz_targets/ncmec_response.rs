//! NCMEC's answers are untrusted network input: parsing must never panic,
//! a parsed answer must respect the limits, and its description must be
//! computable.
#![no_main]

use libfuzzer_sys::fuzz_target;
use lurewatch_ncmec::response::{MAX_FILE_IDS, MAX_RESPONSE_BYTES, parse_ids, parse_response};

fuzz_target!(|data: &[u8]| {
    match parse_response(data) {
        Ok(r) => {
            assert!(data.len() <= MAX_RESPONSE_BYTES);
            assert!(r.files.len() <= MAX_FILE_IDS);
            assert!(matches!(
                r.root.as_str(),
                "reportResponse" | "reportDoneResponse"
            ));
            let _ = r.describe();
        }
        Err(e) => {
            let _ = e.to_string();
        }
    }
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = parse_ids(text);
    }
});
