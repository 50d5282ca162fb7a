//! The 256-bit PDQ hash value: bit layout, hex form, Hamming distance.

use std::fmt;
use std::str::FromStr;

/// A 256-bit PDQ hash.
///
/// Bit `k = 16 * row + col` of the 16x16 DCT block is bit `k` of the 256-bit
/// number; `words[0]` holds bits 0..64 and `words[3]` bits 192..256. The hex
/// form is the big-endian 256-bit number (64 lowercase hex digits), exactly as
/// Meta's reference prints it, so the first hex digit is row 15, columns 15..12.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Hash256 {
    /// Little-endian 64-bit words of the 256-bit number.
    pub words: [u64; 4],
}

/// Why a string is not a PDQ hash.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ParseHashError {
    /// The string is not 64 characters long.
    #[error("a PDQ hash is 64 hex digits, got {0} characters")]
    Length(usize),
    /// A character outside `0-9a-fA-F`.
    #[error("a PDQ hash holds only hex digits, found {found:?} at position {position}")]
    NotHex {
        /// Byte offset of the offending character.
        position: usize,
        /// The offending character.
        found: char,
    },
}

impl Hash256 {
    /// The all-zero hash (what the reference returns for images under 5 px).
    pub const ZERO: Hash256 = Hash256 { words: [0; 4] };

    /// Sets bit `k` (0..256).
    #[inline]
    pub fn set_bit(&mut self, k: usize) {
        self.words[k >> 6] |= 1u64 << (k & 63);
    }

    /// Reads bit `k` (0..256).
    #[inline]
    pub fn bit(&self, k: usize) -> bool {
        (self.words[k >> 6] >> (k & 63)) & 1 == 1
    }

    /// Number of set bits.
    #[inline]
    pub fn weight(&self) -> u32 {
        self.words.iter().map(|w| w.count_ones()).sum()
    }

    /// Hamming distance to another hash (0..=256).
    #[inline]
    pub fn distance(&self, other: &Hash256) -> u32 {
        (self.words[0] ^ other.words[0]).count_ones()
            + (self.words[1] ^ other.words[1]).count_ones()
            + (self.words[2] ^ other.words[2]).count_ones()
            + (self.words[3] ^ other.words[3]).count_ones()
    }

    /// The 32 big-endian bytes (byte 0 = bits 255..248), as FAISS and
    /// python-threatexchange store hashes.
    pub fn to_be_bytes(&self) -> [u8; 32] {
        let mut out = [0u8; 32];
        for (i, w) in self.words.iter().rev().enumerate() {
            out[i * 8..i * 8 + 8].copy_from_slice(&w.to_be_bytes());
        }
        out
    }

    /// Inverse of [`Hash256::to_be_bytes`].
    pub fn from_be_bytes(bytes: &[u8; 32]) -> Hash256 {
        let mut words = [0u64; 4];
        for (i, chunk) in bytes.chunks_exact(8).enumerate() {
            let mut b = [0u8; 8];
            b.copy_from_slice(chunk);
            words[3 - i] = u64::from_be_bytes(b);
        }
        Hash256 { words }
    }

    /// Parses exactly 64 hex digits (either case). Formats that drop leading
    /// zeros must be padded by the caller, which knows the format.
    pub fn from_hex(s: &str) -> Result<Hash256, ParseHashError> {
        let bytes = s.as_bytes();
        if bytes.len() != 64 {
            return Err(ParseHashError::Length(s.chars().count()));
        }
        let mut words = [0u64; 4];
        for (position, &c) in bytes.iter().enumerate() {
            let nibble = match c {
                b'0'..=b'9' => c - b'0',
                b'a'..=b'f' => c - b'a' + 10,
                b'A'..=b'F' => c - b'A' + 10,
                _ => {
                    let found = s[position..].chars().next().unwrap_or('?');
                    return Err(ParseHashError::NotHex { position, found });
                }
            };
            let word = 3 - position / 16;
            words[word] = (words[word] << 4) | u64::from(nibble);
        }
        Ok(Hash256 { words })
    }

    /// The 64 lowercase hex digits.
    pub fn to_hex(&self) -> String {
        format!(
            "{:016x}{:016x}{:016x}{:016x}",
            self.words[3], self.words[2], self.words[1], self.words[0]
        )
    }
}

impl fmt::Display for Hash256 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:016x}{:016x}{:016x}{:016x}",
            self.words[3], self.words[2], self.words[1], self.words[0]
        )
    }
}

impl fmt::Debug for Hash256 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Hash256({self})")
    }
}

impl FromStr for Hash256 {
    type Err = ParseHashError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Hash256::from_hex(s)
    }
}

impl serde::Serialize for Hash256 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for Hash256 {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        Hash256::from_hex(&s).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const BRIDGE: &str = "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22";

    #[test]
    fn hex_round_trip_and_layout() {
        let h = Hash256::from_hex(BRIDGE).unwrap();
        assert_eq!(h.to_hex(), BRIDGE);
        // First hex digit 'f' is row 15, columns 15..12 → bits 255..252.
        assert!(h.bit(255) && h.bit(252));
        // Last hex digit '2' → bit 1 set, bit 0 clear.
        assert!(h.bit(1) && !h.bit(0));
        assert_eq!(h.to_be_bytes()[0], 0xf8);
        assert_eq!(Hash256::from_be_bytes(&h.to_be_bytes()), h);
    }

    #[test]
    fn rejects_bad_hex() {
        assert_eq!(Hash256::from_hex("abc"), Err(ParseHashError::Length(3)));
        let mut bad = BRIDGE.to_string();
        bad.replace_range(10..11, "g");
        assert_eq!(
            Hash256::from_hex(&bad),
            Err(ParseHashError::NotHex {
                position: 10,
                found: 'g'
            })
        );
        // A multi-byte character must not panic on slicing.
        let weird = format!("{}é", &BRIDGE[..62]);
        assert!(Hash256::from_hex(&weird).is_err());
    }

    fn any_hash() -> impl Strategy<Value = Hash256> {
        any::<[u64; 4]>().prop_map(|words| Hash256 { words })
    }

    proptest! {
        #[test]
        fn hex_parse_inverts_format(h in any_hash()) {
            prop_assert_eq!(Hash256::from_hex(&h.to_hex()).unwrap(), h);
        }

        #[test]
        fn hamming_is_a_metric(a in any_hash(), b in any_hash(), c in any_hash()) {
            prop_assert_eq!(a.distance(&a), 0);
            prop_assert_eq!(a.distance(&b), b.distance(&a));
            prop_assert!(a.distance(&c) <= a.distance(&b) + b.distance(&c));
            prop_assert_eq!(a == b, a.distance(&b) == 0);
            prop_assert!(a.distance(&b) <= 256);
        }
    }
}
