//! Every pixel format a platform receives, generated with Pillow by
//! `tools/make-mode-fixtures.py`: our RGB pixels must be byte-identical to
//! Pillow's `convert('RGB')` (compared by SHA-256), and the PDQ hashes equal
//! to the C++ reference (PyPI `pdqhash`) run on those pixels.

use std::path::{Path, PathBuf};

use lurewatch_media::{Digests, Limits, MediaError, decode_rgb, hash_media};
use lurewatch_pdq::{Hash256, Hasher};
use sha2::Digest as _;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/modes")
}

#[test]
fn pixels_and_hashes_match_pillow_and_the_reference() {
    let text = std::fs::read_to_string(fixtures().join("expected.csv")).unwrap();
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    let col = |name: &str| header.iter().position(|h| *h == name).unwrap();
    let (c_file, c_mode, c_w, c_h, c_q, c_md5, c_sha, c_rgb) = (
        col("file"),
        col("mode"),
        col("width"),
        col("height"),
        col("quality"),
        col("md5"),
        col("sha256"),
        col("rgb_sha256"),
    );
    let c_hashes: Vec<usize> = [
        "pdq",
        "rot90",
        "rot180",
        "rot270",
        "flipx",
        "flipy",
        "flipplus1",
        "flipminus1",
    ]
    .iter()
    .map(|n| col(n))
    .collect();

    let mut hasher = Hasher::new();
    let mut failures = Vec::new();
    let mut checked = 0;
    for line in lines.filter(|l| !l.trim().is_empty()) {
        let f: Vec<&str> = line.split(',').collect();
        let name = f[c_file];
        let bytes = std::fs::read(fixtures().join(name)).unwrap();
        let digests = Digests::of(&bytes);
        assert_eq!(hex::encode(digests.md5), f[c_md5], "{name} md5");
        assert_eq!(hex::encode(digests.sha256), f[c_sha], "{name} sha256");

        let img = match decode_rgb(&bytes, &Limits::default()) {
            Ok(img) => img,
            Err(e) => {
                failures.push(format!("{name} ({}): decode failed: {e}", f[c_mode]));
                continue;
            }
        };
        let (w, h): (u32, u32) = (f[c_w].parse().unwrap(), f[c_h].parse().unwrap());
        if (img.width, img.height) != (w, h) {
            failures.push(format!(
                "{name}: size {}x{} vs {w}x{h}",
                img.width, img.height
            ));
            continue;
        }
        let rgb_sha = hex::encode(sha2::Sha256::digest(&img.pixels));
        if rgb_sha != f[c_rgb] {
            failures.push(format!(
                "{name} ({}): RGB pixels differ from Pillow's",
                f[c_mode]
            ));
        }
        match hash_media(&bytes, &Limits::default(), true, &mut hasher) {
            Ok(got) => {
                let all = got.dihedral.unwrap();
                for (k, &c) in c_hashes.iter().enumerate() {
                    let want: Hash256 = f[c].parse().unwrap();
                    if all.hashes[k] != want {
                        failures.push(format!(
                            "{name}: transform {k} is {} bits off",
                            all.hashes[k].distance(&want)
                        ));
                    }
                }
                if all.quality.to_string() != f[c_q] {
                    failures.push(format!("{name}: quality {} vs {}", all.quality, f[c_q]));
                }
            }
            // Pillow hashes images under 5 px to zero; lurewatch refuses them.
            Err(MediaError::TooSmall { .. }) if w < 5 || h < 5 => {}
            Err(e) => failures.push(format!("{name}: {e}")),
        }
        checked += 1;
    }
    assert!(checked >= 60, "only {checked} fixtures checked");
    assert!(
        failures.is_empty(),
        "{} mismatches:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
