//! Feeds arbitrary bytes to every lurewatch-match bank parser. None may
//! panic; every reported bad line must point inside the input.

#![no_main]

use libfuzzer_sys::fuzz_target;
use lurewatch_match::import::{
    HexKind, ImportOptions, ImportReport, parse_hex_lines, parse_ncmec_xml, parse_pdq_csv,
    parse_threatexchange_json, parse_threatexchange_lines,
};

fn check(data: &[u8], report: ImportReport) {
    let lines = data.iter().filter(|&&b| b == b'\n').count() + 1;
    for bad in &report.bad_lines {
        assert!(bad.line >= 1 && bad.line <= lines, "line {} of {lines}", bad.line);
    }
    assert!(report.bad_lines.len() <= report.bad_line_count);
    for e in &report.entries {
        let hex = e.value.to_hex();
        assert!(hex.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)));
    }
}

fuzz_target!(|data: &[u8]| {
    let opts = ImportOptions::default();
    for kind in [HexKind::Auto, HexKind::Pdq, HexKind::Md5, HexKind::Sha256] {
        check(data, parse_hex_lines(data, kind, &opts).expect("under the size limit"));
        check(data, parse_threatexchange_lines(data, kind, &opts).expect("under the size limit"));
    }
    check(data, parse_pdq_csv(data, &opts).expect("under the size limit"));
    check(data, parse_threatexchange_json(data, &opts).expect("under the size limit"));
    check(data, parse_ncmec_xml(data, &opts).expect("under the size limit"));
});
