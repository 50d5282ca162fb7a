//! Needles vs haystack from Meta's PDQ test data: the index must return
//! exactly the brute-force ground truth, with every kernel and index kind.

use lurewatch_match::import::{HexKind, ImportOptions, parse_hex_lines};
use lurewatch_match::{Bank, IndexKind, Kernel, PdqIndex, SignalValue};
use lurewatch_pdq::Hash256;

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/pdq-vectors");

fn read(name: &str) -> String {
    let path = format!("{DIR}/{name}");
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn hashes(name: &str) -> Vec<Hash256> {
    read(name)
        .lines()
        .map(|l| Hash256::from_hex(l.trim()).unwrap())
        .collect()
}

fn expected() -> Vec<(usize, usize, u32)> {
    let rows: Vec<(usize, usize, u32)> = read("EXPECTED-needles-vs-haystack-d32.csv")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let f: Vec<&str> = l.split(',').collect();
            (
                f[0].parse().unwrap(),
                f[1].parse().unwrap(),
                f[2].parse().unwrap(),
            )
        })
        .collect();
    assert_eq!(rows.len(), 250);
    rows
}

#[test]
fn needles_vs_haystack_d32_all_kernels() {
    let needles = hashes("reg-test-input/needles.txt");
    let haystack = hashes("reg-test-input/haystack.txt");
    assert_eq!((needles.len(), haystack.len()), (100, 1350));
    let mut want = expected();
    want.sort_unstable();
    for kind in [IndexKind::Flat, IndexKind::Mih] {
        let mut idx = PdqIndex::from_hashes(&haystack, kind).unwrap();
        for kernel in Kernel::available() {
            idx.set_kernel(kernel).unwrap();
            for single in [false, true] {
                let hits = if single {
                    idx.search_single_threaded(&needles, 32)
                } else {
                    idx.search(&needles, 32)
                };
                let got: Vec<(usize, usize, u32)> = hits
                    .iter()
                    .map(|h| (h.query, h.entry as usize, h.distance))
                    .collect();
                assert_eq!(got, want, "{kind:?} {}", kernel.name());
            }
        }
    }
}

#[test]
fn haystack_through_the_bank_importer() {
    // The same data through the public import path: no bad lines, no
    // duplicates, entry ids = line numbers.
    let report = parse_hex_lines(
        read("reg-test-input/haystack.txt").as_bytes(),
        HexKind::Pdq,
        &ImportOptions::default(),
    )
    .unwrap();
    assert!(report.bad_lines.is_empty());
    assert_eq!(report.entries.len(), 1350);
    let mut bank = Bank::new("haystack").unwrap();
    bank.set_max_distance(32).unwrap();
    bank.extend(report.entries);
    let idx = PdqIndex::build(&[bank], IndexKind::Flat).unwrap();
    let needles = hashes("reg-test-input/needles.txt");
    let got: Vec<(usize, usize, u32)> = idx
        .search(&needles, 32)
        .iter()
        .map(|h| (h.query, h.entry as usize, h.distance))
        .collect();
    let mut want = expected();
    want.sort_unstable();
    assert_eq!(got, want);
    // Bank threshold of 31 (the default) keeps them all: every pair is <= 31.
    idx.catalog().set_bank_max_distance("HAYSTACK", 31).unwrap();
    assert_eq!(idx.search(&needles, 32).len(), 250);
    // A needle's exact copy disabled: it disappears from the next query.
    let first = want[0];
    assert_eq!(first.2, 0);
    idx.catalog()
        .set_entry_enabled("HAYSTACK", first.1, false)
        .unwrap();
    let after = idx.search(&needles[first.0..=first.0], 32);
    assert!(after.iter().all(|h| h.entry as usize != first.1));
    let _ = SignalValue::Pdq(needles[0]);
}
