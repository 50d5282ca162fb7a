//! The 8 hashes derived from one DCT must agree with hashing the actually
//! rotated / mirrored pixels, within a few bits, on real photos.

use std::path::{Path, PathBuf};

use lurewatch_media::{Limits, decode_rgb};
use lurewatch_pdq::{Dihedral, Hasher};
use proptest::prelude::*;

fn vectors() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/pdq-vectors")
}

/// Photos of at least 512 px a side.
const PHOTOS: [&str; 5] = [
    "reg-test-input/dih/bridge-1-original.jpg",
    "bridge-mods/square-512x512.jpg",
    "bridge-mods/shrink-a-little.jpg",
    "reg-test-input/pen-and-coaster.png",
    "misc-images/c.png",
];

fn photo(i: usize) -> (Vec<u8>, usize, usize) {
    load(PHOTOS[i])
}

fn load(rel: &str) -> (Vec<u8>, usize, usize) {
    let img = decode_rgb(
        &std::fs::read(vectors().join(rel)).unwrap(),
        &Limits::default(),
    )
    .unwrap();
    (img.pixels, img.width as usize, img.height as usize)
}

fn crop(px: &[u8], w: usize, x0: usize, y0: usize, cw: usize, ch: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(cw * ch * 3);
    for y in y0..y0 + ch {
        out.extend_from_slice(&px[(y * w + x0) * 3..(y * w + x0 + cw) * 3]);
    }
    out
}

/// Largest distance between a derived dihedral hash and the hash of the
/// transformed pixels, and the sum over the 8 transforms.
fn worst(px: &[u8], w: usize, h: usize) -> (u32, u8) {
    let (w_, _, q) = distances(px, w, h);
    (w_, q)
}

fn distances(px: &[u8], w: usize, h: usize) -> (u32, u32, u8) {
    let mut hasher = Hasher::new();
    let derived = hasher.dihedral_rgb(px, w, h).unwrap();
    let mut worst = 0;
    let mut sum = 0;
    for d in Dihedral::ALL {
        let (tp, tw, th) = d.transform_pixels::<3>(px, w, h);
        let direct = hasher.hash_rgb(&tp, tw, th).unwrap();
        let dist = direct.hash.distance(&derived.get(d));
        worst = worst.max(dist);
        sum += dist;
    }
    (worst, sum, derived.quality)
}

/// Not bit-identical (the box filter's edge phases and the decimation grid
/// are not symmetric under mirroring), but always still a match at Meta's
/// threshold, and a few bits on average. Measured: bridge 0-8 bits per
/// transform; the squashed 512x512 bridge is the worst case, up to 26.
#[test]
fn whole_photos_agree_within_a_few_bits() {
    let (mut total, mut count) = (0, 0);
    for name in PHOTOS {
        let (px, w, h) = load(name);
        let (worst, sum, q) = distances(&px, w, h);
        eprintln!(
            "{name}: worst {worst} bits, mean {:.1} (quality {q})",
            f64::from(sum) / 8.0
        );
        assert!(
            worst <= lurewatch_pdq::MATCH_THRESHOLD,
            "{name}: {worst} bits"
        );
        total += sum;
        count += 8;
    }
    let mean = f64::from(total) / f64::from(count);
    assert!(mean <= 8.0, "mean distance {mean:.1} bits");
}

/// On small textured images a one-pixel shift of the sampling grid changes
/// many bits, so a derived hash can be far from the transformed file's hash.
/// That is the reference's behaviour, reproduced exactly: these are the
/// distances PyPI `pdqhash` (Meta's C++) gives for `compute_dihedral(rgb)`
/// against `compute(np.rot90(rgb))` etc. on this 256x256 image. It is why
/// lurewatch queries all 8 derived hashes instead of canonicalising.
#[test]
fn small_textured_image_matches_the_reference_behaviour() {
    let (px, w, h) = load("reg-test-input/labelme-subset/q0122.jpg");
    let mut hasher = Hasher::new();
    let derived = hasher.dihedral_rgb(&px, w, h).unwrap();
    let got: Vec<u32> = Dihedral::ALL
        .iter()
        .map(|&d| {
            let (tp, tw, th) = d.transform_pixels::<3>(&px, w, h);
            hasher
                .hash_rgb(&tp, tw, th)
                .unwrap()
                .hash
                .distance(&derived.get(d))
        })
        .collect();
    assert_eq!(got, [0, 66, 100, 86, 86, 66, 0, 100]);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    /// Any sizeable crop of a photo: the derived hashes stay within matching
    /// distance of the transformed pixels' hashes.
    #[test]
    fn crops_agree(i in 0usize..PHOTOS.len(), fx in 0.0f64..0.2, fy in 0.0f64..0.2, fw in 0.7f64..0.8, fh in 0.7f64..0.8) {
        let (px, w, h) = photo(i);
        let (x0, y0) = ((fx * w as f64) as usize, (fy * h as f64) as usize);
        let (cw, ch) = (((fw * w as f64) as usize).max(16), ((fh * h as f64) as usize).max(16));
        let c = crop(&px, w, x0, y0, cw, ch);
        let (d, q) = worst(&c, cw, ch);
        prop_assume!(q >= 50);
        prop_assert!(d <= lurewatch_pdq::MATCH_THRESHOLD, "{}: crop {cw}x{ch}+{x0}+{y0}: {d} bits", PHOTOS[i]);
    }
}
