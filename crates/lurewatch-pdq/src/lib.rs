//! PDQ, Meta's perceptual image hash, computed from pixels.
//!
//! This crate is the algorithm only: no decoding, no files, no I/O. It is
//! written from the published description (luma, two passes of a Jarosz box
//! filter, 64x64 decimation, a 16x16 DCT, median threshold, an integer
//! quality metric) in the **full-resolution flavour** used by HMA,
//! python-threatexchange, the Java port and PyPI `pdqhash`, so hashes shared
//! between platforms match bit for bit.
//!
//! ```
//! use lurewatch_pdq::Hasher;
//! let (w, h) = (32, 24);
//! let rgb: Vec<u8> = (0..w * h * 3).map(|i| (i * 7 % 256) as u8).collect();
//! let mut hasher = Hasher::new();
//! let out = hasher.hash_rgb(&rgb, w, h).unwrap();
//! assert_eq!(out.hash.to_hex().len(), 64);
//! let all = hasher.dihedral_rgb(&rgb, w, h).unwrap();
//! assert_eq!(all.hashes[0], out.hash);
//! ```

mod dihedral;
mod fast;
mod hash;
pub mod reference;

pub use dihedral::Dihedral;
pub use hash::{Hash256, ParseHashError};

use std::sync::OnceLock;

/// Side of the decimated luma buffer.
pub const DOWNSAMPLE: usize = 64;
/// Side of the DCT block the hash bits come from.
pub const DCT_SIZE: usize = 16;
/// Images with a side below this hash to zero with quality 0 in the reference.
pub const MIN_HASHABLE_DIM: usize = 5;
/// Hamming distance at or below which Meta calls two PDQ hashes a match.
pub const MATCH_THRESHOLD: u32 = 31;
/// Hashes with a quality below this are too flat to trust (pytx drops them).
pub const QUALITY_THRESHOLD: u8 = 50;

pub(crate) const LUMA_R: f32 = 0.299;
pub(crate) const LUMA_G: f32 = 0.587;
pub(crate) const LUMA_B: f32 = 0.114;
pub(crate) const JAROSZ_PASSES: usize = 2;

/// A hash and its quality (0..=100).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct PdqHash {
    /// The 256-bit hash.
    pub hash: Hash256,
    /// Quality 0..=100; below [`QUALITY_THRESHOLD`] the hash is not trusted.
    pub quality: u8,
}

/// The hashes of all 8 rotations and flips of one image, derived from its DCT.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct DihedralHashes {
    /// Indexed by [`Dihedral`] in [`Dihedral::ALL`] order.
    pub hashes: [Hash256; 8],
    /// Quality shared by all eight.
    pub quality: u8,
}

impl DihedralHashes {
    /// The hash of one transform.
    pub fn get(&self, d: Dihedral) -> Hash256 {
        self.hashes[d as usize]
    }
}

/// Errors from the pixel-level API (the only ones: inconsistent buffers).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PdqError {
    /// `pixels.len()` is not `width * height * channels`.
    #[error(
        "pixel buffer holds {actual} bytes, but {width}x{height} with {channels} channels needs {expected}"
    )]
    BufferSize {
        /// Image width.
        width: usize,
        /// Image height.
        height: usize,
        /// Channels per pixel.
        channels: usize,
        /// Expected length.
        expected: usize,
        /// Actual length.
        actual: usize,
    },
}

/// The Jarosz window along a dimension of `dim` samples: `ceil(dim / 128)`.
pub(crate) fn jarosz_window(dim: usize) -> usize {
    dim.div_ceil(2 * DOWNSAMPLE)
}

/// The source index the decimation samples for output index `out` of 64.
pub(crate) fn decimation_index(out: usize, dim: usize) -> usize {
    (((out as f64 + 0.5) * dim as f64) / DOWNSAMPLE as f64) as usize
}

/// The 16x64 DCT-II matrix (rows 1..=16, DC dropped), as the reference builds it.
pub(crate) fn dct_matrix() -> &'static [f32; DCT_SIZE * DOWNSAMPLE] {
    static MATRIX: OnceLock<[f32; DCT_SIZE * DOWNSAMPLE]> = OnceLock::new();
    MATRIX.get_or_init(|| {
        // The reference rounds the scale factor to f32 before multiplying by
        // the f64 cosine; on near-flat images that last bit shows in the hash.
        let scale = f64::from((2.0f64 / DOWNSAMPLE as f64).sqrt() as f32);
        let mut m = [0f32; DCT_SIZE * DOWNSAMPLE];
        for i in 0..DCT_SIZE {
            for j in 0..DOWNSAMPLE {
                let angle = (std::f64::consts::PI / 2.0 / DOWNSAMPLE as f64)
                    * (i + 1) as f64
                    * (2 * j + 1) as f64;
                m[i * DOWNSAMPLE + j] = (scale * angle.cos()) as f32;
            }
        }
        m
    })
}

/// The reference's quality metric over the 64x64 buffer: count of significant
/// (quantised) gradients, scaled to 0..=100.
pub fn quality_of(buffer64: &[f32]) -> u8 {
    let step = |u: f32, v: f32| -> i32 { (((u - v) * 100.0) / 255.0) as i32 };
    let mut sum: i32 = 0;
    for i in 0..DOWNSAMPLE - 1 {
        for j in 0..DOWNSAMPLE {
            sum += step(
                buffer64[i * DOWNSAMPLE + j],
                buffer64[(i + 1) * DOWNSAMPLE + j],
            )
            .abs();
        }
    }
    for i in 0..DOWNSAMPLE {
        for j in 0..DOWNSAMPLE - 1 {
            sum += step(
                buffer64[i * DOWNSAMPLE + j],
                buffer64[i * DOWNSAMPLE + j + 1],
            )
            .abs();
        }
    }
    (sum / 90).min(100) as u8
}

/// Bits of a 16x16 block: bit `16*i + j` is set iff the coefficient is above
/// the median (the 128th smallest value).
pub fn bits_of(block: &[f32; DCT_SIZE * DCT_SIZE]) -> Hash256 {
    let mut sorted = *block;
    let (_, median, _) = sorted.select_nth_unstable_by(127, f32::total_cmp);
    let median = *median;
    let mut hash = Hash256::ZERO;
    for (k, &v) in block.iter().enumerate() {
        if v > median {
            hash.set_bit(k);
        }
    }
    hash
}

/// Reusable scratch buffers; one per thread. Hashing allocates nothing once
/// the buffers have grown to the largest image seen.
#[derive(Default)]
pub struct Hasher {
    scratch: fast::Scratch,
}

impl Hasher {
    /// A hasher with empty scratch buffers.
    pub fn new() -> Self {
        Self::default()
    }

    /// PDQ of an 8-bit RGB image (`width * height * 3` bytes, row-major).
    pub fn hash_rgb(
        &mut self,
        rgb: &[u8],
        width: usize,
        height: usize,
    ) -> Result<PdqHash, PdqError> {
        let (block, quality) = self.dct_rgb(rgb, width, height)?;
        Ok(PdqHash {
            hash: block.map_or(Hash256::ZERO, |b| bits_of(&b)),
            quality,
        })
    }

    /// The 8 dihedral PDQ hashes of an 8-bit RGB image, from one DCT.
    pub fn dihedral_rgb(
        &mut self,
        rgb: &[u8],
        width: usize,
        height: usize,
    ) -> Result<DihedralHashes, PdqError> {
        let (block, quality) = self.dct_rgb(rgb, width, height)?;
        let hashes = match block {
            Some(b) => Dihedral::ALL.map(|d| bits_of(&d.transform_dct(&b))),
            None => [Hash256::ZERO; 8],
        };
        Ok(DihedralHashes { hashes, quality })
    }

    /// PDQ of an 8-bit grayscale image (`width * height` bytes).
    pub fn hash_gray(
        &mut self,
        gray: &[u8],
        width: usize,
        height: usize,
    ) -> Result<PdqHash, PdqError> {
        check_len(gray.len(), width, height, 1)?;
        if width < MIN_HASHABLE_DIM || height < MIN_HASHABLE_DIM {
            return Ok(PdqHash {
                hash: Hash256::ZERO,
                quality: 0,
            });
        }
        let buf = self.scratch.downsample_gray(gray, height, width);
        let quality = quality_of(buf);
        let block = fast::dct_16x16(buf);
        Ok(PdqHash {
            hash: bits_of(&block),
            quality,
        })
    }

    /// The 64x64 downsample of an RGB image (exposed for tests and tools).
    pub fn downsample_rgb(
        &mut self,
        rgb: &[u8],
        width: usize,
        height: usize,
    ) -> Result<Vec<f32>, PdqError> {
        check_len(rgb.len(), width, height, 3)?;
        Ok(self.scratch.downsample_rgb(rgb, height, width).to_vec())
    }

    fn dct_rgb(
        &mut self,
        rgb: &[u8],
        width: usize,
        height: usize,
    ) -> Result<(Option<[f32; DCT_SIZE * DCT_SIZE]>, u8), PdqError> {
        check_len(rgb.len(), width, height, 3)?;
        if width < MIN_HASHABLE_DIM || height < MIN_HASHABLE_DIM {
            return Ok((None, 0));
        }
        let buf = self.scratch.downsample_rgb(rgb, height, width);
        let quality = quality_of(buf);
        Ok((Some(fast::dct_16x16(buf)), quality))
    }
}

fn check_len(actual: usize, width: usize, height: usize, channels: usize) -> Result<(), PdqError> {
    let expected = width
        .checked_mul(height)
        .and_then(|n| n.checked_mul(channels));
    if expected != Some(actual) {
        return Err(PdqError::BufferSize {
            width,
            height,
            channels,
            expected: expected.unwrap_or(usize::MAX),
            actual,
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn pseudo_image(w: usize, h: usize, seed: u32) -> Vec<u8> {
        // A smooth gradient plus a little deterministic texture: benign, generated.
        let mut s = seed.wrapping_mul(2654435761).max(1);
        let mut out = Vec::with_capacity(w * h * 3);
        for y in 0..h {
            for x in 0..w {
                s ^= s << 13;
                s ^= s >> 17;
                s ^= s << 5;
                let noise = (s % 32) as usize;
                out.push(((x * 255 / w.max(1)) + noise).min(255) as u8);
                out.push(((y * 255 / h.max(1)) + noise / 2).min(255) as u8);
                out.push((((x + y) * 127 / (w + h)) + noise).min(255) as u8);
            }
        }
        out
    }

    #[test]
    fn window_and_decimation_follow_reference_formulas() {
        assert_eq!(jarosz_window(5), 1);
        assert_eq!(jarosz_window(128), 1);
        assert_eq!(jarosz_window(129), 2);
        assert_eq!(jarosz_window(1600), 13);
        assert_eq!(decimation_index(0, 64), 0);
        assert_eq!(decimation_index(63, 64), 63);
        assert_eq!(decimation_index(0, 1600), 12);
        assert_eq!(decimation_index(63, 34), 33);
    }

    #[test]
    fn box_filter_matches_worked_example() {
        // The reference's own worked example: window 7 over 0..16.
        let input: Vec<f32> = (0..16).map(|v| v as f32).collect();
        let mut out = vec![0f32; 16];
        reference::box_1d(&input, &mut out, 0, 16, 1, 7);
        let sums = [
            6., 10., 15., 21., 28., 35., 42., 49., 56., 63., 70., 77., 84., 75., 65., 54.,
        ];
        let counts = [
            4., 5., 6., 7., 7., 7., 7., 7., 7., 7., 7., 7., 7., 6., 5., 4.,
        ];
        for i in 0..16 {
            assert_eq!(out[i], sums[i] / counts[i], "index {i}");
        }
    }

    #[test]
    fn dct_matrix_rows_are_orthonormal() {
        let d = dct_matrix();
        for a in 0..DCT_SIZE {
            for b in 0..DCT_SIZE {
                let dot: f64 = (0..DOWNSAMPLE)
                    .map(|k| f64::from(d[a * 64 + k]) * f64::from(d[b * 64 + k]))
                    .sum();
                let want = if a == b { 1.0 } else { 0.0 };
                assert!((dot - want).abs() < 1e-5, "rows {a},{b}: {dot}");
            }
        }
    }

    #[test]
    fn median_threshold_sets_exactly_half_the_bits() {
        let mut block = [0f32; 256];
        for (i, v) in block.iter_mut().enumerate() {
            *v = ((i * 37) % 256) as f32 - 100.0;
        }
        assert_eq!(bits_of(&block).weight(), 128);
        assert_eq!(reference::torben_median(&block), {
            let mut s = block;
            s.sort_by(f32::total_cmp);
            s[127]
        });
    }

    #[test]
    fn quality_of_flat_image_is_zero() {
        let flat = vec![128u8; 100 * 80 * 3];
        let out = Hasher::new().hash_rgb(&flat, 100, 80).unwrap();
        assert_eq!(out.quality, 0);
    }

    #[test]
    fn tiny_images_hash_to_zero_like_the_reference() {
        let px = vec![200u8; 4 * 40 * 3];
        let out = Hasher::new().hash_rgb(&px, 4, 40).unwrap();
        assert_eq!(
            out,
            PdqHash {
                hash: Hash256::ZERO,
                quality: 0
            }
        );
    }

    #[test]
    fn wrong_buffer_size_is_an_error_not_a_panic() {
        let err = Hasher::new().hash_rgb(&[0u8; 10], 5, 5).unwrap_err();
        assert!(matches!(
            err,
            PdqError::BufferSize {
                expected: 75,
                actual: 10,
                ..
            }
        ));
        assert!(Hasher::new().hash_rgb(&[], usize::MAX, 3).is_err());
    }

    #[test]
    fn gray_equals_rgb_with_equal_channels() {
        let (w, h) = (150, 97);
        let rgb = pseudo_image(w, h, 3);
        let gray: Vec<u8> = rgb.chunks(3).map(|p| p[0]).collect();
        let rgb3: Vec<u8> = gray.iter().flat_map(|&g| [g, g, g]).collect();
        let mut hasher = Hasher::new();
        let a = hasher.hash_gray(&gray, w, h).unwrap();
        let b = hasher.hash_rgb(&rgb3, w, h).unwrap();
        // Luma of (g,g,g) is 0.299g+0.587g+0.114g, which may differ from g in
        // the last float bit; the reference's grey path uses g directly.
        assert!(
            a.hash.distance(&b.hash) <= 2,
            "{}",
            a.hash.distance(&b.hash)
        );
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(48))]

        /// The fast path is bit-identical to the literal reference rendering.
        #[test]
        fn fast_downsample_equals_reference(w in 5usize..400, h in 5usize..300, seed in any::<u32>()) {
            let rgb = pseudo_image(w, h, seed);
            let fast = Hasher::new().downsample_rgb(&rgb, w, h).unwrap();
            let slow = reference::downsample_rgb(&rgb, h, w);
            prop_assert!(fast.iter().zip(&slow).all(|(a, b)| a.to_bits() == b.to_bits()));
            let b1 = fast::dct_16x16(&fast);
            let b2 = reference::dct_16x16(&slow);
            prop_assert!(b1.iter().zip(&b2).all(|(a, b)| a.to_bits() == b.to_bits()));
            let mut sorted = b2;
            sorted.sort_by(f32::total_cmp);
            prop_assert_eq!(reference::torben_median(&b2), sorted[127]);
        }
    }
}
