//! Multi-index hashing over 16 x 16-bit substrings (Norouzi et al.).
//!
//! Exact by pigeonhole: if two hashes are within distance `d`, one of the 16
//! substrings differs in at most `floor(d / 16)` bits. Each substring table
//! maps a 16-bit value to the positions holding it; a query probes every
//! value within `floor(d / 16)` bits of its own substring (17 probes per
//! table for `d <= 31`, 137 for `d <= 47`) and verifies candidates with a full
//! distance. Radii of 48 and above fall back to a linear scan.

use crate::kernels::RawHit;

/// Number of substrings.
const SUBS: usize = 16;
/// Buckets per substring table.
const BUCKETS: usize = 1 << 16;
/// Largest radius served by probing (above, scan linearly).
pub(crate) const MAX_PROBE_RADIUS: u32 = 47;

pub(crate) struct Mih {
    hashes: Vec<[u64; 4]>,
    /// `SUBS * (BUCKETS + 1)` bucket starts into `positions`.
    offsets: Vec<u32>,
    /// `SUBS * n` positions, grouped by bucket per table.
    positions: Vec<u32>,
}

#[inline(always)]
fn sub(h: &[u64; 4], s: usize) -> usize {
    ((h[s / 4] >> ((s % 4) * 16)) & 0xffff) as usize
}

#[inline(always)]
fn dist(a: &[u64; 4], b: &[u64; 4]) -> u32 {
    (a[0] ^ b[0]).count_ones()
        + (a[1] ^ b[1]).count_ones()
        + (a[2] ^ b[2]).count_ones()
        + (a[3] ^ b[3]).count_ones()
}

impl Mih {
    pub(crate) fn build(hashes: Vec<[u64; 4]>) -> Mih {
        let n = hashes.len();
        let mut offsets = vec![0u32; SUBS * (BUCKETS + 1)];
        let mut positions = vec![0u32; SUBS * n];
        for s in 0..SUBS {
            let off = &mut offsets[s * (BUCKETS + 1)..(s + 1) * (BUCKETS + 1)];
            for h in &hashes {
                off[sub(h, s) + 1] += 1;
            }
            for i in 0..BUCKETS {
                off[i + 1] += off[i];
            }
            let mut fill: Vec<u32> = off[..BUCKETS].to_vec();
            let pos = &mut positions[s * n..(s + 1) * n];
            for (i, h) in hashes.iter().enumerate() {
                let v = sub(h, s);
                pos[fill[v] as usize] = i as u32;
                fill[v] += 1;
            }
        }
        Mih {
            hashes,
            offsets,
            positions,
        }
    }

    pub(crate) fn memory_bytes(&self) -> usize {
        self.hashes.capacity() * 32 + self.offsets.capacity() * 4 + self.positions.capacity() * 4
    }

    pub(crate) fn hash(&self, pos: usize) -> [u64; 4] {
        self.hashes[pos]
    }

    fn bucket(&self, s: usize, v: usize) -> &[u32] {
        let n = self.hashes.len();
        let base = s * (BUCKETS + 1);
        let (a, b) = (
            self.offsets[base + v] as usize,
            self.offsets[base + v + 1] as usize,
        );
        &self.positions[s * n + a..s * n + b]
    }

    /// All positions within `thr` of `q`, pushed as hits of query `qi`,
    /// sorted by position without duplicates. Uses POPCNT when `popcnt`.
    pub(crate) fn query_with(
        &self,
        popcnt: bool,
        qi: u32,
        q: &[u64; 4],
        thr: u32,
        out: &mut Vec<RawHit>,
    ) {
        #[cfg(target_arch = "x86_64")]
        if popcnt && std::arch::is_x86_feature_detected!("popcnt") {
            // SAFETY: POPCNT support was just checked.
            unsafe { self.query_popcnt(qi, q, thr, out) };
            return;
        }
        let _ = popcnt;
        self.query_impl(qi, q, thr, out);
    }

    /// [`Mih::query_with`] without POPCNT.
    #[cfg(test)]
    pub(crate) fn query(&self, qi: u32, q: &[u64; 4], thr: u32, out: &mut Vec<RawHit>) {
        self.query_impl(qi, q, thr, out);
    }

    /// # Safety
    /// The CPU must support POPCNT.
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "popcnt")]
    unsafe fn query_popcnt(&self, qi: u32, q: &[u64; 4], thr: u32, out: &mut Vec<RawHit>) {
        self.query_impl(qi, q, thr, out);
    }

    #[inline(always)]
    fn query_impl(&self, qi: u32, q: &[u64; 4], thr: u32, out: &mut Vec<RawHit>) {
        let start = out.len();
        if thr > MAX_PROBE_RADIUS {
            for (pos, h) in self.hashes.iter().enumerate() {
                let d = dist(h, q);
                if d <= thr {
                    out.push(RawHit {
                        query: qi,
                        pos: pos as u32,
                        distance: d,
                    });
                }
            }
            return;
        }
        let r = thr / SUBS as u32;
        let visit = |s: usize, v: usize, out: &mut Vec<RawHit>| {
            for &pos in self.bucket(s, v) {
                let d = dist(&self.hashes[pos as usize], q);
                if d <= thr {
                    out.push(RawHit {
                        query: qi,
                        pos,
                        distance: d,
                    });
                }
            }
        };
        for s in 0..SUBS {
            let v = sub(q, s);
            visit(s, v, out);
            if r >= 1 {
                for i in 0..16 {
                    visit(s, v ^ (1 << i), out);
                    if r >= 2 {
                        for j in i + 1..16 {
                            visit(s, v ^ (1 << i) ^ (1 << j), out);
                        }
                    }
                }
            }
        }
        let found = &mut out[start..];
        found.sort_unstable_by_key(|h| h.pos);
        let mut keep = start;
        for i in start..out.len() {
            if i == start || out[i].pos != out[keep - 1].pos {
                out[keep] = out[i];
                keep += 1;
            }
        }
        out.truncate(keep);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_at_all_radii() {
        let mut s = 7u64;
        let mut next = || {
            s ^= s << 13;
            s ^= s >> 7;
            s ^= s << 17;
            s
        };
        let mut hashes: Vec<[u64; 4]> =
            (0..500).map(|_| [next(), next(), next(), next()]).collect();
        // Near-duplicates with bits spread over all substrings.
        for i in 0..100 {
            let mut h = hashes[i];
            for b in 0..(i % 50) {
                let bit = (b * 37 + i) % 256;
                h[bit / 64] ^= 1 << (bit % 64);
            }
            hashes.push(h);
        }
        let mih = Mih::build(hashes.clone());
        for thr in [0, 1, 15, 16, 31, 32, 47, 48, 100] {
            for qi in [0usize, 3, 17, 99, 550] {
                let q = hashes[qi];
                let mut got = Vec::new();
                mih.query(0, &q, thr, &mut got);
                let expect: Vec<u32> = (0..hashes.len() as u32)
                    .filter(|&p| dist(&hashes[p as usize], &q) <= thr)
                    .collect();
                let got_pos: Vec<u32> = got.iter().map(|h| h.pos).collect();
                assert_eq!(got_pos, expect, "thr {thr} q {qi}");
            }
        }
    }
}
