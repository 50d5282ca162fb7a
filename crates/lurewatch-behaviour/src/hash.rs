//! Small, fast, deterministic hashing (no randomness: the tracker is pure and reproducible).
//!
//! User ids are attacker-chosen strings, so the tables are keyed by a seeded 64-bit hash
//! ([`crate::BehaviourConfig::hash_seed`]); a deployment that worries about hash flooding
//! picks a secret seed.

use std::hash::{BuildHasherDefault, Hasher};

const K0: u64 = 0x9E37_79B9_7F4A_7C15;
const K1: u64 = 0xBF58_476D_1CE4_E5B9;
const K2: u64 = 0x94D0_49BB_1331_11EB;

/// SplitMix64 finaliser: a bijective 64-bit mixer.
#[inline]
pub(crate) fn mix(x: u64) -> u64 {
    let mut z = x.wrapping_add(K0);
    z = (z ^ (z >> 30)).wrapping_mul(K1);
    z = (z ^ (z >> 27)).wrapping_mul(K2);
    z ^ (z >> 31)
}

/// Hashes a byte string (8 bytes at a time).
#[inline]
pub(crate) fn hash_bytes(seed: u64, b: &[u8]) -> u64 {
    let mut h = seed ^ (b.len() as u64).wrapping_mul(K0);
    let mut chunks = b.chunks_exact(8);
    for c in &mut chunks {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        h = (h ^ u64::from_le_bytes(w)).wrapping_mul(K1).rotate_left(31);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut w = [0u8; 8];
        w[..rest.len()].copy_from_slice(rest);
        h = (h ^ u64::from_le_bytes(w)).wrapping_mul(K2).rotate_left(27);
    }
    mix(h)
}

/// Two independent 64-bit hashes of a byte string in one pass.
#[inline]
pub(crate) fn hash_bytes2(seed: u64, b: &[u8]) -> (u64, u64) {
    let mut h = seed ^ (b.len() as u64).wrapping_mul(K0);
    let mut g = !seed ^ (b.len() as u64).wrapping_mul(K2);
    let mut chunks = b.chunks_exact(8);
    for c in &mut chunks {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        let x = u64::from_le_bytes(w);
        h = (h ^ x).wrapping_mul(K1).rotate_left(31);
        g = (g ^ x).wrapping_mul(K2).rotate_left(23);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut w = [0u8; 8];
        w[..rest.len()].copy_from_slice(rest);
        let x = u64::from_le_bytes(w);
        h = (h ^ x).wrapping_mul(K2).rotate_left(27);
        g = (g ^ x).wrapping_mul(K1).rotate_left(37);
    }
    (mix(h), mix(g ^ K0))
}

/// A `Hasher` for integer keys that are already (or are cheaply made) well distributed.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct FastHasher(u64);

impl Hasher for FastHasher {
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        self.0 = hash_bytes(self.0, bytes);
    }
    #[inline]
    fn write_u64(&mut self, x: u64) {
        self.0 = mix(self.0 ^ x);
    }
    #[inline]
    fn write_u128(&mut self, x: u128) {
        self.0 = mix(self.0 ^ (x as u64) ^ mix((x >> 64) as u64));
    }
    #[inline]
    fn write_u32(&mut self, x: u32) {
        self.write_u64(u64::from(x));
    }
}

/// `BuildHasher` for the internal tables.
pub(crate) type FastBuild = BuildHasherDefault<FastHasher>;

/// Approximate heap bytes of a `std` `HashMap` with `cap` capacity and `entry` bytes per entry
/// (SwissTable: a power-of-two bucket count at most 7/8 full, one control byte per bucket).
pub(crate) fn table_bytes(cap: usize, entry: usize) -> usize {
    if cap == 0 {
        return 0;
    }
    let buckets = (cap.saturating_mul(8) / 7).max(4).next_power_of_two();
    buckets.saturating_mul(entry + 1) + 16
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_differ_and_are_stable() {
        assert_ne!(hash_bytes(0, b"alice"), hash_bytes(0, b"alicf"));
        assert_ne!(hash_bytes(0, b"a"), hash_bytes(1, b"a"));
        assert_eq!(
            hash_bytes(7, b"0123456789abc"),
            hash_bytes(7, b"0123456789abc")
        );
        assert_ne!(hash_bytes(0, b""), hash_bytes(0, b"\0"));
        let (a, b) = hash_bytes2(3, b"someone_123");
        assert_ne!(a, b);
        assert_ne!(hash_bytes2(3, b"someone_124"), (a, b));
        assert_eq!(table_bytes(0, 8), 0);
        assert!(table_bytes(100, 8) >= 100 * 9);
    }
}
