//! A plain, line-by-line rendering of the published PDQ algorithm.
//!
//! It is the yardstick for the fast path in [`crate::fast`]: both must give
//! bit-identical float buffers. It follows the reference's loop structure and
//! its float operation order exactly (the box filter's running sums, the
//! DCT's sequential dot products), because a different order of float
//! additions gives a different hash on some images.

use crate::{DCT_SIZE, DOWNSAMPLE, dct_matrix, jarosz_window};

/// One 1-D box filter of `len` samples read with `stride`, in the reference's
/// four phases (grow, grow-and-write, slide, shrink).
pub(crate) fn box_1d(
    input: &[f32],
    output: &mut [f32],
    start: usize,
    len: usize,
    stride: usize,
    window: usize,
) {
    let half = (window + 2) / 2;
    let phase1 = half - 1;
    let phase2 = window - half + 1;
    let phase3 = len - window;
    let phase4 = half - 1;
    let (mut li, mut ri, mut oi) = (start, start, start);
    let mut sum = 0.0f32;
    let mut count = 0usize;
    for _ in 0..phase1 {
        sum += input[ri];
        count += 1;
        ri += stride;
    }
    for _ in 0..phase2 {
        sum += input[ri];
        count += 1;
        output[oi] = sum / count as f32;
        ri += stride;
        oi += stride;
    }
    for _ in 0..phase3 {
        sum += input[ri];
        sum -= input[li];
        output[oi] = sum / count as f32;
        li += stride;
        ri += stride;
        oi += stride;
    }
    for _ in 0..phase4 {
        sum -= input[li];
        count -= 1;
        output[oi] = sum / count as f32;
        li += stride;
        oi += stride;
    }
}

/// Luma, two Jarosz passes, 64x64 decimation: the 64x64 buffer the DCT and
/// the quality metric read. `rows`, `cols` ≥ 5.
pub fn downsample_rgb(rgb: &[u8], rows: usize, cols: usize) -> Vec<f32> {
    let mut buf1: Vec<f32> = rgb
        .chunks_exact(3)
        .map(|p| {
            crate::LUMA_R * f32::from(p[0])
                + crate::LUMA_G * f32::from(p[1])
                + crate::LUMA_B * f32::from(p[2])
        })
        .collect();
    downsample_luma(&mut buf1, rows, cols)
}

/// As [`downsample_rgb`], from a float luma plane (consumed as scratch).
pub fn downsample_luma(buf1: &mut [f32], rows: usize, cols: usize) -> Vec<f32> {
    let mut buf2 = vec![0f32; rows * cols];
    let window_along_rows = jarosz_window(cols);
    let window_along_cols = jarosz_window(rows);
    for _ in 0..crate::JAROSZ_PASSES {
        for i in 0..rows {
            box_1d(buf1, &mut buf2, i * cols, cols, 1, window_along_rows);
        }
        for j in 0..cols {
            box_1d(&buf2, buf1, j, rows, cols, window_along_cols);
        }
    }
    let mut out = vec![0f32; DOWNSAMPLE * DOWNSAMPLE];
    for oi in 0..DOWNSAMPLE {
        let ii = crate::decimation_index(oi, rows);
        for oj in 0..DOWNSAMPLE {
            let jj = crate::decimation_index(oj, cols);
            out[oi * DOWNSAMPLE + oj] = buf1[ii * cols + jj];
        }
    }
    out
}

/// The 16x16 DCT block (coefficients 1..=16 in each direction) of a 64x64
/// buffer, with the reference's summation order.
pub fn dct_16x16(a: &[f32]) -> [f32; DCT_SIZE * DCT_SIZE] {
    let d = dct_matrix();
    let mut t = [0f32; DCT_SIZE * DOWNSAMPLE];
    for i in 0..DCT_SIZE {
        for j in 0..DOWNSAMPLE {
            let mut sum = 0.0f32;
            for k in 0..DOWNSAMPLE {
                sum += d[i * DOWNSAMPLE + k] * a[k * DOWNSAMPLE + j];
            }
            t[i * DOWNSAMPLE + j] = sum;
        }
    }
    let mut b = [0f32; DCT_SIZE * DCT_SIZE];
    for i in 0..DCT_SIZE {
        for j in 0..DCT_SIZE {
            let mut sum = 0.0f32;
            for k in 0..DOWNSAMPLE {
                sum += t[i * DOWNSAMPLE + k] * d[j * DOWNSAMPLE + k];
            }
            b[i * DCT_SIZE + j] = sum;
        }
    }
    b
}

/// The Torben median of the reference, kept literally: for 256 values it is
/// the 128th smallest.
pub fn torben_median(m: &[f32]) -> f32 {
    let n = m.len();
    let (mut min, mut max) = (m[0], m[0]);
    for &v in &m[1..] {
        if v < min {
            min = v;
        }
        if v > max {
            max = v;
        }
    }
    let half = n.div_ceil(2);
    loop {
        let guess = (min + max) / 2.0;
        let (mut less, mut greater, mut equal) = (0usize, 0usize, 0usize);
        let (mut max_lt, mut min_gt) = (min, max);
        for &v in m {
            if v < guess {
                less += 1;
                if v > max_lt {
                    max_lt = v;
                }
            } else if v > guess {
                greater += 1;
                if v < min_gt {
                    min_gt = v;
                }
            } else {
                equal += 1;
            }
        }
        if less <= half && greater <= half {
            return if less >= half {
                max_lt
            } else if less + equal >= half {
                guess
            } else {
                min_gt
            };
        } else if less > greater {
            max = max_lt;
        } else {
            min = min_gt;
        }
    }
}
