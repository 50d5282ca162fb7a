//! Hamming-distance scan kernels with runtime CPU-feature dispatch.
//!
//! Hashes are stored block-transposed: a [`Block`] holds 8 hashes as 4 rows
//! of 8 words (row `k` = word `k` of each hash), so one SIMD load brings the
//! same word of 8 (AVX-512) or 4 (AVX2) hashes and the distances of a whole
//! block to one query come out in separate lanes, with no horizontal sum.
//! Each block is loaded once per tile of queries and compared against every
//! query of the tile (queries stay in L1).

use serde::{Deserialize, Serialize};

/// Hashes per block.
pub(crate) const LANES: usize = 8;

/// 8 hashes, transposed: `w[k][l]` is word `k` of hash `l`.
#[derive(Clone, Copy, Default)]
#[repr(C, align(64))]
pub(crate) struct Block {
    pub(crate) w: [[u64; LANES]; 4],
}

/// A raw scan hit: query index, hash position, distance.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct RawHit {
    pub(crate) query: u32,
    pub(crate) pos: u32,
    pub(crate) distance: u32,
}

/// A distance kernel.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kernel {
    /// AVX-512F + VPOPCNTDQ: 8 hashes per instruction, 64-bit lane popcount.
    Avx512Vpopcntdq,
    /// AVX2: 4 hashes per instruction, byte popcount by nibble lookup
    /// (`vpshufb`) summed with `vpsadbw`.
    Avx2,
    /// Scalar with the POPCNT instruction.
    Popcnt,
    /// Portable Rust (`count_ones` without target features).
    Portable,
}

impl Kernel {
    /// All kernels, fastest first.
    pub const ALL: [Kernel; 4] = [
        Kernel::Avx512Vpopcntdq,
        Kernel::Avx2,
        Kernel::Popcnt,
        Kernel::Portable,
    ];

    /// Stable name (`avx512-vpopcntdq`, `avx2`, `popcnt`, `portable`).
    pub fn name(self) -> &'static str {
        match self {
            Kernel::Avx512Vpopcntdq => "avx512-vpopcntdq",
            Kernel::Avx2 => "avx2",
            Kernel::Popcnt => "popcnt",
            Kernel::Portable => "portable",
        }
    }

    /// Parses a [`Kernel::name`].
    pub fn from_name(name: &str) -> Option<Kernel> {
        Kernel::ALL.into_iter().find(|k| k.name() == name)
    }

    /// Whether this CPU can run the kernel.
    pub fn is_available(self) -> bool {
        match self {
            Kernel::Portable => true,
            #[cfg(target_arch = "x86_64")]
            Kernel::Popcnt => std::arch::is_x86_feature_detected!("popcnt"),
            #[cfg(target_arch = "x86_64")]
            Kernel::Avx2 => std::arch::is_x86_feature_detected!("avx2"),
            #[cfg(target_arch = "x86_64")]
            Kernel::Avx512Vpopcntdq => {
                std::arch::is_x86_feature_detected!("avx512f")
                    && std::arch::is_x86_feature_detected!("avx512vpopcntdq")
            }
            #[cfg(not(target_arch = "x86_64"))]
            _ => false,
        }
    }

    /// The kernels this CPU can run, fastest first.
    pub fn available() -> Vec<Kernel> {
        Kernel::ALL
            .into_iter()
            .filter(|k| k.is_available())
            .collect()
    }

    /// The fastest kernel this CPU can run.
    pub fn best() -> Kernel {
        Kernel::ALL
            .into_iter()
            .find(|k| k.is_available())
            .unwrap_or(Kernel::Portable)
    }
}

/// Queries compared per block load.
pub(crate) const QUERY_TILE: usize = 64;
/// Blocks per L2-resident sub-chunk (512 blocks = 4096 hashes = 128 KiB).
pub(crate) const SUB_BLOCKS: usize = 512;

/// Scans `blocks` (whose first hash has position `first_pos`; positions at
/// or above `n` are padding) against `queries`, pushing every pair within
/// `thr`. `kernel` must be available (checked by the caller).
pub(crate) fn scan(
    kernel: Kernel,
    blocks: &[Block],
    first_pos: usize,
    n: usize,
    queries: &[[u64; 4]],
    thr: u32,
    out: &mut Vec<RawHit>,
) {
    debug_assert!(kernel.is_available());
    for (si, sub) in blocks.chunks(SUB_BLOCKS).enumerate() {
        let sub_pos = first_pos + si * SUB_BLOCKS * LANES;
        for (ti, tile) in queries.chunks(QUERY_TILE).enumerate() {
            let ctx = Ctx {
                first_pos: sub_pos,
                n,
                q_base: (ti * QUERY_TILE) as u32,
                thr,
            };
            match kernel {
                Kernel::Portable => scan_portable(sub, tile, &ctx, out),
                #[cfg(target_arch = "x86_64")]
                // SAFETY: the caller checked `kernel.is_available()`.
                Kernel::Popcnt => unsafe { x86::scan_popcnt(sub, tile, &ctx, out) },
                #[cfg(target_arch = "x86_64")]
                // SAFETY: as above.
                Kernel::Avx2 => unsafe { x86::scan_avx2(sub, tile, &ctx, out) },
                #[cfg(target_arch = "x86_64")]
                // SAFETY: as above.
                Kernel::Avx512Vpopcntdq => unsafe { x86::scan_avx512(sub, tile, &ctx, out) },
                #[cfg(not(target_arch = "x86_64"))]
                _ => scan_portable(sub, tile, &ctx, out),
            }
        }
    }
}

/// Per-call constants of a kernel.
pub(crate) struct Ctx {
    first_pos: usize,
    n: usize,
    q_base: u32,
    thr: u32,
}

impl Ctx {
    /// Pushes the lanes of `mask` (bit `l` = lane `l` within `thr`).
    #[inline(always)]
    fn push(
        &self,
        block: usize,
        qi: usize,
        mut mask: u32,
        d: &[u32; LANES],
        out: &mut Vec<RawHit>,
    ) {
        while mask != 0 {
            let l = mask.trailing_zeros() as usize;
            mask &= mask - 1;
            let pos = self.first_pos + block * LANES + l;
            if pos < self.n {
                out.push(RawHit {
                    query: self.q_base + qi as u32,
                    pos: pos as u32,
                    distance: d[l],
                });
            }
        }
    }
}

/// Scalar scan; compiled once without and once with POPCNT.
#[inline(always)]
fn scan_scalar(blocks: &[Block], queries: &[[u64; 4]], ctx: &Ctx, out: &mut Vec<RawHit>) {
    for (bi, b) in blocks.iter().enumerate() {
        for (qi, q) in queries.iter().enumerate() {
            let mut d = [0u32; LANES];
            let mut mask = 0u32;
            #[allow(clippy::needless_range_loop)] // lanes of four rows at once
            for l in 0..LANES {
                d[l] = (b.w[0][l] ^ q[0]).count_ones()
                    + (b.w[1][l] ^ q[1]).count_ones()
                    + (b.w[2][l] ^ q[2]).count_ones()
                    + (b.w[3][l] ^ q[3]).count_ones();
                mask |= u32::from(d[l] <= ctx.thr) << l;
            }
            if mask != 0 {
                ctx.push(bi, qi, mask, &d, out);
            }
        }
    }
}

fn scan_portable(blocks: &[Block], queries: &[[u64; 4]], ctx: &Ctx, out: &mut Vec<RawHit>) {
    scan_scalar(blocks, queries, ctx, out);
}

#[cfg(target_arch = "x86_64")]
mod x86 {
    use super::{Block, Ctx, LANES, RawHit, scan_scalar};
    use std::arch::x86_64::*;

    /// # Safety
    /// The CPU must support POPCNT.
    #[target_feature(enable = "popcnt")]
    pub(super) unsafe fn scan_popcnt(
        blocks: &[Block],
        queries: &[[u64; 4]],
        ctx: &Ctx,
        out: &mut Vec<RawHit>,
    ) {
        scan_scalar(blocks, queries, ctx, out);
    }

    /// Per-byte popcount of `x` via two 16-entry nibble lookups.
    #[inline]
    #[target_feature(enable = "avx2")]
    fn popcnt_bytes(x: __m256i, lut: __m256i, low: __m256i) -> __m256i {
        let lo = _mm256_and_si256(x, low);
        let hi = _mm256_and_si256(_mm256_srli_epi16::<4>(x), low);
        _mm256_add_epi8(_mm256_shuffle_epi8(lut, lo), _mm256_shuffle_epi8(lut, hi))
    }

    /// # Safety
    /// The CPU must support AVX2.
    #[target_feature(enable = "avx2")]
    pub(super) unsafe fn scan_avx2(
        blocks: &[Block],
        queries: &[[u64; 4]],
        ctx: &Ctx,
        out: &mut Vec<RawHit>,
    ) {
        let lut = _mm256_setr_epi8(
            0, 1, 1, 2, 1, 2, 2, 3, 1, 2, 2, 3, 2, 3, 3, 4, //
            0, 1, 1, 2, 1, 2, 2, 3, 1, 2, 2, 3, 2, 3, 3, 4,
        );
        let low = _mm256_set1_epi8(0x0f);
        let zero = _mm256_setzero_si256();
        let thr = _mm256_set1_epi64x(i64::from(ctx.thr));
        for (bi, b) in blocks.iter().enumerate() {
            // SAFETY: each row is 8 contiguous u64 (64 bytes); unaligned loads.
            let (lo, hi): ([__m256i; 4], [__m256i; 4]) = unsafe {
                let p = |k: usize, o: usize| b.w[k].as_ptr().add(o).cast::<__m256i>();
                (
                    [
                        _mm256_loadu_si256(p(0, 0)),
                        _mm256_loadu_si256(p(1, 0)),
                        _mm256_loadu_si256(p(2, 0)),
                        _mm256_loadu_si256(p(3, 0)),
                    ],
                    [
                        _mm256_loadu_si256(p(0, 4)),
                        _mm256_loadu_si256(p(1, 4)),
                        _mm256_loadu_si256(p(2, 4)),
                        _mm256_loadu_si256(p(3, 4)),
                    ],
                )
            };
            for (qi, q) in queries.iter().enumerate() {
                let mut acc_lo = zero;
                let mut acc_hi = zero;
                for k in 0..4 {
                    let qk = _mm256_set1_epi64x(q[k] as i64);
                    // At most 8 per byte per word: 32 after 4 words, no overflow.
                    acc_lo = _mm256_add_epi8(
                        acc_lo,
                        popcnt_bytes(_mm256_xor_si256(lo[k], qk), lut, low),
                    );
                    acc_hi = _mm256_add_epi8(
                        acc_hi,
                        popcnt_bytes(_mm256_xor_si256(hi[k], qk), lut, low),
                    );
                }
                let d_lo = _mm256_sad_epu8(acc_lo, zero);
                let d_hi = _mm256_sad_epu8(acc_hi, zero);
                let over_lo =
                    _mm256_movemask_pd(_mm256_castsi256_pd(_mm256_cmpgt_epi64(d_lo, thr)));
                let over_hi =
                    _mm256_movemask_pd(_mm256_castsi256_pd(_mm256_cmpgt_epi64(d_hi, thr)));
                let mask = !((over_lo as u32) | ((over_hi as u32) << 4)) & 0xff;
                if mask != 0 {
                    let mut wide = [0u64; LANES];
                    // SAFETY: `wide` is 64 bytes; unaligned stores.
                    unsafe {
                        _mm256_storeu_si256(wide.as_mut_ptr().cast(), d_lo);
                        _mm256_storeu_si256(wide.as_mut_ptr().add(4).cast(), d_hi);
                    }
                    let d = wide.map(|x| x as u32);
                    ctx.push(bi, qi, mask, &d, out);
                }
            }
        }
    }

    /// # Safety
    /// The CPU must support AVX-512F and AVX-512 VPOPCNTDQ.
    #[target_feature(enable = "avx512f,avx512vpopcntdq")]
    pub(super) unsafe fn scan_avx512(
        blocks: &[Block],
        queries: &[[u64; 4]],
        ctx: &Ctx,
        out: &mut Vec<RawHit>,
    ) {
        let thr = _mm512_set1_epi64(i64::from(ctx.thr));
        for (bi, b) in blocks.iter().enumerate() {
            // SAFETY: each row is 8 contiguous u64 (64 bytes, 64-aligned).
            let w: [__m512i; 4] = unsafe {
                [
                    _mm512_load_si512(b.w[0].as_ptr().cast()),
                    _mm512_load_si512(b.w[1].as_ptr().cast()),
                    _mm512_load_si512(b.w[2].as_ptr().cast()),
                    _mm512_load_si512(b.w[3].as_ptr().cast()),
                ]
            };
            for (qi, q) in queries.iter().enumerate() {
                let x0 =
                    _mm512_popcnt_epi64(_mm512_xor_si512(w[0], _mm512_set1_epi64(q[0] as i64)));
                let x1 =
                    _mm512_popcnt_epi64(_mm512_xor_si512(w[1], _mm512_set1_epi64(q[1] as i64)));
                let x2 =
                    _mm512_popcnt_epi64(_mm512_xor_si512(w[2], _mm512_set1_epi64(q[2] as i64)));
                let x3 =
                    _mm512_popcnt_epi64(_mm512_xor_si512(w[3], _mm512_set1_epi64(q[3] as i64)));
                let d = _mm512_add_epi64(_mm512_add_epi64(x0, x1), _mm512_add_epi64(x2, x3));
                let mask = u32::from(_mm512_cmple_epu64_mask(d, thr));
                if mask != 0 {
                    let mut wide = [0u64; LANES];
                    // SAFETY: `wide` is 64 bytes; unaligned store.
                    unsafe { _mm512_storeu_si512(wide.as_mut_ptr().cast(), d) };
                    let dd = wide.map(|x| x as u32);
                    ctx.push(bi, qi, mask, &dd, out);
                }
            }
        }
    }
}

/// Transposes hashes into blocks (the last block zero-padded).
pub(crate) fn to_blocks(hashes: impl ExactSizeIterator<Item = [u64; 4]>) -> Vec<Block> {
    let n = hashes.len();
    let mut blocks = vec![Block::default(); n.div_ceil(LANES)];
    for (i, h) in hashes.enumerate() {
        let b = &mut blocks[i / LANES];
        for (row, word) in b.w.iter_mut().zip(h) {
            row[i % LANES] = word;
        }
    }
    blocks
}

/// Reads hash `pos` back out of the blocks.
pub(crate) fn hash_at(blocks: &[Block], pos: usize) -> [u64; 4] {
    let b = &blocks[pos / LANES];
    let l = pos % LANES;
    [b.w[0][l], b.w[1][l], b.w[2][l], b.w[3][l]]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_detection() {
        for k in Kernel::ALL {
            assert_eq!(Kernel::from_name(k.name()), Some(k));
        }
        assert!(Kernel::Portable.is_available());
        assert!(Kernel::available().contains(&Kernel::best()));
    }

    #[test]
    fn every_kernel_matches_scalar_reference() {
        let mut s = 0x1234_5678_9abc_def0u64;
        let mut next = || {
            s ^= s << 13;
            s ^= s >> 7;
            s ^= s << 17;
            s
        };
        let hashes: Vec<[u64; 4]> = (0..1003)
            .map(|_| [next(), next(), next(), next()])
            .collect();
        let mut queries: Vec<[u64; 4]> =
            (0..70).map(|_| [next(), next(), next(), next()]).collect();
        // Plant exact and near copies, including in the padded tail block.
        queries.push(hashes[1002]);
        let mut near = hashes[5];
        near[2] ^= 0xff;
        queries.push(near);
        let blocks = to_blocks(hashes.iter().copied());
        assert_eq!(hash_at(&blocks, 1002), hashes[1002]);
        for thr in [0, 8, 31, 110, 128, 256] {
            let mut expect = Vec::new();
            for (qi, q) in queries.iter().enumerate() {
                for (pos, h) in hashes.iter().enumerate() {
                    let d: u32 = (0..4).map(|k| (h[k] ^ q[k]).count_ones()).sum();
                    if d <= thr {
                        expect.push(RawHit {
                            query: qi as u32,
                            pos: pos as u32,
                            distance: d,
                        });
                    }
                }
            }
            for k in Kernel::available() {
                let mut got = Vec::new();
                scan(k, &blocks, 0, hashes.len(), &queries, thr, &mut got);
                got.sort_unstable();
                assert_eq!(got, expect, "kernel {} thr {thr}", k.name());
            }
        }
    }
}
