//! Signal types and values: what a bank entry holds.

use lurewatch_pdq::Hash256;
use serde::{Deserialize, Serialize};

/// The kinds of signal a bank can hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SignalType {
    /// 256-bit PDQ perceptual hash, matched by Hamming distance.
    Pdq,
    /// MD5 of the file bytes (128 bits), matched exactly.
    Md5,
    /// SHA-256 of the file bytes, matched exactly.
    Sha256,
}

impl SignalType {
    /// All signal types.
    pub const ALL: [SignalType; 3] = [SignalType::Pdq, SignalType::Md5, SignalType::Sha256];

    /// The lowercase name used in files and APIs (`pdq`, `md5`, `sha256`).
    pub fn name(self) -> &'static str {
        match self {
            SignalType::Pdq => "pdq",
            SignalType::Md5 => "md5",
            SignalType::Sha256 => "sha256",
        }
    }

    /// Number of hex digits of a value of this type.
    pub fn hex_len(self) -> usize {
        match self {
            SignalType::Pdq | SignalType::Sha256 => 64,
            SignalType::Md5 => 32,
        }
    }

    /// Parses a signal type name as used by python-threatexchange / HMA and
    /// ThreatExchange, case-insensitively: `pdq`, `md5`, `video_md5`,
    /// `photo_md5`, `sha256`, `sha-256`, `sha_256`, `hash_pdq`, `hash_md5`,
    /// `hash_sha256`. Returns `None` for anything else (including signal types
    /// this crate does not support, such as `url` or `photodna`).
    pub fn from_name(name: &str) -> Option<SignalType> {
        let lower = name.trim_ascii().to_ascii_lowercase();
        match lower.as_str() {
            "pdq" | "hash_pdq" | "photo_pdq" => Some(SignalType::Pdq),
            "md5" | "video_md5" | "photo_md5" | "hash_md5" => Some(SignalType::Md5),
            "sha256" | "sha-256" | "sha_256" | "hash_sha256" => Some(SignalType::Sha256),
            _ => None,
        }
    }
}

impl std::fmt::Display for SignalType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// One signal value. Serialised as `{"type": "pdq", "value": "<lowercase hex>"}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(tag = "type", content = "value", rename_all = "snake_case")]
pub enum SignalValue {
    /// A PDQ hash.
    Pdq(Hash256),
    /// An MD5 digest.
    Md5(#[serde(with = "hex_bytes")] [u8; 16]),
    /// A SHA-256 digest.
    Sha256(#[serde(with = "hex_bytes")] [u8; 32]),
}

impl SignalValue {
    /// The type of this value.
    pub fn signal_type(&self) -> SignalType {
        match self {
            SignalValue::Pdq(_) => SignalType::Pdq,
            SignalValue::Md5(_) => SignalType::Md5,
            SignalValue::Sha256(_) => SignalType::Sha256,
        }
    }

    /// Lowercase hex form (64 digits for PDQ and SHA-256, 32 for MD5).
    pub fn to_hex(&self) -> String {
        match self {
            SignalValue::Pdq(h) => h.to_hex(),
            SignalValue::Md5(b) => hex::encode(b),
            SignalValue::Sha256(b) => hex::encode(b),
        }
    }

    /// Parses exactly [`SignalType::hex_len`] hex digits (either case) after
    /// trimming ASCII whitespace. Never pads.
    pub fn parse_hex(signal_type: SignalType, text: &str) -> Result<SignalValue, HexError> {
        let t = text.trim_ascii();
        check_hex(t, signal_type.hex_len())?;
        Ok(match signal_type {
            SignalType::Pdq => SignalValue::Pdq(
                Hash256::from_hex(t).map_err(|_| HexError::NotHex { position: 0 })?,
            ),
            SignalType::Md5 => {
                let mut b = [0u8; 16];
                hex::decode_to_slice(t, &mut b).map_err(|_| HexError::NotHex { position: 0 })?;
                SignalValue::Md5(b)
            }
            SignalType::Sha256 => {
                let mut b = [0u8; 32];
                hex::decode_to_slice(t, &mut b).map_err(|_| HexError::NotHex { position: 0 })?;
                SignalValue::Sha256(b)
            }
        })
    }

    /// The PDQ hash, if this is one.
    pub fn as_pdq(&self) -> Option<&Hash256> {
        match self {
            SignalValue::Pdq(h) => Some(h),
            _ => None,
        }
    }
}

/// Why a string is not a hash of the expected type.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum HexError {
    /// Wrong number of characters (counted in bytes; non-ASCII is never hex).
    #[error("expected {expected} hex digits, got {got} bytes")]
    Length {
        /// Required length.
        expected: usize,
        /// Actual length in bytes.
        got: usize,
    },
    /// A byte outside `0-9a-fA-F` at the given byte position.
    #[error("non-hex character at position {position}")]
    NotHex {
        /// Byte offset of the first bad byte.
        position: usize,
    },
    /// Empty value.
    #[error("empty hash value")]
    Empty,
}

/// Checks that `t` is exactly `len` ASCII hex digits.
pub(crate) fn check_hex(t: &str, len: usize) -> Result<(), HexError> {
    if t.is_empty() {
        return Err(HexError::Empty);
    }
    if let Some(position) = t.bytes().position(|b| !b.is_ascii_hexdigit()) {
        return Err(HexError::NotHex { position });
    }
    if t.len() != len {
        return Err(HexError::Length {
            expected: len,
            got: t.len(),
        });
    }
    Ok(())
}

/// Serde helper: fixed-size byte arrays as lowercase hex strings.
mod hex_bytes {
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer, const N: usize>(
        bytes: &[u8; N],
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&hex::encode(bytes))
    }

    pub fn deserialize<'de, D: Deserializer<'de>, const N: usize>(
        deserializer: D,
    ) -> Result<[u8; N], D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        let mut out = [0u8; N];
        hex::decode_to_slice(s.as_bytes(), &mut out).map_err(serde::de::Error::custom)?;
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for t in SignalType::ALL {
            assert_eq!(SignalType::from_name(t.name()), Some(t));
        }
        assert_eq!(SignalType::from_name("HASH_PDQ"), Some(SignalType::Pdq));
        assert_eq!(SignalType::from_name("video_md5"), Some(SignalType::Md5));
        assert_eq!(SignalType::from_name("photodna"), None);
    }

    #[test]
    fn parse_and_serde() {
        let v =
            SignalValue::parse_hex(SignalType::Md5, " D41D8CD98F00B204E9800998ECF8427E\r").unwrap();
        assert_eq!(v.to_hex(), "d41d8cd98f00b204e9800998ecf8427e");
        let json = serde_json::to_string(&v).unwrap();
        assert_eq!(
            json,
            r#"{"type":"md5","value":"d41d8cd98f00b204e9800998ecf8427e"}"#
        );
        assert_eq!(serde_json::from_str::<SignalValue>(&json).unwrap(), v);
        let p = SignalValue::parse_hex(SignalType::Pdq, &"ab".repeat(32)).unwrap();
        let back: SignalValue = serde_json::from_str(&serde_json::to_string(&p).unwrap()).unwrap();
        assert_eq!(back, p);
        assert!(matches!(
            SignalValue::parse_hex(SignalType::Pdq, &"a".repeat(63)),
            Err(HexError::Length {
                expected: 64,
                got: 63
            })
        ));
        assert!(matches!(
            SignalValue::parse_hex(SignalType::Md5, "é1d8cd98f00b204e9800998ecf8427e"),
            Err(HexError::NotHex { position: 0 })
        ));
        // Unicode whitespace is not trimmed and is not hex.
        assert!(
            SignalValue::parse_hex(SignalType::Md5, "\u{a0}d41d8cd98f00b204e9800998ecf8427e")
                .is_err()
        );
    }
}
