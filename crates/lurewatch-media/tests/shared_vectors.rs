//! Meta's PDQ test images against the expected full-resolution hashes in
//! `../shared/pdq-vectors` (computed with the C++ reference on Pillow RGB).

use std::path::{Path, PathBuf};

use lurewatch_media::{Format, Limits, hash_media};
use lurewatch_pdq::{Hash256, Hasher};

fn vectors() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/pdq-vectors")
}

struct Expected {
    path: String,
    hashes: Vec<Hash256>,
    quality: u8,
}

fn read_expected(file: &str, n_hashes: usize) -> Vec<Expected> {
    let text = std::fs::read_to_string(vectors().join(file)).expect("shared vectors present");
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let cols: Vec<&str> = l.split(',').collect();
            let hashes = cols[..n_hashes]
                .iter()
                .map(|h| h.parse().unwrap())
                .collect();
            let quality = cols[n_hashes].parse().unwrap();
            // fullres: hash,quality,width,height,path ; dihedral: 8 hashes,quality,path
            let path = cols.last().unwrap().to_string();
            Expected {
                path,
                hashes,
                quality,
            }
        })
        .collect()
}

/// The issue allows JPEG within 4 bits (decoder rounding), but JPEGs go
/// through libjpeg-turbo's decoder, as in Pillow, so every image must match
/// exactly, JPEG included.
fn allowed_bits(_format: Format) -> u32 {
    0
}

#[test]
fn full_resolution_hashes_match_reference() {
    let expected = read_expected("EXPECTED-pdq-fullres.csv", 1);
    assert!(
        expected.len() >= 45,
        "expected file has {} rows",
        expected.len()
    );
    let mut hasher = Hasher::new();
    let mut report = Vec::new();
    let mut failures = Vec::new();
    for e in &expected {
        let bytes = std::fs::read(vectors().join(&e.path)).unwrap();
        let got = hash_media(&bytes, &Limits::default(), false, &mut hasher)
            .unwrap_or_else(|err| panic!("{}: {err}", e.path));
        let d = got.pdq.hash.distance(&e.hashes[0]);
        report.push(format!(
            "{:>3} bits q{}/{} {}",
            d, got.pdq.quality, e.quality, e.path
        ));
        if d > allowed_bits(got.format) || got.pdq.quality != e.quality {
            failures.push(format!(
                "{}: {} bits off, quality {} vs {}",
                e.path, d, got.pdq.quality, e.quality
            ));
        }
    }
    eprintln!("{}", report.join("\n"));
    assert!(failures.is_empty(), "mismatches:\n{}", failures.join("\n"));
}

#[test]
fn dihedral_hashes_match_reference() {
    let expected = read_expected("EXPECTED-pdq-dihedral-fullres.csv", 8);
    let mut hasher = Hasher::new();
    let mut failures = Vec::new();
    for e in &expected {
        let bytes = std::fs::read(vectors().join(&e.path)).unwrap();
        let got = hash_media(&bytes, &Limits::default(), true, &mut hasher).unwrap();
        let all = got.dihedral.unwrap();
        for (k, want) in e.hashes.iter().enumerate() {
            let d = all.hashes[k].distance(want);
            if d > allowed_bits(got.format) {
                failures.push(format!("{} transform {k}: {d} bits", e.path));
            }
        }
        if all.quality != e.quality {
            failures.push(format!(
                "{}: quality {} vs {}",
                e.path, all.quality, e.quality
            ));
        }
    }
    assert!(failures.is_empty(), "mismatches:\n{}", failures.join("\n"));
}
