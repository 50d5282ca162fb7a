//! Every bank parser survives arbitrary bytes, and bad lines never drop
//! good ones.

use lurewatch_match::import::{
    HexKind, ImportOptions, parse_hex_lines, parse_ncmec_xml, parse_pdq_csv,
    parse_threatexchange_json, parse_threatexchange_lines,
};
use proptest::prelude::*;

const GOOD: &str = "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22";

fn all(input: &[u8]) {
    let o = ImportOptions::default();
    for k in [HexKind::Auto, HexKind::Pdq, HexKind::Md5, HexKind::Sha256] {
        parse_hex_lines(input, k, &o).unwrap();
        parse_threatexchange_lines(input, k, &o).unwrap();
    }
    parse_pdq_csv(input, &o).unwrap();
    parse_threatexchange_json(input, &o).unwrap();
    parse_ncmec_xml(input, &o).unwrap();
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn arbitrary_bytes(input in proptest::collection::vec(any::<u8>(), 0..512)) {
        all(&input);
    }

    #[test]
    fn arbitrary_text(input in "(?s).{0,300}") {
        all(input.as_bytes());
    }

    #[test]
    fn good_lines_survive_garbage(
        garbage in proptest::collection::vec("[^\n]{0,80}", 0..20),
        at in proptest::collection::vec(any::<bool>(), 20),
    ) {
        // Interleave the good hash between garbage lines; it must be found
        // and every garbage line must be skipped or reported, never fatal.
        let mut lines = Vec::new();
        let mut good_line = None;
        for (i, g) in garbage.iter().enumerate() {
            if at[i] && good_line.is_none() {
                lines.push(GOOD.to_string());
                good_line = Some(lines.len());
            }
            lines.push(g.replace(GOOD, ""));
        }
        if good_line.is_none() {
            lines.push(GOOD.to_string());
        }
        let text = lines.join("\n");
        let r = parse_hex_lines(text.as_bytes(), HexKind::Pdq, &ImportOptions::default()).unwrap();
        prop_assert!(r.entries.iter().any(|e| e.value.to_hex() == GOOD));
        prop_assert!(r.bad_lines.iter().all(|b| b.line >= 1 && b.line <= lines.len()));
        let r = parse_threatexchange_lines(text.as_bytes(), HexKind::Auto, &ImportOptions::default()).unwrap();
        prop_assert!(r.entries.iter().any(|e| e.value.to_hex() == GOOD));
    }
}

#[test]
fn hostile_unicode() {
    let fullwidth: String = GOOD
        .chars()
        .map(|c| char::from_u32(c as u32 + 0xFEE0).unwrap_or(c))
        .collect();
    let inputs = [
        format!("{GOOD}\u{200b}"),
        format!("\u{feff}\u{feff}{GOOD}"),
        fullwidth,
        format!("{}\u{0301}", &GOOD[..63]),
        "\u{202e}pdq,".to_string() + GOOD,
    ];
    for i in &inputs {
        let r = parse_hex_lines(i.as_bytes(), HexKind::Auto, &ImportOptions::default()).unwrap();
        assert!(r.entries.is_empty(), "{i:?}");
        assert_eq!(r.bad_lines.len(), 1);
        all(i.as_bytes());
    }
}
