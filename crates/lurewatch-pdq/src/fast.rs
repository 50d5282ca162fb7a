//! The production path: the same float operations as [`crate::reference`],
//! in the same order for every output value, but laid out so the CPU can run
//! many independent running sums side by side.
//!
//! * Column passes keep one running sum per column and stream rows: the
//!   inner loop is over columns and vectorises.
//! * Row passes run [`LANES`] rows at once, one running sum per lane.
//! * The last row pass only keeps the 64 columns the decimation samples, and
//!   the last column pass runs over those 64 columns only.
//!
//! Each output value still sees exactly the reference's sequence of `+=`,
//! `-=` and `/`, so the result is bit-identical (checked by a property test).

use crate::{DCT_SIZE, DOWNSAMPLE, LUMA_B, LUMA_G, LUMA_R, decimation_index, jarosz_window};

const LANES: usize = 8;

/// Growable buffers reused between images.
#[derive(Default)]
pub(crate) struct Scratch {
    a: Vec<f32>,
    b: Vec<f32>,
    /// rows x 64: the second row pass, sampled at the decimation columns.
    sampled: Vec<f32>,
    sampled2: Vec<f32>,
    out: Vec<f32>,
}

/// Phase lengths of the reference box filter for a line of `len` samples.
#[derive(Clone, Copy)]
struct Phases {
    p1: usize,
    p2: usize,
    p3: usize,
    p4: usize,
}

impl Phases {
    fn new(len: usize, window: usize) -> Phases {
        let half = (window + 2) / 2;
        Phases {
            p1: half - 1,
            p2: window - half + 1,
            p3: len - window,
            p4: half - 1,
        }
    }
}

impl Scratch {
    pub(crate) fn downsample_rgb(&mut self, rgb: &[u8], rows: usize, cols: usize) -> &[f32] {
        let n = rows * cols;
        self.a.resize(n, 0.0);
        for (dst, p) in self.a.iter_mut().zip(rgb.chunks_exact(3)) {
            *dst = LUMA_R * f32::from(p[0]) + LUMA_G * f32::from(p[1]) + LUMA_B * f32::from(p[2]);
        }
        self.filter_and_decimate(rows, cols)
    }

    pub(crate) fn downsample_gray(&mut self, gray: &[u8], rows: usize, cols: usize) -> &[f32] {
        self.a.clear();
        self.a.extend(gray.iter().map(|&g| f32::from(g)));
        self.filter_and_decimate(rows, cols)
    }

    /// Jarosz filter (rows, columns, rows, columns) then decimation, reading
    /// the luma plane in `self.a`.
    fn filter_and_decimate(&mut self, rows: usize, cols: usize) -> &[f32] {
        let n = rows * cols;
        self.b.resize(n, 0.0);
        let wr = jarosz_window(cols);
        let wc = jarosz_window(rows);
        let col_idx: Vec<usize> = (0..DOWNSAMPLE).map(|j| decimation_index(j, cols)).collect();

        box_rows(&self.a, &mut self.b, rows, cols, wr);
        box_cols(&self.b, &mut self.a, rows, cols, wc);
        // Second row pass: full running sums, but keep only sampled columns.
        self.sampled.resize(rows * DOWNSAMPLE, 0.0);
        box_rows_sampled(
            &self.a,
            &mut self.b,
            &mut self.sampled,
            rows,
            cols,
            wr,
            &col_idx,
        );
        self.sampled2.resize(rows * DOWNSAMPLE, 0.0);
        box_cols(&self.sampled, &mut self.sampled2, rows, DOWNSAMPLE, wc);

        self.out.resize(DOWNSAMPLE * DOWNSAMPLE, 0.0);
        for oi in 0..DOWNSAMPLE {
            let ii = decimation_index(oi, rows);
            self.out[oi * DOWNSAMPLE..(oi + 1) * DOWNSAMPLE]
                .copy_from_slice(&self.sampled2[ii * DOWNSAMPLE..(ii + 1) * DOWNSAMPLE]);
        }
        &self.out
    }
}

/// Box filter along every column: one running sum per column, rows streamed.
fn box_cols(input: &[f32], output: &mut [f32], rows: usize, cols: usize, window: usize) {
    let ph = Phases::new(rows, window);
    let mut sum = vec![0f32; cols];
    let row = |r: usize| &input[r * cols..(r + 1) * cols];
    let (mut li, mut ri, mut oi) = (0usize, 0usize, 0usize);
    let mut count = 0usize;
    for _ in 0..ph.p1 {
        for (s, &v) in sum.iter_mut().zip(row(ri)) {
            *s += v;
        }
        count += 1;
        ri += 1;
    }
    for _ in 0..ph.p2 {
        count += 1;
        let c = count as f32;
        let out = &mut output[oi * cols..(oi + 1) * cols];
        for ((s, &v), o) in sum.iter_mut().zip(row(ri)).zip(out) {
            *s += v;
            *o = *s / c;
        }
        ri += 1;
        oi += 1;
    }
    let c = count as f32;
    for _ in 0..ph.p3 {
        let out = &mut output[oi * cols..(oi + 1) * cols];
        for (((s, &add), &sub), o) in sum.iter_mut().zip(row(ri)).zip(row(li)).zip(out) {
            *s += add;
            *s -= sub;
            *o = *s / c;
        }
        li += 1;
        ri += 1;
        oi += 1;
    }
    for _ in 0..ph.p4 {
        count -= 1;
        let c = count as f32;
        let out = &mut output[oi * cols..(oi + 1) * cols];
        for ((s, &sub), o) in sum.iter_mut().zip(row(li)).zip(out) {
            *s -= sub;
            *o = *s / c;
        }
        li += 1;
        oi += 1;
    }
}

/// Box filter along [`LANES`] rows at once (`base` = first row), one running
/// sum per lane; calls `emit(position, values)` for every output position.
#[inline(always)]
fn box_lanes(
    input: &[f32],
    base: usize,
    cols: usize,
    window: usize,
    mut emit: impl FnMut(usize, &[f32; LANES]),
) {
    let ph = Phases::new(cols, window);
    let load =
        |pos: usize| -> [f32; LANES] { std::array::from_fn(|l| input[(base + l) * cols + pos]) };
    let mut sum = [0f32; LANES];
    let (mut li, mut ri, mut oi) = (0usize, 0usize, 0usize);
    let mut count = 0usize;
    for _ in 0..ph.p1 {
        let v = load(ri);
        for l in 0..LANES {
            sum[l] += v[l];
        }
        count += 1;
        ri += 1;
    }
    for _ in 0..ph.p2 {
        let v = load(ri);
        count += 1;
        let c = count as f32;
        let mut o = [0f32; LANES];
        for l in 0..LANES {
            sum[l] += v[l];
            o[l] = sum[l] / c;
        }
        emit(oi, &o);
        ri += 1;
        oi += 1;
    }
    let c = count as f32;
    for _ in 0..ph.p3 {
        let add = load(ri);
        let sub = load(li);
        let mut o = [0f32; LANES];
        for l in 0..LANES {
            sum[l] += add[l];
            sum[l] -= sub[l];
            o[l] = sum[l] / c;
        }
        emit(oi, &o);
        li += 1;
        ri += 1;
        oi += 1;
    }
    for _ in 0..ph.p4 {
        let sub = load(li);
        count -= 1;
        let c = count as f32;
        let mut o = [0f32; LANES];
        for l in 0..LANES {
            sum[l] -= sub[l];
            o[l] = sum[l] / c;
        }
        emit(oi, &o);
        li += 1;
        oi += 1;
    }
}

/// Box filter along every row.
fn box_rows(input: &[f32], output: &mut [f32], rows: usize, cols: usize, window: usize) {
    let full = rows / LANES * LANES;
    for base in (0..full).step_by(LANES) {
        box_lanes(input, base, cols, window, |pos, o| {
            for l in 0..LANES {
                output[(base + l) * cols + pos] = o[l];
            }
        });
    }
    for r in full..rows {
        crate::reference::box_1d(input, output, r * cols, cols, 1, window);
    }
}

/// Box filter along every row, keeping only the columns in `col_idx`
/// (`sampled` is rows x 64). `line` is scratch for the leftover rows.
fn box_rows_sampled(
    input: &[f32],
    line: &mut [f32],
    sampled: &mut [f32],
    rows: usize,
    cols: usize,
    window: usize,
    col_idx: &[usize],
) {
    // For each source column, the output columns that sample it (several
    // when the image is narrower than 64 px).
    let mut takers: Vec<Vec<usize>> = vec![Vec::new(); cols];
    for (j, &c) in col_idx.iter().enumerate() {
        takers[c].push(j);
    }
    let full = rows / LANES * LANES;
    for base in (0..full).step_by(LANES) {
        box_lanes(input, base, cols, window, |pos, o| {
            for &j in &takers[pos] {
                for l in 0..LANES {
                    sampled[(base + l) * DOWNSAMPLE + j] = o[l];
                }
            }
        });
    }
    for r in full..rows {
        crate::reference::box_1d(input, line, r * cols, cols, 1, window);
        for (j, &c) in col_idx.iter().enumerate() {
            sampled[r * DOWNSAMPLE + j] = line[r * cols + c];
        }
    }
}

/// The 16x16 DCT block of a 64x64 buffer; per output value the products are
/// summed in the reference's order (k ascending from 0.0).
pub(crate) fn dct_16x16(a: &[f32]) -> [f32; DCT_SIZE * DCT_SIZE] {
    let d = crate::dct_matrix();
    // T = D A, accumulating row k of A into row i of T.
    let mut t = [0f32; DCT_SIZE * DOWNSAMPLE];
    for i in 0..DCT_SIZE {
        let ti = &mut t[i * DOWNSAMPLE..(i + 1) * DOWNSAMPLE];
        for k in 0..DOWNSAMPLE {
            let dik = d[i * DOWNSAMPLE + k];
            for (tv, &av) in ti.iter_mut().zip(&a[k * DOWNSAMPLE..(k + 1) * DOWNSAMPLE]) {
                *tv += dik * av;
            }
        }
    }
    // B = T D^T: B[i][j] = sum_k T[i][k] D[j][k]; vectorised over j.
    let mut dt = [0f32; DOWNSAMPLE * DCT_SIZE];
    for j in 0..DCT_SIZE {
        for k in 0..DOWNSAMPLE {
            dt[k * DCT_SIZE + j] = d[j * DOWNSAMPLE + k];
        }
    }
    let mut b = [0f32; DCT_SIZE * DCT_SIZE];
    for i in 0..DCT_SIZE {
        let bi = &mut b[i * DCT_SIZE..(i + 1) * DCT_SIZE];
        for k in 0..DOWNSAMPLE {
            let tik = t[i * DOWNSAMPLE + k];
            for (bv, &dv) in bi.iter_mut().zip(&dt[k * DCT_SIZE..(k + 1) * DCT_SIZE]) {
                *bv += tik * dv;
            }
        }
    }
    b
}
