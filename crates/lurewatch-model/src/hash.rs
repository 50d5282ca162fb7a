//! A small, seeded, platform-independent 64-bit hash for feature hashing.
//!
//! Bytes are read in little-endian 8-byte words, so the value depends only on
//! the input bytes and the seed — never on the platform, the Rust version or
//! the process (unlike `std`'s `RandomState`). Model files store the seed and
//! the format version, so a reloaded model hashes exactly as it was trained.

const K: u64 = 0x9E37_79B9_7F4A_7C15;
const M: u64 = 0xBF58_476D_1CE4_E5B9;

/// Final avalanche (the `splitmix64` finaliser).
#[inline(always)]
pub fn mix(mut x: u64) -> u64 {
    x ^= x >> 30;
    x = x.wrapping_mul(M);
    x ^= x >> 27;
    x = x.wrapping_mul(0x94D0_49BB_1331_11EB);
    x ^ (x >> 31)
}

/// One absorption step: combine a running state with a 64-bit word.
#[inline(always)]
pub fn step(h: u64, w: u64) -> u64 {
    (h.rotate_left(23) ^ w).wrapping_mul(K)
}

/// Hash a byte string with a seed. Stable across runs and platforms.
#[inline]
pub fn hash_bytes(seed: u64, bytes: &[u8]) -> u64 {
    let mut h = seed ^ (bytes.len() as u64).wrapping_mul(M);
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let mut a = [0u8; 8];
        a.copy_from_slice(c);
        h = step(h, u64::from_le_bytes(a));
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut a = [0u8; 8];
        a[..rest.len()].copy_from_slice(rest);
        h = step(h, u64::from_le_bytes(a) ^ 0xFF);
    }
    mix(h)
}

/// A fast, deterministic `Hasher` for in-memory maps keyed by ids (not
/// used for features; not DoS-resistant, so only for trusted-size work).
#[derive(Debug, Clone, Copy, Default)]
pub struct FastHasher(u64);

impl std::hash::Hasher for FastHasher {
    fn finish(&self) -> u64 {
        mix(self.0)
    }
    fn write(&mut self, bytes: &[u8]) {
        self.0 = step(self.0, hash_bytes(0, bytes));
    }
    fn write_u8(&mut self, i: u8) {
        self.0 = step(self.0, u64::from(i));
    }
    fn write_u32(&mut self, i: u32) {
        self.0 = step(self.0, u64::from(i));
    }
    fn write_u64(&mut self, i: u64) {
        self.0 = step(self.0, i);
    }
    fn write_usize(&mut self, i: usize) {
        self.0 = step(self.0, i as u64);
    }
}

/// `BuildHasher` for [`FastHasher`].
pub type FastBuild = std::hash::BuildHasherDefault<FastHasher>;

/// A deterministic pseudo-random generator (`splitmix64`) for shuffling and
/// fold assignment: identical sequences on every platform.
#[derive(Debug, Clone)]
pub struct SplitMix64(u64);

impl SplitMix64 {
    /// A generator started from `seed`.
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }
    /// The next 64-bit value.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(K);
        mix(self.0)
    }
    /// A value in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        (((self.next_u64() >> 11) as u128 * n as u128) >> 53) as usize
    }
    /// Fisher–Yates shuffle.
    pub fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = self.below(i + 1);
            v.swap(i, j);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_values_are_stable() {
        // Pinned: changing these breaks every saved model.
        assert_eq!(hash_bytes(0, b""), mix(0));
        let a = hash_bytes(7, b"send me a pic");
        assert_eq!(a, hash_bytes(7, b"send me a pic"));
        assert_ne!(a, hash_bytes(8, b"send me a pic"));
        assert_ne!(hash_bytes(7, b"ab"), hash_bytes(7, b"ab\0"));
    }

    #[test]
    fn shuffle_is_deterministic() {
        let mut a: Vec<u32> = (0..50).collect();
        let mut b = a.clone();
        SplitMix64::new(3).shuffle(&mut a);
        SplitMix64::new(3).shuffle(&mut b);
        assert_eq!(a, b);
        let mut s = a.clone();
        s.sort();
        assert_eq!(s, (0..50).collect::<Vec<_>>());
    }
}
